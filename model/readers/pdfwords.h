#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

// The words of a PDF with where they stand, as the PDF helper (factsheet-pdf-words, which alone
// links Poppler) hands them back to the reader over a pipe. The
// format is text, one record a line, and is read as untrusted input: every record, number and
// count is checked, within limits.
//
//   factsheet-pdf-words 2
//   page WIDTH HEIGHT TURN       (points; one line per page, then its words)
//   word X Y WIDTH HEIGHT TEXT   (the box from the page's top left; TEXT to the end of the line)
//   end
//
// TURN is how the page's text runs as a viewer shows the page (its /Rotate entry applied): 0 upright,
// 90 turned clockwise (reading down the page), 180 upside down, 270 anticlockwise (reading up).
namespace PdfWords {

struct Word
{
    QString text;
    QRectF box;
};

struct Page
{
    QSizeF size;
    QList<Word> words;
    int turn = 0; // 0, 90, 180 or 270 degrees clockwise
};

// The most pages and words read: a one-page summary has a few hundred words.
inline constexpr qsizetype maxPages = 1000;
inline constexpr qsizetype maxWords = 1000000;
// The longest word, in characters.
inline constexpr qsizetype maxWordLength = 1000;

// The pages as the helper writes them. Line breaks and other control characters in a word become
// spaces; a word of nothing but white space is left out.
QByteArray encode(const QList<Page> &pages);

// The pages, or nullopt with `problem` saying what is wrong ("line 3: expected a page or a word").
std::optional<QList<Page>> decode(QByteArrayView data, QString *problem);

} // namespace PdfWords
