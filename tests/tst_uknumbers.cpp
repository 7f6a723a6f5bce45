// How every number reads (en_GB, whole pounds) and how a figure as printed on the factsheet is
// turned back into the value it states.
#include "testoutput.h"
#include "uknumbers.h"

#include <QDate>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

class TestUkNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pounds_data();
    void pounds();
    void shortPounds_data();
    void shortPounds();
    void count_data();
    void count();
    void month_data();
    void month();
    void parseQuotedFigure_data();
    void parseQuotedFigure();
    void readQuotedFigureSaysTooLarge_data();
    void readQuotedFigureSaysTooLarge();
    void poundSignLength_data();
    void poundSignLength();
};

void TestUkNumbers::pounds_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"£0"_s;
    QTest::newRow("under a thousand") << qint64(950) << u"£950"_s;
    QTest::newRow("one thousand") << qint64(1000) << u"£1,000"_s;
    QTest::newRow("£2m") << qint64(2000000) << u"£2,000,000"_s;
    QTest::newRow("£2.6m") << qint64(2600000) << u"£2,600,000"_s;
    QTest::newRow("£10m") << qint64(10000000) << u"£10,000,000"_s;
    QTest::newRow("£17.4m local total") << qint64(17400000) << u"£17,400,000"_s;
    QTest::newRow("£45bn") << qint64(45000000000) << u"£45,000,000,000"_s;
}

void TestUkNumbers::pounds()
{
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    QCOMPARE(UkNumbers::pounds(amount), expected);
}

void TestUkNumbers::shortPounds_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("text");

    QTest::newRow("nothing") << qint64(0) << u"£0"_s;
    QTest::newRow("pounds") << qint64(950) << u"£950"_s;
    QTest::newRow("thousands") << qint64(500000) << u"£500k"_s;
    QTest::newRow("millions") << qint64(2000000) << u"£2m"_s;
    QTest::newRow("millions and a half") << qint64(2500000) << u"£2.5m"_s;
    QTest::newRow("ten millions") << qint64(10000000) << u"£10m"_s;
    QTest::newRow("grouped billions") << qint64(1500000000000) << u"£1,500bn"_s;
    QTest::newRow("billions") << qint64(45000000000) << u"£45bn"_s;
}

void TestUkNumbers::shortPounds()
{
    QFETCH(qint64, amount);
    QFETCH(QString, text);
    QCOMPARE(UkNumbers::shortPounds(amount), text);
}

void TestUkNumbers::count_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("no grouping needed") << qint64(999) << u"999"_s;
    QTest::newRow("apprenticeship starts") << qint64(8680) << u"8,680"_s;
    QTest::newRow("businesses") << qint64(46190) << u"46,190"_s;
    QTest::newRow("employment") << qint64(548800) << u"548,800"_s;
    QTest::newRow("population") << qint64(1126200) << u"1,126,200"_s;
    QTest::newRow("beyond 32 bits") << qint64(45000000000) << u"45,000,000,000"_s;
}

void TestUkNumbers::count()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(UkNumbers::count(value), expected);
}

void TestUkNumbers::month_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("STC opened") << QDate(2017, 9, 1) << u"September 2017"_s;
    QTest::newRow("day is ignored") << QDate(2018, 12, 31) << u"December 2018"_s;
}

void TestUkNumbers::month()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(UkNumbers::month(date), expected);
}

