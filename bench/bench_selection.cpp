// Reacting to a selection: a click on a table row, until the funding bar is highlighted and the
// detail pane shows the line (with the events it posts, repaints included), in the real main
// window, offscreen. On the embedded factsheet and with 1,000 funding lines in the chart; the
// median is given as a ratio to one 16 ms frame. A selection must never rebuild the chart: the
// number of ChartWidget::barsRebuilt signals during the clicks is printed (it should be 0).
#include "benchreport.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "comparisonpane.h"
#include "detailpane.h"
#include "factsheetchart.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "generatedfactsheet.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "uknumbers.h"
#include "windowpanes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

using BenchReport::note;

constexpr double frameMs = 16.0;

struct Outcome
{
    std::vector<double> ms;
    std::vector<double> clickMs; // the click itself: the selection reaching every view, before repainting
    int rebuilds = 0;
    int missed = 0; // clicks after which the bar or the details never showed the line
};

Outcome measure(MainWindow &window, int clicks)
{
    Outcome outcome;
    QTableView *table = panes(window).investments()->table();
    const QAbstractItemModel *proxy = table->model();
    ChartWidget *chart = panes(window).fundingChart();
    DetailPane *details = panes(window).detailPane();
    QSignalSpy rebuilt(chart, &ChartWidget::barsRebuilt);

    // Rows in a fixed shuffled order; never the same row twice in a row (that changes nothing).
    const int rows = proxy->rowCount();
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    quint32 state = 12345;
    for (size_t i = order.size(); i > 1; --i) {
        state = state * 1664525u + 1013904223u;
        std::swap(order[i - 1], order[(state >> 8) % i]);
    }

    for (int click = 0; click < clicks; ++click) {
        const QModelIndex proxyIndex = proxy->index(order[static_cast<size_t>(click % rows)], 0);
        // Not timed: bring the row into view, as the user would have scrolled to it.
        table->scrollTo(proxyIndex);
        QCoreApplication::processEvents();
        const QPoint where = table->visualRect(proxyIndex).center();
        const QModelIndex source = panes(window).investments()->proxy()->mapToSource(proxyIndex);
        // The funding chart draws the table's proxy: its bars are found by the proxy's row (-1 for the
        // national line, which is not plotted).
        const int bar = chart->barOfSourceRow(proxyIndex.row());
        const QString title = source.data(FactsheetModel::LabelRole).toString();
        const auto shown = [&] {
            const bool barDone = bar < 0 || chart->selectedBars().contains(bar);
            return barDone && details->text().contains(title);
        };

        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, where);
        outcome.clickMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        // The highlight and the new details repaint through posted events: a few rounds take them all.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        while (!shown() && timer.elapsed() < 2000)
            QCoreApplication::processEvents();
        outcome.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!shown())
            ++outcome.missed;
    }
    outcome.rebuilds = static_cast<int>(rebuilt.count());
    return outcome;
}

void run(FactsheetDocument &document, const QString &label, int clicks, int &rebuildsInAll)
{
    MainWindow window(&document);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        note(QStringLiteral("bench_selection: the window was never exposed"));
    QTest::qWait(200); // first layout and paint out of the way

    const Outcome outcome = measure(window, clicks);
    const double median = BenchReport::median(outcome.ms);
    note(QStringLiteral("  %1: %2 clicks, median %3 (the click %4, then repainting), 90th percentile %5, "
                        "chart rebuilt %6 times%7")
             .arg(label)
             .arg(clicks)
             .arg(BenchReport::milliseconds(median), BenchReport::milliseconds(BenchReport::median(outcome.clickMs)),
                  BenchReport::milliseconds(BenchReport::percentile90(outcome.ms)))
             .arg(outcome.rebuilds)
             .arg(outcome.missed ? QStringLiteral(", %1 clicks NOT shown").arg(outcome.missed) : QString()));
    BenchReport::ratioRow(QStringLiteral("selection -> bar + details, %1").arg(label), median, frameMs, 1.0);
    rebuildsInAll += outcome.rebuilds;
}

// Counts the paints a widget receives: the range row waits until the views have painted the
// new selection, not only until they were told of it.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// The source row the comparison must draw first for these proxy rows: the largest local line,
// equal amounts in document order (model/comparison.cpp's rule).
int largestLocalLine(const FundingLinesProxyModel *proxy, int first, int count)
{
    const auto *model = qobject_cast<const FactsheetModel *>(proxy->sourceModel());
    int largest = -1;
    for (int row = first; row < first + count; ++row) {
        const int source = proxy->mapToSource(proxy->index(row, 0)).row();
        if (!model->isFundingLineRow(source) || model->fundingLineAt(source).scope != Scope::Local)
            continue;
        const qint64 amount = model->fundingLineAt(source).amount;
        if (largest < 0 || amount > model->fundingLineAt(largest).amount
            || (amount == model->fundingLineAt(largest).amount && source < largest))
            largest = source;
    }
    return largest;
}

