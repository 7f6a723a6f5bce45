// The investments table's proxy: funding lines only, sorted on raw values and collation keys,
// filtered by text and category, with the shown count and local total it reports.
#include "embeddedfactsheet.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString cobra = u"Cobra Biologics"_s;
const QString housebuilding = u"Housebuilding infrastructure"_s;
const QString bericote = u"Bericote Four Ashes Business Park"_s;
const QString stafford = u"Stafford College Science & Technology Centre"_s;
const QString national = u"Industrial Strategy programmes"_s;
const QStringList documentOrder = {cobra, housebuilding, bericote, stafford, national};

FundingLine line(const QString &id, const QString &title, qint64 amount)
{
    FundingLine line;
    line.id = id;
    line.title = title;
    line.amount = amount;
    line.purpose = u"Purpose of "_s + id;
    line.category = u"Category"_s;
    return line;
}

// A factsheet of funding lines only; the model still adds its (empty) case-study row.
Factsheet factsheetOf(std::vector<FundingLine> lines)
{
    Factsheet sheet;
    sheet.fundingLines = std::move(lines);
    Figure figure;
    figure.id = u"population"_s;
    figure.value = 1;
    sheet.figures.push_back(figure);
    return sheet;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

QStringList titles(const QAbstractItemModel &model)
{
    return column(model, FactsheetModel::TitleColumn);
}

QStringList ids(const QAbstractItemModel &model)
{
    return column(model, 0, FactsheetModel::EntityIdRole);
}

} // namespace

class TestFundingLinesProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsOnlyFundingLines();
    void chartRowsByMatchFollowTheTable();
    void fundingChartRowsFollowTheTable();
    void sortByAmount_data();
    void sortByAmount();
    void sortByAmountIsNumeric_data();
    void sortByAmountIsNumeric();
    void sortByTitleIsLocaleAware_data();
    void sortByTitleIsLocaleAware();
    void sortIsStable_data();
    void sortIsStable();
    void sortBackToDocumentOrder();
    void filterByText_data();
    void filterByText();
    void filterSearchesEveryTextField_data();
    void filterSearchesEveryTextField();
    void filterByCategory_data();
    void filterByCategory();
    void textAndCategoryTogether();
    void clearingFilterRestoresSortedOrder();
    void summary();
    void localTotalNeverOverflows_data();
    void localTotalNeverOverflows();
    void persistentIndexesFollowSort();
    void mapping();
    void headersSurviveEmptyFilter();
    void sourceResetResetsProxy();
    void sourceDestroyedFirst();
    void sortsLargeFactsheet();
    void backgroundFilterKeepsRowsUntilReady();
    void backgroundRequestsSupersedeEachOther();
    void backgroundSortIsALayoutChange();
    void backgroundResultForAnOldFactsheetIsDropped();

private:
    // A proxy that plans every change on a worker thread, over the embedded lines.
    void goBackground();
    void setFactsheet(Factsheet sheet);

    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<FundingLinesProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFundingLinesProxyModel::init()
{
    TestOutput::watch();
    m_model = std::make_unique<FactsheetModel>();
    m_model->setFactsheet(embeddedFactsheet());
    m_proxy = std::make_unique<FundingLinesProxyModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxy->setSourceModel(m_model.get());
}

void TestFundingLinesProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestFundingLinesProxyModel::setFactsheet(Factsheet sheet)
{
    m_model->setFactsheet(std::move(sheet));
}

void TestFundingLinesProxyModel::showsOnlyFundingLines()
{
    QCOMPARE(m_proxy->factsheetModel(), m_model.get());
    QCOMPARE(m_proxy->rowCount(), 5);
    QCOMPARE(m_proxy->columnCount(), int(FactsheetModel::ColumnCount));
    QCOMPARE(m_proxy->totalCount(), 5);
    QCOMPARE(m_proxy->sortColumn(), -1);
    // Unsorted: document order, the rows of the source as they are.
    QCOMPARE(titles(*m_proxy), documentOrder);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QCOMPARE(m_proxy->index(row, 0).data(FactsheetModel::KindRole).toInt(), int(FactsheetModel::FundingLineKind));
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            QCOMPARE(m_proxy->index(row, column).data(), m_model->index(row, column).data());
    }
    QCOMPARE(column(*m_proxy, FactsheetModel::AmountColumn),
             QStringList({u"£2,600,000"_s, u"£10,000,000"_s, u"£2,800,000"_s, u"£2,000,000"_s,
                          u"more than £45,000,000,000"_s}));
}

