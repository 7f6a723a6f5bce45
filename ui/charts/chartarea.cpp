#include "chartarea.h"

#include "chartmembership.h"
#include "charts/chartplaceholder.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "firstpaintwatcher.h"

#include <QApplication>
#include <QItemSelectionModel>

ChartArea::ChartArea(QItemSelectionModel *selection, QItemSelectionModel *tableSelection, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_selection(selection), m_tableSelection(tableSelection),
      m_employmentPlaceholder(new ChartPlaceholder(QStringLiteral("employmentChartPlaceholder"), this)),
      m_skillsPlaceholder(new ChartPlaceholder(QStringLiteral("skillsChartPlaceholder"), this)),
      m_fundingPlaceholder(new ChartPlaceholder(QStringLiteral("fundingChartPlaceholder"), this)),
      m_figureSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("chartArea"));
    // The two-bar figure charts stack, so each is wide enough for its category labels.
    m_figureSplitter->addWidget(m_employmentPlaceholder);
    m_figureSplitter->addWidget(m_skillsPlaceholder);
    addWidget(m_figureSplitter);
    addWidget(m_fundingPlaceholder);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    for (QSplitter *splitter : {static_cast<QSplitter *>(this), m_figureSplitter})
        splitter->setChildrenCollapsible(false);
    // Qt Charts costs about a third of start-up (building, laying out and painting three chart
    // views): the first frame shows the placeholders, and the charts follow once it is done.
    buildAfterNextFrame();
}

ChartWidget *ChartArea::employmentChart()
{
    ensureCharts();
    return m_employmentChart;
}

ChartWidget *ChartArea::skillsChart()
{
    ensureCharts();
    return m_skillsChart;
}

ChartWidget *ChartArea::fundingChart()
{
    ensureCharts();
    return m_fundingChart;
}

QList<ChartWidget *> ChartArea::charts()
{
    ensureCharts();
    return {m_employmentChart, m_skillsChart, m_fundingChart};
}

ChartWidget *ChartArea::currentChart()
{
    for (ChartWidget *chart : charts()) {
        if (chart->hasFocus())
            return chart;
    }
    return m_lastFocusedChart ? m_lastFocusedChart.data() : m_fundingChart;
}

void ChartArea::buildAfterNextFrame()
{
    QWidget *frame = window();
    FirstPaintWatcher::afterNextPaint(frame, this, [this, frame] {
        // Charts are for a window on screen: one closed before they came (quitting at once) gets
        // them after it is shown and painted again.
        if (frame->isVisible())
            ensureCharts();
        else
            buildAfterNextFrame();
    });
}

void ChartArea::ensureCharts()
{
    if (chartsBuilt())
        return;
    // Which figures each chart shows is the model's to say (ChartRole): the area names charts only.
    // Made in the window, not in this splitter (which would take them in as widgets of its own):
    // replace() puts each in its placeholder's place.
    QWidget *frame = window();
    m_employmentChart = new ChartWidget(ChartMembership::employment, frame);
    m_employmentChart->setAccessibleName(tr("Employment chart"));
    m_skillsChart = new ChartWidget(ChartMembership::apprenticeshipsAndWages, frame);
    m_skillsChart->setAccessibleName(tr("Apprenticeships and wages chart"));
    m_fundingChart = new ChartWidget(ChartMembership::funding, frame);
    m_fundingChart->setAccessibleName(tr("Funding chart"));
    for (ChartWidget *chart : {m_employmentChart, m_skillsChart, m_fundingChart}) {
        prepare(chart);
        connect(chart, &ChartWidget::copyRequested, this, [this, chart] { emit copyRequested(chart); });
        connect(chart, &ChartWidget::exportRequested, this,
                [this, chart] { emit exportRequested(chart->chartName()); });
        connect(chart, &ChartWidget::printRequested, this, [this, chart] { emit printRequested(chart->chartName()); });
        connect(chart, &ChartWidget::presentRequested, this,
                [this, chart] { emit presentRequested(chart->chartName()); });
    }
    // The menus' chart actions act on the chart the user was last in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget * /*old*/, QWidget *now) {
        auto *chart = qobject_cast<ChartWidget *>(now);
        if (chart && isAncestorOf(chart))
            m_lastFocusedChart = chart;
    });

    // In the order they were added, so the splitters' children end up as they would have been.
    ChartPlaceholder::replace(m_employmentPlaceholder, m_employmentChart);
    ChartPlaceholder::replace(m_skillsPlaceholder, m_skillsChart);
    ChartPlaceholder::replace(m_fundingPlaceholder, m_fundingChart);
    m_employmentPlaceholder = m_skillsPlaceholder = m_fundingPlaceholder = nullptr;
    // Qt Charts lays a chart out in posted events, the axis labels (fitted to the plot area) a
    // round after the rest: lay the charts out now, or their first frame would show labels cut
    // for a provisional plot area, replaced a moment later. A window not shown yet is laid out
    // when it is, at the size it is shown at (laid out now, its charts would keep this size).
    if (window()->isVisible())
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    // The three charts paint in the same frame; chartsPainted waits until that frame is done.
    FirstPaintWatcher::afterNextPaint(m_fundingChart->chartView()->viewport(), this, [this] { emit chartsPainted(); });
}

void ChartArea::prepare(ChartWidget *chart) const
{
    // The funding chart shows the table's lines as the table shows them: filtered, sorted,
    // normalised. It reads the table's proxy, and takes part in the one selection through the
    // table's mirror of it.
    if (chart->chartName() == ChartMembership::funding) {
        chart->setFundingOrder(ChartDescriptions::FundingOrder::ModelOrder);
        chart->setSelectionModel(m_tableSelection);
    } else {
        chart->setSelectionModel(m_selection);
    }
}

QList<QList<int>> ChartArea::selectedBarsFor(const QString &chartName)
{
    QList<QList<int>> bars;
    for (ChartWidget *chart : charts()) {
        if (chartName == ChartMembership::dashboard || chart->chartName() == chartName)
            bars << chart->selectedBars();
    }
    return bars;
}
