#include "chartexport.h"

#include "chartmembership.h"
#include "chartrenderer.h"
#include "outputfile.h"
#include "shownname.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString oneOf(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

ChartTheme themeFor(const ChartExport::Settings &settings)
{
    ChartTheme theme = ChartTheme::named(settings.theme, QSizeF(settings.size), QGuiApplication::palette(),
                                         QGuiApplication::font(), settings.palette)
                           .value_or(ChartTheme::presentation(QSizeF(settings.size), settings.palette));
    theme.valueLabels = settings.valueLabels.value_or(theme.valueLabels);
    theme.valueAxis = settings.axis;
    return theme;
}

bool isDashboard(const QList<ChartDescription> &charts)
{
    return charts.size() > 1;
}

void paint(const QList<ChartDescription> &charts, const ChartExport::Settings &settings, QPainter *painter,
           const QList<QList<int>> &selectedBars)
{
    ChartRenderer::Options options;
    options.transparent = settings.transparent;
    if (settings.showsSelection)
        options.selectedBars = selectedBars;
    ChartRenderer::renderPage(charts, themeFor(settings), painter, QRectF(QPointF(0, 0), QSizeF(settings.size)),
                              options);
}

QString titleOf(const QList<ChartDescription> &charts)
{
    if (charts.isEmpty())
        return {};
    if (isDashboard(charts))
        return QCoreApplication::translate("ChartExport", "%1: Industrial Strategy local summary")
            .arg(charts.first().area);
    return charts.first().title;
}

QString copyrightOf(const QList<ChartDescription> &charts)
{
    Q_UNUSED(charts)
    return QCoreApplication::translate(
        "ChartExport",
        "Contains public sector information: Crown copyright, licensed under the Open Government Licence v3.0.");
}

} // namespace

namespace ChartExport {

QStringList chartNames()
{
    return ChartMembership::chartNames() << ChartMembership::dashboard;
}

std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool widthOk = false;
    bool heightOk = false;
    const int width = parts.at(0).toInt(&widthOk);
    const int height = parts.at(1).toInt(&heightOk);
    if (!widthOk || !heightOk || width < 1 || height < 1 || width > maxSide || height > maxSide)
        return std::nullopt;
    return QSize(width, height);
}

std::optional<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<QString> check(const Settings &settings, const QString &outputPath)
{
    if (!chartNames().contains(settings.chart))
        return QCoreApplication::translate("ChartExport", "unknown chart %1; expected one of: %2")
            .arg(quoted(settings.chart), oneOf(chartNames()));
    if (!ChartTheme::names().contains(settings.theme))
        return QCoreApplication::translate("ChartExport", "unknown theme %1; expected one of: %2")
            .arg(quoted(settings.theme), oneOf(ChartTheme::names()));
    const QSize size = settings.size;
    if (size.width() < 1 || size.height() < 1 || size.width() > maxSide || size.height() > maxSide)
        return QCoreApplication::translate(
                   "ChartExport", "size %1x%2: expected WIDTHxHEIGHT, each a whole number of pixels from 1 to %3")
            .arg(size.width())
            .arg(size.height())
            .arg(maxSide);
    if (settings.scale < 1 || settings.scale > maxScale)
        return QCoreApplication::translate("ChartExport", "scale %1: expected a whole number from 1 to %2")
            .arg(settings.scale)
            .arg(maxScale);
    if (outputPath.isEmpty())
        return std::nullopt;
    const std::optional<Format> format = formatOf(outputPath);
    if (!format) {
        const QString suffix = QFileInfo(outputPath).suffix();
        return QCoreApplication::translate("ChartExport", "%1: unknown extension %2; expected .png, .svg or .pdf")
            .arg(ShownName::of(outputPath),
                 suffix.isEmpty() ? QCoreApplication::translate("ChartExport", "(none)")
                                  : quoted(QLatin1Char('.') + suffix));
    }
    const qint64 pixels = qint64(size.width()) * settings.scale * qint64(size.height()) * settings.scale;
    if (*format == Format::Png && pixels > maxPixels)
        return QCoreApplication::translate("ChartExport",
                                           "%1: a PNG of %2x%3 pixels is too large; at most %4 pixels (%5x%5)")
            .arg(ShownName::of(outputPath))
            .arg(size.width() * settings.scale)
            .arg(size.height() * settings.scale)
            .arg(maxPixels)
            .arg(maxSide);
    return OutputFile::check(outputPath);
}

QList<ChartDescription> describe(const QAbstractItemModel *model, const QString &chart,
                                 const QAbstractItemModel *fundingModel)
{
    QList<ChartDescription> charts;
    const QStringList names = chart == ChartMembership::dashboard ? ChartMembership::chartNames() : QStringList {chart};
    for (const QString &name : names) {
        if (name == ChartMembership::funding && fundingModel)
            charts << ChartDescriptions::describe(fundingModel, name, ChartDescriptions::FundingOrder::ModelOrder);
        else
            charts << ChartDescriptions::describe(model, name);
    }
    return charts;
}