void TestFundingLinesProxyModel::sortByAmount_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ascending") << Qt::AscendingOrder
                               << QStringList({stafford, cobra, bericote, housebuilding, national});
    QTest::newRow("descending") << Qt::DescendingOrder
                                << QStringList({national, housebuilding, bericote, cobra, stafford});
}

void TestFundingLinesProxyModel::sortByAmount()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);

    QSignalSpy layoutAboutToChange(m_proxy.get(), &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->sort(FactsheetModel::AmountColumn, order);
    QCOMPARE(m_proxy->sortColumn(), int(FactsheetModel::AmountColumn));
    QCOMPARE(m_proxy->sortOrder(), order);
    QCOMPARE(titles(*m_proxy), expected);
    // A sort keeps the rows: a layout change, not a reset.
    QCOMPARE(layoutAboutToChange.count(), 1);
    QCOMPARE(layoutChanged.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestFundingLinesProxyModel::sortByAmountIsNumeric_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    // As text, "£1,000" < "£10" < "£100" < "£2,600,000" < "£9".
    QTest::newRow("ascending") << Qt::AscendingOrder
                               << QStringList({u"Nine"_s, u"Ten"_s, u"Hundred"_s, u"Thousand"_s, u"Cobra"_s});
    QTest::newRow("descending") << Qt::DescendingOrder
                                << QStringList({u"Cobra"_s, u"Thousand"_s, u"Hundred"_s, u"Ten"_s, u"Nine"_s});
}

void TestFundingLinesProxyModel::sortByAmountIsNumeric()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);

    setFactsheet(
        factsheetOf({line(u"a"_s, u"Hundred"_s, 100), line(u"b"_s, u"Cobra"_s, 2600000), line(u"c"_s, u"Nine"_s, 9),
                     line(u"d"_s, u"Thousand"_s, 1000), line(u"e"_s, u"Ten"_s, 10)}));
    m_proxy->sort(FactsheetModel::AmountColumn, order);
    QCOMPARE(titles(*m_proxy), expected);
    // The display text of the proxy is what the source shows for the same line.
    QCOMPARE(m_proxy->index(0, FactsheetModel::AmountColumn).data().toString(),
             order == Qt::AscendingOrder ? u"£9"_s : u"£2,600,000"_s);
}

void TestFundingLinesProxyModel::sortByTitleIsLocaleAware_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    // Case does not group capitals first, and numbers in names compare as numbers.
    QTest::newRow("ascending") << Qt::AscendingOrder
                               << QStringList(
                                      {u"apple"_s, u"Banana"_s, u"line 2"_s, u"Line 9"_s, u"Line 10"_s, u"Zebra"_s});
    QTest::newRow("descending") << Qt::DescendingOrder
                                << QStringList(
                                       {u"Zebra"_s, u"Line 10"_s, u"Line 9"_s, u"line 2"_s, u"Banana"_s, u"apple"_s});
}

void TestFundingLinesProxyModel::sortByTitleIsLocaleAware()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);

    setFactsheet(
        factsheetOf({line(u"a"_s, u"Line 10"_s, 1), line(u"b"_s, u"Zebra"_s, 2), line(u"c"_s, u"line 2"_s, 3),
                     line(u"d"_s, u"Banana"_s, 4), line(u"e"_s, u"Line 9"_s, 5), line(u"f"_s, u"apple"_s, 6)}));
    m_proxy->sort(FactsheetModel::TitleColumn, order);
    QCOMPARE(titles(*m_proxy), expected);
}

