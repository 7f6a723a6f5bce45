#include "selectionmirror.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>

#include <algorithm>
#include <vector>

namespace {

// Sorted rows as whole-row ranges of model, contiguous rows in one range.
QItemSelection rowRanges(std::vector<int> rows, const QAbstractItemModel *model)
{
    QItemSelection selection;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = model->columnCount() - 1;
    for (size_t i = 0; i < rows.size();) {
        size_t end = i;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1)
            ++end;
        selection.append(QItemSelectionRange(model->index(rows[i], 0), model->index(rows[end], lastColumn)));
        i = end + 1;
    }
    return selection;
}

} // namespace

SelectionMirror::SelectionMirror(QItemSelectionModel *sourceSelection, QItemSelectionModel *proxySelection,
                                 QObject *parent)
    : QObject(parent), m_source(sourceSelection), m_proxy(proxySelection)
{
    Q_ASSERT(proxy() && proxy()->sourceModel() == sourceSelection->model());
    connect(m_source, &QItemSelectionModel::selectionChanged, this, &SelectionMirror::mirrorSourceToProxy);
    connect(m_source, &QItemSelectionModel::currentRowChanged, this, &SelectionMirror::mirrorSourceToProxy);
    connect(m_proxy, &QItemSelectionModel::selectionChanged, this, &SelectionMirror::takeProxySelection);
    // After a sort the view keeps its persistent selection; after a filter or reset it has none.
    // Either way, re-derive it from the record.
    QAbstractProxyModel *proxyModel = proxy();
    // While the proxy sorts, filters or resets, its selection model drops or moves rows by
    // itself: that is no one's choice, and must not become the record.
    const auto moving = [this] { m_proxyMoving = true; };
    connect(proxyModel, &QAbstractItemModel::modelAboutToBeReset, this, moving);
    connect(proxyModel, &QAbstractItemModel::layoutAboutToBeChanged, this, moving);
    connect(proxyModel, &QAbstractItemModel::rowsAboutToBeRemoved, this, moving);
    connect(proxyModel, &QAbstractItemModel::rowsAboutToBeInserted, this, moving);
    connect(proxyModel, &QAbstractItemModel::modelReset, this, &SelectionMirror::proxyRowsChanged);
    connect(proxyModel, &QAbstractItemModel::layoutChanged, this, &SelectionMirror::proxyRowsChanged);
    connect(proxyModel, &QAbstractItemModel::rowsRemoved, this, &SelectionMirror::proxyRowsChanged);
    connect(proxyModel, &QAbstractItemModel::rowsInserted, this, &SelectionMirror::proxyRowsChanged);
    mirrorSourceToProxy();
}

QAbstractProxyModel *SelectionMirror::proxy() const
{
    return m_proxy ? qobject_cast<QAbstractProxyModel *>(const_cast<QAbstractItemModel *>(m_proxy->model())) : nullptr;
}

void SelectionMirror::setDeselectsFilteredOut(std::function<bool(const QModelIndex &)> shownKind)
{
    m_shownKind = std::move(shownKind);
    proxyRowsChanged();
}

QItemSelection SelectionMirror::toProxy(const QItemSelection &source) const
{
    const QAbstractProxyModel *model = proxy();
    std::vector<int> rows;
    for (const QItemSelectionRange &range : source) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex mapped = model->mapFromSource(model->sourceModel()->index(row, 0));
            if (mapped.isValid())
                rows.push_back(mapped.row());
        }
    }
    return rowRanges(std::move(rows), model);
}

QItemSelection SelectionMirror::toSource(const QItemSelection &proxySelection) const
{
    const QAbstractProxyModel *model = proxy();
    std::vector<int> rows;
    for (const QItemSelectionRange &range : proxySelection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex mapped = model->mapToSource(model->index(row, 0));
            if (mapped.isValid())
                rows.push_back(mapped.row());
        }
    }
    return rowRanges(std::move(rows), model->sourceModel());
}

void SelectionMirror::mirrorSourceToProxy()
{
    if (m_mirroring || !m_source || !m_proxy)
        return;
    const QModelIndex proxyCurrent = proxy()->mapFromSource(m_source->currentIndex());
    m_mirroring = true;
    const QItemSelection mirrored = toProxy(m_source->selection());
    if (mirrored != m_proxy->selection())
        m_proxy->select(mirrored, QItemSelectionModel::ClearAndSelect);
    // Not shown here (a figure, or filtered out): no current row rather than another one.
    if (proxyCurrent.isValid())
        m_proxy->setCurrentIndex(proxyCurrent, QItemSelectionModel::NoUpdate);
    else
        m_proxy->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    m_mirroring = false;
    reportCurrent(proxyCurrent);
}

void SelectionMirror::reportCurrent(const QModelIndex &proxyIndex)
{
    // A change of selection and of current row come as two signals: report the row once.
    const int row = proxyIndex.isValid() ? proxyIndex.row() : -1;
    if (row == m_reportedRow)
        return;
    m_reportedRow = row;
    emit mirroredCurrentChanged(proxyIndex);
}

void SelectionMirror::proxyRowsChanged()
{
    if (!m_source || !m_proxy)
        return;
    m_proxyMoving = false;
    m_reportedRow = -2; // rows have moved: whatever row it is now, say so
    if (m_shownKind) {
        // What the proxy now filters out is no longer selected anywhere.
        QItemSelection hidden;
        const QAbstractItemModel *source = m_source->model();
        for (const QItemSelectionRange &range : m_source->selection()) {
            for (int number = range.top(); number <= range.bottom(); ++number) {
                const QModelIndex row = source->index(number, 0);
                if (m_shownKind(row) && !proxy()->mapFromSource(row).isValid())
                    hidden.select(row, row);
            }
        }
        const QModelIndex current = m_source->currentIndex();
        const bool currentHidden
            = current.isValid() && m_shownKind(current) && !proxy()->mapFromSource(current).isValid();
        if (!hidden.isEmpty() || currentHidden) {
            m_mirroring = true;
            if (!hidden.isEmpty())
                m_source->select(hidden, QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
            if (currentHidden)
                m_source->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
            m_mirroring = false;
        }
    }
    mirrorSourceToProxy();
}

void SelectionMirror::takeProxySelection()
{
    if (m_mirroring || m_proxyMoving || !m_source || !m_proxy)
        return;
    const QItemSelection chosen = toSource(m_proxy->selection());
    const QModelIndex proxyCurrent = m_proxy->currentIndex();
    QModelIndex current;
    if (proxyCurrent.isValid() && m_proxy->isRowSelected(proxyCurrent.row()))
        current = proxy()->mapToSource(proxyCurrent.siblingAtColumn(0));
    else if (!chosen.isEmpty())
        current = chosen.first().topLeft();
    const bool sameSelection = chosen == m_source->selection();
    const bool sameCurrent = current.row() == m_source->currentIndex().row();
    if (sameSelection && sameCurrent)
        return; // another column of the same rows: nothing changed for anyone
    m_mirroring = true;
    if (!sameSelection)
        m_source->select(chosen, QItemSelectionModel::ClearAndSelect);
    if (!sameCurrent)
        m_source->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_mirroring = false;
    // The proxy side is right as it is; only its current row may want the record's.
    reportCurrent(proxy()->mapFromSource(m_source->currentIndex()));
}
