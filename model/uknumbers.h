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
// "£10m" -> 10000000, "£3 million" or "£3 Million" -> 3000000, "£5 thousand million" -> 5000000000,
// "£950" -> 950, "1,126,200" or "1 126 200" -> 1126200; "￡5m", "₤5m" and "GBP 5m" are "£5m". Used to
// check that a stored value equals the text it quotes. nullopt when the text is not such a figure
// exactly (pence, a fraction of a count, a malformed group, more than 18 digits).
std::optional<qint64> parseQuotedFigure(const QString &quote);

// The same, saying whether a figure of the right form has too many digits for a qint64 (more than
// 18), so that readers can say so rather than call it malformed.
struct QuotedFigure
{
    std::optional<qint64> value;
    bool tooLarge = false;
};
QuotedFigure readQuotedFigure(QStringView quote);

// The length of the sign of pounds at `at` of `text`: 1 for "£", the full-width "￡" (U+FFE1) and
// the lira sign "₤" (U+20A4) that PDFs and keyboards give for it; 3 or 4 for the code "GBP" as a
// word of its own before a digit ("GBP5m", "GBP 5m"); 0 when none starts there.
qsizetype poundSignLength(QStringView text, qsizetype at);

// A space between groups of three digits ("£1 000 000"): the ordinary, no-break, thin or narrow no-break space.
bool isGroupSpace(QChar c);

} // namespace UkNumbers
