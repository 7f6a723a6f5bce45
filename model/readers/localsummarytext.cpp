#include "localsummarytext.h"

#include "readerrules.h"
#include "summarytext.h"
#include "text/summaryreader.h"
#include "uknumbers.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

// The reader itself is in text/: SummaryReader walks the paragraphs, a part per kind of sentence
// reads them. Here: the text's limits, checked line by line before any is read.

namespace {

// The first control character of a line that is not text (tab is; a form feed is a page break), or -1.
qsizetype firstForbidden(QStringView line)
{
    qsizetype from = 0;
    while (from < line.size()) {
        const qsizetype at = ReaderRules::firstControlCharacter(line.mid(from), ReaderRules::Breaks::Allowed);
        if (at < 0)
            return -1;
        if (line[from + at] != u'\f')
            return from + at;
        from += at + 1;
    }
    return -1;
}

} // namespace

namespace LocalSummaryText {

QList<SummaryText::Paragraph> paragraphsOf(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return SummaryText::paragraphs(text);
}

FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName)
{
    if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
        return FactsheetLoadResult::failure(*std::move(error));
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    // Every field comes from a line, so limiting lines limits them all.
    qsizetype lineNumber = 0;
    for (const QStringView line : SummaryText::lines(text)) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        const auto refuse = [&](const QString &expected, const QString &found) {
            return FactsheetLoadResult::failure(
                {fileName, QCoreApplication::translate("LocalSummaryText", "line %1").arg(lineNumber),
                 QCoreApplication::translate("LocalSummaryText", "expected %1, found %2").arg(expected, found)});
        };
        if (trimmed.size() > ReaderRules::maxFieldLength) {
            return refuse(
                QCoreApplication::translate("LocalSummaryText", "a line of at most %1 characters")
                    .arg(UkNumbers::count(ReaderRules::maxFieldLength)),
                QCoreApplication::translate("LocalSummaryText", "%1 characters").arg(UkNumbers::count(trimmed.size())));
        }
        if (const qsizetype at = firstForbidden(trimmed); at >= 0) {
            return refuse(QCoreApplication::translate("LocalSummaryText", "text without control characters"),
                          LoadError::foundAround(trimmed, at));
        }
    }
    QList<SummaryText::Paragraph> paragraphs = SummaryText::paragraphs(text);
    text = QString(); // the paragraphs hold what is read: the whole text, twice the file's size, is not needed
    if (paragraphs.isEmpty()) {
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("LocalSummaryText", "line 1"),
             QCoreApplication::translate(
                 "LocalSummaryText",
                 "expected the text of an Industrial Strategy local summary, found an empty file")});
    }
    try {
        SummaryReading::SummaryReader reader(std::move(paragraphs), fileName);
        return FactsheetLoadResult::success(reader.read());
    } catch (const SummaryReading::ReadFailure &invalid) {
        return FactsheetLoadResult::failure({fileName, invalid.place, invalid.message});
    }
}

} // namespace LocalSummaryText
