#include "pdflayout.h"

#include "summarytext.h"

#include <algorithm>
#include <cmath>

namespace {

using PdfWords::Word;

// A stretch of the page's width, in points.
struct Interval
{
    double from = 0;
    double to = 0;
    double width() const { return to - from; }
};

// The median height of a page's words: a line's height, as this page prints it.
double medianHeight(QList<double> heights)
{
    if (heights.isEmpty())
        return 1;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return std::max(heights[heights.size() / 2], 0.1);
}

// The measures of one page that the layout's decisions are made in: multiples of its line height.
struct Measures
{
    double line = 1;
    // Narrower than this, a strip between words is the space between them, not a gutter.
    double gutter() const { return 0.45 * line; }
    // A taller gap between two lines ends a paragraph.
    double paragraphGap() const { return 0.5 * line; }
    // A taller gap between two bands is a break across the whole page: no gutter runs through it.
    double sectionGap() const { return 2.5 * line; }
};

// Words whose middles (the half of their height about their centre) overlap, across the whole width:
// one line, or the lines of two columns on one baseline, or a run of columns' lines whose baselines
// are offset from each other.
struct Band
{
    QList<const Word *> words;
    double top = 0;
    double bottom = 0;
    QList<Interval> covered; // the width its words cover, the spaces between them filled in
    double left() const { return covered.first().from; }
};

QList<Band> bandsOf(const PdfWords::Page &page, const Measures &measures)
{
    QList<const Word *> words;
    for (const Word &word : page.words)
        words << &word;
    const auto middleTop = [](const Word *word) { return word->box.center().y() - word->box.height() / 4; };
    std::sort(words.begin(), words.end(),
              [&middleTop](const Word *a, const Word *b) { return middleTop(a) < middleTop(b); });
    QList<Band> bands;
    double middleBottom = 0;
    for (const Word *word : std::as_const(words)) {
        if (bands.isEmpty() || middleTop(word) > middleBottom) {
            bands.append({{}, word->box.top(), word->box.bottom(), {}});
            middleBottom = middleTop(word);
        }
        Band &band = bands.last();
        band.words << word;
        band.top = std::min(band.top, word->box.top());
        band.bottom = std::max(band.bottom, word->box.bottom());
        middleBottom = std::max(middleBottom, word->box.center().y() + word->box.height() / 4);
    }
    for (Band &band : bands) {
        std::sort(band.words.begin(), band.words.end(),
                  [](const Word *a, const Word *b) { return a->box.left() < b->box.left(); });
        for (const Word *word : std::as_const(band.words)) {
            if (!band.covered.isEmpty() && word->box.left() - band.covered.last().to < measures.gutter())
                band.covered.last().to = std::max(band.covered.last().to, word->box.right());
            else
                band.covered.append({word->box.left(), word->box.right()});
        }
    }
    return bands;
}

// The strips of [extent] that `bands` leave free, at least a gutter wide.
QList<Interval> freeStrips(const Interval &extent, const Band &band, double narrowest)
{
    QList<Interval> strips;
    double from = extent.from;
    for (const Interval &covered : band.covered) {
        if (covered.from - from >= narrowest)
            strips.append({from, covered.from});
        from = std::max(from, covered.to);
    }
    if (extent.to - from >= narrowest)
        strips.append({from, extent.to});
    return strips;
}

// The strips of `a` that `b` (both in order, neither overlapping itself) also leaves free, at least
// `narrowest` wide. In time of a's length and what of b it overlaps, not b's length: a strip
// followed down the page meets bands of any number of words.
QList<Interval> intersection(const QList<Interval> &a, const QList<Interval> &b, double narrowest)
{
    QList<Interval> result;
    if (a.isEmpty())
        return result;
    qsizetype i = 0;
    qsizetype j
        = std::partition_point(b.cbegin(), b.cend(), [&a](const Interval &strip) { return strip.to <= a.first().from; })
        - b.cbegin();
    while (i < a.size() && j < b.size()) {
        const Interval both {std::max(a[i].from, b[j].from), std::min(a[i].to, b[j].to)};
        if (both.width() >= narrowest)
            result.append(both);
        if (a[i].to < b[j].to)
            ++i;
        else
            ++j;
    }
    return result;
}

// A run of bands that one gutter or more runs through: a block of columns.
struct Block
{
    qsizetype first = 0;
    qsizetype end = 0; // one past the last band
    QList<Interval> gutters;
};

class GutterSearch
{
public:
    GutterSearch(const QList<Band> &bands, const Measures &measures) : m_bands(bands), m_measures(measures)
    {
        if (bands.isEmpty())
            return;
        m_extent = {bands.first().left(), bands.first().covered.last().to};
        for (const Band &band : bands)
            m_extent = {std::min(m_extent.from, band.left()), std::max(m_extent.to, band.covered.last().to)};
        m_free.reserve(bands.size());
        for (const Band &band : bands)
            m_free.append(freeStrips(m_extent, band, measures.gutter()));
    }

