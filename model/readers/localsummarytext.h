#pragma once

#include "loadresult.h"

#include <QByteArray>
#include <QString>

// Reads the plain text of an "Industrial Strategy: local summary" as extracted from its PDF (laid
// out like resources/factsheet/source/*.txt) into a factsheet. Every entity quotes, verbatim, the
// sentence of the text it comes from. What the text does not say is stated by this reader and listed
// in docs/data-format.md: a funding line's category is the part of the summary it stands in, and
// the publisher and licence are those of the whole series.
//
// The reader is strict: a paragraph it cannot place is an error naming its line, never skipped,
// because a figure silently left out would make the factsheet shown disagree with its source. Files
// come in through FactsheetReader (factsheetreader.h), which tells the formats apart by content.
namespace LocalSummaryText {

// Paragraphs that the reader recognises, as the summaries print them.
inline constexpr QLatin1String highlightsHeading("Industrial Strategy highlights include:");

// fileName only labels errors and is recorded as the factsheet's source text; data is the text, in
// UTF-8 (a byte order mark is skipped). Bytes that are not UTF-8 are refused with the line and column
// where they start.
FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName);

} // namespace LocalSummaryText
