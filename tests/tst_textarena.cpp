// The strings of a large document, written into shared buffers: each is the string
// QString::fromUtf8() would give, behaves as any QString, and outlives the arena.
#include "readers/json/textarena.h"
#include "testoutput.h"

#include <QTest>

#include <string_view>

using namespace Qt::StringLiterals;

namespace {

// Whether two strings share one allocation (Qt's isSharedWith() also asks for the same start).
bool sameBuffer(const QString &a, const QString &b)
{
    QString first = a;
    QString second = b;
    return first.data_ptr().d_ptr() == second.data_ptr().d_ptr();
}

} // namespace

class TestTextArena final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameAsFromUtf8_data();
    void sameAsFromUtf8();
    void emptyIsNull();
    void stringsShareABuffer();
    void eachEndsInNul();
    void outlivesTheArena();
    void changingOneLeavesTheOthers();
    void fillsBufferAfterBuffer();
    void longStringStandsAlone();
};

void TestTextArena::init()
{
    TestOutput::watch();
}

void TestTextArena::sameAsFromUtf8_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("ASCII") << QByteArray("Cobra Biologics");
    QTest::newRow("pound sign") << QByteArray("\xc2\xa3"
                                              "2.6m");
    QTest::newRow("no-break space") << QByteArray("Population:\xc2\xa0"
                                                  "1,138,100");
    QTest::newRow("en dash and curly quotes") << QByteArray("2010\xe2\x80\x93"
                                                            "2018 \xe2\x80\x9cSTC\xe2\x80\x9d");
    QTest::newRow("outside the BMP") << QByteArray("\xf0\x9f\x93\x88 growth");
    QTest::newRow("leading BOM dropped") << QByteArray("\xef\xbb\xbf"
                                                       "Stafford");
    QTest::newRow("one character") << QByteArray("x");
}

void TestTextArena::sameAsFromUtf8()
{
    QFETCH(QByteArray, utf8);
    TextArena arena;
    const QString text = arena.fromUtf8(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    QCOMPARE(text, QString::fromUtf8(utf8));
    QCOMPARE(text.size(), QString::fromUtf8(utf8).size());
}

void TestTextArena::emptyIsNull()
{
    TextArena arena;
    QVERIFY(arena.fromUtf8({}).isNull());
    QVERIFY(arena.fromUtf8("").isNull());
}

void TestTextArena::stringsShareABuffer()
{
    TextArena arena;
    const QString first = arena.fromUtf8("Cobra Biologics");
    const QString second = arena.fromUtf8("Bericote Four Ashes");
    // One allocation: the second string's units follow the first's and its NUL.
    QCOMPARE(second.constData(), first.constData() + first.size() + 1);
    QVERIFY(sameBuffer(first, second));
}

void TestTextArena::eachEndsInNul()
{
    TextArena arena;
    const QString first = arena.fromUtf8("£10m");
    const QString second = arena.fromUtf8("housebuilding");
    QCOMPARE(first.constData()[first.size()], QChar(u'\0'));
    QCOMPARE(second.constData()[second.size()], QChar(u'\0'));
    QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(first.utf16())), u"£10m"_s);
}

void TestTextArena::outlivesTheArena()
{
    QString kept;
    QString copy;
    {
        TextArena arena;
        kept = arena.fromUtf8("Stafford College Science & Technology Centre");
        copy = kept;
        arena.fromUtf8("another string, dropped at once");
    }
    QCOMPARE(kept, u"Stafford College Science & Technology Centre"_s);
    QCOMPARE(copy, kept);
    kept.clear();
    QCOMPARE(copy, u"Stafford College Science & Technology Centre"_s);
}

void TestTextArena::changingOneLeavesTheOthers()
{
    TextArena arena;
    QString first = arena.fromUtf8("Cobra");
    const QString second = arena.fromUtf8("Biologics");
    first += u" Biologics Ltd"_s; // would run into the second string's units if it did not detach
    first[0] = u'K';
    QCOMPARE(first, u"Kobra Biologics Ltd"_s);
    QCOMPARE(second, u"Biologics"_s);
    QVERIFY(!sameBuffer(first, second));
}

void TestTextArena::fillsBufferAfterBuffer()
{
    // A small first buffer, then full-sized ones: every string intact across the boundaries.
    TextArena arena(100);
    QList<QString> strings;
    for (int i = 0; i < 200'000; ++i)
        strings << arena.fromUtf8(QByteArray("line-").append(QByteArray::number(i)).toStdString());
    for (int i = 0; i < 200'000; ++i)
        QCOMPARE(strings.at(i), u"line-%1"_s.arg(i));
    QVERIFY(!sameBuffer(strings.first(), strings.last()));
    QVERIFY(sameBuffer(strings.at(1), strings.first()));
}

void TestTextArena::longStringStandsAlone()
{
    TextArena arena;
    const std::string longText(TextArena::bufferUnits, 'a');
    const QString small = arena.fromUtf8("small");
    const QString large = arena.fromUtf8(longText);
    QCOMPARE(large.size(), TextArena::bufferUnits);
    QVERIFY(!sameBuffer(large, small));
    QCOMPARE(arena.fromUtf8("next").constData(), small.constData() + small.size() + 1);
}

QTEST_GUILESS_MAIN(TestTextArena)
#include "tst_textarena.moc"