    // The blocks of columns, top to bottom; the bands between them are full width. A gutter is looked
    // for from every two bands in a row (two, for columns whose lines alternate, each band holding
    // one column's line): each strip between their words is followed up and down the page as far as
    // it stays free, and the longest such run, if a gutter runs through it, is a block.
    QList<Block> blocks() const
    {
        QList<Block> found;
        qsizetype above = 0; // the first band not in a block
        qsizetype first = 0;
        while (first + 1 < m_bands.size()) {
            Run longest {first, first + 1};
            for (const Interval &strip : stripsBetween(first)) {
                const Run run = runThrough(strip, first, above);
                if (run.end - run.first > longest.end - longest.first)
                    longest = run;
            }
            const std::optional<Block> block = blockOf(longest.first, longest.end, above);
            if (block) {
                found.append(*block);
                above = first = block->end;
            } else {
                // A long run with no gutter is passed over whole, and no later run reaches far back
                // into it, so that the search stays linear in the bands.
                if (longest.end - longest.first > longestRetriedRun) {
                    first = longest.end;
                    above = std::max(above, longest.end - longestRetriedRun);
                } else {
                    ++first;
                }
            }
        }
        return found;
    }

private:
    static constexpr qsizetype longestRetriedRun = 8;
    static constexpr qsizetype fewestBands = 3;

    struct Run
    {
        qsizetype first = 0;
        qsizetype end = 0;
    };

    const QList<Interval> &freeOf(qsizetype band) const { return m_free[band]; }

    // The strips between the words of bands `first` and the one below, at least a gutter wide.
    QList<Interval> stripsBetween(qsizetype first) const
    {
        QList<Interval> covered = m_bands[first].covered + m_bands[first + 1].covered;
        std::sort(covered.begin(), covered.end(), [](const Interval &a, const Interval &b) { return a.from < b.from; });
        QList<Interval> strips;
        double right = covered.first().to;
        for (const Interval &interval : std::as_const(covered)) {
            if (interval.from - right >= m_measures.gutter())
                strips.append({right, interval.from});
            right = std::max(right, interval.to);
        }
        return strips;
    }

    bool nextTo(qsizetype upper, qsizetype lower) const
    {
        return m_bands[lower].top - m_bands[upper].bottom <= m_measures.sectionGap();
    }

    // The bands around `first` and the one below that `strip`, or some of it, runs through, down
    // the page and up it as far as band `above`.
    Run runThrough(const Interval &strip, qsizetype first, qsizetype above) const
    {
        QList<Interval> free {strip};
        Run run {first, first + 2};
        for (qsizetype band = first; band < run.end && !free.isEmpty(); ++band)
            free = intersection(free, freeOf(band), m_measures.gutter());
        if (free.isEmpty() || !nextTo(first, first + 1))
            return {first, first + 1};
        while (run.end < m_bands.size() && nextTo(run.end - 1, run.end)) {
            const QList<Interval> next = intersection(free, freeOf(run.end), m_measures.gutter());
            if (next.isEmpty())
                break;
            free = next;
            ++run.end;
        }
        while (run.first > above && nextTo(run.first - 1, run.first)) {
            const QList<Interval> next = intersection(free, freeOf(run.first - 1), m_measures.gutter());
            if (next.isEmpty())
                break;
            free = next;
            --run.first;
        }
        return run;
    }

