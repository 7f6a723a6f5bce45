#pragma once

#include "readers/readerrules.h"

#include <QCoreApplication>
#include <QString>

#include <simdjson.h>

#include <array>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>

class TextArena;

// The JSON reader's view of a parsed document: one value at a time, with where it is, so that
// every complaint names its JSON path. Every file of model/readers/json/ reads through this one.
namespace JsonReader {

// Thrown by a Node that is not what the format wants, caught at the reader's boundary (read() in
// jsonreader.cpp): validation reads top to bottom instead of checking a status after every field.
struct Invalid
{
    QString place;
    QString message;
};

// Thrown when the read is no longer wanted (ReadProgress), caught where Invalid is.
struct Cancelled
{
};

using Element = simdjson::dom::element;

QString fromUtf8(std::string_view text);
// A value as a complaint says what was found: a number as people read it, a string quoted.
QString describe(const Element &value);

// A value together with where it is. The path is spelled out only when a complaint needs it:
// building it for every field of a million lines would cost more than reading them. A node refers
// to its parent, so it must not outlive it (children are only ever used within their parent's
// scope). A field that is not there is a node too, one that has no value.
class Node
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit Node(Element value) : m_value(value), m_present(true) { }

    QString path() const;
    bool isAbsent() const { return !m_present || m_value.is_null(); }
    bool isText(std::string_view text) const
    {
        return m_present && m_value.is_string() && m_value.get_string().value_unsafe() == text;
    }
    // A string's bytes, as the document has them once unescaped; empty for anything else.
    std::string_view utf8() const
    {
        return m_present && m_value.is_string() ? m_value.get_string().value_unsafe() : std::string_view();
    }
    std::optional<double> number() const
    {
        if (!m_present || !m_value.is_number())
            return std::nullopt;
        return m_value.get_double().value_unsafe();
    }

    // The field `key` of this object. Should a key come twice, the last one counts, as in Qt's own
    // parser (QJsonDocument) and in JavaScript.
    Node field(std::string_view key) const;
    qsizetype size() const { return static_cast<qsizetype>(array().size()); }
    // The element at `index`: found by walking the array, so only for short ones (forEach() walks a long one).
    Node at(qsizetype index) const;
    // visit(element, index) for each element of this array, in order.
    template<typename Visit> void forEach(Visit &&visit) const
    {
        forEach(0, std::numeric_limits<qsizetype>::max(), std::forward<Visit>(visit));
    }
    // The same for the elements [begin, end) only (those before are stepped over, not read).
    template<typename Visit> void forEach(qsizetype begin, qsizetype end, Visit &&visit) const
    {
        qsizetype index = 0;
        for (const Element value : array()) {
            if (index >= end)
                break;
            if (index >= begin) {
                Node element(this, {});
                element.m_value = value;
                element.m_present = true;
                element.m_index = index;
                visit(element, index);
            }
            ++index;
        }
    }

    [[noreturn]] void fail(const QString &expected) const;
    // With what was got said in other words than the value itself (a length, a total).
    [[noreturn]] void fail(const QString &expected, const QString &got) const;

    simdjson::dom::object object() const;
    simdjson::dom::array array() const;

    // A required string: not empty, not longer than `limit`, and without control characters (tab
    // and line feed only where `breaks` allows them: text of several paragraphs).
    QString text(ReaderRules::Breaks breaks = ReaderRules::Breaks::Refused,
                 qsizetype limit = ReaderRules::maxFieldLength) const;
    // The same, written into `arena`: for the many strings of the funding lines.
    QString text(TextArena &arena) const;
    QString optionalText(ReaderRules::Breaks breaks = ReaderRules::Breaks::Refused) const
    {
        return isAbsent() ? QString() : text(breaks);
    }
    QString optionalText(TextArena &arena) const { return isAbsent() ? QString() : text(arena); }

    // A whole number, 0 or more and at most ReaderRules::largestWhole, written as digits alone (no
    // fraction, no exponent: 1e-400 would be read as 0).
    qint64 wholeNumber(const QString &expected) const;
    // The same, `expected` translated only should it be said (QT_TRANSLATE_NOOP in the context
    // "JsonReader"): for a field of every funding line, where translating it each time would cost
    // more than reading it.
    qint64 wholeNumber(const char *expected) const;
    // A whole number that may be negative, as large either way as wholeNumber() allows.
    qint64 signedWholeNumber(const QString &expected) const;

    // The fields `keys` of this object, found in one walk over its members (the last of a key that
    // comes twice, as field() finds it): for the objects read a million times.
    template<size_t N> std::array<Node, N> fields(const std::array<std::string_view, N> &keys) const
    {
        std::array<Node, N> found = absentFields(keys, std::make_index_sequence<N>());
        for (const simdjson::dom::key_value_pair member : object()) {
            for (Node &field : found) {
                if (member.key == field.m_key) {
                    field.m_value = member.value;
                    field.m_present = true;
                    break;
                }
            }
        }
        return found;
    }

private:
    // A child not yet found: absent until given a value.
    Node(const Node *parent, std::string_view key) : m_parent(parent), m_key(key) { }

    template<size_t N, size_t... I>
    std::array<Node, N> absentFields(const std::array<std::string_view, N> &keys,
                                     std::index_sequence<I...> /*indexes*/) const
    {
        return {Node(this, keys[I])...};
    }

    enum class Sign { NotNegative, Either };
    // The whole number this is, written as digits alone and within ReaderRules::largestWhole (and
    // 0 or more unless `sign` allows either); nullopt for anything else.
    std::optional<qint64> plainWhole(Sign sign) const;
    // The same, or fail(expected) saying what was found.
    qint64 checkedWhole(const QString &expected, Sign sign) const;
    // A required string's bytes.
    std::string_view requiredUtf8() const;
    QString checked(QString text, ReaderRules::Breaks breaks, qsizetype limit) const;

    Element m_value;
    bool m_present = false;
    const Node *m_parent = nullptr;
    std::string_view m_key; // within an object: a literal of the reader's
    qsizetype m_index = -1; // within an array
};

} // namespace JsonReader