void TestFundingLinesProxyModel::sortIsStable_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    // Ties keep document order in both directions: a before c, b before d.
    const QString a = u"fundingLine/a"_s;
    const QString b = u"fundingLine/b"_s;
    const QString c = u"fundingLine/c"_s;
    const QString d = u"fundingLine/d"_s;
    QTest::newRow("amount ascending") << int(FactsheetModel::AmountColumn) << Qt::AscendingOrder
                                      << QStringList({b, d, a, c});
    QTest::newRow("amount descending") << int(FactsheetModel::AmountColumn) << Qt::DescendingOrder
                                       << QStringList({a, c, b, d});
    QTest::newRow("title ascending") << int(FactsheetModel::TitleColumn) << Qt::AscendingOrder
                                     << QStringList({b, d, a, c});
    QTest::newRow("title descending") << int(FactsheetModel::TitleColumn) << Qt::DescendingOrder
                                      << QStringList({a, c, b, d});
    QTest::newRow("category descending, all equal")
        << int(FactsheetModel::CategoryColumn) << Qt::DescendingOrder << QStringList({a, b, c, d});
}

void TestFundingLinesProxyModel::sortIsStable()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);

    setFactsheet(factsheetOf({line(u"a"_s, u"Same"_s, 7), line(u"b"_s, u"Other"_s, 5), line(u"c"_s, u"Same"_s, 7),
                              line(u"d"_s, u"Other"_s, 5)}));
    m_proxy->sort(column, order);
    QCOMPARE(ids(*m_proxy), expected);
}

void TestFundingLinesProxyModel::sortBackToDocumentOrder()
{
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(titles(*m_proxy).first(), national);
    // A column that does not exist changes nothing.
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_proxy->sort(FactsheetModel::ColumnCount);
    QCOMPARE(layoutChanged.count(), 0);
    QCOMPARE(m_proxy->sortColumn(), int(FactsheetModel::AmountColumn));
    // -1 is "unsorted", as in QSortFilterProxyModel.
    m_proxy->sort(-1);
    QCOMPARE(m_proxy->sortColumn(), -1);
    QCOMPARE(titles(*m_proxy), documentOrder);
}

void TestFundingLinesProxyModel::chartRowsByMatchFollowTheTable()
{
    // The funding chart's rows, in the table's order, only those it shows: as asking each row.
    const auto asked = [this] {
        QModelIndexList rows;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, 0).data(FactsheetModel::ChartRole).toString() == u"funding")
                rows << m_proxy->index(row, 0);
        }
        return rows;
    };
    const auto matched = [this] {
        return m_proxy->match(m_proxy->index(0, 0), FactsheetModel::ChartRole, u"funding"_s, -1, Qt::MatchExactly);
    };
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(matched(), asked());
    QCOMPARE(matched().size(), 4); // the national line is in no chart
    QCOMPARE(matched().first().data().toString(), housebuilding);
    m_proxy->sort(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    m_proxy->setFilterText(u"infrastructure"_s);
    QCOMPARE(matched(), asked());
    QCOMPARE(matched().size(), 2); // housebuilding and bericote; the national one is filtered in but not charted
    QCOMPARE(matched().first().data().toString(), bericote);
    m_proxy->setFilterText(u"zzz"_s);
    QVERIFY(matched().isEmpty());
}

