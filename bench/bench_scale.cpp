// Scale: the explorer's model and the table's proxy with 100,000 and 1,000,000 generated funding
// lines, each step against the floor measured in the same run:
//   sort by amount  vs  copying the amounts out of the lines and std::stable_sort of them;
//   sort by name    vs  QCollator (en_GB, numeric mode) sort keys of the titles, std::stable_sort of them;
//   filter, clear   vs  one plain scan of the six fields the filter reads (title, recipient, purpose,
//                       category, fund, location) with QString::contains(pattern, Qt::CaseInsensitive);
//   load            vs  that same scan (no target is set for load).
// Each step is timed from the call until the proxy's rows follow it (its rowsSettled signal: with
// the investments panel's background threshold, 20,000 lines, the plan is made on a worker thread),
// and the longest UI-thread stall over all steps is set against the 100 ms budget. Then the
// same with a QTableView attached (offscreen), each step including the events it posts.
#include "benchreport.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "generatedfactsheet.h"
#include "uknumbers.h"

#include <QApplication>
#include <QCollator>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {

using BenchReport::note;
using BenchReport::timeMs;

// Keeps a result alive so the compiler cannot drop the work that made it.
volatile qint64 g_sink = 0;

double floorSortByAmount(const std::vector<FundingLine> &lines)
{
    return timeMs([&lines] {
        std::vector<qint64> amounts;
        amounts.reserve(lines.size());
        for (const FundingLine &line : lines)
            amounts.push_back(line.amount);
        std::stable_sort(amounts.begin(), amounts.end(), std::greater<>()); // as the app opens: largest first
        g_sink = g_sink + amounts.front();
    });
}

double floorSortByName(const std::vector<FundingLine> &lines)
{
    return timeMs([&lines] {
        QCollator collator(UkNumbers::locale());
        collator.setNumericMode(true);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(lines.size());
        for (const FundingLine &line : lines)
            keys.push_back(collator.sortKey(line.title));
        // Sorted through pointers: QCollatorSortKey has no move constructor, so sorting the keys
        // themselves would time reference counting rather than comparing.
        std::vector<const QCollatorSortKey *> order;
        order.reserve(keys.size());
        for (const QCollatorSortKey &key : keys)
            order.push_back(&key);
        std::stable_sort(order.begin(), order.end(),
                         [](const QCollatorSortKey *a, const QCollatorSortKey *b) { return a->compare(*b) < 0; });
        g_sink = g_sink + static_cast<qint64>(order.size());
    });
}

int g_scanMatches = 0;

double floorScan(const std::vector<FundingLine> &lines, const QString &pattern)
{
    return timeMs([&lines, &pattern] {
        const auto has = [&pattern](const QString &field) { return field.contains(pattern, Qt::CaseInsensitive); };
        std::vector<int> rows;
        rows.reserve(lines.size() / 8);
        for (size_t i = 0; i < lines.size(); ++i) {
            const FundingLine &line = lines[i];
            if (has(line.title) || has(line.recipient) || has(line.purpose) || has(line.category) || has(line.fund)
                || has(line.location))
                rows.push_back(static_cast<int>(i));
        }
        g_scanMatches = static_cast<int>(rows.size());
    });
}

// The longest time the UI thread went without running its event loop: a 2 ms timer on it notes
// the largest gap between its ticks.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_longestMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        tick();
        m_timer.stop();
        return m_longestMs;
    }

private:
    void tick()
    {
        m_longestMs = std::max(m_longestMs, static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e6);
        m_sinceTick.restart();
    }

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
};

struct Samples
{
    std::vector<double> load, byName, byAmount, filter, clear;
    std::vector<double> floorAmount, floorName, floorScan;
    double longestStallMs = 0;
    QString longestStallStep;
};

