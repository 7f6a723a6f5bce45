#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Every number and sum of money the app shows goes through here, so all of them read the way the
// factsheet's readers expect: en_GB grouping, pounds sterling, no pence (the factsheet has none).
namespace UkNumbers {

QLocale locale();

// "£2,600,000"
QString pounds(qint64 amount);
// "£2.31", "£1,234.50": a normalised amount, already rounded to the penny.
QString poundsAndPence(double amount);
// "14.9%", "57.5%": a share, already rounded to a tenth of a percent.
QString percent(double value);
// "£2.5m", "£10m", "£45bn", "£950": for axis ticks, where the exact figure is shown elsewhere.
QString shortPounds(qint64 amount);
// "548,800"
QString count(qint64 value);
// "600k", "1.2m", "950": for axis ticks, where the exact figure is shown elsewhere.
QString shortCount(qint64 value);
// "September 2017"
QString month(const QDate &date);

// The value of a figure as the factsheet prints it: "£2.6m" -> 2600000, "£45bn" -> 45000000000,
// "£10m" -> 10000000, "£3 million" -> 3000000, "£950" -> 950, "1,126,200" -> 1126200. Used to check that a stored value
// equals the text it quotes. nullopt when the text is not such a figure.
std::optional<qint64> parseQuotedFigure(const QString &quote);

} // namespace UkNumbers