void TestFundingLinesProxyModel::fundingChartRowsFollowTheTable()
{
    // The rows the funding chart is described from: the table's (only those it shows, with its
    // indexes), with the amounts and chart orders the roles give, in the source's order.
    const auto asked = [this] {
        QStringList rows;
        for (int sourceRow = 0; sourceRow < m_model->fundingLineCount(); ++sourceRow) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
            if (index.isValid() && index.data(FactsheetModel::ChartRole).toString() == u"funding")
                rows << u"%1 %2 %3 %4"_s.arg(index.row())
                            .arg(index.data().toString())
                            .arg(index.data(FactsheetModel::ChartOrderRole).toInt())
                            .arg(index.data(FactsheetModel::RawValueRole).toLongLong());
        }
        return rows;
    };
    const auto read = [this] {
        QStringList rows;
        for (const ChartMembership::Row &row : m_proxy->fundingChartRows()) {
            // An index of the proxy's own, or its row number would mean nothing.
            const QString model = row.index.model() == m_proxy.get() ? QString() : u" (not the proxy's)"_s;
            rows << u"%1 %2 %3 %4%5"_s.arg(row.index.row())
                        .arg(row.index.data().toString())
                        .arg(row.order)
                        .arg(row.value)
                        .arg(model);
        }
        return rows;
    };
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(read(), asked());
    // Row 0 of the table is the national £45bn, in no chart; the housebuilding line is row 1.
    QCOMPARE(read(),
             (QStringList {u"3 %1 0 2600000"_s.arg(cobra), u"1 %1 1 10000000"_s.arg(housebuilding),
                           u"2 %1 2 2800000"_s.arg(bericote), u"4 %1 3 2000000"_s.arg(stafford)}));
    m_proxy->sort(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    m_proxy->setFilterText(u"infrastructure"_s);
    QCOMPARE(read(), asked());
    QCOMPARE(read().size(), 2);
    m_proxy->setFilterText(u"zzz"_s);
    QVERIFY(read().isEmpty());
}

void TestFundingLinesProxyModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("title, lower case") << u"cobra"_s << QStringList({cobra});
    QTest::newRow("title, upper case") << u"STAFFORD"_s << QStringList({stafford});
    QTest::newRow("location only") << u"wolverHAMPTON"_s << QStringList({bericote});
    QTest::newRow("fund only") << u"local growth"_s << QStringList({stafford});
    QTest::newRow("category only") << u"LIFE sciences"_s << QStringList({cobra});
    QTest::newRow("purpose only") << u"VITAL infrastructure"_s << QStringList({housebuilding});
    QTest::newRow("several fields") << u"infrastructure"_s << QStringList({housebuilding, bericote, national});
    QTest::newRow("symbol in a title") << u"science &"_s << QStringList({stafford});
    QTest::newRow("nothing") << u"zzz"_s << QStringList();
}

void TestFundingLinesProxyModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text);
    QCOMPARE(titles(*m_proxy), expected);
    QCOMPARE(m_proxy->shownCount(), expected.size());
    QCOMPARE(m_proxy->totalCount(), 5);
    QCOMPARE(reset.count(), 1);
}

void TestFundingLinesProxyModel::filterSearchesEveryTextField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedId");

    QTest::newRow("title") << u"alpha"_s << u"fundingLine/title"_s;
    QTest::newRow("recipient") << u"BRAVO"_s << u"fundingLine/recipient"_s;
    QTest::newRow("purpose") << u"Charlie"_s << u"fundingLine/purpose"_s;
    QTest::newRow("category") << u"delta"_s << u"fundingLine/category"_s;
    QTest::newRow("fund") << u"ecHO"_s << u"fundingLine/fund"_s;
    QTest::newRow("location") << u"foxtrot"_s << u"fundingLine/location"_s;
}

void TestFundingLinesProxyModel::filterSearchesEveryTextField()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedId);

    // Each line carries its word in one field only; no other field of any line has it.
    std::vector<FundingLine> lines
        = {line(u"title"_s, u"Alpha"_s, 1),   line(u"recipient"_s, u"Two"_s, 2), line(u"purpose"_s, u"Three"_s, 3),
           line(u"category"_s, u"Four"_s, 4), line(u"fund"_s, u"Five"_s, 5),     line(u"location"_s, u"Six"_s, 6)};
    lines[1].recipient = u"Bravo Ltd"_s;
    lines[2].purpose = u"For Charlie"_s;
    lines[3].category = u"Delta"_s;
    lines[4].fund = u"Echo Fund"_s;
    lines[5].location = u"Foxtrot"_s;
    setFactsheet(factsheetOf(std::move(lines)));

    m_proxy->setFilterText(text);
    QCOMPARE(ids(*m_proxy), QStringList({expectedId}));
}

void TestFundingLinesProxyModel::filterByCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("localTotal");

    QTest::newRow("Skills") << u"Skills"_s << QStringList({stafford}) << qint64(2000000);
    QTest::newRow("National programmes") << u"National programmes"_s << QStringList({national}) << qint64(0);
    QTest::newRow("every category") << QString() << documentOrder << qint64(17400000);
    // A category is chosen from a list, so it is matched exactly.
    QTest::newRow("wrong case") << u"skills"_s << QStringList() << qint64(0);
    QTest::newRow("part of a name") << u"Life"_s << QStringList() << qint64(0);
}