void TestUkNumbers::parseQuotedFigure_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("value");

    // Every form the factsheet prints.
    QTest::newRow("£2.6m") << u"£2.6m"_s << true << qint64(2600000);
    QTest::newRow("£10m") << u"£10m"_s << true << qint64(10000000);
    QTest::newRow("£2.8m") << u"£2.8m"_s << true << qint64(2800000);
    QTest::newRow("£2m") << u"£2m"_s << true << qint64(2000000);
    QTest::newRow("£45bn") << u"£45bn"_s << true << qint64(45000000000);
    QTest::newRow("548,800") << u"548,800"_s << true << qint64(548800);
    // The other summaries' forms: magnitudes in words, after a space or none.
    QTest::newRow("£0.4m") << u"£0.4m"_s << true << qint64(400000);
    QTest::newRow("£750k") << u"£750k"_s << true << qint64(750000);
    QTest::newRow("£3 million") << u"£3 million"_s << true << qint64(3000000);
    QTest::newRow("£1.1 million") << u"£1.1 million"_s << true << qint64(1100000);
    QTest::newRow("£3million") << u"£3million"_s << true << qint64(3000000);
    QTest::newRow("£1.2 billion") << u"£1.2 billion"_s << true << qint64(1200000000);
    QTest::newRow("£750 thousand") << u"£750 thousand"_s << true << qint64(750000);
    QTest::newRow("two spaces before million") << u"£3  million"_s << false << qint64(0);
    QTest::newRow("millions") << u"£3 millions"_s << false << qint64(0);
    QTest::newRow("million without £") << u"3 million"_s << false << qint64(0);
    // Issue 18: every form with one meaning is read; any letter case, spaced thousands, the signs.
    QTest::newRow("Million capitalised") << u"£3 Million"_s << true << qint64(3000000);
    QTest::newRow("MILLION in capitals") << u"£3 MILLION"_s << true << qint64(3000000);
    QTest::newRow("M capitalised") << u"£2.6M"_s << true << qint64(2600000);
    QTest::newRow("BN capitalised") << u"£45BN"_s << true << qint64(45000000000);
    QTest::newRow("thousand million: a billion") << u"£5 thousand million"_s << true << qint64(5000000000);
    QTest::newRow("Thousand Million capitalised") << u"£5 Thousand Million"_s << true << qint64(5000000000);
    QTest::newRow("spaced thousands") << u"£1 000 000"_s << true << qint64(1000000);
    QTest::newRow("spaced thousands, no-break") << u"£1\u00A0000\u00A0000"_s << true << qint64(1000000);
    QTest::newRow("spaced count") << u"1 126 200"_s << true << qint64(1126200);
    QTest::newRow("spaced thousands then million") << u"£100 000 million"_s << true << qint64(100000000000);
    QTest::newRow("full-width pound sign") << u"\uFFE15m"_s << true << qint64(5000000);
    QTest::newRow("lira sign") << u"\u20A45m"_s << true << qint64(5000000);
    QTest::newRow("GBP and a space") << u"GBP 5m"_s << true << qint64(5000000);
    QTest::newRow("GBP without a space") << u"GBP5m"_s << true << qint64(5000000);
    QTest::newRow("gbp in lower case") << u"gbp 5m"_s << false << qint64(0);
    QTest::newRow("GBP alone") << u"GBP"_s << false << qint64(0);
    QTest::newRow("commas and spaces mixed") << u"£1,000 000"_s << false << qint64(0);
    QTest::newRow("spaces and commas mixed") << u"£1 000,000"_s << false << qint64(0);
    QTest::newRow("spaced group of two") << u"£1 00"_s << false << qint64(0);
    QTest::newRow("four digits before a spaced group") << u"£1000 000"_s << false << qint64(0);
    QTest::newRow("fraction of a count") << u"1,126,200.5"_s << false << qint64(0);
    QTest::newRow("pence through a word") << u"£1.1234567 million"_s << false << qint64(0);
    QTest::newRow("1,126,200") << u"1,126,200"_s << true << qint64(1126200);
    QTest::newRow("8,680") << u"8,680"_s << true << qint64(8680);
    QTest::newRow("46,190") << u"46,190"_s << true << qint64(46190);
    // Other forms a factsheet may print.
    QTest::newRow("£950") << u"£950"_s << true << qint64(950);
    QTest::newRow("£1,000") << u"£1,000"_s << true << qint64(1000);
    QTest::newRow("£0.5m") << u"£0.5m"_s << true << qint64(500000);
    QTest::newRow("£1.25bn") << u"£1.25bn"_s << true << qint64(1250000000);
    // Two decimals of thousands are still whole pounds: £2,650.
    QTest::newRow("£2.65k") << u"£2.65k"_s << true << qint64(2650);
    QTest::newRow("0") << u"0"_s << true << qint64(0);

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("words") << u"ten"_s << false << qint64(0);
    QTest::newRow("suffix without £") << u"2.6m"_s << false << qint64(0);
    QTest::newRow("pence") << u"£2.65"_s << false << qint64(0);
    QTest::newRow("pence behind a suffix") << u"£2.6505k"_s << false << qint64(0);
    QTest::newRow("decimal count") << u"548.8"_s << false << qint64(0);
    QTest::newRow("bad grouping") << u"1,2345"_s << false << qint64(0);
    QTest::newRow("negative") << u"£-5"_s << false << qint64(0);
    QTest::newRow("space after £") << u"£ 2.6m"_s << false << qint64(0);
    QTest::newRow("unknown suffix") << u"£2.6x"_s << false << qint64(0);
    QTest::newRow("too large for 64 bits") << u"£99999999999bn"_s << false << qint64(0);
    QTest::newRow("leading zero") << u"0012"_s << false << qint64(0);
    QTest::newRow("leading zero in money") << u"£02m"_s << false << qint64(0);
    QTest::newRow("leading zero before a group") << u"0,123"_s << false << qint64(0);
    QTest::newRow("group of two") << u"1,23"_s << false << qint64(0);
    QTest::newRow("four digits before a group") << u"1234,567"_s << false << qint64(0);
    QTest::newRow("point without decimals") << u"£2.m"_s << false << qint64(0);
    QTest::newRow("grouping after the point") << u"£2.6,000m"_s << false << qint64(0);
}

