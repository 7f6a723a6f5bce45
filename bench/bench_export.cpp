// Exporting each chart, as `--export-chart` does, against a bare QChart with the same bars rendered
// to the same size and encoded the same way in the same run: PNG at 1920×1080 and at 3×, SVG and
// PDF. Ours is the whole export after the factsheet is loaded: the description from the model, our
// FactsheetChart laid out for the target, rendering and encoding. The baseline is one QBarSeries with
// the same values, a category axis with the same labels, a value axis and a title, in a
// QGraphicsScene sized to the target. Runs alternate between the two; medians.
#include "benchreport.h"
#include "chartexport.h"
#include "chartmembership.h"
#include "factsheetmodel.h"
#include "readers/factsheetreader.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QValueAxis>

#include <functional>
#include <vector>

namespace {

using BenchReport::note;

enum class Target { Png1x, Png3x, Svg, Pdf };

QByteArray encodePng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    return png;
}

// Paints onto the target's device, as an export would, and answers the bytes written.
QByteArray drawTo(Target target, const QSize &size, const std::function<void(QPainter *)> &paint)
{
    switch (target) {
    case Target::Png1x:
    case Target::Png3x: {
        const int scale = target == Target::Png3x ? 3 : 1;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paint(&painter);
        }
        return encodePng(image);
    }
    case Target::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        {
            QPainter painter(&generator);
            paint(&painter);
        }
        return buffer.data();
    }
    case Target::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size) * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        {
            QPainter painter(&writer);
            paint(&painter);
        }
        return buffer.data();
    }
    }
    return {};
}

// The bare chart: what Qt Charts draws for these bars with nothing of ours.
QByteArray bareExport(const ChartDescription &chart, Target target, const QSize &size)
{
    QGraphicsScene scene;
    auto *qchart = new QChart;
    scene.addItem(qchart);
    qchart->setAnimationOptions(QChart::NoAnimation);
    qchart->setTitle(chart.title);
    auto *series = new QBarSeries;
    auto *set = new QBarSet(chart.title);
    QStringList labels;
    qreal maximum = 1;
    for (const ChartBar &bar : chart.bars) {
        set->append(static_cast<qreal>(bar.value));
        labels << bar.label;
        maximum = std::max(maximum, static_cast<qreal>(bar.value));
    }
    series->append(set);
    qchart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    qchart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, maximum);
    qchart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    qchart->setGeometry(QRectF(QPointF(0, 0), size));
    qchart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    return drawTo(target, size, [&scene, size](QPainter *painter) {
        painter->setRenderHint(QPainter::Antialiasing);
        scene.render(painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    });
}

QByteArray ourExport(const FactsheetModel &model, const QString &chart, Target target, const QSize &size)
{
    ChartExport::Settings settings;
    settings.chart = chart;
    settings.size = size;
    settings.scale = target == Target::Png3x ? 3 : 1;
    const QList<ChartDescription> charts = ChartExport::describe(&model, chart);
    switch (target) {
    case Target::Png1x:
    case Target::Png3x:
        return encodePng(ChartExport::image(charts, settings));
    case Target::Svg:
        return ChartExport::svg(charts, settings);
    case Target::Pdf:
        return ChartExport::pdf({charts}, settings);
    }
    return {};
}

double timeMs(const std::function<QByteArray()> &work)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = work();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (bytes.isEmpty())
        note(QStringLiteral("bench_export: an export wrote nothing"));
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchReport::useOffscreenUnlessSet();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chart exports against a bare QChart render (bench/run.sh)."));
    parser.addHelpOption();
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Runs of each (default 11)."),
                                     QStringLiteral("N"), QStringLiteral("11"));
    parser.addOption(repeats);
    const QCommandLineOption formats(QStringLiteral("formats"),
                                     QStringLiteral("Only these, comma-separated: png, png3x, svg, pdf (default all)."),
                                     QStringLiteral("LIST"), QStringLiteral("png,png3x,svg,pdf"));
    parser.addOption(formats);
    parser.process(app);
    const int runs = std::max(1, parser.value(repeats).toInt());
    const QStringList wanted = parser.value(formats).split(QLatin1Char(','), Qt::SkipEmptyParts);

    FactsheetModel model;
    FactsheetLoadResult loaded = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    if (!loaded.ok()) {
        note(loaded.error().text());
        return 1;
    }
    model.setFactsheet(loaded.takeFactsheet());

    const QSize slide(1920, 1080);
    const struct
    {
        Target target;
        const char *option;
        const char *name;
    } targets[] = {{Target::Png1x, "png", "PNG 1920x1080"},
                   {Target::Png3x, "png3x", "PNG 1920x1080 at 3x"},
                   {Target::Svg, "svg", "SVG"},
                   {Target::Pdf, "pdf", "PDF"}};
    for (const QString &chart : ChartMembership::chartNames()) {
        const ChartDescription description = ChartDescriptions::describe(&model, chart);
        for (const auto &[target, option, name] : targets) {
            if (!wanted.contains(QLatin1String(option)))
                continue;
            note(QStringLiteral("bench_export: %1, %2").arg(chart, QLatin1String(name)));
            // One of each first: fonts, glyph caches and image plugins warm for both.
            ourExport(model, chart, target, slide);
            bareExport(description, target, slide);
            std::vector<double> ours;
            std::vector<double> bare;
            for (int run = 0; run < runs; ++run) {
                ours.push_back(timeMs([&] { return ourExport(model, chart, target, slide); }));
                bare.push_back(timeMs([&] { return bareExport(description, target, slide); }));
            }
            BenchReport::ratioRow(QStringLiteral("export %1 to %2 (vs bare QChart)").arg(chart, QLatin1String(name)),
                                  BenchReport::median(ours), BenchReport::median(bare), 1.2);
        }
    }
    return 0;
}
