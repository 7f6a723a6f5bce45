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
// and the figure is refused), so the value always fits a qint64; kept without allocating, as the
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
    std::optional<qint64> value() const { return m_count <= maxDigits ? std::optional<qint64>(m_value) : std::nullopt; }

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

// The whole part at `at`: digits in en_GB groups of three ("1,126,200") or ungrouped ("45"), with
// no leading zero but in "0" itself. Appends its digits and moves `at` past it; false if malformed.
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
    if (at == text.size() || text[at] != u',')
        return true;
    if (firstGroup > 3 || leadingZero)
        return false;
    while (at < text.size() && text[at] == u',') {
        const bool threeDigits = isAsciiDigit(text, at + 1) && isAsciiDigit(text, at + 2) && isAsciiDigit(text, at + 3);
        if (!threeDigits || isAsciiDigit(text, at + 4))
            return false;
        digits.append(text.mid(at + 1, 3));
        at += 4;
    }
    return true;
}

// The power of ten a suffix stands for: "" 0, "k" 3, "m" 6, "bn" 9, and the words "thousand",
// "million" and "billion" (after one space or none: "£3 million"); nullopt for anything else.
std::optional<int> exponentOf(QStringView suffix)
{
    if (suffix.isEmpty())
        return 0;
    if (suffix == u"k")
        return 3;
    if (suffix == u"m")
        return 6;
    if (suffix == u"bn")
        return 9;
    if (suffix.startsWith(u' '))
        suffix = suffix.mid(1);
    if (suffix == u"thousand")
        return 3;
    if (suffix == u"million")
        return 6;
    if (suffix == u"billion")
        return 9;
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseQuotedFigure(const QString &quote)
{
    // Read by hand rather than by a regular expression: both readers call this for every line of
    // a file, and a match cost more than the rest of the check. The form: an optional "£", the
    // whole part, optional decimals, then "k", "m" or "bn" (money only). ASCII digits only.
    const QStringView text = QStringView(quote).trimmed();
    const bool money = text.startsWith(u'£');
    qsizetype at = money ? 1 : 0;
    Digits digits;
    if (!readWhole(text, at, digits))
        return std::nullopt;

    QStringView decimals;
    if (at < text.size() && text[at] == u'.') {
        const qsizetype start = ++at;
        while (isAsciiDigit(text, at))
            ++at;
        decimals = text.mid(start, at - start);
        if (decimals.isEmpty())
            return std::nullopt;
    }

    const std::optional<int> exponent = exponentOf(text.mid(at));
    if (!exponent || (!money && *exponent > 0))
        return std::nullopt;
    // Integer arithmetic on the digits, so "£2.6m" is exactly 2,600,000 and never 2,599,999.
    if (decimals.size() > *exponent)
        return std::nullopt; // "£2.65" or "£2.6505k" would be pence
    digits.append(decimals);
    digits.appendZeros(*exponent - decimals.size());
    return digits.value();
}

} // namespace UkNumbers
