// Any bytes given to FactsheetLoader::loadData: no crash, no undefined behaviour, no hang; either a
// whole factsheet the model accepts, or an error that starts with the file's name.
#include "factsheetinvariants.h"
#include "factsheetloader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Not copied: reading past the end of libFuzzer's exact-size buffer is an ASan report.
    const QByteArray document
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.json");
    FactsheetLoadResult result = FactsheetLoader::loadData(document, fileName);
    if (!result.ok()) {
        FactsheetInvariants::checkError(result.error(), fileName);
        return 0;
    }
    FactsheetInvariants::checkFactsheet(result.takeFactsheet());
    return 0;
}
