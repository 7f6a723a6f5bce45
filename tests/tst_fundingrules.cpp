// The one rule for the area's money: local lines with an amount are summed, saturating at the
// largest qint64; national lines and lines without an amount never are. Then the same rule as the
// table's proxy, the selection summary and the funding chart see it, on one factsheet.
#include "chartmembership.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "fundingrules.h"
#include "normalisation.h"
#include "selectionsummary.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Normalisation)
Q_DECLARE_METATYPE(ChartValueKind)
Q_DECLARE_METATYPE(FundingLine)
Q_DECLARE_METATYPE(std::vector<char>)

namespace {

constexpr qint64 largest = std::numeric_limits<qint64>::max();

FundingLine line(const QString &id, qint64 amount, Scope scope = Scope::Local, bool hasAmount = true)
{
    FundingLine made;
    made.id = id;
    made.title = id;
    made.category = u"Test"_s;
    made.amount = amount;
    made.scope = scope;
    made.hasAmount = hasAmount;
    made.source = u"The sentence of %1."_s.arg(id);
    return made;
}

// Local 100, local 3, national 1,000,000, local without an amount (its field holds 7, meaning nothing).
Factsheet fourLines()
{
    Factsheet sheet;
    sheet.area.name = u"Testshire"_s;
    sheet.fundingLines = {line(u"a"_s, 100), line(u"b"_s, 3), line(u"national"_s, 1000000, Scope::National),
                          line(u"unstated"_s, 7, Scope::Local, false)};
    return sheet;
}

} // namespace

class TestFundingRules final : public QObject
{
    Q_OBJECT

private slots:
    void countsAsLocal_data();
    void countsAsLocal();
    void addSaturating_data();
    void addSaturating();
    void localTotal_data();
    void localTotal();
    void valueKind_data();
    void valueKind();
    void everyViewSumsByTheRule();
};

void TestFundingRules::countsAsLocal_data()
{
    QTest::addColumn<FundingLine>("line");
    QTest::addColumn<bool>("counts");
    QTest::newRow("local with an amount") << line(u"a"_s, 5) << true;
    QTest::newRow("local, amount 0") << line(u"a"_s, 0) << true;
    QTest::newRow("national") << line(u"a"_s, 5, Scope::National) << false;
    QTest::newRow("local without an amount") << line(u"a"_s, 5, Scope::Local, false) << false;
    QTest::newRow("national without an amount") << line(u"a"_s, 5, Scope::National, false) << false;
}

void TestFundingRules::countsAsLocal()
{
    QFETCH(FundingLine, line);
    QFETCH(bool, counts);
    QCOMPARE(FundingRules::countsAsLocal(line), counts);
    QCOMPARE(ChartMembership::fundingOrder(line, 4).has_value(), counts); // drawn exactly when summed
}

void TestFundingRules::addSaturating_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("sum");
    QTest::newRow("small") << qint64(100) << qint64(3) << qint64(103);
    QTest::newRow("to the limit exactly") << largest - 5 << qint64(5) << largest;
    QTest::newRow("one past the limit") << largest - 5 << qint64(6) << largest;
    QTest::newRow("the limit plus the limit") << largest << largest << largest;
    QTest::newRow("a negative amount counts as 0") << qint64(10) << qint64(-4) << qint64(10);
}

void TestFundingRules::addSaturating()
{
    QFETCH(qint64, total);
    QFETCH(qint64, amount);
    QFETCH(qint64, sum);
    QCOMPARE(FundingRules::addSaturating(total, amount), sum);
}

void TestFundingRules::localTotal_data()
{
    QTest::addColumn<std::vector<char>>("only");
    QTest::addColumn<qint64>("total");
    QTest::newRow("all lines") << std::vector<char>() << qint64(103);
    QTest::newRow("the first") << std::vector<char>({1, 0, 0, 0}) << qint64(100);
    QTest::newRow("national and unstated only") << std::vector<char>({0, 0, 1, 1}) << qint64(0);
    QTest::newRow("none") << std::vector<char>({0, 0, 0, 0}) << qint64(0);
}

void TestFundingRules::localTotal()
{
    QFETCH(std::vector<char>, only);
    QFETCH(qint64, total);
    QCOMPARE(FundingRules::localTotal(fourLines().fundingLines, only), total);
}

void TestFundingRules::valueKind_data()
{
    QTest::addColumn<Normalisation>("normalisation");
    QTest::addColumn<ChartValueKind>("kind");
    QTest::newRow("absolute") << Normalisation::Absolute << ChartValueKind::Pounds;
    QTest::newRow("per resident") << Normalisation::PerResident << ChartValueKind::Pence;
    QTest::newRow("per business") << Normalisation::PerBusiness << ChartValueKind::Pence;
    QTest::newRow("per 1,000 employed") << Normalisation::PerThousandEmployed << ChartValueKind::Pence;
    QTest::newRow("share") << Normalisation::ShareOfLocalTotal << ChartValueKind::Percent;
}

void TestFundingRules::valueKind()
{
    QFETCH(Normalisation, normalisation);
    QFETCH(ChartValueKind, kind);
    QCOMPARE(FundingRules::valueKindOf(normalisation), kind);
}

void TestFundingRules::everyViewSumsByTheRule()
{
    // Amounts near the limit: a sum that did not saturate would turn negative.
    Factsheet sheet = fourLines();
    sheet.fundingLines[0].amount = largest - 1;
    sheet.fundingLines[3].amount = largest; // without an amount: must not count however large
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(sheet);
    QCOMPARE(model.denominators().localTotal, largest);

    FundingLinesProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.shownLocalTotal(), largest);
    proxy.setFilterText(u"unstated"_s);
    QCOMPARE(proxy.shownCount(), 1);
    QCOMPARE(proxy.shownLocalTotal(), qint64(0));

    // The line without an amount selected with b: only b's £3 is summed.
    QItemSelectionModel selection(&model);
    selection.select(QItemSelection(model.index(1, 0), model.index(1, 0)), QItemSelectionModel::Select);
    selection.select(QItemSelection(model.index(3, 0), model.index(3, 0)), QItemSelectionModel::Select);
    QCOMPARE(SelectionSummary::describe(&selection), u"2 selected · £3 · 0.0% of the local total"_s);

    // The funding chart draws the two local lines with an amount, never the others.
    QList<int> drawn;
    for (const ChartMembership::Row &row : model.fundingChartRows())
        drawn << row.index.row();
    QCOMPARE(drawn, QList<int>({0, 1}));
}

QTEST_GUILESS_MAIN(TestFundingRules)
#include "tst_fundingrules.moc"
