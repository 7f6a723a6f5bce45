#include "fundinglinesproxymodel.h"

#include "factsheetmodel.h"
#include "fundingrules.h"
#include "uknumbers.h"

#include <QCollator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

const QString &sortText(const FundingLine &line, int column)
{
    switch (column) {
    case FactsheetModel::PurposeColumn:
        return line.purpose;
    case FactsheetModel::CategoryColumn:
        return line.category;
    case FactsheetModel::FundColumn:
        return line.fund;
    case FactsheetModel::LocationColumn:
        return line.location;
    default:
        return line.title;
    }
}

// The rows in increasing order of their keys, equal keys in the order given: a least-significant-
// digit radix sort, eleven bits a pass, a pass skipped where every key has the same digit. A
// million amounts are sorted in a few passes over memory, several times faster than by comparing.
std::vector<int> rowsByKey(const std::vector<std::pair<quint64, int>> &keyed)
{
    constexpr int digitBits = 11;
    constexpr size_t buckets = size_t(1) << digitBits;
    std::vector<std::pair<quint64, int>> from = keyed;
    std::vector<std::pair<quint64, int>> to(from.size());
    for (int shift = 0; shift < 64; shift += digitBits) {
        std::vector<size_t> starts(buckets + 1, 0);
        for (const auto &entry : from)
            ++starts[((entry.first >> shift) & (buckets - 1)) + 1];
        if (std::find(starts.cbegin(), starts.cend(), from.size()) != starts.cend())
            continue; // one digit for all: nothing to move
        std::partial_sum(starts.begin(), starts.end(), starts.begin());
        for (const auto &entry : from)
            to[starts[(entry.first >> shift) & (buckets - 1)]++] = entry;
        std::swap(from, to);
    }
    std::vector<int> rows(from.size());
    for (size_t i = 0; i < from.size(); ++i)
        rows[i] = from[i].second;
    return rows;
}

// Every funding line's position (which is also its source row), in the order asked for.
std::vector<int> sortedLines(const std::vector<FundingLine> &lines, int column, Qt::SortOrder order)
{
    std::vector<int> rows(lines.size());
    std::iota(rows.begin(), rows.end(), 0);
    if (column < 0 || lines.empty())
        return rows;

    const bool ascending = order == Qt::AscendingOrder;
    // Descending keeps equal rows in document order too: swap the operands, not the result.
    const auto sortBy = [&rows, ascending](const auto &less) {
        std::stable_sort(rows.begin(), rows.end(),
                         [&less, ascending](int a, int b) { return ascending ? less(a, b) : less(b, a); });
    };

    if (column == FactsheetModel::AmountColumn || column == FactsheetModel::ScopeColumn) {
        // (key, row) pairs side by side: the sort walks contiguous memory, not the lines. Keys are
        // 0 or more; descending sorts their complements, so equal keys stay in document order.
        std::vector<std::pair<quint64, int>> keyed(lines.size());
        for (size_t i = 0; i < lines.size(); ++i) {
            const qint64 key
                = column == FactsheetModel::AmountColumn ? lines[i].amount : static_cast<qint64>(lines[i].scope);
            const auto unsignedKey = static_cast<quint64>(std::max<qint64>(key, 0));
            keyed[i] = {ascending ? unsignedKey : ~unsignedKey, static_cast<int>(i)};
        }
        return rowsByKey(keyed);
    }

    // Text: locale-aware, with numbers in names compared as numbers ("Line 9" before "Line 10").
    // Collation keys are computed once per line, then compared as bytes.
    QCollator collator(UkNumbers::locale());
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(lines.size());
    for (const FundingLine &line : lines)
        keys.push_back(collator.sortKey(sortText(line, column)));
    sortBy([&keys](int a, int b) { return keys[static_cast<size_t>(a)].compare(keys[static_cast<size_t>(b)]) < 0; });
    return rows;
}

} // namespace

bool FundingLinesProxyModel::matches(const FundingLine &line, const QString &text, const QString &category)
{
    if (!category.isEmpty() && line.category != category)
        return false;
    if (text.isEmpty())
        return true;
    const auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    return has(line.title) || has(line.recipient) || has(line.purpose) || has(line.category) || has(line.fund)
        || has(line.location);
}

