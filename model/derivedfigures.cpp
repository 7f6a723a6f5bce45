#include "derivedfigures.h"

#include "normalisation.h"
#include "readers/readerrules.h"
#include "uknumbers.h"

#include <QCoreApplication>

#include <cmath>

namespace {

const Figure *stated(const Factsheet &factsheet, Measure measure)
{
    for (const Figure &figure : factsheet.figures) {
        if (figure.measure == measure && !figure.ratio)
            return &figure;
    }
    return nullptr;
}

// Derived figures obey the limit of stated ones: past 2^53 - 1 a figure would be shown wrong, so it
// is not made (a rate of a huge count per a tiny one, a growth from almost nothing).
bool withinLimit(double value)
{
    return std::abs(value) <= static_cast<double>(ReaderRules::largestWhole);
}

double toTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString operand(qint64 value, const QString &label)
{
    return QCoreApplication::translate("DerivedFigures", "%1 (%2)").arg(UkNumbers::count(value), label.toLower());
}

Figure derived(const QString &id, const QString &label, const QString &unit, const Figure &first, double value,
               const QString &text, const QString &derivation)
{
    Figure figure;
    figure.id = id;
    figure.group = first.group;
    figure.label = label;
    figure.shortLabel = label;
    figure.unit = unit;
    figure.ratio = value;
    figure.ratioText = text;
    figure.value = static_cast<qint64>(std::llround(value));
    figure.derived = true;
    figure.source = first.source;
    figure.derivation = derivation;
    return figure;
}

// "per 1,000" rates: a count per 1,000 of another, to one decimal.
void addRate(std::vector<Figure> &figures, const QString &id, const QString &label, const QString &unit,
             const Figure *count, const Figure *per)
{
    if (!count || !per || per->value <= 0)
        return;
    const double rate = toTenth(static_cast<double>(count->value) / static_cast<double>(per->value) * 1000.0);
    if (!withinLimit(rate))
        return;
    const QString text = UkNumbers::locale().toString(rate, 'f', 1);
    figures.push_back(derived(id, label, unit, *count, rate, text,
                              QCoreApplication::translate("DerivedFigures", "%1 / %2 × 1,000 = %3")
                                  .arg(operand(count->value, count->label), operand(per->value, per->label), text)));
}

} // namespace

namespace DerivedFigures {

std::vector<Figure> of(const Factsheet &factsheet)
{
    return of(factsheet, Normalisations::Denominators::of(factsheet));
}

std::vector<Figure> of(const Factsheet &factsheet, const Normalisations::Denominators &denominators)
{
    std::vector<Figure> figures;
    const Figure *employment = stated(factsheet, Measure::Employment);
    const Figure *earlier = stated(factsheet, Measure::EarlierEmployment);
    const Figure *population = stated(factsheet, Measure::Population);
    const Figure *businesses = stated(factsheet, Measure::Businesses);
    const double growth = employment && earlier && earlier->value > 0
        ? toTenth((static_cast<double>(employment->value) / static_cast<double>(earlier->value) - 1.0) * 100.0)
        : 0.0;
    if (employment && earlier && earlier->value > 0 && withinLimit(growth)) {
        const QString text = UkNumbers::percent(growth);
        const QString year = earlier->shortLabel.section(QLatin1Char(' '), 0, 0);
        figures.push_back(derived(
            QStringLiteral("employment-growth-since-%1").arg(year),
            QCoreApplication::translate("DerivedFigures", "Employment growth since %1").arg(year),
            QStringLiteral("percent"), *employment, growth, text,
            QCoreApplication::translate("DerivedFigures", "%1 / %2 − 1 = %3")
                .arg(operand(employment->value, employment->label), operand(earlier->value, earlier->label), text)));
    }
    addRate(figures, QStringLiteral("apprenticeship-starts-per-1000-residents"),
            QCoreApplication::translate("DerivedFigures", "Apprenticeship starts per 1,000 residents"),
            QStringLiteral("per 1,000 residents"), stated(factsheet, Measure::ApprenticeshipStarts), population);
    addRate(figures, QStringLiteral("living-wage-workers-per-1000-employed"),
            QCoreApplication::translate("DerivedFigures",
                                        "Workers on the National Living and Minimum Wages per 1,000 in employment"),
            QStringLiteral("per 1,000 in employment"), stated(factsheet, Measure::LivingWageWorkers), employment);

    const auto perHead = [&](const QString &id, const QString &label, const QString &unit, const Figure *by,
                             Normalisation normalisation) {
        if (!by || by->value <= 0 || denominators.localTotal <= 0)
            return;
        const Normalisations::Figure value
            = Normalisations::normaliseLocal(denominators.localTotal, normalisation, denominators);
        if (!value.value)
            return;
        Figure figure
            = derived(id, label, unit, *by, *value.value, value.text,
                      QCoreApplication::translate("DerivedFigures", "%1 (local funding lines) / %2 = %3")
                          .arg(UkNumbers::pounds(denominators.localTotal), operand(by->value, by->label), value.text));
        figures.push_back(std::move(figure));
    };
    perHead(QStringLiteral("local-funding-per-resident"),
            QCoreApplication::translate("DerivedFigures", "Local funding per resident"),
            QStringLiteral("GBP per resident"), population, Normalisation::PerResident);
    perHead(QStringLiteral("local-funding-per-business"),
            QCoreApplication::translate("DerivedFigures", "Local funding per business"),
            QStringLiteral("GBP per business"), businesses, Normalisation::PerBusiness);
    return figures;
}

void addTo(Factsheet &factsheet)
{
    addTo(factsheet, Normalisations::Denominators::of(factsheet));
}

void addTo(Factsheet &factsheet, const Normalisations::Denominators &denominators)
{
    for (Figure &figure : of(factsheet, denominators))
        factsheet.figures.push_back(std::move(figure));
}

} // namespace DerivedFigures
