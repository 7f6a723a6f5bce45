// The reading order of a PDF's page rebuilt from its words' boxes (PdfLayout): columns found by the
// gutter that runs through them, whatever its width, however the columns' baselines fall; full-width
// blocks whole and in place; words hyphenated at a line's end rejoined; a turned page read upright.
// The pages here are typeset by the test itself, word by word, so that every case is exact.
#include "readers/pdflayout.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A toy typesetter: every letter `advance` points wide, a space `space` points, lines `pitch`
// points apart, words as tall as their type size.
struct Type
{
    double size = 9;
    double advance = 5;
    double space = 2.5;
    double pitch = 11;
};

// The words of `line`, set from (x, y), y the top of the line.
QList<PdfWords::Word> setLine(const QString &line, double x, double y, const Type &type = {})
{
    QList<PdfWords::Word> words;
    for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
        const double width = word.size() * type.advance;
        words.append({word, QRectF(x, y, width, type.size)});
        x += width + type.space;
    }
    return words;
}

// Lines set one under the other from (x, y); an empty line is a paragraph's gap.
QList<PdfWords::Word> setColumn(const QStringList &lines, double x, double y, const Type &type = {})
{
    QList<PdfWords::Word> words;
    for (const QString &line : lines) {
        words << setLine(line, x, y, type);
        y += type.pitch;
    }
    return words;
}

PdfWords::Page page(const QList<PdfWords::Word> &words)
{
    return {QSizeF(595, 842), words, 0};
}

// The left and right columns' lines of a small two-column page, and how they read.
const QStringList leftLines {u"Left one begins"_s, u"and goes on"_s, u"to its end."_s, QString(), u"Left two."_s};
const QStringList rightLines {u"Right one is"_s, u"set beside it"_s, u"line by line."_s};
const QString columnsRead
    = u"Left one begins and goes on to its end.\n\nLeft two.\n\nRight one is set beside it line by line.\n"_s;

// The width of the left column's widest line ("Left one begins": 13 letters and two spaces).
constexpr double leftWidth = 13 * 5 + 2 * 2.5;

// `page` turned clockwise by `turn` as a viewer would show it, with `turn` recorded.
PdfWords::Page turned(const PdfWords::Page &upright, int turn)
{
    const double width = upright.size.width();
    const double height = upright.size.height();
    PdfWords::Page result {turn % 180 ? upright.size.transposed() : upright.size, {}, turn};
    for (const PdfWords::Word &word : upright.words) {
        const QRectF &box = word.box;
        QRectF shown = box;
        if (turn == 90)
            shown = QRectF(height - box.bottom(), box.left(), box.height(), box.width());
        else if (turn == 180)
            shown = QRectF(width - box.right(), height - box.bottom(), box.width(), box.height());
        else if (turn == 270)
            shown = QRectF(box.top(), width - box.right(), box.height(), box.width());
        result.words.append({word.text, shown});
    }
    return result;
}

} // namespace

class TestPdfLayout final : public QObject
{
    Q_OBJECT

private slots:
    void columnsSharingBaselinesStayApart_data();
    void columnsSharingBaselinesStayApart();
    void columnsWithOffsetBaselines_data();
    void columnsWithOffsetBaselines();
    void fullWidthBlocksStayWholeAndInPlace();
    void aShortLastLineStaysWithItsParagraph();
    void threeColumns();
    void oneColumnWithRaggedLinesIsOneColumn();
    void spacesOfJustifiedLinesAreNoGutter();
    void aWordHyphenatedAtALineEndIsRejoined();
    void aTurnedPageReadsAsUpright_data();
    void aTurnedPageReadsAsUpright();
    void uprightTurnsBoxesBack();
    void pagesAreApartByAFormFeed();
    void manyWordsOnFewLinesAreLaidOut();
};

void TestPdfLayout::columnsSharingBaselinesStayApart_data()
{
    QTest::addColumn<double>("gutter");
    // From just wider than a space between words (the spaces here are 2.5 points, the gutter must
    // be at least 0.45 of the 9-point line) to a wide one.
    for (const double gutter : {4.5, 6.0, 9.0, 12.0, 24.0, 72.0, 200.0})
        QTest::addRow("gutter of %g points", gutter) << gutter;
}