// Pure: reads only its arguments (an immutable snapshot), so it may run on any thread. Returns
// early, with an empty plan, once `stillWanted` says a newer request has superseded it.
FundingLinesProxyModel::RowPlan FundingLinesProxyModel::planRows(const Request &request,
                                                                 const std::function<bool()> &stillWanted)
{
    RowPlan plan;
    plan.key = request.key;
    const RowKey &key = request.key;
    static const std::vector<FundingLine> noLines;
    const std::vector<FundingLine> &lines = request.sheet ? request.sheet->fundingLines : noLines;
    plan.sorted = request.reusableSorted
        ? request.reusableSorted
        : std::make_shared<const std::vector<int>>(sortedLines(lines, key.sortColumn, key.order));
    if (stillWanted && !stillWanted())
        return plan;

    if (key.filterText.isEmpty() && key.category.isEmpty()) {
        plan.shown = *plan.sorted;
        plan.localTotal = FundingRules::localTotal(lines);
        return plan;
    }
    // Match in document order, reading the lines front to back, then keep the matches in sorted
    // order: half the cost of visiting the lines in sorted (random) order.
    std::vector<char> matched(lines.size());
    constexpr size_t checkEvery = 4096;
    size_t matchCount = 0;
    for (size_t row = 0; row < lines.size(); ++row) {
        if (row % checkEvery == 0 && row > 0 && stillWanted && !stillWanted())
            return plan;
        matched[row] = matches(lines[row], key.filterText, key.category) ? 1 : 0;
        matchCount += static_cast<size_t>(matched[row]);
    }
    plan.localTotal = FundingRules::localTotal(lines, matched);
    plan.shown.reserve(matchCount);
    for (const int row : *plan.sorted) {
        if (matched[static_cast<size_t>(row)] != 0)
            plan.shown.push_back(row);
    }
    return plan;
}

FundingLinesProxyModel::FundingLinesProxyModel(QObject *parent)
    : QAbstractProxyModel(parent), m_backgroundThreshold(std::numeric_limits<int>::max())
{
    connect(&m_worker, &QFutureWatcherBase::finished, this, [this] {
        if (m_worker.isRunning()) // a superseded job finishes too; only the newest counts
            return;
        RowPlan plan = m_worker.future().takeResult();
        apply(std::move(plan));
    });
}

FundingLinesProxyModel::~FundingLinesProxyModel() = default;

void FundingLinesProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *factsheetModel = qobject_cast<FactsheetModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || factsheetModel, "FundingLinesProxyModel::setSourceModel",
               "the source must be a FactsheetModel");
    beginResetModel();
    // Only on a change: disconnecting "everything from the source to this" also drops the base
    // class's own connections, which it remakes only for a new source.
    if (factsheetModel != m_source) {
        if (m_source)
            disconnect(m_source, nullptr, this, nullptr);
        m_source = factsheetModel;
        QAbstractProxyModel::setSourceModel(factsheetModel);
        if (m_source)
            connectToSource();
    }
    finishSourceReset();
}

void FundingLinesProxyModel::connectToSource()
{
    connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_source, &QAbstractItemModel::modelReset, this, &FundingLinesProxyModel::finishSourceReset);
    // The factsheet model only ever resets; anything finer-grained from a future source is
    // handled the safe way, by rebuilding.
    const auto rebuildAll = [this] {
        beginResetModel();
        finishSourceReset();
    };
    connect(m_source, &QAbstractItemModel::dataChanged, this, rebuildAll);
    connect(m_source, &QAbstractItemModel::rowsInserted, this, rebuildAll);
    connect(m_source, &QAbstractItemModel::rowsRemoved, this, rebuildAll);
    connect(m_source, &QAbstractItemModel::rowsMoved, this, rebuildAll);
    connect(m_source, &QAbstractItemModel::layoutChanged, this, rebuildAll);
    // A source destroyed first must not leave m_source dangling: show nothing from then on.
    connect(m_source, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_source = nullptr;
        finishSourceReset();
    });
}

void FundingLinesProxyModel::finishSourceReset()
{
    // Called between beginResetModel() and here. The rows shown belong to the old factsheet, so
    // they go now; a large new one is planned in the background and arrives as a second reset.
    ++m_generation; // whatever is being planned is for the old factsheet
    m_latestGeneration->store(m_generation);
    m_shown.reset();
    m_sorted.reset();
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    m_shownLocalTotal = 0;
    const bool inBackground = totalCount() >= m_backgroundThreshold;
    if (!inBackground)
        adopt(planRows(currentRequest()));
    endResetModel();
    emit summaryChanged();
    if (inBackground)
        requestRows();
    else
        settle();
}

void FundingLinesProxyModel::setBackgroundThreshold(int lines)
{
    m_backgroundThreshold = std::max(0, lines);
}

void FundingLinesProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    requestRows();
}

void FundingLinesProxyModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    requestRows();
}

int FundingLinesProxyModel::totalCount() const
{
    return m_source ? m_source->fundingLineCount() : 0;
}

void FundingLinesProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= FactsheetModel::ColumnCount)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    requestRows();
}

FundingLinesProxyModel::Request FundingLinesProxyModel::currentRequest() const
{
    Request request;
    request.sheet = m_source ? m_source->snapshot() : nullptr;
    request.key = {m_sortColumn, m_sortOrder, m_filterText, m_category};
    // Filtering alone reuses the sorted order it already has (m_shown is only ever set for the
    // factsheet the source holds now: a source reset clears it).
    if (m_sorted && m_shown && m_shown->sortColumn == m_sortColumn && m_shown->order == m_sortOrder)
        request.reusableSorted = m_sorted;
    return request;
}

