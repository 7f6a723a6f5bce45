#include "uknumbers.h"

#include <QDate>
#include <QRegularExpression>

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

QString shortPounds(qint64 amount)
{
    const QLocale uk = locale();
    // Shortest exact decimal, so £2,500,000 reads "£2.5m" and £10,000,000 "£10m".
    const auto scaled = [&uk](qint64 value, double unit) {
        return uk.toString(static_cast<double>(value) / unit, 'f', QLocale::FloatingPointShortest);
    };
    const qint64 magnitude = amount < 0 ? -amount : amount;
    if (magnitude >= 1'000'000'000)
        return QStringLiteral("£%1bn").arg(scaled(amount, 1e9));
    if (magnitude >= 1'000'000)
        return QStringLiteral("£%1m").arg(scaled(amount, 1e6));
    if (magnitude >= 1'000)
        return QStringLiteral("£%1k").arg(scaled(amount, 1e3));
    return pounds(amount);
}

QString count(qint64 value)
{
    return locale().toString(value);
}

QString month(const QDate &date)
{
    return locale().toString(date, QStringLiteral("MMMM yyyy"));
}

std::optional<qint64> parseQuotedFigure(const QString &quote)
{
    // Digits with optional en_GB grouping and decimals, then an optional magnitude suffix.
    static const QRegularExpression pattern(QStringLiteral(R"(^(£)?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?(k|m|bn)?$)"));
    const QRegularExpressionMatch match = pattern.match(quote.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const bool money = match.hasCaptured(1);
    const QString suffix = match.captured(4);
    if (!money && !suffix.isEmpty())
        return std::nullopt;

    int exponent = 0;
    if (suffix == QLatin1String("k"))
        exponent = 3;
    else if (suffix == QLatin1String("m"))
        exponent = 6;
    else if (suffix == QLatin1String("bn"))
        exponent = 9;

    // Integer arithmetic on the digits, so "£2.6m" is exactly 2,600,000 and never 2,599,999.
    QString digits = match.captured(2).remove(QLatin1Char(','));
    QString decimals = match.captured(3);
    if (decimals.size() > exponent)
        return std::nullopt; // "£2.65" or "£2.6505k" would be pence
    decimals += QString(exponent - decimals.size(), QLatin1Char('0'));
    digits += decimals;
    if (digits.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace UkNumbers
