#pragma once

#include "readers/loadresult.h"
#include "readers/readprogress.h"

#include <QByteArray>
#include <QString>

// Reads the factsheet JSON format (docs/data-format.md) into a factsheet: the whole document or
// nothing. Files come in through FactsheetReader (factsheetreader.h), which tells the formats apart
// by their content; this reader only ever sees a JSON document.
//
// A newcomer's map of model/readers/json/:
// - jsonreader.cpp: this entry point: parse with simdjson, then read the document;
// - parsefailure.cpp: a document simdjson refuses, said in Qt's parser's words (or read as Qt reads it);
// - jsonnode.h: a value with its JSON path, the typed fields every complaint names its place with;
// - documentreader.cpp: the document top to bottom: source, area, figures, case study, links, notes;
// - fundinglinereader.cpp: one funding line, and what the lines share (repeated texts, ids);
// - fieldchecks.cpp: a quote that must mean its value, an id used once: what figures and lines share;
// - performance machinery, each saying what it buys: linesinhalves.cpp (a large document's lines
//   read in two halves at once), textarena.h (their strings in a few large buffers), idset.h
//   (their ids checked in one flat table);
// - memory machinery: unknownmembers.cpp (members the format does not name blanked before parsing).
namespace JsonReader {

// The format version this build writes (FactsheetWriter), and the newest it reads; version 1
// documents are read too, by version 1's rules.
constexpr int formatVersion = 2;
constexpr int oldestFormatVersion = 1;
// Bytes of capacity behind a document's end that let it be parsed in place (simdjson's padding).
constexpr qsizetype paddingWanted = 64;

// A JSON document in UTF-8 (a byte order mark is skipped). fileName only labels errors; data is the
// document itself. Bytes that are not UTF-8 are refused with the line and column where they start.
// Parsed with simdjson, which reads in place when data has SIMDJSON_PADDING (64) bytes of capacity
// behind its end (FactsheetReader::readFile() reads files so); progress goes from parsing through
// the funding lines. Once parsed, `data` is let go of: a large document's bytes are not kept while
// its lines are read.
FactsheetLoadResult read(QByteArray data, const QString &fileName, const ReadProgress &progress = {});

} // namespace JsonReader
