// Names as messages show them: a name can hold a line break, a terminal's escape sequence or a
// right-to-left override, and bytes that are not UTF-8; none of them reaches a terminal or a window as it is.
#include "readers/loadresult.h"
#include "shownname.h"
#include "testoutput.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestShownName final : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestOutput::watch(); }
    void names_data();
    void names();
    void bytes_data();
    void bytes();
    void loadErrorsShowTheNameEscaped();
};

void TestShownName::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"/tmp/summary.txt"_s << u"/tmp/summary.txt"_s;
    QTest::newRow("spaces, £ and accents kept") << u"Stoke £ café.json"_s << u"Stoke £ café.json"_s;
    QTest::newRow("a colour escape") << u"\x1B[31mred.json"_s << u"\\x1B[31mred.json"_s;
    QTest::newRow("line breaks and a tab") << u"a\nb\r\tc"_s << u"a\\nb\\r\\tc"_s;
    QTest::newRow("NUL, BEL and DEL") << QString(u"a\0b\ac\x7F"_s) << u"a\\x00b\\x07c\\x7F"_s;
    QTest::newRow("a C1 control (CSI)") << u"a\u009B31m"_s << u"a\\u009B31m"_s;
    QTest::newRow("right-to-left override") << u"invoice\u202Efdp.exe"_s << u"invoice\\u202Efdp.exe"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
    QTest::newRow("a lone surrogate") << QString(QChar(0xD800)) << u"\\uD800"_s;
    QTest::newRow("a format character past the BMP") << u"a\U000E0001b"_s << u"a\\U000E0001b"_s;
    QTest::newRow("an emoji kept") << u"chart \U0001F4CA.png"_s << u"chart \U0001F4CA.png"_s;
    // Shown twice over, the same: backslashes are kept as they are.
    QTest::newRow("already shown") << u"a\\x1Bb\\n"_s << u"a\\x1Bb\\n"_s;
}

void TestShownName::names()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(ShownName::of(name), shown);
    QCOMPARE(ShownName::of(ShownName::of(name)), shown);
}

void TestShownName::bytes_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("UTF-8") << QByteArray("caf\xC3\xA9 \xC2\xA3.json") << u"café £.json"_s;
    QTest::newRow("FF FE") << QByteArray("/tmp/\xFF\xFE.json") << u"/tmp/\\xFF\\xFE.json"_s;
    QTest::newRow("Latin-1 é") << QByteArray("caf\xE9.txt") << u"caf\\xE9.txt"_s;
    QTest::newRow("a sequence cut short") << QByteArray("a\xE2\x82") << u"a\\xE2\\x82"_s;
    QTest::newRow("an overlong slash") << QByteArray("\xC0\xAF") << u"\\xC0\\xAF"_s;
    QTest::newRow("a surrogate in UTF-8") << QByteArray("\xED\xA0\x80") << u"\\xED\\xA0\\x80"_s;
    QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << u"\\xF4\\x90\\x80\\x80"_s;
    QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x93\x8A") << u"\U0001F4CA"_s;
    QTest::newRow("controls among bad bytes") << QByteArray("\x1B\xFF\n") << u"\\x1B\\xFF\\n"_s;
}

void TestShownName::bytes()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, shown);
    QCOMPARE(ShownName::ofBytes(name), shown);
}

void TestShownName::loadErrorsShowTheNameEscaped()
{
    const LoadError error {u"/tmp/\x1B[2J\nsummary.txt"_s, u"line 3"_s, u"expected a figure"_s};
    QCOMPARE(error.text(), u"/tmp/\\x1B[2J\\nsummary.txt: line 3: expected a figure"_s);
    const LoadError whole {u"bell\a.json"_s, QString(), u"a directory"_s};
    QCOMPARE(whole.text(), u"bell\\x07.json: a directory"_s);
}

QTEST_GUILESS_MAIN(TestShownName)
#include "tst_shownname.moc"
