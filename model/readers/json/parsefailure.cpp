#include "parsefailure.h"

#include "readers/readerrules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace JsonReader {

namespace {

LoadError malformedJson(const QByteArray &data, const QJsonParseError &error, const QString &fileName)
{
    // QJsonParseError gives a byte offset; people look for lines and columns.
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return {fileName, QCoreApplication::translate("JsonReader", "line %1, column %2").arg(line).arg(column),
            QCoreApplication::translate("JsonReader", "malformed JSON: %1").arg(error.errorString())};
}

// The \uXXXX escape at `at` of `json`, as its code unit; -1 if there is none there.
int escapedUnitAt(const QByteArray &json, qsizetype at)
{
    if (at + 6 > json.size() || json[at] != '\\' || json[at + 1] != 'u')
        return -1;
    bool ok = false;
    const int unit = json.mid(at + 2, 4).toInt(&ok, 16);
    return ok ? unit : -1;
}

// Copies the escape at `at` (a backslash in a string) to `out`, a lone surrogate's as U+FFFD's;
// returns where the escape ends.
qsizetype copyEscape(const QByteArray &json, qsizetype at, QByteArray &out)
{
    const int unit = escapedUnitAt(json, at);
    const int next
        = unit >= 0 && QChar::isHighSurrogate(static_cast<char32_t>(unit)) ? escapedUnitAt(json, at + 6) : -1;
    if (next >= 0 && QChar::isLowSurrogate(static_cast<char32_t>(next))) {
        out += json.mid(at, 12); // a pair stays
        return at + 12;
    }
    if (unit >= 0 && QChar::isSurrogate(static_cast<char32_t>(unit))) {
        out += "\\ufffd";
        return at + 6;
    }
    out += json.mid(at, 2); // any other escape
    return at + 2;
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Copies the number (or word) at `at` to `out`, an integer longer than any of 64 bits with ".0"
// after it; returns where it ends.
qsizetype copyNumber(const QByteArray &json, qsizetype at, QByteArray &out)
{
    qsizetype end = at;
    while (end < json.size() && isNumberCharacter(json[end]))
        ++end;
    const QByteArray number = json.mid(at, end - at);
    out += number;
    const bool whole = !number.contains('.') && !number.contains('e') && !number.contains('E');
    if (whole && number.size() >= 20)
        out += ".0";
    return end;
}

// Qt's own writing of a document (compact) made readable to simdjson, which is stricter in two
// ways: an escape of a lone surrogate ("\ud800" not followed by a low one, or a low one alone)
// becomes U+FFFD's, as a reader of UTF-8 would show it; and an integer beyond 64 bits (Qt writes a
// large double as its digits) gets a ".0", to be read as the double Qt read.
QByteArray readableToSimdjson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    qsizetype at = 0;
    while (at < json.size()) {
        const char c = json[at];
        if (inString && c == '\\') {
            at = copyEscape(json, at, out);
        } else if (!inString && isNumberCharacter(c)) {
            at = copyNumber(json, at, out);
        } else {
            if (c == '"')
                inString = !inString;
            out += c;
            ++at;
        }
    }
    return out;
}

} // namespace

// Why simdjson refused `data`: bytes that are not UTF-8 (with their line and column), or Qt's
// parser's message with its line and column. Should Qt's parser read it after all, no error, and
// `normalised` is the document as Qt reads it, written anew.
std::optional<LoadError> whyNotParsed(const QByteArray &data, const QString &fileName, QByteArray &normalised)
{
    if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
        return error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformedJson(data, parseError, fileName);
    normalised = readableToSimdjson(document.toJson(QJsonDocument::Compact));
    return std::nullopt;
}

} // namespace JsonReader
