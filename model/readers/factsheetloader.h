#pragma once

#include "loadresult.h"

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
// The factsheet compiled into the app (a JSON document), shown when no file is given.
QString embeddedPath();

// A JSON document in UTF-8 (a byte order mark is skipped). fileName only labels errors; data is the
// document itself. Bytes that are not UTF-8 are refused with the line and column where they start.
FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName);

} // namespace FactsheetLoader