void TestFundingLinesProxyModel::filterByCategory()
{
    QFETCH(QString, category);
    QFETCH(QStringList, expected);
    QFETCH(qint64, localTotal);

    m_proxy->setCategory(u"Housing"_s);
    m_proxy->setCategory(category);
    QCOMPARE(m_proxy->category(), category);
    QCOMPARE(titles(*m_proxy), expected);
    QCOMPARE(m_proxy->shownLocalTotal(), localTotal);
}

void TestFundingLinesProxyModel::textAndCategoryTogether()
{
    m_proxy->setFilterText(u"infrastructure"_s);
    m_proxy->setCategory(u"Housing"_s);
    QCOMPARE(titles(*m_proxy), QStringList({housebuilding}));
    m_proxy->setCategory(u"Infrastructure"_s);
    QCOMPARE(titles(*m_proxy), QStringList({bericote}));
    m_proxy->setCategory(u"Skills"_s);
    QCOMPARE(titles(*m_proxy), QStringList());
    m_proxy->setFilterText(QString());
    QCOMPARE(titles(*m_proxy), QStringList({stafford}));
}

void TestFundingLinesProxyModel::clearingFilterRestoresSortedOrder()
{
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    const QStringList sorted = {national, housebuilding, bericote, cobra, stafford};
    QCOMPARE(titles(*m_proxy), sorted);
    m_proxy->setFilterText(u"co"_s); // "Bericote", "Cobra", "College"
    QCOMPARE(titles(*m_proxy), QStringList({bericote, cobra, stafford}));
    m_proxy->setCategory(u"Skills"_s);
    QCOMPARE(titles(*m_proxy), QStringList({stafford}));
    m_proxy->setCategory(QString());
    m_proxy->setFilterText(QString());
    QCOMPARE(titles(*m_proxy), sorted);
}

void TestFundingLinesProxyModel::summary()
{
    QCOMPARE(m_proxy->shownCount(), 5);
    // £2.6m + £10m + £2.8m + £2m; the national £45bn is not the area's money.
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(17400000));

    QSignalSpy summaryChanged(m_proxy.get(), &FundingLinesProxyModel::summaryChanged);
    m_proxy->setFilterText(u"infrastructure"_s);
    QCOMPARE(summaryChanged.count(), 1);
    QCOMPARE(m_proxy->shownCount(), 3);
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(12800000));

    // The same text again is no change.
    m_proxy->setFilterText(u"infrastructure"_s);
    QCOMPARE(summaryChanged.count(), 1);

    m_proxy->setCategory(u"National programmes"_s);
    QCOMPARE(summaryChanged.count(), 2);
    QCOMPARE(m_proxy->shownCount(), 1);
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(0));

    // Sorting shows the same lines.
    m_proxy->sort(FactsheetModel::AmountColumn);
    QCOMPARE(summaryChanged.count(), 2);

    m_proxy->setCategory(QString());
    m_proxy->setFilterText(QString());
    QCOMPARE(summaryChanged.count(), 4);
    QCOMPARE(m_proxy->shownCount(), 5);
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(17400000));
}

void TestFundingLinesProxyModel::localTotalNeverOverflows_data()
{
    QTest::addColumn<int>("lineCount");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("total");

    constexpr qint64 largestWhole = 9007199254740991; // 2^53 - 1, the largest amount a reader accepts
    constexpr qint64 largest = std::numeric_limits<qint64>::max();
    QTest::newRow("1,024 lines at 2^53 - 1 fit") << 1024 << largestWhole << qint64(1024) * largestWhole;
    // Made in code, not read (the readers refuse a local total past 2^53 - 1): this once showed a
    // negative total. It stops at the largest qint64 instead.
    QTest::newRow("1,100 lines at 2^53 - 1") << 1100 << largestWhole << largest;
    QTest::newRow("two lines at the largest qint64") << 2 << largest << largest;
}

