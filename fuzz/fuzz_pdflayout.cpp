// Any bytes as the PDF helper's answer (PdfWords::decode, which reads it as untrusted), and the
// pages it gives through PdfLayout into the text reader: no crash, no undefined behaviour, no hang.
// An answer read gives a text in which every word stands (but for the hyphen of a word rejoined
// across a line break), one line per paragraph; an answer refused says the line that is wrong.
#include "factsheetinvariants.h"
#include "readers/localsummarytext.h"
#include "readers/pdflayout.h"
#include "readers/pdfwords.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using FactsheetInvariants::require;
    const QByteArray answer
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString problem;
    const std::optional<QList<PdfWords::Page>> pages = PdfWords::decode(answer, &problem);
    if (!pages) {
        require(problem.startsWith(QStringLiteral("line ")), "a refused answer names its line");
        return 0;
    }
    const QString text = PdfLayout::text(*pages);
    for (const PdfWords::Page &page : *pages) {
        for (const PdfWords::Word &word : page.words) {
            const QString printed = word.text.trimmed();
            require(text.contains(printed) || (printed.endsWith(QLatin1Char('-')) && text.contains(printed.chopped(1))),
                    "every word stands in the text laid out");
        }
    }
    FactsheetLoadResult result = LocalSummaryText::loadData(text.toUtf8(), QStringLiteral("fuzz.pdf"));
    if (result.ok())
        FactsheetInvariants::checkFactsheet(result.takeFactsheet());
    else
        FactsheetInvariants::checkError(result.error(), QStringLiteral("fuzz.pdf"));
    return 0;
}
