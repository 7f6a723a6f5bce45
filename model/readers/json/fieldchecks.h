#pragma once

#include "jsonnode.h"

#include <QString>

#include <string_view>

// The checks the figures and the funding lines share (documentreader.cpp, fundinglinereader.cpp).
namespace JsonReader {

// The figure as printed (`quote` of `item`) must stand in its sentence (`source`) and mean the value
// stored in `valueField`: this is what makes every number traceable to the factsheet. An empty quote
// passes.
void checkQuote(const Node &item, std::string_view valueField, qint64 value, const QString &quote,
                const QString &source);

// An id seen before, wherever it was found so (a line's reader, a half checked after the other).
[[noreturn]] void refuseRepeatedId(const Node &idNode);

} // namespace JsonReader
