// Any bytes given to the entry point, FactsheetReader::readData, as a file named "fuzz.json": no
// crash, no undefined behaviour, no hang; either a whole factsheet the model accepts, or an error
// that starts with the file's name. Its seeds and dictionary are the JSON format's, so it mostly
// reaches the JSON reader (JsonReader); whatever does not look like JSON goes to the others.
#include "factsheetinvariants.h"
#include "readers/factsheetreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Not copied: reading past the end of libFuzzer's exact-size buffer is an ASan report.
    const QByteArray document
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.json");
    FactsheetLoadResult result = FactsheetReader::readData(document, fileName);
    if (!result.ok()) {
        FactsheetInvariants::checkError(result.error(), fileName);
        return 0;
    }
    FactsheetInvariants::checkFactsheet(result.takeFactsheet());
    return 0;
}
