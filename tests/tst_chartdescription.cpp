// What each chart shows, from the model's roles alone: bars, labels, values with their units,
// which bar is derived, titles naming the area, the source line; which figures go in which chart
// is the data's to say, whatever their ids; the funding chart's cap.
#include "chartdescription.h"
#include "chartmembership.h"
#include "embeddedfactsheet.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "readers/localsummarytext.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIdentityProxyModel>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString expectedSourceLine
    = u"Source: Industrial Strategy local summary, Stoke-on-Trent & Staffordshire, Department for "
      u"Business, Energy & Industrial Strategy, December 2018. Open Government Licence v3.0."_s;

struct Bar
{
    QString label;
    qint64 value;
    QString valueText;
    bool derived;
    QString entity; // empty for the bar of other lines
};

QList<Bar> barsOf(const ChartDescription &chart)
{
    QList<Bar> bars;
    for (const ChartBar &bar : chart.bars)
        bars.append({bar.label, static_cast<qint64>(bar.value), bar.valueText, bar.derived,
                     bar.index.data(FactsheetModel::EntityIdRole).toString()});
    return bars;
}

bool operator==(const Bar &a, const Bar &b)
{
    return a.label == b.label && a.value == b.value && a.valueText == b.valueText && a.derived == b.derived
        && a.entity == b.entity;
}

char *toString(const Bar &bar) // for QCOMPARE's message
{
    return QTest::toString(u"%1 | %2 | %3 | %4 | %5"_s.arg(bar.label).arg(bar.value).arg(
        bar.valueText, bar.derived ? u"derived"_s : u"stated"_s, bar.entity));
}

QByteArray shippedText()
{
    QFile file(u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the shipped summary text cannot be read");
    return file.readAll();
}

FundingLine generatedLine(int number, qint64 amount)
{
    FundingLine line;
    line.id = u"generated-%1"_s.arg(number);
    line.title = u"Generated line %1"_s.arg(number);
    line.purpose = u"Test data"_s;
    line.amount = amount;
    line.category = u"Generated"_s;
    line.scope = Scope::Local;
    line.source = u"Generated for the test."_s;
    return line;
}

// A model that puts every funding line in the funding chart, whatever it says of itself: what the
// chart then skips, it skips by the line's own roles.
class EveryLineCharted final : public QIdentityProxyModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == FactsheetModel::ChartRole
            && index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::FundingLineKind)
            return ChartMembership::funding;
        return QIdentityProxyModel::data(index, role);
    }
};

struct Fixture
{
    explicit Fixture(Factsheet sheet) { model.setFactsheet(std::move(sheet)); }
    FactsheetModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

class TestChartDescription final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void employment();
    void apprenticeshipsAndWages();
    void fundingIsLocalLinesLargestFirst();
    void membershipComesFromWhatFiguresMeasure();
    void anEarlierYearInTheTextGivesItsBar();
    void manyLinesAreCappedWithTheRestSummed();
    void manyLinesInTheTablesOrder();
    void anAmountNotStatedIsNoBar();
    void tickText_data();
    void tickText();
    void clipboardTextAndTable();
    void accessibleDescription();
    void emptyModelSaysSo();
    void readsAnyModelThroughRoles();
};

