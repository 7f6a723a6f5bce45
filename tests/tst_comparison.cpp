// The selected lines compared in words and shares, by the rounding rule: ratios to one decimal,
// shares to a tenth of a percent; two lines against each other, more each against the largest; the
// national programmes named, never compared.
#include "comparison.h"
#include "embeddedfactsheet.h"
#include "factsheetmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    Fixture() { model.setFactsheet(embeddedFactsheet()); }
    void select(const QStringList &entities)
    {
        QItemSelection chosen;
        for (const QString &entity : entities) {
            const QModelIndex index = model.indexOfEntity(entity);
            chosen.select(index, index);
        }
        selection.select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    FactsheetModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QItemSelectionModel selection {&model};
};

const QString cobra = u"fundingLine/cobra-biologics"_s;
const QString housing = u"fundingLine/housebuilding-infrastructure"_s;
const QString bericote = u"fundingLine/bericote-four-ashes"_s;
const QString stc = u"fundingLine/stafford-college-stc"_s;
const QString national = u"fundingLine/industrial-strategy-programmes"_s;

} // namespace

class TestComparison final : public QObject
{
    Q_OBJECT

private slots:
    void twoLines();
    void moreLinesEachAgainstTheLargest();
    void nationalLineIsNamedNotCompared();
    void nothingSelected();
    void normalisedBars();
    void ratios_data();
    void ratios();
};

void TestComparison::twoLines()
{
    Fixture fixture;
    fixture.select({cobra, housing});
    const Comparison comparison = Comparison::of(&fixture.selection);
    QCOMPARE(comparison.differences,
             QStringList {u"Housebuilding infrastructure (£10,000,000) is 3.8 times Cobra Biologics (£2,600,000); "
                          u"£7,400,000 more"_s});
    QCOMPARE(comparison.shares,
             (QStringList {u"Housebuilding infrastructure: 57.5% of the local total (£17,400,000)"_s,
                           u"Cobra Biologics: 14.9% of the local total (£17,400,000)"_s}));
    QCOMPARE(comparison.chart.bars.size(), 2);
    QCOMPARE(comparison.chart.bars.at(0).label, u"Housebuilding infrastructure"_s);
    QCOMPARE(comparison.chart.bars.at(1).valueText, u"£2,600,000"_s);
    QCOMPARE(comparison.chart.bars.at(1).index, QPersistentModelIndex(fixture.model.indexOfEntity(cobra)));
    QCOMPARE(comparison.notCompared, QStringList());
    QVERIFY(comparison.text().contains(u"is 3.8 times"_s));
}

void TestComparison::moreLinesEachAgainstTheLargest()
{
    Fixture fixture;
    fixture.select({stc, bericote, housing});
    const Comparison comparison = Comparison::of(&fixture.selection);
    QCOMPARE(comparison.differences,
             (QStringList {u"Housebuilding infrastructure (£10,000,000) is 3.6 times Bericote Four Ashes Business Park "
                           u"(£2,800,000); £7,200,000 more"_s,
                           u"Housebuilding infrastructure (£10,000,000) is 5.0 times Stafford College Science & "
                           u"Technology Centre (£2,000,000); £8,000,000 more"_s}));
    QCOMPARE(comparison.chart.subtitle, u"3 lines selected, largest first"_s);
}

void TestComparison::nationalLineIsNamedNotCompared()
{
    Fixture fixture;
    fixture.select({national, cobra, u"figure/employment"_s});
    const Comparison comparison = Comparison::of(&fixture.selection);
    QCOMPARE(
        comparison.notCompared,
        QStringList {u"Industrial Strategy programmes: national programme — not compared with the area's lines"_s});
    QCOMPARE(comparison.chart.bars.size(), 1);
    QCOMPARE(comparison.differences, QStringList());
    QCOMPARE(comparison.shares, QStringList {u"Cobra Biologics: 14.9% of the local total (£17,400,000)"_s});
}

void TestComparison::nothingSelected()
{
    Fixture fixture;
    const Comparison comparison = Comparison::of(&fixture.selection);
    QVERIFY(comparison.chart.bars.isEmpty());
    QCOMPARE(comparison.text(),
             u"Select funding lines to compare them: Ctrl+click or Shift+click in the table or on "
             u"the bars."_s);
}

void TestComparison::normalisedBars()
{
    Fixture fixture;
    fixture.model.setNormalisation(Normalisation::PerResident);
    fixture.select({cobra, housing});
    const Comparison comparison = Comparison::of(&fixture.selection);
    QCOMPARE(comparison.chart.bars.at(0).valueText, u"£8.88"_s);
    QCOMPARE(comparison.chart.bars.at(1).valueText, u"£2.31"_s);
    QCOMPARE(comparison.chart.bars.at(1).value, 2.31);
    QCOMPARE(comparison.chart.valueAxisTitle, u"Amount per resident (population 1,126,200)"_s);
    // The words stay in pounds, as the summary states them.
    QVERIFY(comparison.differences.first().contains(u"£7,400,000 more"_s));
}

void TestComparison::ratios_data()
{
    QTest::addColumn<qint64>("larger");
    QTest::addColumn<qint64>("smaller");
    QTest::addColumn<QString>("expected");
    QTest::newRow("3.846") << qint64(10000000) << qint64(2600000) << u"3.8"_s;
    QTest::newRow("3.571") << qint64(10000000) << qint64(2800000) << u"3.6"_s;
    QTest::newRow("half up") << qint64(125) << qint64(100) << u"1.3"_s;
    QTest::newRow("whole") << qint64(5) << qint64(1) << u"5.0"_s;
    QTest::newRow("thousands grouped") << qint64(1234500) << qint64(1) << u"1,234,500.0"_s;
    QTest::newRow("zero") << qint64(5) << qint64(0) << QString();
}

void TestComparison::ratios()
{
    QFETCH(qint64, larger);
    QFETCH(qint64, smaller);
    QFETCH(QString, expected);
    QCOMPARE(Comparison::ratioText(larger, smaller), expected);
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
