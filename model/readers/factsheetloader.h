#pragma once

#include "loadresult.h"
#include "readprogress.h"

#include <QByteArray>
#include <QString>

// Reads the factsheet JSON format (docs/data-format.md) into a factsheet: the whole document or
// nothing. Files come in through FactsheetReader (factsheetreader.h), which tells the formats apart
// by their content; this reader only ever sees a JSON document.
namespace FactsheetLoader {

// The format version this build writes (FactsheetWriter), and the newest it reads; version 1
// documents are read too, by version 1's rules.
constexpr int formatVersion = 2;
constexpr int oldestFormatVersion = 1;
// Bytes of capacity behind a document's end that let it be parsed in place (simdjson's padding).
constexpr qsizetype paddingWanted = 64;
// The factsheet compiled into the app (a JSON document), shown when no file is given.
QString embeddedPath();

// A JSON document in UTF-8 (a byte order mark is skipped). fileName only labels errors; data is the
// document itself. Bytes that are not UTF-8 are refused with the line and column where they start.
// Parsed with simdjson, which reads in place when data has SIMDJSON_PADDING (64) bytes of capacity
// behind its end (FactsheetReader::readFile() reads files so); progress goes from parsing through
// the funding lines. Once parsed, `data` is let go of: a large document's bytes are not kept while
// its lines are read.
FactsheetLoadResult loadData(QByteArray data, const QString &fileName, const ReadProgress &progress = {});

} // namespace FactsheetLoader
