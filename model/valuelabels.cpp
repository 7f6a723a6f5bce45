#include "valuelabels.h"

#include "uknumbers.h"

#include <cmath>

namespace ValueLabels {

QStringList styleNames()
{
    return {QStringLiteral("exact"), QStringLiteral("short")};
}

std::optional<Style> styleFromName(const QString &name)
{
    if (name == QLatin1String("exact"))
        return Style::Exact;
    if (name == QLatin1String("short"))
        return Style::Short;
    return std::nullopt;
}

QString nameOf(Style style)
{
    return style == Style::Short ? QStringLiteral("short") : QStringLiteral("exact");
}

QString shortPounds(qint64 amount)
{
    const qint64 magnitude = amount < 0 ? -amount : amount;
    struct Unit
    {
        qint64 size;
        const char *suffix;
    };
    for (const Unit unit : {Unit {1'000'000'000, "bn"}, Unit {1'000'000, "m"}, Unit {1'000, "k"}}) {
        if (magnitude < unit.size)
            continue;
        // Integer arithmetic: exact in tenths of the unit, or not shortened at all.
        const qint64 tenth = unit.size / 10;
        if (magnitude % tenth != 0)
            break;
        const qint64 tenths = magnitude / tenth;
        const QString whole = UkNumbers::count(tenths / 10);
        const QString number
            = tenths % 10 == 0 ? whole : whole + UkNumbers::locale().decimalPoint() + QString::number(tenths % 10);
        return (amount < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + number + QLatin1String(unit.suffix);
    }
    return UkNumbers::pounds(amount);
}

QString barText(const ChartBar &bar, ChartValueKind kind, Style style)
{
    if (style == Style::Exact || kind != ChartValueKind::Pounds)
        return bar.valueText;
    const auto amount = static_cast<qint64>(std::llround(bar.value));
    // A label that says more than the figure (a qualifier, a unit) is left as it is.
    if (bar.valueText != UkNumbers::pounds(amount))
        return bar.valueText;
    return shortPounds(amount);
}

QString tickText(const ChartDescription &chart, double value, Style style)
{
    if (value > 0 && value < 1) {
        QString number = UkNumbers::locale().toString(value, 'f', QLocale::FloatingPointShortest);
        switch (chart.valueKind) {
        case ChartValueKind::Pounds:
        case ChartValueKind::Pence:
            return QStringLiteral("£") + number;
        case ChartValueKind::Percent:
            return number + QLatin1Char('%');
        case ChartValueKind::Count:
            return number;
        }
    }
    if (chart.valueKind == ChartValueKind::Pounds && style == Style::Exact)
        return UkNumbers::pounds(static_cast<qint64>(std::llround(value)));
    return chart.tickText(value);
}

} // namespace ValueLabels
