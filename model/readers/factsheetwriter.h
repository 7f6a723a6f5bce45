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

// Saves toJson() at `path` through QSaveFile: the file is written whole or left as it was, and no
// temporary file stays behind. nullopt, or "PATH: cannot write: REASON".
std::optional<QString> save(const Factsheet &factsheet, const QString &path);

} // namespace FactsheetWriter
