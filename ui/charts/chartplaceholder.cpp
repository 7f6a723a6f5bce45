#include "chartplaceholder.h"

#include "chartmetrics.h"

#include <QPainter>
#include <QSplitter>

ChartPlaceholder::ChartPlaceholder(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    setMinimumSize(ChartMetrics::minimumSize);
}

QSize ChartPlaceholder::sizeHint() const
{
    return ChartMetrics::sizeHint;
}

void ChartPlaceholder::paintEvent(QPaintEvent * /*event*/)
{
    // The chart's background, from the palette as the window theme takes it, inset as the chart is.
    QPainter(this).fillRect(rect().adjusted(2, 2, -2, -2), palette().color(QPalette::Base));
}

void ChartPlaceholder::replace(ChartPlaceholder *placeholder, QWidget *chart)
{
    auto *splitter = qobject_cast<QSplitter *>(placeholder->parentWidget());
    Q_ASSERT(splitter);

    // QSplitter keeps a widget's stretch factor in the widget's own size policy.
    QSizePolicy policy = chart->sizePolicy();
    policy.setHorizontalStretch(placeholder->sizePolicy().horizontalStretch());
    policy.setVerticalStretch(placeholder->sizePolicy().verticalStretch());
    chart->setSizePolicy(policy);

    // A widget added to a window goes to the end of its focus chain: move the chart's focusable
    // widgets back to where the placeholder is, so Tab still reaches the charts in screen order.
    QWidget *before = placeholder->previousInFocusChain();
    while (before != placeholder->window() && before->focusPolicy() == Qt::NoFocus)
        before = before->previousInFocusChain();
    QWidgetList focusable;
    for (QWidget *widget = chart; widget == chart || chart->isAncestorOf(widget); widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() != Qt::NoFocus)
            focusable << widget;
    }
    for (QWidget *widget : std::as_const(focusable)) {
        QWidget::setTabOrder(before, widget);
        before = widget;
    }

    delete splitter->replaceWidget(splitter->indexOf(placeholder), chart);
}