// Times one change from the call until the proxy's rows follow it (rowsSettled: at once below the
// background threshold, else when the worker's plan has been applied), plus, with a view, the
// events the change posted (the view's delayed layout and its repaint).
void timeStep(FundingLinesProxyModel &proxy, bool withView, StallMeter &stalls, Samples &samples, const QString &name,
              std::vector<double> &into, const std::function<void()> &change)
{
    bool settled = false;
    const QMetaObject::Connection connection
        = QObject::connect(&proxy, &FundingLinesProxyModel::rowsSettled, &proxy, [&settled] { settled = true; });
    stalls.start();
    QElapsedTimer timer;
    timer.start();
    change();
    // The stall meter's timer wakes the loop every 2 ms, so this cannot sleep for ever.
    while (!settled && timer.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (withView) {
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
    }
    into.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    if (const double stall = stalls.stop(); stall > samples.longestStallMs) {
        samples.longestStallMs = stall;
        samples.longestStallStep = name;
    }
    QObject::disconnect(connection);
    if (!settled)
        note(QStringLiteral("  warning: the proxy never settled"));
}

void runScenario(const Factsheet &sheet, int repeats, int backgroundThreshold, bool withView)
{
    const QString pattern = GeneratedFactsheet::rarePattern();
    const int lineCount = static_cast<int>(sheet.fundingLines.size());
    const QString size = UkNumbers::count(lineCount);
    const QString where = withView ? QStringLiteral(", with view") : QString();

    FactsheetModel model;
    FundingLinesProxyModel proxy;
    proxy.setBackgroundThreshold(backgroundThreshold);
    proxy.setSourceModel(&model);
    StallMeter stalls;
    std::unique_ptr<QTableView> view;
    if (withView) {
        // Set up as the investments table is: fixed row heights, no row numbers.
        view = std::make_unique<QTableView>();
        view->setModel(&proxy);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->horizontalHeader()->setSectionResizeMode(FactsheetModel::PurposeColumn, QHeaderView::Stretch);
        view->setSortingEnabled(true);
        view->resize(1100, 600);
        view->show();
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
    }
    const auto sortBy = [&](int column, Qt::SortOrder order) {
        // What a click on the header does: set the indicator, whose signal sorts the model once.
        // (QTableView::sortByColumn would sort twice in Qt 6.4: through that signal and again itself.)
        if (view)
            view->horizontalHeader()->setSortIndicator(column, order);
        else
            proxy.sort(column, order);
    };
    Samples s;
    const auto step = [&](const QString &name, std::vector<double> &into, const std::function<void()> &change) {
        timeStep(proxy, withView, stalls, s, name, into, change);
    };
    // The app's opening order: the largest line first.
    std::vector<double> unused;
    step(QString(), unused, [&] { sortBy(FactsheetModel::AmountColumn, Qt::DescendingOrder); });
    s.longestStallMs = 0;

    for (int repeat = 0; repeat < repeats; ++repeat) {
        // Floors and ours alternate, first one then the other first, so drift hits both alike.
        const auto floors = [&] {
            s.floorAmount.push_back(floorSortByAmount(sheet.fundingLines));
            s.floorName.push_back(floorSortByName(sheet.fundingLines));
            s.floorScan.push_back(floorScan(sheet.fundingLines, pattern));
        };
        if (repeat % 2 == 0)
            floors();

        Factsheet copy = sheet; // not timed: the model takes the factsheet by value
        step(QStringLiteral("load"), s.load, [&] { model.setFactsheet(std::move(copy)); });
        step(QStringLiteral("sort by name"), s.byName,
             [&] { sortBy(FactsheetModel::TitleColumn, Qt::AscendingOrder); });
        step(QStringLiteral("sort by amount"), s.byAmount,
             [&] { sortBy(FactsheetModel::AmountColumn, Qt::DescendingOrder); });
        step(QStringLiteral("filter"), s.filter, [&] { proxy.setFilterText(pattern); });
        const int shown = proxy.rowCount();
        step(QStringLiteral("clear"), s.clear, [&] { proxy.setFilterText(QString()); });

        if (repeat % 2 == 1)
            floors();
        if (shown != g_scanMatches)
            note(QStringLiteral("  warning: the filter shows %1 lines, the plain scan found %2")
                     .arg(shown)
                     .arg(g_scanMatches));
        if (repeat == 0)
            note(QStringLiteral("  %1 lines%2: \"%3\" matches %4 lines (%5 %)")
                     .arg(size, where, pattern)
                     .arg(g_scanMatches)
                     .arg(100.0 * g_scanMatches / std::max(lineCount, 1), 0, 'f', 2));
    }

    using BenchReport::median;
    const bool atTargetScale = lineCount >= 1'000'000;
    const double sortTarget = atTargetScale ? 2.0 : 0;
    const double filterTarget = atTargetScale ? 3.0 : 0;
    const double scan = median(s.floorScan);
    BenchReport::ratioRow(QStringLiteral("load %1 lines%2 (vs scan)").arg(size, where), median(s.load), scan, 0);
    BenchReport::ratioRow(QStringLiteral("sort by amount %1%2").arg(size, where), median(s.byAmount),
                          median(s.floorAmount), sortTarget);
    BenchReport::ratioRow(QStringLiteral("sort by name %1%2").arg(size, where), median(s.byName), median(s.floorName),
                          sortTarget);
    BenchReport::ratioRow(QStringLiteral("filter by text %1%2").arg(size, where), median(s.filter), scan, filterTarget);
    BenchReport::ratioRow(QStringLiteral("clear filter %1%2").arg(size, where), median(s.clear), scan, filterTarget);
    // The budget for the table staying responsive: no UI-thread stall over 100 ms.
    BenchReport::ratioRow(
        QStringLiteral("longest UI stall %1%2 (in %3; vs 100 ms)").arg(size, where, s.longestStallStep),
        s.longestStallMs, 100, 1.0);
}

} // namespace

int main(int argc, char *argv[])
{
    BenchReport::useOffscreenUnlessSet();
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Model and proxy at scale, as ratios to std::stable_sort and "
                                                    "a plain scan measured in the same run."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Line counts, comma-separated."),
                                         QStringLiteral("N,..."), QStringLiteral("100000,1000000"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Runs per measurement."),
                                           QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption noViewOption(QStringLiteral("no-view"), QStringLiteral("Skip the runs with a view."));
    // The investments panel plans sorts and filters of 20,000 lines or more on a worker thread.
    const QCommandLineOption thresholdOption(QStringLiteral("background-threshold"),
                                             QStringLiteral("FundingLinesProxyModel::setBackgroundThreshold, as "
                                                            "the investments panel sets it."),
                                             QStringLiteral("LINES"), QStringLiteral("20000"));
    parser.addOptions({sizesOption, repeatsOption, noViewOption, thresholdOption});
    parser.process(app);

    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    const int threshold = parser.value(thresholdOption).toInt();
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int lineCount = sizeText.toInt();
        if (lineCount <= 0)
            continue;
        QElapsedTimer timer;
        timer.start();
        const Factsheet sheet = GeneratedFactsheet::embeddedWithLines(lineCount);
        note(QStringLiteral("bench_scale: %1 lines generated in %2 ms")
                 .arg(UkNumbers::count(lineCount))
                 .arg(timer.elapsed()));
        runScenario(sheet, repeats, threshold, false);
        if (!parser.isSet(noViewOption))
            runScenario(sheet, repeats, threshold, true);
    }
    return 0;
}
