#pragma once

#include "loadresult.h"
#include "summarytext.h"

#include <QByteArray>
#include <QString>

// Reads the plain text of an "Industrial Strategy: local summary" as extracted from its PDF (laid
// out like resources/factsheet/source/*.txt) into a factsheet. Every entity quotes, verbatim, the
// sentence of the text it comes from. What the text does not say is stated by this reader and listed
// in docs/data-format.md: a funding line's category is the part of the summary it stands in, and
// the publisher and licence are those of the whole series.
//
// The reader is tolerant and loses nothing: it reads the PDF extraction's artefacts (lines wrapped
// and words hyphenated, any line ends and spaces, curly quotes, dashes, stray "**") and every
// paragraph it cannot place becomes a note (Factsheet::notes) with its line and why; a "£" that
// did not become a funding line's figure is always in one. Only what is not a local summary at all
// (no area's name, no figure of any kind) and what passes a limit (ReaderRules) are refused. Files
// come in through FactsheetReader (factsheetreader.h), which tells the formats apart by content.
namespace LocalSummaryText {

// Paragraphs that the reader recognises, as the summaries print them.
inline constexpr QLatin1String highlightsHeading("Industrial Strategy highlights include:");

// fileName only labels errors and is recorded as the factsheet's source text; data is the text, in
// UTF-8 (a byte order mark is skipped). Bytes that are not UTF-8 are refused with the line and column
// where they start.
FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName);

// The paragraphs of `data` (UTF-8) as the reader reads them (SummaryText::paragraphs): every
// sentence an entity quotes, and every note's text, stands in one of them.
QList<SummaryText::Paragraph> paragraphsOf(const QByteArray &data);

} // namespace LocalSummaryText