QImage image(const QList<ChartDescription> &charts, const Settings &settings, const QList<QList<int>> &selectedBars)
{
    QImage picture(settings.size * settings.scale, QImage::Format_ARGB32_Premultiplied);
    if (picture.isNull())
        return picture;
    picture.setDevicePixelRatio(settings.scale);
    picture.fill(settings.transparent ? Qt::transparent : Qt::white);
    {
        QPainter painter(&picture);
        paint(charts, settings, &painter, selectedBars);
    }
    // Where it comes from travels with the picture: PNG text chunks.
    picture.setText(QStringLiteral("Title"), titleOf(charts));
    picture.setText(QStringLiteral("Source"), sourceChunkText(charts.value(0).sourceLine));
    picture.setText(QStringLiteral("Copyright"), copyrightOf(charts));
    picture.setText(QStringLiteral("Software"), QStringLiteral("Factsheet Explorer"));
    return picture;
}

QByteArray svg(const QList<ChartDescription> &charts, const Settings &settings, const QList<QList<int>> &selectedBars)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(settings.size);
    // Without a view box the SVG is sized in millimetres and nothing maps it to our pixels.
    generator.setViewBox(QRect(QPoint(0, 0), settings.size));
    generator.setResolution(96);
    // QSvgGenerator 6.4 writes the title and description into the XML as they are: escape them.
    generator.setTitle(titleOf(charts).toHtmlEscaped());
    generator.setDescription(
        QStringLiteral("%1 %2").arg(charts.value(0).sourceLine, copyrightOf(charts)).toHtmlEscaped());
    {
        QPainter painter(&generator);
        paint(charts, settings, &painter, selectedBars);
    }
    return buffer.data();
}

QByteArray pdf(const QList<QList<ChartDescription>> &pages, const Settings &settings)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // 96 dpi: a logical pixel is a CSS pixel, 0.75 pt, as on screen.
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(settings.size) * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const QList<ChartDescription> first = pages.value(0);
    writer.setTitle(titleOf(first));
    writer.setCreator(QStringLiteral("Factsheet Explorer"));
    // The subject (the source line) goes in the document's XMP metadata: QPdfWriter 6.4 has no
    // setter for the info dictionary's Subject.
    const QString subject = first.value(0).sourceLine;
    writer.setDocumentXmpMetadata(
        QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                       "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                       "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                       "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                       "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
                       "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
                       "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%2</rdf:li></rdf:Alt></dc:description>"
                       "<dc:rights><rdf:Alt><rdf:li xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:rights>"
                       "<pdf:Producer>Factsheet Explorer</pdf:Producer>"
                       "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
            .arg(titleOf(first).toHtmlEscaped(), subject.toHtmlEscaped(), copyrightOf(first).toHtmlEscaped())
            .toUtf8());
    {
        QPainter painter(&writer);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            paint(pages.at(page), settings, &painter, {});
        }
    }
    return buffer.data();
}

QString sourceChunkText(const QString &sourceLine)
{
    // The prefix as the source line is made (model/factsheet.cpp), in the language in use.
    const QString prefix = QCoreApplication::translate("Factsheet", "Source: %1.").section(QStringLiteral("%1"), 0, 0);
    if (!prefix.isEmpty() && sourceLine.startsWith(prefix))
        return sourceLine.mid(prefix.size());
    return sourceLine;
}

std::optional<QString> saveFile(const QString &path, const QByteArray &data)
{
    return OutputFile::save(path, data);
}

std::optional<QString> write(const QAbstractItemModel *model, const Settings &settings, const QString &path,
                             const QList<QList<int>> &selectedBars, const QAbstractItemModel *fundingModel)
{
    if (std::optional<QString> problem = check(settings, path))
        return problem;
    const QList<ChartDescription> charts = describe(model, settings.chart, fundingModel);
    QByteArray data;
    switch (*formatOf(path)) {
    case Format::Png: {
        const QImage picture = image(charts, settings, selectedBars);
        if (picture.isNull())
            return QCoreApplication::translate("ChartExport", "%1: not enough memory for a PNG of %2x%3 pixels")
                .arg(ShownName::of(path))
                .arg(settings.size.width() * settings.scale)
                .arg(settings.size.height() * settings.scale);
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(picture))
            return QCoreApplication::translate("ChartExport", "%1: cannot encode the PNG: %2")
                .arg(ShownName::of(path), writer.errorString());
        break;
    }
    case Format::Svg:
        data = svg(charts, settings, selectedBars);
        break;
    case Format::Pdf:
        if (settings.onePerPage && charts.size() > 1) {
            QList<QList<ChartDescription>> pages;
            for (const ChartDescription &chart : charts)
                pages.append({chart});
            data = pdf(pages, settings);
        } else {
            data = pdf({charts}, settings);
        }
        break;
    }
    return saveFile(path, data);
}

QMimeData *mimeData(const ChartDescription &chart, const Settings &settings)
{
    auto *mime = new QMimeData;
    Settings twice = settings;
    twice.scale = 2;
    const QImage picture = image({chart}, twice);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    mime->setData(QStringLiteral("image/png"), png);
    mime->setImageData(picture);
    mime->setData(QStringLiteral("image/svg+xml"), svg({chart}, settings));
    mime->setHtml(chart.htmlTable());
    mime->setText(chart.plainText());
    return mime;
}

} // namespace ChartExport
