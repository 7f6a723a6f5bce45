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
//   factsheet-pdf-words 1
//   page WIDTH HEIGHT            (points; one line per page, then its words)
//   word X Y WIDTH HEIGHT TEXT   (the box from the page's top left; TEXT to the end of the line)
//   end
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
