// Any bytes given to the entry point, FactsheetReader::readData, as a file named "fuzz.txt": no
// crash, no undefined behaviour, no hang. Its seeds and dictionary are a summary's text, so it mostly
// reaches LocalSummaryText: what is read as text gives a whole factsheet the model accepts, whose
// every sentence and note stands in the text as read, and in which every "£" of that text is a
// funding line's figure or in a note; or an error naming the file and a line, the end of the file,
// or nothing (not a summary at all). And in time linear in its size: within a fixed budget per KB
// (generous for a sanitised build on a shared machine, far below what a quadratic reader takes:
// 8 KB of bare "£" took 10.9 s before issue 18).
#include "factsheetinvariants.h"
#include "readers/factsheetreader.h"
#include "readers/formatreaders.h"
#include "readers/localsummarytext.h"
#include "uknumbers.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringDecoder>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Whether the "£" at `at` of a paragraph is a funding line's quote there, or in a note.
bool accountedFor(const Factsheet &sheet, const QString &paragraph, qsizetype at)
{
    const auto covers = [&](const QString &text, const QString &startingWith) {
        for (qsizetype from = paragraph.indexOf(text); from >= 0 && !text.isEmpty();
             from = paragraph.indexOf(text, from + 1)) {
            if (at >= from && at < from + text.size() && QStringView(paragraph).mid(at).startsWith(startingWith))
                return true;
        }
        return false;
    };
    for (const FundingLine &line : sheet.fundingLines) {
        if (line.hasAmount && covers(line.source, line.quote))
            return true;
    }
    for (const Note &note : sheet.notes) {
        if (covers(note.text, QString()))
            return true;
    }
    return false;
}

void checkTraceable(const Factsheet &sheet, const QString &text)
{
    using FactsheetInvariants::require;
    const QList<SummaryText::Paragraph> paragraphs = LocalSummaryText::paragraphsOf(text.toUtf8());
    QStringList read;
    for (const SummaryText::Paragraph &paragraph : paragraphs) {
        read << paragraph.text;
        for (qsizetype at = paragraph.text.indexOf(u'£'); at >= 0; at = paragraph.text.indexOf(u'£', at + 1))
            require(accountedFor(sheet, paragraph.text, at), "every £ is a funding line's figure or in a note");
    }
    const QString asRead = read.join(QLatin1Char('\n'));
    QStringList sources {sheet.area.source, sheet.caseStudy.source};
    sources << sheet.caseStudy.text.split(QStringLiteral("\n\n")); // each of its paragraphs
    for (const FundingLine &line : sheet.fundingLines) {
        sources << line.source;
        if (!line.hasAmount)
            continue;
        require(line.source.contains(line.quote), "a funding line's quote stands in its sentence");
        require(UkNumbers::parseQuotedFigure(line.quote) == line.amount, "a funding line's amount is its quote's");
    }
    for (const Figure &figure : sheet.figures) {
        require(figure.derived || figure.source.contains(figure.quote), "a figure's quote stands in its sentence");
        require(figure.derived || UkNumbers::parseQuotedFigure(figure.quote) == std::abs(figure.value),
                "a figure's value is its quote's (a decrease its negative)");
        sources << figure.source;
    }
    for (const Link &link : sheet.links)
        sources << link.source;
    for (const Note &note : sheet.notes)
        sources << note.text;
    for (const QString &source : std::as_const(sources))
        require(asRead.contains(source), "every sentence quoted and every note stands in the text as read");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Not copied: reading past the end of libFuzzer's exact-size buffer is an ASan report.
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.txt");
    const bool isText
        = dynamic_cast<const SummaryTextFormatReader *>(&FactsheetReader::readerOf(text, fileName)) != nullptr;
    QElapsedTimer timer;
    timer.start();
    FactsheetLoadResult result = FactsheetReader::readData(text, fileName);
    const qint64 budgetMs = 1000 + 250 * static_cast<qint64>(size / 1024);
    FactsheetInvariants::require(timer.elapsed() <= budgetMs, "read time within a fixed multiple of the input's size");
    if (!result.ok()) {
        FactsheetInvariants::checkError(result.error(), fileName);
        const QString &place = result.error().place;
        // Empty only for what is not text at all, such as UTF-16 without its byte order mark.
        FactsheetInvariants::require(!isText || place.startsWith(QStringLiteral("line "))
                                         || place == QStringLiteral("end of file") || place.isEmpty(),
                                     "an error names a line or the end of the file");
        return 0;
    }
    if (isText) {
        // Decoded independently of the reader, as the byte order mark says.
        QStringDecoder decoder(QStringConverter::encodingForData(text).value_or(QStringConverter::Utf8));
        checkTraceable(result.factsheet(), decoder(text));
    }
    FactsheetInvariants::checkFactsheet(result.takeFactsheet());
    return 0;
}
