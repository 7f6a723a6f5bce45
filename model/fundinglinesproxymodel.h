#pragma once

#include "chartmembership.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class FactsheetModel;
struct Factsheet;
struct FundingLine;

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
    ~FundingLinesProxyModel() override;

    // Only a FactsheetModel (or nullptr) is accepted: the fast path reads its typed rows.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    FactsheetModel *factsheetModel() const { return m_source; }

    // From this many funding lines on, sorting and filtering are planned on a worker thread and
    // the rows change when the plan is ready, so typing in a filter box never waits for a scan.
    // Below it (by default: always) every change is applied before the call returns.
    void setBackgroundThreshold(int lines);
    // True while a background plan is being made; the rows shown are the previous ones.
    bool isBusy() const { return m_busy; }

    // Case-insensitive substring over title, recipient, purpose, category, fund and location.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Exact category; empty shows every category.
    void setCategory(const QString &category);
    QString category() const { return m_category; }

    // Lines shown, and the local total of them (FundingRules::localTotal: national lines and lines
    // without an amount are never summed in; it stops at the largest qint64 rather than overflow).
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
    // The rows of a chart (ChartRole, exactly, every hit from row 0) in this proxy's order, from
    // the source's own match() (FactsheetModel's needs no call of data()); else the base class's.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;
    // The source's fundingChartRows() of the lines shown, with this proxy's indexes, in the source's
    // order (a chart puts in order only the few bars it draws).
    QList<ChartMembership::Row> fundingChartRows() const;

signals:
    // shownCount() or shownLocalTotal() may have changed.
    void summaryChanged();
    void busyChanged(bool busy);
    // The rows now follow the latest sort, filter and source: emitted after every change applied.
    void rowsSettled();

private:
    // The sort and filter a set of rows follows.
    struct RowKey
    {
        int sortColumn = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        QString filterText;
        QString category;
    };
    // What to show: an immutable snapshot of the factsheet and the sort and filter to apply.
    struct Request
    {
        std::shared_ptr<const Factsheet> sheet;
        RowKey key;
        std::shared_ptr<const std::vector<int>> reusableSorted; // set when only the filter changed
    };
    // The rows that result. It holds no reference to the factsheet, so a superseded plan never
    // keeps an old one alive (or frees it on the UI thread).
    struct RowPlan
    {
        RowKey key;
        quint64 generation = 0;
        std::shared_ptr<const std::vector<int>> sorted;
        std::vector<int> shown;
        qint64 localTotal = 0;
    };
    static RowPlan planRows(const Request &request, const std::function<bool()> &stillWanted = {});
    static bool matches(const FundingLine &line, const QString &text, const QString &category);

    void connectToSource();
    void finishSourceReset();
    Request currentRequest() const;
    void requestRows();
    void apply(RowPlan plan);
    void adopt(RowPlan plan);
    void settle();
    void setBusy(bool busy);

    FactsheetModel *m_source = nullptr;
    // Requested state.
    QString m_filterText;
    QString m_category;
    int m_sortColumn = -1; // -1: document order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_backgroundThreshold;

    // Shown state: what the rows below were planned from.
    std::optional<RowKey> m_shown;                    // empty until rows for the current factsheet are shown
    std::shared_ptr<const std::vector<int>> m_sorted; // every funding-line source row, in sort order
    std::vector<int> m_proxyToSource;                 // the rows shown, in sort order
    std::vector<int> m_sourceToProxy;                 // per source row: its proxy row or -1
    qint64 m_shownLocalTotal = 0;

    quint64 m_generation = 0; // of the newest request; older plans are dropped on arrival
    // The same number, for workers to see that their plan is no longer wanted and stop early.
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration = std::make_shared<std::atomic<quint64>>(0);
    bool m_busy = false;
    QFutureWatcher<RowPlan> m_worker;
};
