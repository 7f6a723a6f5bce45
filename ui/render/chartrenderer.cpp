#include "chartrenderer.h"

#include "charttextitem.h"
#include "factsheetchart.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>

namespace {

FactsheetChart *addChart(QGraphicsScene &scene, const ChartDescription &description, const ChartTheme &theme,
                         const QRectF &geometry, bool showsSourceLine, bool transparent, const QList<int> &selected)
{
    auto *chart = new FactsheetChart;
    scene.addItem(chart);
    chart->setChartTheme(theme);
    chart->setShowsSourceLine(showsSourceLine);
    chart->setTransparentBackground(transparent);
    chart->setDescription(description);
    chart->setGeometry(geometry);
    chart->layOutNow();
    chart->setSelectedBars(selected);
    return chart;
}

void renderScene(QGraphicsScene &scene, QPainter *painter, const QRectF &target, const QSizeF &size)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

ChartTextItem *addText(QGraphicsScene &scene, const QString &text, const QFont &font, const QColor &colour, qreal width)
{
    auto *item = new ChartTextItem;
    item->setText(text, font, colour, width);
    scene.addItem(item);
    return item;
}

} // namespace

namespace ChartRenderer {

void render(const ChartDescription &chart, const ChartTheme &theme, QPainter *painter, const QRectF &target,
            const Options &options)
{
    QGraphicsScene scene;
    addChart(scene, chart, theme, QRectF(QPointF(0, 0), target.size()), options.showsSourceLine, options.transparent,
             options.selectedBars.value(0));
    renderScene(scene, painter, target, target.size());
}

void renderDashboard(const QList<ChartDescription> &charts, const ChartTheme &theme, QPainter *painter,
                     const QRectF &target, const Options &options)
{
    QGraphicsScene scene;
    const QSizeF size = target.size();
    const qreal pad = theme.padding;
    const qreal width = size.width() - 2 * pad;
    scene.setBackgroundBrush(options.transparent ? QBrush(Qt::transparent) : QBrush(theme.background));

    // The area once, in the heading; each chart under it by its topic.
    const ChartDescription first = charts.value(0);
    ChartTextItem *heading = addText(scene, first.area, theme.font(theme.titleSize), theme.text, width);
    heading->setPos(pad, pad);
    ChartTextItem *subheading
        = addText(scene, QCoreApplication::translate("ChartRenderer", "Industrial Strategy local summary"),
                  theme.font(theme.subtitleSize), theme.secondaryText, width);
    subheading->setPos(pad, pad + heading->height());
    ChartTextItem *source = addText(scene, options.showsSourceLine ? first.sourceLine : QString(),
                                    theme.font(theme.footerSize), theme.secondaryText, width);
    const qreal sourceHeight = source->height();
    source->setPos(pad, size.height() - pad - sourceHeight);

    // Each chart smaller than the whole: its type a little smaller too, so three fit.
    ChartTheme part = theme;
    for (qreal *typeSize : {&part.titleSize, &part.subtitleSize, &part.labelSize, &part.tickSize, &part.footerSize})
        *typeSize = std::max(9.0, std::round(*typeSize * 0.72));
    part.padding = std::round(theme.padding * 0.6);

    const qreal top = pad + heading->height() + subheading->height() + pad * 0.5;
    const qreal bottom = size.height() - pad - sourceHeight - pad * 0.5;
    const qreal columnWidth = (width - pad) / 2;
    const qreal rowHeight = (bottom - top - pad) / 2;
    const QList<QRectF> places {
        QRectF(pad, top, columnWidth, rowHeight),
        QRectF(pad, top + rowHeight + pad, columnWidth, rowHeight),
        QRectF(pad + columnWidth + pad, top, columnWidth, bottom - top),
    };
    // Notes stay readable however small the charts: at least the parts' subtitle size.
    part.footerSize = std::max(part.footerSize, std::round(part.subtitleSize * 0.9));
    for (int i = 0; i < charts.size() && i < places.size(); ++i) {
        ChartDescription chart = charts.at(i);
        if (!chart.topic.isEmpty())
            chart.title = chart.topic;
        addChart(scene, chart, part, places.at(i), false, true, options.selectedBars.value(i));
    }
    renderScene(scene, painter, target, size);
}

void renderPage(const QList<ChartDescription> &charts, const ChartTheme &theme, QPainter *painter, const QRectF &target,
                const Options &options)
{
    if (charts.size() > 1)
        renderDashboard(charts, theme, painter, target, options);
    else if (!charts.isEmpty())
        render(charts.first(), theme, painter, target, options);
}

} // namespace ChartRenderer
