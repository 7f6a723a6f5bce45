#pragma once

#include <QObject>
#include <QPointer>

class QAbstractProxyModel;
class QItemSelectionModel;
class QModelIndex;

// Keeps a view's selection model (on a proxy) in step with the one selection of the app (on the
// source model). The source selection is the record; the proxy side is a mirror of it, re-derived
// after every sort, filter or reset of the proxy. A row selected on the proxy side (a click, an
// arrow key) is mapped to the source and becomes the record. A current index without a selection
// is not taken: views set one on their own when they get focus, and that is no user's choice.
class SelectionMirror final : public QObject
{
    Q_OBJECT

public:
    SelectionMirror(QItemSelectionModel *sourceSelection, QItemSelectionModel *proxySelection,
                    QObject *parent = nullptr);

signals:
    // The source's current entity is shown in the proxy at this index (invalid if filtered out).
    void mirroredCurrentChanged(const QModelIndex &proxyIndex);

private:
    void mirrorSourceToProxy();
    void takeProxySelection();
    QAbstractProxyModel *proxy() const;

    QPointer<QItemSelectionModel> m_source;
    QPointer<QItemSelectionModel> m_proxy;
    bool m_mirroring = false; // set while we write the proxy side, so we do not echo it back
};
