#include "jsonnode.h"

#include "textarena.h"
#include "uknumbers.h"

#include <cmath>

namespace JsonReader {

namespace {

using ElementType = simdjson::dom::element_type;

// JSON numbers are doubles: whole numbers are exact up to 2^53, which bounds every amount and count.
constexpr auto largestExactWhole = static_cast<double>(ReaderRules::largestWhole);

} // namespace

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString describe(const Element &value)
{
    switch (value.type()) {
    case ElementType::NULL_VALUE:
        return QStringLiteral("null");
    case ElementType::BOOL:
        return value.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    case ElementType::INT64:
    case ElementType::UINT64:
    case ElementType::DOUBLE: {
        // Said as a JSON number is: a double, as people and Qt's parser read it.
        const double number = value.get_double().value_unsafe();
        if (number == std::floor(number) && std::fabs(number) <= largestExactWhole)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case ElementType::STRING:
        return LoadError::found(fromUtf8(value.get_string().value_unsafe()));
    case ElementType::ARRAY:
        return QCoreApplication::translate("JsonReader", "an array");
    case ElementType::OBJECT:
        return QCoreApplication::translate("JsonReader", "an object");
    }
    return QCoreApplication::translate("JsonReader", "nothing");
}

QString Node::path() const
{
    if (!m_parent)
        return {};
    const QString parentPath = m_parent->path();
    if (m_index >= 0)
        return QStringLiteral("%1[%2]").arg(parentPath).arg(m_index);
    const QString key = fromUtf8(m_key);
    return parentPath.isEmpty() ? key : parentPath + QLatin1Char('.') + key;
}

Node Node::field(std::string_view key) const
{
    Node found(this, key);
    for (const simdjson::dom::key_value_pair member : object()) {
        if (member.key == key) {
            found.m_value = member.value;
            found.m_present = true;
        }
    }
    return found;
}

Node Node::at(qsizetype index) const
{
    Node element(this, {});
    element.m_index = index;
    element.m_present = array().at(static_cast<size_t>(index)).get(element.m_value) == simdjson::SUCCESS;
    return element;
}

void Node::fail(const QString &expected) const
{
    if (!m_present)
        throw Invalid {path(), tr("required field is missing; expected %1").arg(expected)};
    fail(expected, describe(m_value));
}

void Node::fail(const QString &expected, const QString &got) const
{
    throw Invalid {path(), tr("expected %1, got %2").arg(expected, got)};
}

simdjson::dom::object Node::object() const
{
    if (!m_present || m_value.type() != ElementType::OBJECT)
        fail(tr("an object"));
    return m_value.get_object().value_unsafe();
}

simdjson::dom::array Node::array() const
{
    if (!m_present || m_value.type() != ElementType::ARRAY)
        fail(tr("an array"));
    return m_value.get_array().value_unsafe();
}

QString Node::text(ReaderRules::Breaks breaks, qsizetype limit) const
{
    return checked(fromUtf8(requiredUtf8()), breaks, limit);
}

QString Node::text(TextArena &arena) const
{
    return checked(arena.fromUtf8(requiredUtf8()), ReaderRules::Breaks::Refused, ReaderRules::maxFieldLength);
}

qint64 Node::wholeNumber(const QString &expected) const
{
    return checkedWhole(expected, Sign::NotNegative);
}

qint64 Node::wholeNumber(const char *expected) const
{
    if (const std::optional<qint64> value = plainWhole(Sign::NotNegative))
        return *value;
    return checkedWhole(QCoreApplication::translate("JsonReader", expected), Sign::NotNegative);
}

qint64 Node::signedWholeNumber(const QString &expected) const
{
    return checkedWhole(expected, Sign::Either);
}

std::optional<qint64> Node::plainWhole(Sign sign) const
{
    // Written as digits alone: a fraction or an exponent ("1e-400", "2.6e6", "5.0") is refused even
    // when its double is whole, as the double may not be what was written (1e-400 is read as 0).
    if (!m_present || (m_value.type() != ElementType::INT64 && m_value.type() != ElementType::UINT64))
        return std::nullopt;
    const double value = m_value.get_double().value_unsafe();
    const double smallest = sign == Sign::Either ? -largestExactWhole : 0.0;
    if (value < smallest || value > largestExactWhole)
        return std::nullopt;
    return static_cast<qint64>(value);
}

qint64 Node::checkedWhole(const QString &expected, Sign sign) const
{
    if (const std::optional<qint64> value = plainWhole(sign))
        return *value;
    // A whole number of its own but for how it is written: said so, its double being no help.
    const double value = number().value_or(0.5);
    const double smallest = sign == Sign::Either ? -largestExactWhole : 0.0;
    if (value == std::floor(value) && value >= smallest && value <= largestExactWhole)
        fail(expected, tr("a number with a fraction or an exponent"));
    fail(expected);
}

std::string_view Node::requiredUtf8() const
{
    if (!m_present || !m_value.is_string())
        fail(tr("a non-empty string"));
    return m_value.get_string().value_unsafe();
}

// Not empty, not longer than `limit`, and without control characters (tab and line feed only where
// `breaks` allows them).
QString Node::checked(QString text, ReaderRules::Breaks breaks, qsizetype limit) const
{
    if (text.size() > limit) {
        fail(tr("text of at most %1 characters").arg(UkNumbers::count(limit)),
             tr("%1 characters").arg(UkNumbers::count(text.size())));
    }
    if (QStringView(text).trimmed().isEmpty())
        fail(tr("a non-empty string"));
    if (const qsizetype at = ReaderRules::firstControlCharacter(text, breaks); at >= 0) {
        fail(breaks == ReaderRules::Breaks::Allowed ? tr("text without control characters other than tab and line feed")
                                                    : tr("text without control characters"),
             LoadError::foundAround(text, at));
    }
    return text;
}

} // namespace JsonReader
