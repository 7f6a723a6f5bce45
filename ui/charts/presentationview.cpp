#include "presentationview.h"

#include "chartwidget.h"

#include <QKeyEvent>
#include <QVBoxLayout>

PresentationView::PresentationView(std::function<void(ChartWidget *)> prepare, const QStringList &chartNames,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window), m_prepare(std::move(prepare)), m_chartNames(chartNames)
{
    setObjectName(QStringLiteral("presentationView"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Presentation view"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QString PresentationView::currentChart() const
{
    return m_chart ? m_chart->chartName() : QString();
}

void PresentationView::showChart(const QString &chartName)
{
    if (chartName == currentChart())
        return;
    auto *chart = new ChartWidget(chartName, this);
    chart->setLook(ChartWidget::Look::Presentation);
    m_prepare(chart);
    chart->setAccessibleName(tr("%1 (presented)").arg(chart->description().title));
    if (m_chart) {
        delete layout()->replaceWidget(m_chart, chart); // the old chart's layout item is ours to delete
        delete m_chart;
    } else {
        layout()->addWidget(chart);
    }
    m_chart = chart;
    m_chart->setFocus(Qt::OtherFocusReason);
    setWindowTitle(tr("%1 — Presentation").arg(m_chart->description().title));
}

void PresentationView::step(int by)
{
    if (m_chartNames.isEmpty())
        return;
    const auto count = static_cast<int>(m_chartNames.size());
    const int at = static_cast<int>(m_chartNames.indexOf(currentChart()));
    showChart(m_chartNames.at(((at + by) % count + count) % count));
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        step(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        step(-1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