    // The strips free through bands [first, end) with words on both sides in two bands or more.
    QList<Interval> guttersOf(qsizetype first, qsizetype end) const
    {
        QList<Interval> free = freeOf(first);
        for (qsizetype band = first + 1; band < end; ++band)
            free = intersection(free, freeOf(band), m_measures.gutter());
        QList<Interval> gutters;
        for (const Interval &strip : std::as_const(free)) {
            int left = 0;
            int right = 0;
            for (qsizetype band = first; band < end; ++band) {
                const QList<Interval> &covered = m_bands[band].covered;
                left += covered.first().to <= strip.from ? 1 : 0;
                right += covered.last().from >= strip.to ? 1 : 0;
            }
            if (left >= 2 && right >= 2)
                gutters.append(strip);
        }
        return gutters;
    }

    static bool crosses(const Band &band, const QList<Interval> &gutters)
    {
        return std::any_of(band.covered.cbegin(), band.covered.cend(), [&gutters](const Interval &covered) {
            return std::any_of(gutters.cbegin(), gutters.cend(), [&covered](const Interval &gutter) {
                return covered.from < gutter.to && covered.to > gutter.from;
            });
        });
    }

    static bool onOneSide(const Band &band, const QList<Interval> &gutters)
    {
        return std::none_of(gutters.cbegin(), gutters.cend(), [&band](const Interval &gutter) {
            return band.left() < gutter.from && band.covered.last().to > gutter.to;
        });
    }

    // The short last line of a full-width paragraph, just above the columns and in line with it,
    // is that paragraph's, not the first of a column.
    bool continuesTheBandAbove(qsizetype band, const QList<Interval> &gutters, qsizetype above) const
    {
        if (band == 0 || band - 1 < above)
            return false;
        const Band &upper = m_bands[band - 1];
        const Band &line = m_bands[band];
        return crosses(upper, gutters) && onOneSide(line, gutters)
            && line.top - upper.bottom <= m_measures.paragraphGap()
            && std::fabs(line.left() - upper.left()) <= m_measures.line;
    }

    // Bands [first, end) as a block, unless no gutter runs through them; a band above `above` is
    // another block's.
    std::optional<Block> blockOf(qsizetype first, qsizetype end, qsizetype above) const
    {
        if (end - first < fewestBands)
            return std::nullopt;
        QList<Interval> gutters = guttersOf(first, end);
        while (!gutters.isEmpty() && end - first >= fewestBands && continuesTheBandAbove(first, gutters, above)) {
            ++first;
            gutters = guttersOf(first, end);
        }
        if (gutters.isEmpty() || end - first < fewestBands)
            return std::nullopt;
        return Block {first, end, gutters};
    }

