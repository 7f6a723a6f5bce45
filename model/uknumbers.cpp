#include "uknumbers.h"

#include <QDate>

#include <optional>

namespace UkNumbers {

QLocale locale()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString pounds(qint64 amount)
{
    // The integer overload: whole pounds, no pence, as on the factsheet.
    return locale().toCurrencyString(amount, QStringLiteral("£"));
}

QString poundsAndPence(double amount)
{
    return locale().toCurrencyString(amount, QStringLiteral("£"), 2);
}

QString percent(double value)
{
    return locale().toString(value, 'f', 1) + QLatin1Char('%');
}

namespace {

// "2.5m", "10m", "45bn", "600k"; empty below a thousand.
QString shortMagnitude(qint64 amount)
{
    const QLocale uk = locale();
    // Shortest exact decimal, so £2,500,000 reads "£2.5m" and £10,000,000 "£10m".
    const auto scaled = [&uk](qint64 value, double unit) {
        return uk.toString(static_cast<double>(value) / unit, 'f', QLocale::FloatingPointShortest);
    };
    const qint64 magnitude = amount < 0 ? -amount : amount;
    if (magnitude >= 1'000'000'000)
        return QStringLiteral("%1bn").arg(scaled(amount, 1e9));
    if (magnitude >= 1'000'000)
        return QStringLiteral("%1m").arg(scaled(amount, 1e6));
    if (magnitude >= 1'000)
        return QStringLiteral("%1k").arg(scaled(amount, 1e3));
    return {};
}

} // namespace

QString shortPounds(qint64 amount)
{
    const QString magnitude = shortMagnitude(amount);
    return magnitude.isEmpty() ? pounds(amount) : QStringLiteral("£") + magnitude;
}

QString shortCount(qint64 value)
{
    const QString magnitude = shortMagnitude(value);
    return magnitude.isEmpty() ? count(value) : magnitude;
}

QString count(qint64 value)
{
    return locale().toString(value);
}

QString month(const QDate &date)
{
    return locale().toString(date, QStringLiteral("MMMM yyyy"));
}

namespace {

bool isAsciiDigit(QStringView text, qsizetype i)
{
    return i < text.size() && text[i] >= u'0' && text[i] <= u'9';
}

// The digits of a figure read so far, as the whole number they spell. At most 18 count (any more
// and the figure is too large), so the value always fits a qint64; kept without allocating, as the
// readers parse a figure for every line of a file.
class Digits
{
public:
    void append(QStringView digits)
    {
        for (const QChar digit : digits)
            push(digit.unicode() - u'0');
    }
    void appendZeros(qsizetype count)
    {
        for (qsizetype i = 0; i < count; ++i)
            push(0);
    }
    bool tooMany() const { return m_count > maxDigits; }
    qint64 value() const { return m_value; }

private:
    static constexpr qsizetype maxDigits = 18;
    void push(int digit)
    {
        if (++m_count <= maxDigits)
            m_value = m_value * 10 + digit;
    }
    qint64 m_value = 0;
    qsizetype m_count = 0;
};

// The whole part at `at`: digits in en_GB groups of three, by commas ("1,126,200") or by spaces
// ("1 126 200", one kind in one figure), or ungrouped ("45"), with no leading zero but in "0"
// itself. Appends its digits and moves `at` past it; false if malformed.
bool readWhole(QStringView text, qsizetype &at, Digits &digits)
{
    const qsizetype start = at;
    while (isAsciiDigit(text, at))
        ++at;
    const qsizetype firstGroup = at - start;
    const bool leadingZero = firstGroup > 0 && text[start] == u'0';
    if (firstGroup == 0 || (leadingZero && firstGroup > 1))
        return false;
    digits.append(text.mid(start, firstGroup));
    const auto isSeparator = [&text](qsizetype i, QChar separator) {
        return i < text.size() && (separator == u',' ? text[i] == u',' : isGroupSpace(text[i]));
    };
    const auto groupAt = [&text](qsizetype i) {
        return isAsciiDigit(text, i) && isAsciiDigit(text, i + 1) && isAsciiDigit(text, i + 2)
            && !isAsciiDigit(text, i + 3);
    };
    if (at == text.size())
        return true;
    const QChar separator = text[at] == u',' ? QChar(u',') : QChar(u' ');
    // A space is a separator only before a group of three ("£3 million" has none).
    if (!isSeparator(at, separator) || (separator == u' ' && !groupAt(at + 1)))
        return text[at] != u',';
    if (firstGroup > 3 || leadingZero)
        return false;
    while (isSeparator(at, separator) && (separator == u',' || groupAt(at + 1))) {
        if (!groupAt(at + 1))
            return false;
        digits.append(text.mid(at + 1, 3));
        at += 4;
    }
    return at == text.size() || text[at] != u',';
}

// The power of ten a suffix stands for, in any letter case: "" 0, "k" 3, "m" 6, "bn" 9, and the
// words "thousand", "million", "billion" and "thousand million" (a billion, as British usage long
// had it: one meaning), after one space or none ("£3 million"); nullopt for anything else.
std::optional<int> exponentOf(QStringView suffix)
{
    if (suffix.isEmpty())
        return 0;
    const auto is
        = [&suffix](const char *word) { return suffix.compare(QLatin1String(word), Qt::CaseInsensitive) == 0; };
    if (is("k"))
        return 3;
    if (is("m"))
        return 6;
    if (is("bn"))
        return 9;
    if (suffix.startsWith(u' '))
        suffix = suffix.mid(1);
    if (is("thousand"))
        return 3;
    if (is("million"))
        return 6;
    if (is("billion") || is("thousand million"))
        return 9;
    return std::nullopt;
}

} // namespace

bool isGroupSpace(QChar c)
{
    return c == u' ' || c.unicode() == 0x00a0 || c.unicode() == 0x2009 || c.unicode() == 0x202f;
}

qsizetype poundSignLength(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return 0;
    const char16_t c = text[at].unicode();
    if (c == u'£' || c == 0xffe1 || c == 0x20a4)
        return 1;
    // "GBP 5m", "GBP5m": the code, as a word of its own, before a digit.
    const QStringView rest = text.mid(at);
    if (!rest.startsWith(QLatin1String("GBP")) || (at > 0 && text[at - 1].isLetterOrNumber()))
        return 0;
    if (isAsciiDigit(rest, 3))
        return 3;
    return rest.size() > 4 && rest[3] == u' ' && isAsciiDigit(rest, 4) ? 4 : 0;
}

QuotedFigure readQuotedFigure(QStringView quote)
{
    // Read by hand rather than by a regular expression: both readers call this for every line of
    // a file, and a match cost more than the rest of the check. The form: an optional sign ("£",
    // "￡", "₤" or "GBP"), the whole part, optional decimals, then a magnitude (money only). ASCII
    // digits only.
    const QStringView text = quote.trimmed();
    const qsizetype sign = poundSignLength(text, 0);
    const bool money = sign > 0;
    qsizetype at = sign;
    Digits digits;
    if (!readWhole(text, at, digits))
        return {};

    QStringView decimals;
    if (at < text.size() && text[at] == u'.') {
        const qsizetype start = ++at;
        while (isAsciiDigit(text, at))
            ++at;
        decimals = text.mid(start, at - start);
        if (decimals.isEmpty())
            return {};
    }

    const std::optional<int> exponent = exponentOf(text.mid(at));
    if (!exponent || (!money && *exponent > 0))
        return {};
    // Integer arithmetic on the digits, so "£2.6m" is exactly 2,600,000 and never 2,599,999.
    if (decimals.size() > *exponent)
        return {}; // "£2.65" or "£2.6505k" would be pence
    digits.append(decimals);
    digits.appendZeros(*exponent - decimals.size());
    if (digits.tooMany())
        return {std::nullopt, true};
    return {digits.value(), false};
}

std::optional<qint64> parseQuotedFigure(const QString &quote)
{
    return readQuotedFigure(quote).value;
}

} // namespace UkNumbers
