#include "pdflayout.h"

#include "summarytext.h"

#include <algorithm>
#include <cmath>

namespace {

using PdfWords::Word;

// The median height of some words: a line's height, as this page prints it.
double medianHeight(QList<const Word *> words)
{
    if (words.isEmpty())
        return 1;
    std::sort(words.begin(), words.end(),
              [](const Word *a, const Word *b) { return a->box.height() < b->box.height(); });
    return std::max(words[words.size() / 2]->box.height(), 0.1);
}

struct Line
{
    QList<const Word *> words;
    double top = 0;
    double bottom = 0;
    double centre() const { return (top + bottom) / 2; }
};

// The columns of a page: the words of each stretch of width they cover, left to right.
QList<QList<const Word *>> columnsOf(const PdfWords::Page &page, double gutter)
{
    QList<const Word *> words;
    for (const Word &word : page.words)
        words << &word;
    std::sort(words.begin(), words.end(), [](const Word *a, const Word *b) { return a->box.left() < b->box.left(); });
    QList<QList<const Word *>> columns;
    double right = 0;
    for (const Word *word : std::as_const(words)) {
        if (columns.isEmpty() || word->box.left() > right + gutter) {
            columns.append(QList<const Word *>());
            right = word->box.right();
        }
        columns.last() << word;
        right = std::max(right, word->box.right());
    }
    return columns;
}

// The lines of a column, top to bottom, each left to right.
QList<Line> linesOf(QList<const Word *> words, double height)
{
    std::sort(words.begin(), words.end(), [](const Word *a, const Word *b) {
        return a->box.center().y() != b->box.center().y() ? a->box.center().y() < b->box.center().y()
                                                          : a->box.left() < b->box.left();
    });
    QList<Line> lines;
    for (const Word *word : std::as_const(words)) {
        if (lines.isEmpty() || std::fabs(word->box.center().y() - lines.last().centre()) > height / 2)
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

} // namespace

namespace PdfLayout {

QString text(const QList<PdfWords::Page> &pages)
{
    QStringList pageTexts;
    for (const PdfWords::Page &page : pages) {
        QList<const Word *> all;
        for (const Word &word : page.words)
            all << &word;
        const double height = medianHeight(all);
        QStringList paragraphs;
        for (const QList<const Word *> &column : columnsOf(page, height)) {
            QString paragraph;
            double previousBottom = 0;
            for (const Line &line : linesOf(column, height)) {
                if (!paragraph.isEmpty() && line.top - previousBottom > height / 2) {
                    paragraphs << paragraph;
                    paragraph.clear();
                }
                SummaryText::joinLine(paragraph, lineText(line));
                previousBottom = line.bottom;
            }
            if (!paragraph.isEmpty())
                paragraphs << paragraph;
        }
        pageTexts << paragraphs.join(QStringLiteral("\n\n"));
    }
    return pageTexts.join(QStringLiteral("\n\f\n")) + u'\n';
}

} // namespace PdfLayout
