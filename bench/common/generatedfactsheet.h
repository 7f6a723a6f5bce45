#pragma once

#include "factsheet.h"

#include <QString>
#include <QtGlobal>

// Funding lines made up for the benchmarks: varied titles (companies, centres, numbered
// programmes), purposes, twelve categories, optional funds and locations, amounts from £10k to
// hundreds of millions. The same seed gives the same lines on every machine and compiler.
namespace GeneratedFactsheet {

constexpr quint64 defaultSeed = 20181201;

// What the text-filter benchmarks type: a place named in about 1 % of the lines (in the title,
// the purpose or the location), and in no other word of any line.
QString rarePattern();

// count generated lines; ids "line-<firstIndex>", "line-<firstIndex + 1>", ...
std::vector<FundingLine> fundingLines(int count, quint64 seed = defaultSeed, int firstIndex = 0);

// The embedded factsheet (its figures, case study and five real lines) with generated lines
// appended, lineCount lines in all. Every line passes the loader's checks (its quote stands in its
// source sentence and means its amount), so the result can also be written out as JSON.
Factsheet embeddedWithLines(int lineCount, quint64 seed = defaultSeed);

} // namespace GeneratedFactsheet