// Selecting a range of 1,000 of the table's rows at once (a click, then Shift+click 1,000 rows
// down), until the funding chart, the comparison and the status bar show it and the funding
// chart and the comparison have painted it, events included; the median of several ranges,
// against one frame.
void runRange(FactsheetDocument &document, int lines, int repeats)
{
    MainWindow window(&document);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        note(QStringLiteral("bench_selection: the window was never exposed"));
    window.showComparison();
    QTRY_VERIFY_WITH_TIMEOUT(!panes(window).investments()->proxy()->isBusy(), 60000);
    // Not timed: a sort planned in the background and dropped may still be running.
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(200);
    QTableView *table = panes(window).investments()->table();
    QItemSelectionModel *rows = table->selectionModel();
    const FundingLinesProxyModel *proxy = panes(window).investments()->proxy();
    ChartWidget *chart = panes(window).fundingChart();
    ComparisonPane *comparison = panes(window).comparisonPane();
    const PaintCounter chartPaints(chart->chartView()->viewport());
    const PaintCounter comparisonPaints(comparison->chart()->scene()->views().constFirst()->viewport());
    std::vector<double> ms;
    int missed = 0;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const int first = (repeat * 7919) % std::max(1, proxy->rowCount() - 1000);
        rows->setCurrentIndex(proxy->index(first, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Not timed: the user scrolls to the far end of the range before the Shift+click.
        table->scrollTo(proxy->index(first + 999, 0));
        QCoreApplication::processEvents();
        const int largest = largestLocalLine(proxy, first, 1000);
        // The bars of the funding chart in the range (it draws the table's proxy, by proxy row).
        QList<int> bars;
        for (int row = first; row < first + 1000; ++row) {
            if (const int bar = chart->barOfSourceRow(row); bar >= 0)
                bars << bar;
        }
        std::sort(bars.begin(), bars.end());
        const int chartPainted = chartPaints.paints;
        const int comparisonPainted = comparisonPaints.paints;
        const auto shown = [&] {
            const Comparison &compared = comparison->comparison();
            // A range of national lines only compares none of them: no bars.
            const bool compares = largest < 0
                ? compared.chart.bars.isEmpty()
                : !compared.chart.bars.isEmpty() && compared.chart.bars.constFirst().index.row() == largest;
            return compares && panes(window).selectionLabel()->text().startsWith(QStringLiteral("1,000 selected"))
                && chart->selectedBars() == bars && comparisonPaints.paints > comparisonPainted
                && (bars.isEmpty() || chartPaints.paints > chartPainted);
        };

        QElapsedTimer timer;
        timer.start();
        // What Shift+click does: the range from the current row to the clicked one, whole rows.
        rows->select(QItemSelection(proxy->index(first, 0), proxy->index(first + 999, proxy->columnCount() - 1)),
                     QItemSelectionModel::ClearAndSelect);
        rows->setCurrentIndex(proxy->index(first + 999, 0), QItemSelectionModel::NoUpdate);
        QCoreApplication::processEvents();
        while (!shown() && timer.elapsed() < 2000)
            QCoreApplication::processEvents();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!shown() || window.selectionModel()->selectedRows().size() != 1000)
            ++missed;
    }
    const double median = BenchReport::median(ms);
    note(QStringLiteral("  a range of 1,000 of %1 lines: median %2, 90th percentile %3%4")
             .arg(UkNumbers::count(lines), BenchReport::milliseconds(median),
                  BenchReport::milliseconds(BenchReport::percentile90(ms)),
                  missed ? QStringLiteral(", %1 ranges NOT shown").arg(missed) : QString()));
    BenchReport::ratioRow(
        QStringLiteral("select 1,000 of %1 lines (range) -> charts + comparison").arg(UkNumbers::count(lines)), median,
        frameMs, 1.0);
}

} // namespace

int main(int argc, char *argv[])
{
    BenchReport::useOffscreenUnlessSet();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times a selection reaching the views of the real main window, offscreen, against one 16 ms frame."));
    parser.addHelpOption();
    const QCommandLineOption rangeOnly(QStringLiteral("range-only"),
                                       QStringLiteral("Only the range row (for profiling): no single clicks."));
    const QCommandLineOption ranges(QStringLiteral("ranges"),
                                    QStringLiteral("How many ranges the range row times (default 15)."),
                                    QStringLiteral("N"), QStringLiteral("15"));
    parser.addOption(rangeOnly);
    parser.addOption(ranges);
    parser.process(app);
    const int rangeCount = parser.value(ranges).toInt();
    if (rangeCount < 1) {
        note(QStringLiteral("bench_selection: --ranges wants a whole number of 1 or more"));
        return 2;
    }
    // The window remembers its layout in QSettings: keep the benchmark out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Factsheet Explorer Benchmarks"));

    int rebuilds = 0;
    if (!parser.isSet(rangeOnly)) {
        {
            FactsheetModel model;
            FactsheetDocument document(&model);
            if (const std::optional<LoadError> error = document.open(FactsheetReader::embeddedPath())) {
                note(error->text());
                return 1;
            }
            run(document, QStringLiteral("embedded (%1 lines)").arg(model.fundingLineCount()), 200, rebuilds);
        }
        {
            FactsheetModel model;
            FactsheetDocument document(&model);
            model.setFactsheet(GeneratedFactsheet::embeddedWithLines(1000));
            run(document, QStringLiteral("%1 lines").arg(UkNumbers::count(model.fundingLineCount())), 300, rebuilds);
        }
    }
    {
        const int lines = qEnvironmentVariableIntValue("QUICK") == 1 ? 100000 : 1000000;
        FactsheetModel model;
        FactsheetDocument document(&model);
        model.setFactsheet(GeneratedFactsheet::embeddedWithLines(lines));
        runRange(document, lines, rangeCount);
    }
    if (!parser.isSet(rangeOnly)) {
        BenchReport::textRow(QStringLiteral("chart rebuilt on selection (barsRebuilt)"), QString::number(rebuilds),
                             QStringLiteral("0"), QStringLiteral("-"), QStringLiteral("0"),
                             rebuilds == 0 ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    return 0;
}
