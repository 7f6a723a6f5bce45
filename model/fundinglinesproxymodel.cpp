#include "fundinglinesproxymodel.h"

#include "factsheetmodel.h"
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
        std::vector<qint64> keys(lines.size());
        for (size_t i = 0; i < lines.size(); ++i)
            keys[i] = column == FactsheetModel::AmountColumn ? lines[i].amount : static_cast<qint64>(lines[i].scope);
        sortBy([&keys](int a, int b) { return keys[static_cast<size_t>(a)] < keys[static_cast<size_t>(b)]; });
        return rows;
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

bool matches(const FundingLine &line, const QString &text, const QString &category)
{
    if (!category.isEmpty() && line.category != category)
        return false;
    if (text.isEmpty())
        return true;
    const auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    return has(line.title) || has(line.recipient) || has(line.purpose) || has(line.category) || has(line.fund)
        || has(line.location);
}

} // namespace

// Pure: reads only its arguments (an immutable snapshot), so it may run on any thread.
FundingLinesProxyModel::RowPlan FundingLinesProxyModel::planRows(Request request)
{
    RowPlan plan;
    plan.request = request;
    static const std::vector<FundingLine> noLines;
    const std::vector<FundingLine> &lines = request.sheet ? request.sheet->fundingLines : noLines;
    plan.sorted = request.reusableSorted
        ? request.reusableSorted
        : std::make_shared<const std::vector<int>>(sortedLines(lines, request.sortColumn, request.order));
    const bool everything = request.filterText.isEmpty() && request.category.isEmpty();
    plan.shown.reserve(everything ? plan.sorted->size() : plan.sorted->size() / 8);
    for (const int row : *plan.sorted) {
        const FundingLine &line = lines[static_cast<size_t>(row)];
        if (!everything && !matches(line, request.filterText, request.category))
            continue;
        plan.shown.push_back(row);
        if (line.scope == Scope::Local)
            plan.localTotal += line.amount;
    }
    return plan;
}

FundingLinesProxyModel::FundingLinesProxyModel(QObject *parent)
    : QAbstractProxyModel(parent), m_backgroundThreshold(std::numeric_limits<int>::max())
{
    connect(&m_worker, &QFutureWatcherBase::finished, this, [this] {
        if (!m_worker.isRunning()) // a superseded job finishes too; only the newest counts
            apply(m_worker.result());
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
    request.sortColumn = m_sortColumn;
    request.order = m_sortOrder;
    request.filterText = m_filterText;
    request.category = m_category;
    // Filtering alone reuses the sorted order it already has.
    if (m_sorted && m_shown && m_shown->sheet == request.sheet && m_shown->sortColumn == m_sortColumn
        && m_shown->order == m_sortOrder)
        request.reusableSorted = m_sorted;
    return request;
}

void FundingLinesProxyModel::requestRows()
{
    ++m_generation;
    if (totalCount() < m_backgroundThreshold) {
        RowPlan plan = planRows(currentRequest());
        plan.generation = m_generation;
        apply(std::move(plan));
        return;
    }
    const quint64 generation = m_generation;
    m_worker.setFuture(QtConcurrent::run([request = currentRequest(), generation] {
        RowPlan plan = planRows(request);
        plan.generation = generation;
        return plan;
    }));
    setBusy(true);
}

void FundingLinesProxyModel::apply(RowPlan plan)
{
    if (plan.generation != m_generation)
        return; // a newer request is on its way
    const Request &request = plan.request;
    const bool sameRows = m_shown && m_shown->sheet == request.sheet && m_shown->filterText == request.filterText
        && m_shown->category == request.category;
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
    m_shown = plan.request;
    m_shown->reusableSorted.reset(); // m_sorted holds it
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

QModelIndex FundingLinesProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FundingLinesProxyModel::parent(const QModelIndex &) const
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
    return QAbstractItemModel::headerData(section, orientation, role);
}