void TestPdfLayout::columnsSharingBaselinesStayApart()
{
    QFETCH(double, gutter);
    QList<PdfWords::Word> words = setColumn(leftLines, 36, 100);
    words << setColumn(rightLines, 36 + leftWidth + gutter, 100);
    QCOMPARE(PdfLayout::text({page(words)}), columnsRead);
}

void TestPdfLayout::columnsWithOffsetBaselines_data()
{
    QTest::addColumn<double>("rightFrom");
    // The right column's first line above the left one's, level with it, or a little below.
    QTest::newRow("a line above") << 89.0;
    QTest::newRow("half a line above") << 94.5;
    QTest::newRow("a third of a line above") << 96.3;
    QTest::newRow("level") << 100.0;
    QTest::newRow("half a line below") << 105.5;
}

void TestPdfLayout::columnsWithOffsetBaselines()
{
    QFETCH(double, rightFrom);
    QList<PdfWords::Word> words = setColumn(leftLines, 36, 100);
    words << setColumn(rightLines, 36 + leftWidth + 12, rightFrom);
    QCOMPARE(PdfLayout::text({page(words)}), columnsRead);
}

void TestPdfLayout::fullWidthBlocksStayWholeAndInPlace()
{
    // A 20-point title across both columns, a full-width introduction, the columns, and a full-width
    // footer of two paragraphs.
    const Type title {20, 11, 5, 24};
    QList<PdfWords::Word> words = setLine(u"A Title Running Across Both Columns"_s, 36, 40, title);
    words << setColumn(
        {u"An introduction that runs across the whole width of the page,"_s, u"over where the gutter will be."_s}, 36,
        80);
    words << setColumn(leftLines, 36, 110);
    words << setColumn(rightLines, 36 + leftWidth + 12, 110);
    words << setColumn({u"A footer paragraph running across the whole page, under both columns."_s, QString(),
                        u"And a second footer paragraph of the same width as the first one is."_s},
                       36, 190);
    QCOMPARE(PdfLayout::text({page(words)}),
             u"A Title Running Across Both Columns\n\n"
             "An introduction that runs across the whole width of the page, over where the gutter will be.\n\n"_s
                 + columnsRead.chopped(1)
                 + u"\n\nA footer paragraph running across the whole page, under both columns.\n\n"
                   "And a second footer paragraph of the same width as the first one is.\n"_s);
}

void TestPdfLayout::aShortLastLineStaysWithItsParagraph()
{
    // The introduction's last line is short, left of the gutter, just above the columns: it ends
    // the introduction, it does not start the left column.
    QList<PdfWords::Word> words = setColumn(
        {u"An introduction that runs across the whole width of the page,"_s, u"and ends short."_s, QString()}, 36, 80);
    words << setColumn(leftLines, 36, 113);
    words << setColumn(rightLines, 36 + leftWidth + 12, 113);
    QCOMPARE(PdfLayout::text({page(words)}),
             u"An introduction that runs across the whole width of the page, and ends short.\n\n"_s + columnsRead);
}

void TestPdfLayout::threeColumns()
{
    QList<PdfWords::Word> words = setColumn(leftLines, 36, 100);
    words << setColumn(rightLines, 36 + leftWidth + 10, 100);
    words << setColumn({u"A third"_s, u"column of"_s, u"three lines."_s}, 36 + 2 * (leftWidth + 10), 100);
    QCOMPARE(PdfLayout::text({page(words)}), columnsRead.chopped(1) + u"\n\nA third column of three lines.\n"_s);
}

void TestPdfLayout::oneColumnWithRaggedLinesIsOneColumn()
{
    // Short lines leave the right of the page free, but no text stands beyond: no gutter.
    const QList<PdfWords::Word> words
        = setColumn({u"A long first line that sets the width of the text."_s, u"Short."_s, u"Shorter."_s, u"A line."_s,
                     u"Another longish line of the paragraph."_s},
                    36, 100);
    QCOMPARE(PdfLayout::text({page(words)}),
             u"A long first line that sets the width of the text. Short. Shorter. A line. Another longish line of "
             "the paragraph.\n"_s);
}

