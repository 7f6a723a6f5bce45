#pragma once

#include "readers/loadresult.h"

#include <QByteArray>
#include <QString>

#include <optional>

// When simdjson refuses a document: why, said with care rather than speed (it is rare), in the words
// of Qt's own parser, which people and the rest of the app know.
namespace JsonReader {

// Why simdjson refused `data`: bytes that are not UTF-8 (with their line and column), or Qt's
// parser's message with its line and column. Should Qt's parser read it after all, no error, and
// `normalised` is the document as Qt reads it, written anew so that simdjson reads it too (an
// escaped lone surrogate becomes U+FFFD's, an integer beyond 64 bits gets a ".0", read as the
// double Qt read).
std::optional<LoadError> whyNotParsed(const QByteArray &data, const QString &fileName, QByteArray &normalised);

} // namespace JsonReader
