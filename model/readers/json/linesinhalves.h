#pragma once

#include "jsonnode.h"

#include "factsheet.h"
#include "readers/readprogress.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

// Performance machinery, kept apart from what the format means: what it buys is time. A large
// document's funding lines (a million of them is 2 s of reading) are read in two halves at once, on
// two threads, each half by its own FundingLineReader. What a line means is all in
// fundinglinereader.cpp; this file only makes sure that two halves say what one reader going from
// top to bottom would: the second half's ids are checked against the first's, and the local total
// across both, in document order, so that the problem reported is the first.
namespace JsonReader {

// Every funding line of `array`, or the first thing wrong with them in document order (thrown as
// Invalid; Cancelled when `progress` says the read is no longer wanted). `categories` gets the
// lines' distinct categories, as the readers noted them, or nullopt when there were too many.
std::vector<FundingLine> readFundingLines(const Node &array, int version, const ReadProgress &progress,
                                          std::optional<QSet<QString>> &categories);

} // namespace JsonReader
