#pragma once

#include "jsonnode.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string_view>

// The checks the figures and the funding lines share (documentreader.cpp, fundinglinereader.cpp).
namespace JsonReader {

// The figure as printed (`quote` of `item`) must stand in its sentence (`source`) and mean the value
// stored in `valueField`: this is what makes every number traceable to the factsheet. An empty quote
// passes.
void checkQuote(const Node &item, std::string_view valueField, qint64 value, const QString &quote,
                const QString &source);

// A month as the format writes it, "YYYY-MM" (or, where `yearAlone` allows it, a year as "YYYY"):
// the first day of it, and whether it was the year alone; nullopt for anything else. Strictly so: Qt's
// ISO date parser would also take "2017-09-15" (then "-01" appended) as the 15th, and "2017/09" as
// September.
struct Month
{
    QDate first;
    bool yearOnly = false;
};
std::optional<Month> monthOf(const QString &text, bool yearAlone);

// An id seen before, wherever it was found so (a line's reader, a half checked after the other).
[[noreturn]] void refuseRepeatedId(const Node &idNode);

} // namespace JsonReader
