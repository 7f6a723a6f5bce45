#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// A local summary's text as the text reader reads it (docs/data-format.md, "A local summary's
// text"): lines, the paragraphs they make once the PDF extraction's artefacts are undone, the
// sentences of a paragraph (and, in text/amounts.h, the sums of money in a sentence). Plain text
// work, no layout: what each paragraph is, LocalSummaryText decides.
namespace SummaryText {

// The lines of a text: a line ends at a line feed, a carriage return and line feed, a carriage
// return alone, or a line or paragraph separator (U+2028, U+2029). A form feed (a page break)
// stays in its line; paragraphs() breaks the paragraph there.
QList<QStringView> lines(QStringView text);

// One paragraph as read, and the line of the text it starts on (1-based).
struct Paragraph
{
    qsizetype line = 0;
    QString text;
};

// The paragraphs of a text. White space of every kind (tab, no-break and other Unicode spaces)
// is one space, runs of it one space, none at either end; zero-width spaces, word joiners, byte
// order marks and soft hyphens are dropped, but for an invisible character inside a number ("£2<U+200B>.6m"),
// which is kept so that the amount is not read (text/amounts.h); a ligature (ﬁ, ﬂ, ﬀ, ...) is its letters. A blank
// line, a form feed, or a line of nothing but the PDF's bold markers ("**") ends a paragraph. So does a line that ends
// a sentence (".", "!",
// "?" or ":"), the first line (the area's name), a case study's heading and the link line ("For
// more examples go to ..."); a line that starts one
// of the summary's own paragraphs ("£", "Population", "Businesses", "**", "Case study", "For more
// examples", "We have committed", "Industrial Strategy highlights", a bullet) starts a new one.
// Other lines are joined to the one before by a space, or without one where a word was broken:
// after a soft hyphen, after a hyphen (kept, but for a lower-case word broken before a lower-case
// letter: "devel-" "opment" reads "development"). A leading bullet ("•", "* ") is dropped.
QList<Paragraph> paragraphs(QStringView text);

// `next`, a line of the same paragraph, joined to `paragraph` as paragraphs() joins them: by a
// space, or rejoining a word hyphenated across the line break.
void joinLine(QString &paragraph, const QString &next);

// A copy of `text` of the same length, for matching what the summaries say however the PDF
// printed it: curly quotes are straight, every dash (en, em, minus, Unicode hyphens) is "-", and
// "*" is a space. Positions in it are positions in `text`.
QString folded(QStringView text);

// A stretch of a paragraph: its first character and its length.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};

// The sentences of a paragraph as read: a sentence ends at ".", "!" or "?" (and the closing
// quotes, brackets or "**" after it) followed by a space and what starts a sentence (a capital, a
// digit, "£", a quote). "£2.6m" has no space after its point, so it never ends one.
QList<Span> sentences(QStringView paragraph);

// Whether `c` is a dash of any kind, the minus sign among them (folded() makes each "-").
bool isDash(QChar c);

} // namespace SummaryText
