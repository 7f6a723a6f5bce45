// Any bytes given to FactsheetLoader::loadData: no crash, no undefined behaviour, no hang; either a
// whole factsheet the model accepts, or an error that starts with the file's name.
#include "factsheetloader.h"
#include "factsheetmodel.h"

#include <QAbstractItemModelTester>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *invariant)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", invariant);
        std::abort();
    }
}

void checkFactsheet(Factsheet factsheet)
{
    for (const FundingLine &line : factsheet.fundingLines)
        require(line.amount >= 0, "every funding line amount is 0 or more");
    for (const Figure &figure : factsheet.figures)
        require(figure.value >= 0, "every figure is 0 or more");

    FactsheetModel model;
    model.setFactsheet(std::move(factsheet));
    // Fatal: a broken model contract aborts, which libFuzzer reports with the input.
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString entityId = model.index(row, 0).data(FactsheetModel::EntityIdRole).toString();
        require(model.indexOfEntity(entityId).row() == row, "entity ids are unique and find their row");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Not copied: reading past the end of libFuzzer's exact-size buffer is an ASan report.
    const QByteArray document
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.json");
    FactsheetLoadResult result = FactsheetLoader::loadData(document, fileName);
    if (!result.ok()) {
        require(result.error().text().startsWith(fileName + QStringLiteral(": ")),
                "an error starts with the file name");
        require(!result.error().message.isEmpty(), "an error says what is wrong");
        return 0;
    }
    checkFactsheet(result.takeFactsheet());
    return 0;
}
