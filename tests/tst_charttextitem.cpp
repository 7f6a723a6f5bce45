// ChartTextItem, the one text of a chart: wrapped at spaces to its room and never inside a word,
// aligned in that room, hidden when empty, and honest about whether it fits.
#include "charttextitem.h"
#include "charttheme.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QFont chartFont()
{
    return ChartTheme::presentation(QSizeF(1920, 1080)).font(24);
}

qreal advance(const QString &text)
{
    return QFontMetricsF(chartFont()).horizontalAdvance(text);
}

} // namespace

class TestChartTextItem final : public QObject
{
    Q_OBJECT

private slots:
    void emptyTextShowsNothing();
    void withoutRoomOneLineAsWideAsItsText();
    void wrapsAtSpaces_data();
    void wrapsAtSpaces();
    void aWordWiderThanItsRoomDoesNotFit();
    void newlinesBreakLinesAndTheTextStaysAsGiven();
    void takesItsColour();
};

void TestChartTextItem::emptyTextShowsNothing()
{
    ChartTextItem item;
    item.setText(QString(), chartFont(), Qt::black, 300);
    QVERIFY(!item.isVisible());
    QCOMPARE(item.height(), 0.0);
}

void TestChartTextItem::withoutRoomOneLineAsWideAsItsText()
{
    const QString text = u"Local funding in Stoke-on-Trent & Staffordshire"_s;
    ChartTextItem item;
    item.setText(text, chartFont(), Qt::black);
    QVERIFY(item.isVisible());
    QVERIFY(item.fits());
    QCOMPARE(item.boundingRect().width(), advance(text));
    ChartTextItem oneWord;
    oneWord.setText(u"Local"_s, chartFont(), Qt::black);
    QCOMPARE(item.height(), oneWord.height());
}

void TestChartTextItem::wrapsAtSpaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("alignment");

    const QString name = u"Stafford College Science & Technology Centre"_s;
    QTest::newRow("fits on one line") << name << name << 1 << int(Qt::AlignLeft);
    QTest::newRow("two lines, left") << name << u"Stafford College Science &"_s << 2 << int(Qt::AlignLeft);
    QTest::newRow("two lines, right") << name << u"Stafford College Science &"_s << 2 << int(Qt::AlignRight);
    QTest::newRow("one word a line") << u"Bericote Four Ashes"_s << u"Bericote"_s << 3 << int(Qt::AlignRight);
}

void TestChartTextItem::wrapsAtSpaces()
{
    QFETCH(QString, text);
    QFETCH(QString, firstLine);
    QFETCH(int, lines);
    QFETCH(int, alignment);
    // Room for the first line and a little more, never for its next word.
    const qreal room = std::ceil(advance(firstLine)) + 2;
    ChartTextItem item;
    item.setText(text, chartFont(), Qt::black, room, Qt::Alignment(alignment));
    ChartTextItem line;
    line.setText(firstLine, chartFont(), Qt::black);
    QVERIFY(item.fits());
    // As wide as its room whatever the alignment, so right-aligned labels end at the same place.
    QCOMPARE(item.boundingRect().width(), room);
    QCOMPARE(item.height(), lines * line.height());
}

void TestChartTextItem::aWordWiderThanItsRoomDoesNotFit()
{
    ChartTextItem item;
    item.setText(u"Housebuilding infrastructure"_s, chartFont(), Qt::black, advance(u"Housebuilding"_s) / 2);
    QVERIFY(!item.fits());
    ChartTextItem line;
    line.setText(u"Housebuilding"_s, chartFont(), Qt::black);
    // Broken at the space only: two lines, each word whole.
    QCOMPARE(item.height(), 2 * line.height());
}

void TestChartTextItem::newlinesBreakLinesAndTheTextStaysAsGiven()
{
    const QString text = u"Apprenticeship starts\n(2017/18)"_s;
    ChartTextItem item;
    item.setText(text, chartFont(), Qt::black);
    ChartTextItem line;
    line.setText(u"Apprenticeship starts"_s, chartFont(), Qt::black);
    QCOMPARE(item.text(), text);
    QCOMPARE(item.height(), 2 * line.height());
    QCOMPARE(item.boundingRect().width(), advance(u"Apprenticeship starts"_s));
}

void TestChartTextItem::takesItsColour()
{
    ChartTextItem item;
    item.setText(u"£10,000,000"_s, chartFont(), QColor(0x40, 0x40, 0x40));
    QCOMPARE(item.colour(), QColor(0x40, 0x40, 0x40));
}

QTEST_MAIN(TestChartTextItem)
#include "tst_charttextitem.moc"
