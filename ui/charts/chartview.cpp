#include "chartview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

ChartView::ChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    // A selection change repaints every bar of the set; adding a thousand bar rectangles to the
    // dirty region one by one costs more than repainting the chart's bounding rectangle once.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    // QTBUG-118669 (fixed in 6.6.1): with a rubber band set, QChartView's press handler crashes
    // when no item is under the cursor (empty space, background hidden). Nothing there to zoom
    // or click, so the plain graphics view handling is all that is needed.
    if (!itemAt(event->position().toPoint())) {
        QGraphicsView::mousePressEvent(event); // NOLINT(bugprone-parent-virtual-call): skips QChartView on purpose
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    // QTBUG-119712 / QTBUG-77403 (fixed in 6.7): the chart swallows wheel events. We do not zoom
    // with the wheel, so leave the event to the surrounding scroll area.
    event->ignore();
}
