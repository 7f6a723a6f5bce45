// Any bytes given to LocalSummaryText::loadData: no crash, no undefined behaviour, no hang; either a
// whole factsheet the model accepts and whose every sentence stands in the text it was read from,
// or an error naming the file and a line (or the end of the file).
#include "factsheetinvariants.h"
#include "localsummarytext.h"
#include "uknumbers.h"

#include <QByteArray>
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
    FactsheetLoadResult result = LocalSummaryText::loadData(text, fileName);
    if (!result.ok()) {
        FactsheetInvariants::checkError(result.error(), fileName);
        const QString &place = result.error().place;
        FactsheetInvariants::require(place.startsWith(QStringLiteral("line "))
                                         || place == QStringLiteral("end of file"),
                                     "an error names a line or the end of the file");
        return 0;
    }
    checkTraceable(result.factsheet(), QString::fromUtf8(text));
    FactsheetInvariants::checkFactsheet(result.takeFactsheet());
    return 0;
}