void TestFundingLinesProxyModel::localTotalNeverOverflows()
{
    QFETCH(int, lineCount);
    QFETCH(qint64, amount);
    QFETCH(qint64, total);

    std::vector<FundingLine> lines;
    for (int i = 0; i < lineCount; ++i)
        lines.push_back(line(u"line-%1"_s.arg(i), u"Line %1"_s.arg(i), amount));
    setFactsheet(factsheetOf(std::move(lines)));
    QCOMPARE(m_proxy->shownCount(), lineCount);
    QCOMPARE(m_proxy->shownLocalTotal(), total);
    // Filtered, the same sum over the lines shown.
    m_proxy->setFilterText(u"Line"_s);
    QCOMPARE(m_proxy->shownLocalTotal(), total);
}

void TestFundingLinesProxyModel::persistentIndexesFollowSort()
{
    const QPersistentModelIndex cobraAmount(m_proxy->index(0, FactsheetModel::AmountColumn));
    const QPersistentModelIndex nationalTitle(m_proxy->index(4, FactsheetModel::TitleColumn));
    QCOMPARE(cobraAmount.data().toString(), u"£2,600,000"_s);

    m_proxy->sort(FactsheetModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(cobraAmount.row(), 1);
    QCOMPARE(cobraAmount.column(), int(FactsheetModel::AmountColumn));
    QCOMPARE(cobraAmount.data().toString(), u"£2,600,000"_s);
    QCOMPARE(nationalTitle.row(), 4);

    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(cobraAmount.row(), 3);
    QCOMPARE(nationalTitle.row(), 0);
    QCOMPARE(nationalTitle.data().toString(), national);

    m_proxy->sort(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(titles(*m_proxy), QStringList({bericote, cobra, housebuilding, national, stafford}));
    QCOMPARE(cobraAmount.row(), 1);
    QCOMPARE(nationalTitle.row(), 3);
}

void TestFundingLinesProxyModel::mapping()
{
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    m_proxy->setFilterText(u"o"_s);
    QVERIFY(m_proxy->rowCount() > 0);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            const QModelIndex proxyIndex = m_proxy->index(row, column);
            const QModelIndex sourceIndex = m_proxy->mapToSource(proxyIndex);
            QVERIFY(sourceIndex.isValid());
            QCOMPARE(sourceIndex.model(), static_cast<const QAbstractItemModel *>(m_model.get()));
            QCOMPARE(sourceIndex.column(), column);
            QVERIFY(m_model->isFundingLineRow(sourceIndex.row()));
            QCOMPARE(m_proxy->mapFromSource(sourceIndex), proxyIndex);
            QCOMPARE(proxyIndex.data(FactsheetModel::EntityIdRole), sourceIndex.data(FactsheetModel::EntityIdRole));
        }
    }
    // The national line sorts first; the source has it last of the lines.
    QCOMPARE(m_proxy->mapToSource(m_proxy->index(0, 0)).row(), 4);
    QCOMPARE(m_proxy->mapFromSource(m_model->index(4, 2)), m_proxy->index(0, 2));

    // Figures and the case study are not shown here; nor is a line filtered out.
    m_proxy->setFilterText(u"cobra"_s);
    QVERIFY(!m_proxy->mapFromSource(m_model->indexOfEntity(u"figure/employment"_s)).isValid());
    QVERIFY(!m_proxy->mapFromSource(m_model->indexOfEntity(u"caseStudy/stafford-college-stc"_s)).isValid());
    QVERIFY(!m_proxy->mapFromSource(m_model->indexOfEntity(u"fundingLine/bericote-four-ashes"_s)).isValid());
    QVERIFY(m_proxy->mapFromSource(m_model->indexOfEntity(u"fundingLine/cobra-biologics"_s)).isValid());
    QVERIFY(!m_proxy->mapFromSource(QModelIndex()).isValid());
    QVERIFY(!m_proxy->mapToSource(QModelIndex()).isValid());
    // An index of some other model is not mapped as if it were the source's.
    FactsheetModel other;
    other.setFactsheet(embeddedFactsheet());
    QVERIFY(!m_proxy->mapFromSource(other.index(0, 0)).isValid());
}

