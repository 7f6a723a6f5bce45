#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Memory machinery, kept apart from what the format means: what it buys is a read that never takes
// more than a few times the file's size. simdjson's document (its "tape") takes 8 to 16 bytes for
// every value, so a member the reader never asks for ("zzz": [1,1,1,...]) would cost eight times
// its size and more before the reader could ignore it. Such a member's value is blanked in the
// document's own bytes before it is parsed: it becomes 0 and spaces, which cost the parser nothing.
namespace JsonReader {

// Blanks, in `document` (a whole document), the value of every member of an object that the format
// does not name (docs/data-format.md: "Unknown fields are ignored"), wherever the format says what an
// object holds: the top level, source, area, each funding line, figure, derived figure, link and
// note, the case study and its facilities. Likewise what the reader refuses whatever it holds, so
// that a refusal costs no more than an acceptance: a container where it wants a string or a number
// (or an array where it wants an object, an object where it wants an array) is emptied to [] or {},
// and in an array of objects, every element after the first that is not an object goes (the reader
// stops there). Only a document that is JSON as a whole, in UTF-8, nested at most 1,000 deep, is
// touched: anything else is left exactly as it is, for the parser to refuse with its usual message.
// Values the format names are otherwise never touched, nor is a member whose key is written with an
// escape (\u0069d is "id"). Returns how many values were blanked or emptied.
qsizetype blankUnknownMembers(QByteArray &document);

// Whether `document` is dense in values somewhere: more than one of , : [ { in 16 bytes over any MiB
// of it (or over the whole, when shorter). Only then is blankUnknownMembers() worth its time (about
// a sixth of the parse's): a sparser document costs the parser at most twice its size whatever it
// holds (a number of 16 bytes takes 16 of tape and 8 of index), while the factsheet format itself
// is sparser (indented, one in 25 bytes; compact, one in 18), so its walk would be time spent for
// nothing. Counted sixteen bytes at a time, a fifth of the walk's time.
bool isDense(QByteArrayView document);

} // namespace JsonReader