void TestChartDescription::employment()
{
    Fixture fixture(embeddedFactsheet());
    const ChartDescription chart = ChartDescriptions::describe(&fixture.model, ChartMembership::employment);
    QCOMPARE(chart.name, u"employment"_s);
    QCOMPARE(chart.area, u"Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(chart.title, u"Employment in Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(chart.subtitle, u"People in employment"_s);
    QCOMPARE(chart.valueAxisTitle, u"People"_s);
    QCOMPARE(chart.valueKind, ChartValueKind::Count);
    QCOMPARE(barsOf(chart),
             (QList<Bar> {
                 {u"2010 (derived)"_s, 513000, u"513,000 people"_s, true, u"figure/employment-2010"_s},
                 {u"Latest (2018 summary)"_s, 548800, u"548,800 people"_s, false, u"figure/employment"_s},
             }));
    QCOMPARE(chart.derivedNote,
             u"Outlined bar: derived from stated figures, not stated in the summary (548,800 (people "
             u"in employment) − 35,800 (increase in employment since 2010) = 513,000)."_s);
    QCOMPARE(chart.sourceLine, expectedSourceLine);
    QCOMPARE(
        chart.bars.at(0).toolTip,
        u"People in employment in 2010: 513,000 people\nDerived: 548,800 (people in employment) − 35,800 (increase "
        u"in employment since 2010) = 513,000\nSource: “548,800 people in employment, an increase of 35,800 since "
        u"2010.”"_s);
}

void TestChartDescription::apprenticeshipsAndWages()
{
    Fixture fixture(embeddedFactsheet());
    const ChartDescription chart
        = ChartDescriptions::describe(&fixture.model, ChartMembership::apprenticeshipsAndWages);
    QCOMPARE(chart.title, u"Apprenticeships and wages in Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(chart.subtitle,
             u"Apprenticeship starts last year, and workers directly benefiting from the National "
             u"Living and Minimum Wages (latest, 2018 summary)"_s);
    // Two units in one chart: each value says its own, and so does the axis.
    QCOMPARE(chart.valueAxisTitle, u"Number of apprenticeship starts or workers"_s);
    QCOMPARE(barsOf(chart),
             (QList<Bar> {
                 {u"Apprenticeship starts"_s, 8680, u"8,680 apprenticeship starts"_s, false,
                  u"figure/apprenticeship-starts"_s},
                 {u"National Living/Minimum Wage"_s, 23500, u"23,500 workers"_s, false,
                  u"figure/living-wage-beneficiaries"_s},
             }));
    QCOMPARE(chart.derivedNote, QString());
    QCOMPARE(chart.sourceLine, expectedSourceLine);
}

void TestChartDescription::fundingIsLocalLinesLargestFirst()
{
    Fixture fixture(embeddedFactsheet());
    const ChartDescription chart = ChartDescriptions::describe(&fixture.model, ChartMembership::funding);
    QCOMPARE(chart.title, u"Local funding in Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(chart.valueKind, ChartValueKind::Pounds);
    QCOMPARE(chart.valueAxisTitle, u"Pounds (£)"_s);
    // The national £45bn is not the area's money: never a bar.
    QCOMPARE(barsOf(chart),
             (QList<Bar> {
                 {u"Housebuilding infrastructure"_s, 10000000, u"£10,000,000"_s, false,
                  u"fundingLine/housebuilding-infrastructure"_s},
                 {u"Bericote Four Ashes Business Park"_s, 2800000, u"£2,800,000"_s, false,
                  u"fundingLine/bericote-four-ashes"_s},
                 {u"Cobra Biologics"_s, 2600000, u"£2,600,000"_s, false, u"fundingLine/cobra-biologics"_s},
                 {u"Stafford College Science & Technology Centre"_s, 2000000, u"£2,000,000"_s, false,
                  u"fundingLine/stafford-college-stc"_s},
             }));
    QCOMPARE(chart.barOfRow(fixture.model.indexOfEntity(u"fundingLine/cobra-biologics"_s).row()), 2);
    QCOMPARE(chart.barOfRow(fixture.model.indexOfEntity(u"fundingLine/industrial-strategy-programmes"_s).row()), -1);
}

void TestChartDescription::membershipComesFromWhatFiguresMeasure()
{
    // Ids mean nothing to the charts: renamed figures are drawn all the same, and a figure that
    // measures something else is not, whatever its id says.
    Factsheet sheet = embeddedFactsheet();
    for (Figure &figure : sheet.figures) {
        if (figure.measure == Measure::Employment)
            figure.id = u"jobs-now"_s;
        if (figure.measure == Measure::EarlierEmployment)
            figure.id = u"jobs-then"_s;
        if (figure.id == u"population")
            figure.id = u"employment"_s;
    }
    Fixture fixture(std::move(sheet));
    const ChartDescription chart = ChartDescriptions::describe(&fixture.model, ChartMembership::employment);
    QCOMPARE(barsOf(chart),
             (QList<Bar> {
                 {u"2010 (derived)"_s, 513000, u"513,000 people"_s, true, u"figure/jobs-then"_s},
                 {u"Latest (2018 summary)"_s, 548800, u"548,800 people"_s, false, u"figure/jobs-now"_s},
             }));
}

void TestChartDescription::anEarlierYearInTheTextGivesItsBar()
{
    QByteArray text = shippedText();
    text.replace("an increase of 35,800 since 2010.", "an increase of 35,800 since 2011.");
    FactsheetLoadResult result = LocalSummaryText::loadData(text, u"since-2011.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    Fixture fixture(result.takeFactsheet());
    const ChartDescription chart = ChartDescriptions::describe(&fixture.model, ChartMembership::employment);
    QCOMPARE(barsOf(chart),
             (QList<Bar> {
                 {u"2011 (derived)"_s, 513000, u"513,000 people"_s, true, u"figure/employment-2011"_s},
                 {u"Latest (2018 summary)"_s, 548800, u"548,800 people"_s, false, u"figure/employment"_s},
             }));
}

void TestChartDescription::manyLinesInTheTablesOrder()
{
    // Through the table's proxy, sorted smallest first: the first eleven lines of the table, in its
    // order, and the other 23 summed (the proxy hands its rows over in the source's order).
    Factsheet sheet = embeddedFactsheet();
    for (int number = 1; number <= 30; ++number)
        sheet.fundingLines.push_back(generatedLine(number, 1000 * (31 - number)));
    Fixture fixture(std::move(sheet));
    FundingLinesProxyModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.setSourceModel(&fixture.model);
    table.sort(FactsheetModel::AmountColumn, Qt::AscendingOrder);
    const ChartDescription chart
        = ChartDescriptions::describe(&table, ChartMembership::funding, ChartDescriptions::FundingOrder::ModelOrder);
    QStringList labels;
    QList<int> rows;
    for (const ChartBar &bar : chart.bars) {
        labels << bar.label;
        rows << bar.index.row();
    }
    // £1,000 (line 30) up to £11,000 (line 20); then lines 19 to 1 and the four local lines of the summary.
    QCOMPARE(labels.first(), u"Generated line 30"_s);
    QCOMPARE(labels.at(10), u"Generated line 20"_s);
    QCOMPARE(rows.first(11), (QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(labels.last(), u"23 other lines"_s);
    // £12,000 + … + £30,000 = £399,000, and £17.4m of the summary's own.
    QCOMPARE(chart.bars.last().value, 399000.0 + 17400000.0);
    QCOMPARE(chart.subtitle,
             u"The first 11 of 34 local funding lines in the table's order, and the other 23 together"_s);
}

void TestChartDescription::manyLinesAreCappedWithTheRestSummed()
{
    Factsheet sheet = embeddedFactsheet();
    // 30 more lines of £1,000 .. £30,000: with the four local ones, 34 local lines.
    for (int number = 1; number <= 30; ++number)
        sheet.fundingLines.push_back(generatedLine(number, 1000 * number));
    Fixture fixture(std::move(sheet));
    const ChartDescription chart = ChartDescriptions::describe(&fixture.model, ChartMembership::funding);
    QCOMPARE(ChartDescriptions::maxFundingBars, 12);
    QCOMPARE(chart.bars.size(), 12);
    QCOMPARE(chart.bars.at(0).label, u"Housebuilding infrastructure"_s);
    QCOMPARE(chart.bars.at(4).label, u"Generated line 30"_s);
    QCOMPARE(chart.bars.at(10).label, u"Generated line 24"_s);
    // The rest: lines 1 to 23, £1,000 + … + £23,000 = £276,000.
    const ChartBar &others = chart.bars.at(11);
    QCOMPARE(others.label, u"23 other lines"_s);
    QCOMPARE(others.otherLines, 23);
    QCOMPARE(others.value, 276000.0);
    QCOMPARE(others.valueText, u"£276,000"_s);
    QVERIFY(!others.index.isValid());
    QCOMPARE(others.toolTip, u"23 other local funding lines, together £276,000: each is in the investments table."_s);
    QCOMPARE(chart.subtitle, u"The 11 largest of 34 local funding lines, and the other 23 together"_s);
    QVERIFY(
        chart.accessibleDescription().endsWith(u"23 other lines £276,000. The 11 largest of 34 local funding lines, "
                                               u"and the other 23 together"_s));
}

void TestChartDescription::anAmountNotStatedIsNoBar()
{
    Factsheet sheet = embeddedFactsheet();
    FundingLine unstated = generatedLine(1, 0);
    unstated.hasAmount = false;
    sheet.fundingLines.insert(sheet.fundingLines.begin(), unstated);
    Fixture fixture(std::move(sheet));
    const QModelIndex row = fixture.model.indexOfEntity(u"fundingLine/generated-1"_s);
    QVERIFY(!row.data(FactsheetModel::RawValueRole).isValid());
    QCOMPARE(row.data(FactsheetModel::HasAmountRole).toBool(), false);
    QCOMPARE(row.data(FactsheetModel::ChartRole).toString(), QString());
    QCOMPARE(row.siblingAtColumn(FactsheetModel::AmountColumn).data().toString(), u"amount not stated"_s);
    QCOMPARE(fixture.model.indexOfEntity(u"fundingLine/cobra-biologics"_s).data(FactsheetModel::HasAmountRole),
             QVariant(true));

    // Four bars, as without it: no zero bar, whether the model charts it or not.
    const ChartDescription chart = ChartDescriptions::describe(&fixture.model, ChartMembership::funding);
    QCOMPARE(chart.bars.size(), 4);
    QCOMPARE(chart.barOfRow(row.row()), -1);
    EveryLineCharted charted;
    charted.setSourceModel(&fixture.model);
    const ChartDescription all = ChartDescriptions::describe(&charted, ChartMembership::funding);
    QCOMPARE(all.bars.size(), 5); // the national line, claimed for the chart, is drawn; the unstated one is not
    QCOMPARE(all.barOfRow(row.row()), -1);
}

void TestChartDescription::tickText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pounds, millions") << int(ChartValueKind::Pounds) << qint64(10000000) << u"£10m"_s;
    QTest::newRow("pounds, a half million") << int(ChartValueKind::Pounds) << qint64(2500000) << u"£2.5m"_s;
    QTest::newRow("pounds, zero") << int(ChartValueKind::Pounds) << qint64(0) << u"£0"_s;
    QTest::newRow("count, thousands") << int(ChartValueKind::Count) << qint64(600000) << u"600k"_s;
    QTest::newRow("count, zero") << int(ChartValueKind::Count) << qint64(0) << u"0"_s;
    QTest::newRow("count, hundreds") << int(ChartValueKind::Count) << qint64(950) << u"950"_s;
    QTest::newRow("count, millions") << int(ChartValueKind::Count) << qint64(1200000) << u"1.2m"_s;
}

void TestChartDescription::tickText()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    ChartDescription chart;
    chart.valueKind = ChartValueKind(kind);
    QCOMPARE(chart.tickText(value), expected);
}

void TestChartDescription::clipboardTextAndTable()
{
    Fixture fixture(embeddedFactsheet());
    const ChartDescription chart
        = ChartDescriptions::describe(&fixture.model, ChartMembership::apprenticeshipsAndWages);
    QCOMPARE(chart.plainText(),
             u"Apprenticeships and wages in Stoke-on-Trent & Staffordshire\n"
             u"Apprenticeship starts last year, and workers directly benefiting from the National Living and Minimum "
             u"Wages (latest, 2018 summary)\n"
             u"Apprenticeship starts\t8,680 apprenticeship starts\n"
             u"National Living/Minimum Wage\t23,500 workers\n"_s
                 + expectedSourceLine);
    // Raw numbers in the cells, so a spreadsheet reads them as numbers; "&" escaped.
    QCOMPARE(
        chart.htmlTable(),
        u"<table><caption>Apprenticeships and wages in Stoke-on-Trent &amp; Staffordshire</caption><thead><tr>"
        u"<th>Bar</th><th>Number of apprenticeship starts or workers</th></tr></thead><tbody>"
        u"<tr><td>Apprenticeship starts</td><td>8680</td></tr>"
        u"<tr><td>National Living/Minimum Wage</td><td>23500</td></tr></tbody></table>"
        u"<p>Apprenticeship starts last year, and workers directly benefiting from the National Living and Minimum "
        u"Wages (latest, 2018 summary)</p><p>"_s
            + expectedSourceLine.toHtmlEscaped() + u"</p>"_s);
}

void TestChartDescription::accessibleDescription()
{
    Fixture fixture(embeddedFactsheet());
    QCOMPARE(
        ChartDescriptions::describe(&fixture.model, ChartMembership::funding).accessibleDescription(),
        u"Local funding in Stoke-on-Trent & Staffordshire: Housebuilding infrastructure £10,000,000; Bericote Four "
        u"Ashes Business Park £2,800,000; Cobra Biologics £2,600,000; Stafford College Science & Technology Centre "
        u"£2,000,000. Industrial Strategy funding lines for the area, largest first; national programmes are not "
        u"the area's money and are not shown"_s);
}

void TestChartDescription::emptyModelSaysSo()
{
    FactsheetModel empty;
    const ChartDescription chart = ChartDescriptions::describe(&empty, ChartMembership::funding);
    QVERIFY(chart.isEmpty());
    QCOMPARE(chart.emptyText, u"No local funding lines."_s);
    QCOMPARE(chart.sourceLine, QString());
    QVERIFY(ChartDescriptions::describe(nullptr, ChartMembership::employment).isEmpty());
    QVERIFY(ChartDescriptions::describe(&empty, u"no-such-chart"_s).isEmpty());
}

void TestChartDescription::readsAnyModelThroughRoles()
{
    // Behind a sorting proxy the bars are the same; their indexes are the proxy's.
    Fixture fixture(embeddedFactsheet());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&fixture.model);
    proxy.sort(FactsheetModel::TitleColumn, Qt::DescendingOrder);
    const ChartDescription direct = ChartDescriptions::describe(&fixture.model, ChartMembership::funding);
    const ChartDescription viaProxy = ChartDescriptions::describe(&proxy, ChartMembership::funding);
    QCOMPARE(barsOf(viaProxy), barsOf(direct));
    QCOMPARE(viaProxy.bars.at(0).index.model(), &proxy);
}

void TestChartDescription::init()
{
    TestOutput::watch();
}

QTEST_GUILESS_MAIN(TestChartDescription)
#include "tst_chartdescription.moc"
