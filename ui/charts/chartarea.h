#pragma once

#include <QList>
#include <QPointer>
#include <QSplitter>

class ChartPlaceholder;
class ChartWidget;
class QItemSelectionModel;

// The three charts of the area (employment and apprenticeships-and-wages stacked, funding beside
// them). They are built just after the window's first frame, so that frame does not wait for Qt
// Charts; until then cheap placeholders hold their places, and asking for a chart builds them at
// once. It never calls the window or an action: it says what the user asked of a chart with a signal.
class ChartArea final : public QSplitter
{
    Q_OBJECT

public:
    // selection: the one selection, on the source model (the figure charts). tableSelection: the
    // table's mirror of it, on the table's proxy (the funding chart shows the lines as the table does).
    ChartArea(QItemSelectionModel *selection, QItemSelectionModel *tableSelection, QWidget *parent = nullptr);

    ChartWidget *employmentChart();
    ChartWidget *skillsChart();
    ChartWidget *fundingChart();
    // The three, in screen order.
    QList<ChartWidget *> charts();
    // The chart the chart actions act on: the one with focus, else the one that had it last, else
    // the funding chart.
    ChartWidget *currentChart();
    // Whether the chart views exist yet, without building them.
    bool chartsBuilt() const { return m_fundingChart != nullptr; }
    // Gives a chart (here or in the presentation view) its selection and order.
    void prepare(ChartWidget *chart) const;
    // The selected bars of the named chart, or of all three for the dashboard.
    QList<QList<int>> selectedBarsFor(const QString &chartName);
    // The two stacked figure charts' splitter (its layout is remembered).
    QSplitter *figureSplitter() const { return m_figureSplitter; }

signals:
    // The charts have painted for the first time, and the frame they are in is done. Once.
    void chartsPainted();
    void copyRequested(ChartWidget *chart);
    void exportRequested(const QString &chartName);
    void printRequested(const QString &chartName);
    void presentRequested(const QString &chartName);

private:
    void buildAfterNextFrame();
    void ensureCharts();

    QItemSelectionModel *m_selection;
    QItemSelectionModel *m_tableSelection;
    ChartWidget *m_employmentChart = nullptr;
    ChartWidget *m_skillsChart = nullptr;
    ChartWidget *m_fundingChart = nullptr;
    QPointer<ChartWidget> m_lastFocusedChart;
    // Where the charts go until they are built (then deleted, and null).
    ChartPlaceholder *m_employmentPlaceholder;
    ChartPlaceholder *m_skillsPlaceholder;
    ChartPlaceholder *m_fundingPlaceholder;
    QSplitter *m_figureSplitter;
};
