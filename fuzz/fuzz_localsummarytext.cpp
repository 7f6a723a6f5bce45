// Any bytes given to the entry point, FactsheetReader::readData, as a file named "fuzz.txt": no
// crash, no undefined behaviour, no hang. Its seeds and dictionary are a summary's text, so it mostly
// reaches LocalSummaryText: what is read as text gives a whole factsheet the model accepts and whose
// every sentence stands in the text it was read from, or an error naming the file and a line (or the
// end of the file); anything else at least an error that starts with the file's name.
#include "factsheetinvariants.h"
#include "readers/factsheetreader.h"
#include "uknumbers.h"

#include <QByteArray>
#include <QStringDecoder>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace {

void checkTraceable(const Factsheet &sheet, const QString &text)
{
    using FactsheetInvariants::require;
    QStringList sources {sheet.area.source, sheet.caseStudy.source};
    sources << sheet.caseStudy.text.split(QStringLiteral("\n\n")); // each of its paragraphs
    for (const FundingLine &line : sheet.fundingLines) {
        require(line.source.contains(line.quote), "a funding line's quote stands in its sentence");
        require(UkNumbers::parseQuotedFigure(line.quote) == line.amount, "a funding line's amount is its quote's");
        sources << line.source;
    }
    for (const Figure &figure : sheet.figures) {
        require(figure.derived || figure.source.contains(figure.quote), "a figure's quote stands in its sentence");
        require(figure.derived || UkNumbers::parseQuotedFigure(figure.quote) == figure.value,
                "a figure's value is its quote's");
        sources << figure.source;
    }
    for (const Link &link : sheet.links)
        sources << link.source;
    for (const QString &source : std::as_const(sources))
        require(text.contains(source), "every sentence quoted stands in the text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Not copied: reading past the end of libFuzzer's exact-size buffer is an ASan report.
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.txt");
    const bool isText = FactsheetReader::formatOf(text, fileName) == FactsheetReader::Format::LocalSummaryText;
    FactsheetLoadResult result = FactsheetReader::readData(text, fileName);
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
