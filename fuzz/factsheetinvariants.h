#pragma once

// What every factsheet a reader accepts, and every error it gives, must satisfy; the factsheet
// fuzzers check it on each input and abort (so libFuzzer keeps the input) when it does not hold.
#include "factsheetmodel.h"
#include "readers/loadresult.h"

#include <QAbstractItemModelTester>

#include <cstdio>
#include <cstdlib>

namespace FactsheetInvariants {

inline void require(bool condition, const char *invariant)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", invariant);
        std::abort();
    }
}

inline void checkError(const LoadError &error, const QString &fileName)
{
    require(error.text().startsWith(fileName + QStringLiteral(": ")), "an error starts with the file name");
    require(!error.message.isEmpty(), "an error says what is wrong");
}

inline void checkFactsheet(Factsheet factsheet)
{
    for (const FundingLine &line : factsheet.fundingLines)
        require(line.amount >= 0, "every funding line amount is 0 or more");
    for (const Figure &figure : factsheet.figures)
        require(figure.value >= 0 || figure.measure == Measure::EmploymentChange,
                "every figure is 0 or more, but a change");

    FactsheetModel model;
    model.setFactsheet(std::move(factsheet));
    // Fatal: a broken model contract aborts, which libFuzzer reports with the input.
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString entityId = model.index(row, 0).data(FactsheetModel::EntityIdRole).toString();
        require(model.indexOfEntity(entityId).row() == row, "entity ids are unique and find their row");
    }
}

} // namespace FactsheetInvariants
