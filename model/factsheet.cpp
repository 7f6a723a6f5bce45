#include "factsheet.h"

#include "uknumbers.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>

#include <QDate>

#include <algorithm>
#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<Measure, const char *>, 7> measureNames {{
    {Measure::Population, "population"},
    {Measure::Businesses, "businesses"},
    {Measure::Employment, "employment"},
    {Measure::EmploymentChange, "employmentChange"},
    {Measure::EarlierEmployment, "earlierEmployment"},
    {Measure::LivingWageWorkers, "livingWageWorkers"},
    {Measure::ApprenticeshipStarts, "apprenticeshipStarts"},
}};

// "December 2018" from "2018-12"; the text as given if it is not a month.
QString publishedMonth(const QString &published)
{
    const QDate date = QDate::fromString(published, QStringLiteral("yyyy-MM"));
    return date.isValid() ? UkNumbers::month(date) : published;
}

QString citedWork(const Factsheet &factsheet)
{
    QStringList parts {QCoreApplication::translate("Factsheet", "Industrial Strategy local summary")};
    for (const QString &part :
         {factsheet.area.name, factsheet.sourceInfo.publisher, publishedMonth(factsheet.sourceInfo.published)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString measureName(Measure measure)
{
    for (const auto &[known, name] : measureNames) {
        if (known == measure)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Measure> measureFromName(QStringView name)
{
    for (const auto &[measure, known] : measureNames) {
        if (name == QLatin1String(known))
            return measure;
    }
    return std::nullopt;
}

QString citation(const Factsheet &factsheet)
{
    const QString licence = factsheet.sourceInfo.licence;
    return licence.isEmpty() ? citedWork(factsheet)
                             : QCoreApplication::translate("Factsheet", "%1 (%2)").arg(citedWork(factsheet), licence);
}

QString sourceLine(const Factsheet &factsheet)
{
    const QString licence = factsheet.sourceInfo.licence;
    return licence.isEmpty()
        ? QCoreApplication::translate("Factsheet", "Source: %1.").arg(citedWork(factsheet))
        : QCoreApplication::translate("Factsheet", "Source: %1. %2.").arg(citedWork(factsheet), licence);
}

const FundingLine *Factsheet::fundingLine(const QString &id) const
{
    const auto it = std::find_if(fundingLines.cbegin(), fundingLines.cend(),
                                 [&id](const FundingLine &line) { return line.id == id; });
    return it == fundingLines.cend() ? nullptr : &*it;
}

const Figure *Factsheet::figure(const QString &id) const
{
    const auto it
        = std::find_if(figures.cbegin(), figures.cend(), [&id](const Figure &figure) { return figure.id == id; });
    return it == figures.cend() ? nullptr : &*it;
}

void Factsheet::indexCategories()
{
    // The readers share one string among the lines of a category: a string whose characters
    // were seen already is no new category, which spares hashing it a million times.
    QSet<const QChar *> seen;
    QSet<QString> distinct;
    for (const FundingLine &line : fundingLines) {
        if (!seen.contains(line.category.constData())) {
            seen.insert(line.category.constData());
            distinct.insert(line.category);
        }
    }
    indexCategories(distinct);
}

void Factsheet::indexCategories(const QSet<QString> &distinct)
{
    categories = QStringList(distinct.cbegin(), distinct.cend());
    QCollator collator(UkNumbers::locale());
    std::sort(categories.begin(), categories.end(), collator);
}

std::optional<Figure> differenceFigure(Figure header, const Figure &from, const Figure &minus)
{
    if (from.value < minus.value)
        return std::nullopt;
    header.value = from.value - minus.value;
    header.derived = true;
    header.quote.clear();
    header.source = from.source;
    header.difference = QStringList {from.id, minus.id};
    // Less a decrease is plus its size: said so, rather than as "− −1,200".
    header.derivation
        = (minus.value < 0 ? QCoreApplication::translate("Factsheet", "%1 (%2) + %3 (the decrease: %4) = %5")
                           : QCoreApplication::translate("Factsheet", "%1 (%2) − %3 (%4) = %5"))
              .arg(UkNumbers::count(from.value), from.label.toLower(),
                   UkNumbers::count(minus.value < 0 ? -minus.value : minus.value), minus.label.toLower(),
                   UkNumbers::count(header.value));
    return header;
}
