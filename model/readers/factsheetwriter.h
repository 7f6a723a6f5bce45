#pragma once

#include "factsheet.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Writes a factsheet as a document of the JSON format (docs/data-format.md), version 2, whatever
// it was read from: JsonReader reads the document back to the same factsheet, notes included.
// Derived figures are written as what they are derived from, never as values.
namespace FactsheetWriter {

QByteArray toJson(const Factsheet &factsheet);

// Saves toJson() at `path` through OutputFile::save: never onto a special file, written whole or
// left as it was, no temporary file behind. nullopt, or the message naming the path and the reason.
std::optional<QString> save(const Factsheet &factsheet, const QString &path);

} // namespace FactsheetWriter