void FundingLinesProxyModel::requestRows()
{
    ++m_generation;
    m_latestGeneration->store(m_generation);
    if (totalCount() < m_backgroundThreshold) {
        RowPlan plan = planRows(currentRequest());
        plan.generation = m_generation;
        apply(std::move(plan));
        return;
    }
    m_worker.setFuture(
        QtConcurrent::run([request = currentRequest(), generation = m_generation, latest = m_latestGeneration] {
            RowPlan plan = planRows(request, [&] { return latest->load() == generation; });
            plan.generation = generation;
            return plan;
        }));
    setBusy(true);
}

void FundingLinesProxyModel::apply(RowPlan plan)
{
    if (plan.generation != m_generation)
        return; // a newer request is on its way
    const bool sameRows
        = m_shown && m_shown->filterText == plan.key.filterText && m_shown->category == plan.key.category;
    if (sameRows) {
        // Only the order changed: a layout change keeps the view's selection and scroll anchor.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList sources;
        sources.reserve(before.size());
        for (const QModelIndex &index : before)
            sources.append(mapToSource(index));
        adopt(std::move(plan));
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &source : sources)
            after.append(mapFromSource(source));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        adopt(std::move(plan));
        endResetModel();
        emit summaryChanged();
    }
    settle();
}

void FundingLinesProxyModel::adopt(RowPlan plan)
{
    m_shown = plan.key;
    m_sorted = std::move(plan.sorted);
    m_proxyToSource = std::move(plan.shown);
    m_shownLocalTotal = plan.localTotal;
    m_sourceToProxy.assign(static_cast<size_t>(m_source ? m_source->rowCount() : 0), -1);
    for (size_t proxyRow = 0; proxyRow < m_proxyToSource.size(); ++proxyRow)
        m_sourceToProxy[static_cast<size_t>(m_proxyToSource[proxyRow])] = static_cast<int>(proxyRow);
}

void FundingLinesProxyModel::settle()
{
    setBusy(false);
    emit rowsSettled();
}

void FundingLinesProxyModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QModelIndex FundingLinesProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = proxyIndex.row();
    if (row < 0 || row >= shownCount())
        return {};
    return m_source->index(m_proxyToSource[static_cast<size_t>(row)], proxyIndex.column());
}

QModelIndex FundingLinesProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = sourceIndex.row();
    if (row < 0 || static_cast<size_t>(row) >= m_sourceToProxy.size())
        return {};
    const int proxyRow = m_sourceToProxy[static_cast<size_t>(row)];
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

QModelIndexList FundingLinesProxyModel::match(const QModelIndex &start, int role, const QVariant &value, int hits,
                                              Qt::MatchFlags flags) const
{
    const bool wholeChart = m_source && role == FactsheetModel::ChartRole && flags == Qt::MatchExactly && hits == -1
        && start.row() == 0 && start.model() == this;
    if (!wholeChart)
        return QAbstractProxyModel::match(start, role, value, hits, flags);
    std::vector<int> rows;
    for (const QModelIndex &source : m_source->match(m_source->index(0, 0), role, value, -1, flags)) {
        const auto row = static_cast<size_t>(source.row());
        if (row < m_sourceToProxy.size() && m_sourceToProxy[row] >= 0)
            rows.push_back(m_sourceToProxy[row]);
    }
    std::sort(rows.begin(), rows.end());
    QModelIndexList found;
    found.reserve(static_cast<qsizetype>(rows.size()));
    for (const int row : rows)
        found << index(row, start.column());
    return found;
}

QList<ChartMembership::Row> FundingLinesProxyModel::fundingChartRows() const
{
    QList<ChartMembership::Row> rows;
    if (!m_source)
        return rows;
    // In the source's order: read front to back, a million lines cost a few milliseconds; in this
    // proxy's (sorted, so random) order, ten times as much.
    rows.reserve(static_cast<qsizetype>(m_proxyToSource.size()));
    const int lineCount = std::min(m_source->fundingLineCount(), static_cast<int>(m_sourceToProxy.size()));
    for (int sourceRow = 0; sourceRow < lineCount; ++sourceRow) {
        const int proxyRow = m_sourceToProxy[static_cast<size_t>(sourceRow)];
        if (proxyRow < 0)
            continue;
        if (std::optional<ChartMembership::Row> row = m_source->fundingChartRow(sourceRow)) {
            row->index = createIndex(proxyRow, 0);
            rows.append(*row);
        }
    }
    return rows;
}

QModelIndex FundingLinesProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FundingLinesProxyModel::parent(const QModelIndex & /*child*/) const
{
    return {};
}

int FundingLinesProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shownCount();
}

int FundingLinesProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool FundingLinesProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex FundingLinesProxyModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

QVariant FundingLinesProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's own, whatever rows are shown (the base class would map through a
    // row and lose the headers when the filter leaves none).
    if (orientation == Qt::Horizontal)
        return m_source ? m_source->headerData(section, orientation, role) : QVariant();
    // Row numbers, not the base proxy's mapping of them to source rows.
    return QAbstractItemModel::headerData(section, orientation, role); // NOLINT(bugprone-parent-virtual-call)
}