void TestFundingLinesProxyModel::headersSurviveEmptyFilter()
{
    m_proxy->setFilterText(u"zzz"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->shownCount(), 0);
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(0));
    QStringList headers;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        headers << m_proxy->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({u"Recipient or project"_s, u"Purpose"_s, u"Category"_s, u"Amount"_s, u"Fund"_s, u"Location"_s,
                          u"Scope"_s}));
}

void TestFundingLinesProxyModel::sourceResetResetsProxy()
{
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::AscendingOrder);
    m_proxy->setFilterText(u"line"_s);
    QCOMPARE(m_proxy->rowCount(), 0);

    QSignalSpy aboutToReset(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QSignalSpy summaryChanged(m_proxy.get(), &FundingLinesProxyModel::summaryChanged);
    setFactsheet(
        factsheetOf({line(u"a"_s, u"Line 100"_s, 100), line(u"b"_s, u"Other"_s, 5), line(u"c"_s, u"Line 3"_s, 3)}));
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(summaryChanged.count(), 1);
    // Sort and filter carry over to the new lines.
    QCOMPARE(titles(*m_proxy), QStringList({u"Line 3"_s, u"Line 100"_s}));
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(103));
    QCOMPARE(m_proxy->totalCount(), 3);

    // A file that fails to load changes nothing.
    FactsheetDocument document(m_model.get());
    QVERIFY(document.open(u"/nonexistent/factsheet.json"_s));
    QCOMPARE(reset.count(), 1);
}

void TestFundingLinesProxyModel::sourceDestroyedFirst()
{
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QSignalSpy summaryChanged(m_proxy.get(), &FundingLinesProxyModel::summaryChanged);
    // Set twice: the second time must not lose track of the source either.
    m_proxy->setSourceModel(m_model.get());
    m_model.reset();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(summaryChanged.count(), 2);
    QCOMPARE(m_proxy->sourceModel(), nullptr);
    QCOMPARE(m_proxy->factsheetModel(), nullptr);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->totalCount(), 0);
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(0));
    QVERIFY(!m_proxy->index(0, 0).isValid());
    m_proxy->sort(FactsheetModel::TitleColumn);
    m_proxy->setFilterText(u"x"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestFundingLinesProxyModel::sortsLargeFactsheet()
{
    // 100,000 lines whose titles and amounts are in no particular order, with many equal amounts.
    constexpr int count = 100000;
    std::vector<FundingLine> lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int number = static_cast<int>((qint64(i) * 7919) % count); // a permutation of 0 .. count-1
        lines.push_back(line(u"l%1"_s.arg(i), u"Line %1"_s.arg(number), qint64(number % 997) * 1000));
    }
    setFactsheet(factsheetOf(std::move(lines)));
    QCOMPARE(m_proxy->rowCount(), count);

    m_proxy->sort(FactsheetModel::AmountColumn, Qt::AscendingOrder);
    qint64 previousAmount = -1;
    int previousSourceRow = -1;
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const qint64 amount = index.data(FactsheetModel::RawValueRole).toLongLong();
        const int sourceRow = m_proxy->mapToSource(index).row();
        QVERIFY(amount >= previousAmount);
        // Equal amounts stay in document order.
        if (amount == previousAmount)
            QVERIFY(sourceRow > previousSourceRow);
        previousAmount = amount;
        previousSourceRow = sourceRow;
    }

    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    previousAmount = std::numeric_limits<qint64>::max();
    previousSourceRow = -1;
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const qint64 amount = index.data(FactsheetModel::RawValueRole).toLongLong();
        const int sourceRow = m_proxy->mapToSource(index).row();
        QVERIFY(amount <= previousAmount);
        if (amount == previousAmount) // descending too, equal amounts in document order
            QVERIFY(sourceRow > previousSourceRow);
        previousAmount = amount;
        previousSourceRow = sourceRow;
    }
    QCOMPARE(m_proxy->index(0, 0).data(FactsheetModel::RawValueRole).toLongLong(), qint64(996000));

    m_proxy->sort(FactsheetModel::TitleColumn, Qt::DescendingOrder);
    for (int row = 0; row < count; ++row) {
        const QString expected = u"Line %1"_s.arg(count - 1 - row);
        if (m_proxy->index(row, FactsheetModel::TitleColumn).data().toString() != expected)
            QFAIL(qPrintable(u"row %1 is not %2"_s.arg(row).arg(expected)));
    }
    qint64 total = 0;
    for (int number = 0; number < count; ++number)
        total += qint64(number % 997) * 1000;
    QCOMPARE(m_proxy->shownLocalTotal(), total);
}