void TestUkNumbers::parseQuotedFigure()
{
    QFETCH(QString, quote);
    QFETCH(bool, accepted);
    QFETCH(qint64, value);

    const std::optional<qint64> parsed = UkNumbers::parseQuotedFigure(quote);
    QCOMPARE(parsed.has_value(), accepted);
    if (accepted)
        QCOMPARE(*parsed, value);
}

void TestUkNumbers::readQuotedFigureSaysTooLarge_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("tooLarge");

    QTest::newRow("18 digits: read") << u"£900,000,000,000,000,000"_s << false;
    QTest::newRow("19 digits") << u"£9,000,000,000,000,000,000"_s << true;
    QTest::newRow("21-digit count") << u"123456789012345678901"_s << true;
    QTest::newRow("past 64 bits by its magnitude") << u"£99999999999bn"_s << true;
    QTest::newRow("malformed, not too large") << u"£1,2345"_s << false;
}

void TestUkNumbers::readQuotedFigureSaysTooLarge()
{
    QFETCH(QString, quote);
    QFETCH(bool, tooLarge);

    const UkNumbers::QuotedFigure figure = UkNumbers::readQuotedFigure(quote);
    QCOMPARE(figure.tooLarge, tooLarge);
    QCOMPARE(figure.value.has_value(), quote == u"£900,000,000,000,000,000"_s);
}

void TestUkNumbers::poundSignLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("at");
    QTest::addColumn<int>("length");

    QTest::newRow("£") << u"£2m"_s << 0 << 1;
    QTest::newRow("full-width") << u"\uFFE12m"_s << 0 << 1;
    QTest::newRow("lira") << u"\u20A42m"_s << 0 << 1;
    QTest::newRow("GBP and a space") << u"a GBP 2m"_s << 2 << 4;
    QTest::newRow("GBP") << u"GBP2m"_s << 0 << 3;
    QTest::newRow("GBP inside a word") << u"XGBP 2m"_s << 1 << 0;
    QTest::newRow("GBP before a word") << u"GBP rates"_s << 0 << 0;
    QTest::newRow("a digit") << u"2m"_s << 0 << 0;
    QTest::newRow("past the end") << u"£"_s << 1 << 0;
}

void TestUkNumbers::poundSignLength()
{
    QFETCH(QString, text);
    QFETCH(int, at);
    QFETCH(int, length);

    QCOMPARE(UkNumbers::poundSignLength(text, at), qsizetype(length));
}

void TestUkNumbers::init()
{
    TestOutput::watch();
}

QTEST_GUILESS_MAIN(TestUkNumbers)
#include "tst_uknumbers.moc"
