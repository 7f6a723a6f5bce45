#include "fundinglinesproxymodel.h"

#include "factsheetmodel.h"
#include "uknumbers.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

FundingLinesProxyModel::FundingLinesProxyModel(QObject *parent) : QAbstractProxyModel(parent) { }

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
    rebuildFromSource();
    endResetModel();
    emit summaryChanged();
}

void FundingLinesProxyModel::connectToSource()
{
    connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        rebuildFromSource();
        endResetModel();
        emit summaryChanged();
    });
    // The factsheet model only ever resets; anything finer-grained from a future source is
    // handled the safe way, by rebuilding.
    const auto rebuildAll = [this] {
        beginResetModel();
        rebuildFromSource();
        endResetModel();
        emit summaryChanged();
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
        rebuildFromSource();
        endResetModel();
        emit summaryChanged();
    });
}

void FundingLinesProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    beginResetModel();
    m_filterText = text;
    filterRows();
    endResetModel();
    emit summaryChanged();
}

void FundingLinesProxyModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    beginResetModel();
    m_category = category;
    filterRows();
    endResetModel();
    emit summaryChanged();
}

int FundingLinesProxyModel::totalCount() const
{
    return m_source ? m_source->fundingLineCount() : 0;
}

void FundingLinesProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= FactsheetModel::ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append(mapToSource(index));

    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    sortRows();
    filterRows();

    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &source : sources)
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FundingLinesProxyModel::rebuildFromSource()
{
    sortRows();
    filterRows();
}

void FundingLinesProxyModel::sortRows()
{
    // Funding lines are source rows 0 .. count-1, so a row is also its line's position.
    const int count = totalCount();
    m_sortedRows.resize(static_cast<size_t>(count));
    std::iota(m_sortedRows.begin(), m_sortedRows.end(), 0);
    if (m_sortColumn < 0 || count == 0)
        return;

    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Descending keeps equal rows in document order too: swap the operands, not the result.
    const auto sortBy = [this, ascending](const auto &less) {
        std::stable_sort(m_sortedRows.begin(), m_sortedRows.end(),
                         [&less, ascending](int a, int b) { return ascending ? less(a, b) : less(b, a); });
    };

    if (m_sortColumn == FactsheetModel::AmountColumn || m_sortColumn == FactsheetModel::ScopeColumn) {
        std::vector<qint64> keys(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row) {
            const FundingLine &line = m_source->fundingLineAt(row);
            keys[static_cast<size_t>(row)]
                = m_sortColumn == FactsheetModel::AmountColumn ? line.amount : static_cast<qint64>(line.scope);
        }
        sortBy([&keys](int a, int b) { return keys[static_cast<size_t>(a)] < keys[static_cast<size_t>(b)]; });
        return;
    }

    // Text: locale-aware, with numbers in names compared as numbers ("Line 9" before "Line 10").
    // Collation keys are computed once per line, then compared as bytes.
    QCollator collator(UkNumbers::locale());
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        const FundingLine &line = m_source->fundingLineAt(row);
        const QString *text = &line.title;
        switch (m_sortColumn) {
        case FactsheetModel::PurposeColumn:
            text = &line.purpose;
            break;
        case FactsheetModel::CategoryColumn:
            text = &line.category;
            break;
        case FactsheetModel::FundColumn:
            text = &line.fund;
            break;
        case FactsheetModel::LocationColumn:
            text = &line.location;
            break;
        default:
            break;
        }
        keys.push_back(collator.sortKey(*text));
    }
    sortBy([&keys](int a, int b) { return keys[static_cast<size_t>(a)].compare(keys[static_cast<size_t>(b)]) < 0; });
}

bool FundingLinesProxyModel::accepts(int sourceRow) const
{
    const FundingLine &line = m_source->fundingLineAt(sourceRow);
    if (!m_category.isEmpty() && line.category != m_category)
        return false;
    if (m_filterText.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_filterText, Qt::CaseInsensitive); };
    return has(line.title) || has(line.recipient) || has(line.purpose) || has(line.category) || has(line.fund)
        || has(line.location);
}

void FundingLinesProxyModel::filterRows()
{
    m_proxyToSource.clear();
    m_sourceToProxy.assign(static_cast<size_t>(m_source ? m_source->rowCount() : 0), -1);
    m_shownLocalTotal = 0;
    if (!m_source)
        return;
    const bool everything = m_filterText.isEmpty() && m_category.isEmpty();
    m_proxyToSource.reserve(everything ? m_sortedRows.size() : m_sortedRows.size() / 8);
    for (const int row : m_sortedRows) {
        if (!everything && !accepts(row))
            continue;
        m_sourceToProxy[static_cast<size_t>(row)] = static_cast<int>(m_proxyToSource.size());
        m_proxyToSource.push_back(row);
        const FundingLine &line = m_source->fundingLineAt(row);
        if (line.scope == Scope::Local)
            m_shownLocalTotal += line.amount;
    }
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
