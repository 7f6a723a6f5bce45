#pragma once

#include <QAbstractProxyModel>
#include <QString>

#include <vector>

class FactsheetModel;

// The investments table's view of the source model: funding lines only, filtered by text and
// category, sorted by any column. It owns its sort and filter path instead of going through
// QSortFilterProxyModel: it reads raw values (qint64 amounts, collation keys) rather than QVariants,
// and rebuilds its row map in one pass instead of moving rows one by one, which is what keeps
// sorting and filtering a million lines near the cost of a plain std::stable_sort or scan.
//
// A sort keeps the rows and is announced as a layout change (persistent indexes follow their rows);
// a filter change alters the row set and is announced as a reset.
class FundingLinesProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit FundingLinesProxyModel(QObject *parent = nullptr);

    // Only a FactsheetModel (or nullptr) is accepted: the fast path reads its typed rows.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    FactsheetModel *factsheetModel() const { return m_source; }

    // Case-insensitive substring over title, recipient, purpose, category, fund and location.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Exact category; empty shows every category.
    void setCategory(const QString &category);
    QString category() const { return m_category; }

    // Lines shown, and the sum of the local ones among them (national lines are never summed in).
    int shownCount() const { return static_cast<int>(m_proxyToSource.size()); }
    int totalCount() const;
    qint64 shownLocalTotal() const { return m_shownLocalTotal; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // shownCount() or shownLocalTotal() may have changed.
    void summaryChanged();

private:
    void connectToSource();
    void rebuildFromSource();
    void sortRows();
    void filterRows();
    bool accepts(int sourceRow) const;

    FactsheetModel *m_source = nullptr;
    QString m_filterText;
    QString m_category;
    int m_sortColumn = -1; // -1: document order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_sortedRows;    // every funding-line source row, in sort order
    std::vector<int> m_proxyToSource; // the rows shown, in sort order
    std::vector<int> m_sourceToProxy; // per source row: its proxy row or -1
    qint64 m_shownLocalTotal = 0;
};