void TestFundingLinesProxyModel::goBackground()
{
    m_proxy->setBackgroundThreshold(0);
    // The threshold applies from the next change on; a reset replans in the background too.
    QSignalSpy settled(m_proxy.get(), &FundingLinesProxyModel::rowsSettled);
    setFactsheet(embeddedFactsheet());
    QCOMPARE(m_proxy->rowCount(), 0); // the old rows went with the old factsheet
    QVERIFY(m_proxy->isBusy());
    QVERIFY(settled.wait(5000));
    QCOMPARE(titles(*m_proxy), documentOrder);
}

void TestFundingLinesProxyModel::backgroundFilterKeepsRowsUntilReady()
{
    goBackground();
    QSignalSpy busy(m_proxy.get(), &FundingLinesProxyModel::busyChanged);
    QSignalSpy settled(m_proxy.get(), &FundingLinesProxyModel::rowsSettled);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);

    m_proxy->setFilterText(u"INFRASTRUCTURE"_s);
    // Nothing changes under the caller's feet: the previous rows stay until the plan is ready.
    QVERIFY(m_proxy->isBusy());
    QCOMPARE(m_proxy->rowCount(), 5);
    QCOMPARE(reset.count(), 0);

    QVERIFY(settled.wait(5000));
    QCOMPARE(titles(*m_proxy), QStringList({housebuilding, bericote, national}));
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(12800000));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(!m_proxy->isBusy());
}

void TestFundingLinesProxyModel::backgroundRequestsSupersedeEachOther()
{
    goBackground();
    QSignalSpy settled(m_proxy.get(), &FundingLinesProxyModel::rowsSettled);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    // Typing "c", "co", "cob": only the last one is ever shown.
    m_proxy->setFilterText(u"c"_s);
    m_proxy->setFilterText(u"co"_s);
    m_proxy->setFilterText(u"cob"_s);
    QVERIFY(settled.wait(5000));
    QTest::qWait(50); // a superseded plan arriving late must change nothing
    QCOMPARE(settled.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(titles(*m_proxy), QStringList({cobra}));
}

void TestFundingLinesProxyModel::backgroundSortIsALayoutChange()
{
    goBackground();
    const QPersistentModelIndex cobraRow(m_proxy->index(0, FactsheetModel::TitleColumn));
    QSignalSpy settled(m_proxy.get(), &FundingLinesProxyModel::rowsSettled);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 0);
    QVERIFY(settled.wait(5000));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(titles(*m_proxy), QStringList({national, housebuilding, bericote, cobra, stafford}));
    QCOMPARE(cobraRow.row(), 3);
    QCOMPARE(cobraRow.data().toString(), cobra);
}

void TestFundingLinesProxyModel::backgroundResultForAnOldFactsheetIsDropped()
{
    goBackground();
    QSignalSpy settled(m_proxy.get(), &FundingLinesProxyModel::rowsSettled);
    m_proxy->setFilterText(u"cobra"_s);
    // A new factsheet arrives while the filter is being planned for the old one.
    setFactsheet(factsheetOf({line(u"a"_s, u"Cobra Two"_s, 5), line(u"b"_s, u"Other"_s, 7)}));
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(settled.wait(5000));
    QTest::qWait(50);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(titles(*m_proxy), QStringList({u"Cobra Two"_s}));
    QCOMPARE(m_proxy->shownLocalTotal(), qint64(5));
}

QTEST_GUILESS_MAIN(TestFundingLinesProxyModel)
#include "tst_fundinglinesproxymodel.moc"