void TestPdfLayout::spacesOfJustifiedLinesAreNoGutter()
{
    // Justified lines whose widened spaces fall in one place on two lines in a row: a strip of
    // white through two lines is not yet a gutter.
    QList<PdfWords::Word> words;
    words << setLine(u"Justified"_s, 36, 100) << setLine(u"text with wide spaces"_s, 36 + 45 + 8, 100);
    words << setLine(u"Another"_s, 36, 111) << setLine(u"line, as wide again"_s, 36 + 45 + 8, 111);
    words << setLine(u"and the third line of the paragraph."_s, 36, 122);
    QCOMPARE(PdfLayout::text({page(words)}),
             u"Justified text with wide spaces Another line, as wide again and the third line of the paragraph.\n"_s);
}

void TestPdfLayout::aWordHyphenatedAtALineEndIsRejoined()
{
    QList<PdfWords::Word> words
        = setColumn({u"Cell and gene ther-"_s, u"apy products, and"_s, u"a well-"_s, u"Known name."_s}, 36, 100);
    words << setColumn(rightLines, 36 + 100 + 12, 100);
    QCOMPARE(PdfLayout::text({page(words)}),
             u"Cell and gene therapy products, and a well-Known name.\n\nRight one is set beside it line by line.\n"_s);
}

void TestPdfLayout::aTurnedPageReadsAsUpright_data()
{
    QTest::addColumn<int>("turn");
    for (const int turn : {0, 90, 180, 270})
        QTest::addRow("turned %d degrees", turn) << turn;
}

void TestPdfLayout::aTurnedPageReadsAsUpright()
{
    QFETCH(int, turn);
    QList<PdfWords::Word> words = setLine(u"Title"_s, 36, 60);
    words << setColumn(leftLines, 36, 100);
    words << setColumn(rightLines, 36 + leftWidth + 9, 100);
    QCOMPARE(PdfLayout::text({turned(page(words), turn)}), u"Title\n\n"_s + columnsRead);
}

void TestPdfLayout::uprightTurnsBoxesBack()
{
    // A page 600 wide and 800 tall, one word 50 by 10 at (100, 20) as it reads upright.
    const PdfWords::Page upright {QSizeF(600, 800), {{u"word"_s, QRectF(100, 20, 50, 10)}}, 0};
    for (const int turn : {90, 180, 270}) {
        const PdfWords::Page shown = turned(upright, turn);
        const PdfWords::Page back = PdfLayout::upright(shown);
        QCOMPARE(back.size, QSizeF(600, 800));
        QCOMPARE(back.turn, 0);
        QCOMPARE(back.words.first().box, QRectF(100, 20, 50, 10));
    }
    // Turned clockwise, its top left corner is the shown page's top right.
    QCOMPARE(turned(upright, 90).words.first().box, QRectF(770, 100, 10, 50));
}

void TestPdfLayout::pagesAreApartByAFormFeed()
{
    QCOMPARE(PdfLayout::text({page(setLine(u"One."_s, 36, 36)), page(setLine(u"Two."_s, 36, 36))}),
             u"One.\n\f\nTwo.\n"_s);
    QCOMPARE(PdfLayout::text({}), u"\n"_s);
}

void TestPdfLayout::manyWordsOnFewLinesAreLaidOut()
{
    // 100,000 words far apart on two lines, then three lines of two columns: every strip between
    // the words is a candidate gutter, followed down the page; the search stays linear in the words
    // (the test's time limit stands guard; benchmarks belong in bench/).
    QList<PdfWords::Word> words;
    for (int i = 0; i < 100000; ++i) {
        words.append({u"w"_s, QRectF(i * 10.0, 10, 5, 9)});
        words.append({u"v"_s, QRectF(i * 10.0, 21, 5, 9)});
    }
    words << setColumn(rightLines, 36, 100) << setColumn(rightLines, 1000, 100);
    const QString text = PdfLayout::text({page(words)});
    QCOMPARE(text.count(u'w'), 100000);
    QVERIFY(text.endsWith(u"Right one is set beside it line by line.\n\nRight one is set beside it line by line.\n"_s));
}

QTEST_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
