#pragma once

#include <QItemSelection>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractProxyModel;
class QItemSelectionModel;
class QModelIndex;

// Keeps a view's selection model (on a proxy) in step with the one selection of the app (on the
// source model), whole: every selected row, both ways, and the current row. The source selection
// is the record; the proxy side is a mirror of it, re-derived after every sort, filter or reset of
// the proxy. A selection made on the proxy side (a click, Shift+arrows, Ctrl+A) is mapped to the
// source and becomes the record. A current index without a selection is not taken: views set one
// on their own when they get focus, and that is no user's choice.
class SelectionMirror final : public QObject
{
    Q_OBJECT

public:
    SelectionMirror(QItemSelectionModel *sourceSelection, QItemSelectionModel *proxySelection,
                    QObject *parent = nullptr);

    // Rows the proxy is there to show (the table's: funding lines). Once set, a row of that kind
    // that the proxy filters out is deselected everywhere, instead of staying selected unseen.
    void setDeselectsFilteredOut(std::function<bool(const QModelIndex &sourceIndex)> shownKind);

    // The source selection as whole proxy rows, and back; rows not in the other model are left out.
    QItemSelection toProxy(const QItemSelection &source) const;
    QItemSelection toSource(const QItemSelection &proxySelection) const;

signals:
    // The source's current entity is shown in the proxy at this index (invalid if filtered out).
    void mirroredCurrentChanged(const QModelIndex &proxyIndex);

private:
    void mirrorSourceToProxy();
    void proxyRowsChanged();
    void takeProxySelection();
    void reportCurrent(const QModelIndex &proxyIndex);
    QAbstractProxyModel *proxy() const;

    QPointer<QItemSelectionModel> m_source;
    QPointer<QItemSelectionModel> m_proxy;
    std::function<bool(const QModelIndex &)> m_shownKind;
    bool m_mirroring = false;   // set while we write either side, so we do not echo it back
    bool m_proxyMoving = false; // between a proxy's "about to" and its change: its selection moves on its own
    int m_reportedRow = -2;     // the proxy row mirroredCurrentChanged last reported (-1: none)
};
