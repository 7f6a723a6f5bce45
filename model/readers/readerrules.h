#pragma once

#include "loadresult.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// What every reader asks of what it reads, and the limits it reads within (docs/data-format.md,
// "Limits"): a file that goes beyond them is refused, naming the place, rather than shown. A name of
// 50 MB would freeze the window that lays it out; a local total past 2^53 would be shown wrong.
namespace ReaderRules {

// The longest name, title, label, id, quote or sentence, in characters (UTF-16 code units, as
// QString counts them). The longest sentence of the shipped summary has 433.
inline constexpr qsizetype maxFieldLength = 10000;
// The longest case study text, all its paragraphs together.
inline constexpr qsizetype maxLongTextLength = 100000;
// The largest amount, count and local total: 2^53 - 1, the largest whole number a JSON reader (a
// double) keeps exactly. A factsheet whose local funding lines add up to more is refused, so no
// total the app shows can overflow.
inline constexpr qint64 largestWhole = 9007199254740991;

// Whether a field may hold tab and line feed: only text of several paragraphs does.
enum class Breaks { Refused, Allowed };

// The index of the first control character of `text` (U+0000 to U+001F and U+007F, but for tab
// and line feed where `breaks` allows them), or -1 when it has none.
qsizetype firstControlCharacter(QStringView text, Breaks breaks);

// The error for the first bytes of `data` that are not UTF-8, naming the line and column where they
// start and the bytes themselves; nullopt when all of `data` is UTF-8.
std::optional<LoadError> invalidUtf8(QByteArrayView data, const QString &fileName);

// Adds `amount` (0 or more) to a running local total no larger than largestWhole; false, with the
// total unchanged, when the sum would pass largestWhole.
bool addToLocalTotal(qint64 &total, qint64 amount);

} // namespace ReaderRules
