// Money on charts as the summary prints it: the short form only where it is exact, everything else
// as printed.
#include "testoutput.h"
#include "valuelabels.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

class TestValueLabels final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shortPounds_data();
    void shortPounds();
    void barText_data();
    void barText();
    void tickText_data();
    void tickText();
    void styleNames();
};

void TestValueLabels::init()
{
    TestOutput::watch();
}

void TestValueLabels::shortPounds_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("text");

    QTest::newRow("under a thousand stays exact") << qint64(950) << u"£950"_s;
    QTest::newRow("nothing") << qint64(0) << u"£0"_s;
    QTest::newRow("£750k") << qint64(750'000) << u"£750k"_s;
    QTest::newRow("£2.5k") << qint64(2'500) << u"£2.5k"_s;
    QTest::newRow("£2,550 needs two decimals") << qint64(2'550) << u"£2,550"_s;
    QTest::newRow("£2.6m") << qint64(2'600'000) << u"£2.6m"_s;
    QTest::newRow("£10m, no trailing .0") << qint64(10'000'000) << u"£10m"_s;
    QTest::newRow("£6.5m") << qint64(6'500'000) << u"£6.5m"_s;
    QTest::newRow("£2,650,000 is not rounded") << qint64(2'650'000) << u"£2,650,000"_s;
    QTest::newRow("£1,234,567 is not rounded") << qint64(1'234'567) << u"£1,234,567"_s;
    QTest::newRow("£1,050,000 stays exact, not £1,050k") << qint64(1'050'000) << u"£1,050,000"_s;
    QTest::newRow("£1.2bn") << qint64(1'200'000'000) << u"£1.2bn"_s;
    QTest::newRow("£45bn") << qint64(45'000'000'000) << u"£45bn"_s;
    QTest::newRow("£1,500bn grouped") << qint64(1'500'000'000'000) << u"£1,500bn"_s;
    QTest::newRow("£1,250,000,000 is not rounded") << qint64(1'250'000'000) << u"£1,250,000,000"_s;
    QTest::newRow("£999,999 is not rounded up") << qint64(999'999) << u"£999,999"_s;
}

void TestValueLabels::shortPounds()
{
    QFETCH(qint64, amount);
    QFETCH(QString, text);
    QCOMPARE(ValueLabels::shortPounds(amount), text);
}

void TestValueLabels::barText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("valueText");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("shortText");

    const int pounds = int(ChartValueKind::Pounds);
    QTest::newRow("£10m") << 10e6 << u"£10,000,000"_s << pounds << u"£10,000,000"_s << u"£10m"_s;
    QTest::newRow("£2.6m") << 2.6e6 << u"£2,600,000"_s << pounds << u"£2,600,000"_s << u"£2.6m"_s;
    QTest::newRow("£2,650,000 not rounded")
        << 2.65e6 << u"£2,650,000"_s << pounds << u"£2,650,000"_s << u"£2,650,000"_s;
    QTest::newRow("a count stays as printed")
        << 548800.0 << u"548,800 people"_s << int(ChartValueKind::Count) << u"548,800 people"_s << u"548,800 people"_s;
    QTest::newRow("pence kept") << 2.31 << u"£2.31"_s << int(ChartValueKind::Pence) << u"£2.31"_s << u"£2.31"_s;
    QTest::newRow("a share stays") << 57.5 << u"57.5%"_s << int(ChartValueKind::Percent) << u"57.5%"_s << u"57.5%"_s;
    QTest::newRow("a label that is not the plain figure stays")
        << 2.6e6 << u"up to £2,600,000"_s << pounds << u"up to £2,600,000"_s << u"up to £2,600,000"_s;
}

void TestValueLabels::barText()
{
    QFETCH(double, value);
    QFETCH(QString, valueText);
    QFETCH(int, kind);
    QFETCH(QString, exact);
    QFETCH(QString, shortText);
    ChartBar bar;
    bar.value = value;
    bar.valueText = valueText;
    QCOMPARE(ValueLabels::barText(bar, ChartValueKind(kind), ValueLabels::Style::Exact), exact);
    QCOMPARE(ValueLabels::barText(bar, ChartValueKind(kind), ValueLabels::Style::Short), shortText);
}

void TestValueLabels::tickText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("shortText");

    const int pounds = int(ChartValueKind::Pounds);
    QTest::newRow("£1m") << pounds << 1e6 << u"£1,000,000"_s << u"£1m"_s;
    QTest::newRow("£1bn") << pounds << 1e9 << u"£1,000,000,000"_s << u"£1bn"_s;
    QTest::newRow("£0") << pounds << 0.0 << u"£0"_s << u"£0"_s;
    QTest::newRow("a count") << int(ChartValueKind::Count) << 600000.0 << u"600k"_s << u"600k"_s;
    QTest::newRow("pence") << int(ChartValueKind::Pence) << 10.0 << u"£10"_s << u"£10"_s;
    QTest::newRow("a tenth of a pound") << int(ChartValueKind::Pence) << 0.1 << u"£0.1"_s << u"£0.1"_s;
    QTest::newRow("a hundredth of a percent") << int(ChartValueKind::Percent) << 0.01 << u"0.01%"_s << u"0.01%"_s;
}

void TestValueLabels::tickText()
{
    QFETCH(int, kind);
    QFETCH(double, value);
    QFETCH(QString, exact);
    QFETCH(QString, shortText);
    ChartDescription chart;
    chart.valueKind = ChartValueKind(kind);
    QCOMPARE(ValueLabels::tickText(chart, value, ValueLabels::Style::Exact), exact);
    QCOMPARE(ValueLabels::tickText(chart, value, ValueLabels::Style::Short), shortText);
}

void TestValueLabels::styleNames()
{
    QCOMPARE(ValueLabels::styleNames(), QStringList({u"exact"_s, u"short"_s}));
    QCOMPARE(ValueLabels::styleFromName(u"short"_s), ValueLabels::Style::Short);
    QCOMPARE(ValueLabels::styleFromName(u"exact"_s), ValueLabels::Style::Exact);
    QCOMPARE(ValueLabels::styleFromName(u"Short"_s), std::nullopt);
    QCOMPARE(ValueLabels::nameOf(ValueLabels::Style::Short), u"short"_s);
}

QTEST_GUILESS_MAIN(TestValueLabels)
#include "tst_valuelabels.moc"