    const QList<Band> &m_bands;
    const Measures m_measures;
    Interval m_extent;
    QList<QList<Interval>> m_free; // each band's free strips, across the page's text
};

struct Line
{
    QList<const Word *> words;
    double top = 0;
    double bottom = 0;
    double centre() const { return (top + bottom) / 2; }
    double height() const
    {
        QList<double> heights;
        for (const Word *word : words)
            heights << word->box.height();
        return medianHeight(heights);
    }
};

// The lines of a column, top to bottom, each left to right.
QList<Line> linesOf(QList<const Word *> words, const Measures &measures)
{
    std::sort(words.begin(), words.end(), [](const Word *a, const Word *b) {
        return a->box.center().y() != b->box.center().y() ? a->box.center().y() < b->box.center().y()
                                                          : a->box.left() < b->box.left();
    });
    QList<Line> lines;
    for (const Word *word : std::as_const(words)) {
        if (lines.isEmpty() || std::fabs(word->box.center().y() - lines.last().centre()) > measures.line / 2)
            lines.append({{}, word->box.top(), word->box.bottom()});
        Line &line = lines.last();
        line.words << word;
        line.top = std::min(line.top, word->box.top());
        line.bottom = std::max(line.bottom, word->box.bottom());
    }
    for (Line &line : lines) {
        std::stable_sort(line.words.begin(), line.words.end(),
                         [](const Word *a, const Word *b) { return a->box.left() < b->box.left(); });
    }
    return lines;
}

QString lineText(const Line &line)
{
    QString text;
    for (const Word *word : line.words) {
        if (!text.isEmpty())
            text += u' ';
        text += word->text;
    }
    return text;
}

// A type size a third larger or smaller than the line before: a title, or the text after it.
bool changesSize(double before, double after)
{
    return after > before * 4 / 3 || before > after * 4 / 3;
}

// The paragraphs of one column (or one full-width block), each on one line.
void addParagraphs(const QList<const Word *> &words, const Measures &measures, QStringList &paragraphs)
{
    QString paragraph;
    double previousBottom = 0;
    double previousHeight = 0;
    for (const Line &line : linesOf(words, measures)) {
        const double height = line.height();
        if (!paragraph.isEmpty()
            && (line.top - previousBottom > measures.paragraphGap() || changesSize(previousHeight, height))) {
            paragraphs << paragraph;
            paragraph.clear();
        }
        SummaryText::joinLine(paragraph, lineText(line));
        previousBottom = line.bottom;
        previousHeight = height;
    }
    if (!paragraph.isEmpty())
        paragraphs << paragraph;
}

QStringList paragraphsOf(const PdfWords::Page &page)
{
    QList<double> heights;
    for (const Word &word : page.words)
        heights << word.box.height();
    const Measures measures {medianHeight(heights)};
    const QList<Band> bands = bandsOf(page, measures);
    const QList<Block> blocks = GutterSearch(bands, measures).blocks();

    QStringList paragraphs;
    const auto addFullWidth = [&](qsizetype first, qsizetype end) {
        QList<const Word *> words;
        for (qsizetype band = first; band < end; ++band)
            words << bands[band].words;
        addParagraphs(words, measures, paragraphs);
    };
    qsizetype band = 0;
    for (const Block &block : blocks) {
        addFullWidth(band, block.first);
        QList<QList<const Word *>> columns(block.gutters.size() + 1);
        for (qsizetype inBlock = block.first; inBlock < block.end; ++inBlock) {
            for (const Word *word : bands[inBlock].words) {
                const auto column
                    = std::count_if(block.gutters.cbegin(), block.gutters.cend(),
                                    [word](const Interval &gutter) { return word->box.center().x() > gutter.from; });
                columns[column] << word;
            }
        }
        for (const QList<const Word *> &column : std::as_const(columns))
            addParagraphs(column, measures, paragraphs);
        band = block.end;
    }
    addFullWidth(band, bands.size());
    return paragraphs;
}

} // namespace

namespace PdfLayout {

PdfWords::Page upright(const PdfWords::Page &page)
{
    const double width = page.size.width();
    const double height = page.size.height();
    // Each box as it stands once the page is turned back by `turn`, anticlockwise.
    const auto turned = [&](const QRectF &box) -> QRectF {
        switch (page.turn) {
        case 90:
            return {box.top(), width - box.right(), box.height(), box.width()};
        case 180:
            return {width - box.right(), height - box.bottom(), box.width(), box.height()};
        case 270:
            return {height - box.bottom(), box.left(), box.height(), box.width()};
        default:
            return box;
        }
    };
    PdfWords::Page result {page.turn == 90 || page.turn == 270 ? page.size.transposed() : page.size, {}, 0};
    result.words.reserve(page.words.size());
    for (const Word &word : page.words)
        result.words.append({word.text, turned(word.box)});
    return result;
}

QString text(const QList<PdfWords::Page> &pages)
{
    QStringList pageTexts;
    for (const PdfWords::Page &page : pages)
        pageTexts << paragraphsOf(upright(page)).join(QStringLiteral("\n\n"));
    return pageTexts.join(QStringLiteral("\n\f\n")) + u'\n';
}

} // namespace PdfLayout
