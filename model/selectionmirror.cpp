#include "selectionmirror.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>

SelectionMirror::SelectionMirror(QItemSelectionModel *sourceSelection, QItemSelectionModel *proxySelection,
                                 QObject *parent)
    : QObject(parent), m_source(sourceSelection), m_proxy(proxySelection)
{
    Q_ASSERT(proxy() && proxy()->sourceModel() == sourceSelection->model());
    connect(m_source, &QItemSelectionModel::currentRowChanged, this, &SelectionMirror::mirrorSourceToProxy);
    connect(m_proxy, &QItemSelectionModel::selectionChanged, this, &SelectionMirror::takeProxySelection);
    // After a sort the view keeps its persistent selection; after a filter or reset it has none.
    // Either way, re-derive it from the record.
    QAbstractProxyModel *proxyModel = proxy();
    connect(proxyModel, &QAbstractItemModel::modelReset, this, &SelectionMirror::mirrorSourceToProxy);
    connect(proxyModel, &QAbstractItemModel::layoutChanged, this, &SelectionMirror::mirrorSourceToProxy);
    mirrorSourceToProxy();
}

QAbstractProxyModel *SelectionMirror::proxy() const
{
    return m_proxy ? qobject_cast<QAbstractProxyModel *>(const_cast<QAbstractItemModel *>(m_proxy->model())) : nullptr;
}

void SelectionMirror::mirrorSourceToProxy()
{
    if (!m_source || !m_proxy)
        return;
    const QModelIndex proxyCurrent = proxy()->mapFromSource(m_source->currentIndex());
    m_mirroring = true;
    if (proxyCurrent.isValid()) {
        m_proxy->setCurrentIndex(proxyCurrent, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        // Not shown here (a figure, or filtered out): show nothing rather than something else.
        m_proxy->clear();
    }
    m_mirroring = false;
    emit mirroredCurrentChanged(proxyCurrent);
}

void SelectionMirror::takeProxySelection()
{
    if (m_mirroring || !m_source || !m_proxy)
        return;
    const QModelIndexList rows = m_proxy->selectedRows();
    if (rows.isEmpty())
        return;
    // Single selection in practice; should a view allow more, its current row speaks for it.
    const QModelIndex current = m_proxy->currentIndex();
    const QModelIndex chosen = current.isValid() && m_proxy->isRowSelected(current.row()) ? current : rows.first();
    const QModelIndex sourceIndex = proxy()->mapToSource(chosen);
    if (!sourceIndex.isValid() || sourceIndex.row() == m_source->currentIndex().row())
        return;
    m_source->setCurrentIndex(sourceIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}
