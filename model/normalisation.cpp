#include "normalisation.h"

#include "fundingrules.h"
#include "uknumbers.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace {

// Each normalisation's name (the command line's, the settings') and its label for people: the one list.
struct Named
{
    Normalisation normalisation;
    const char *name;
    const char *label;
};
constexpr std::array<Named, 5> normalisationNames {{
    {Normalisation::Absolute, "absolute", QT_TRANSLATE_NOOP("Normalisation", "Pounds")},
    {Normalisation::PerResident, "per-resident", QT_TRANSLATE_NOOP("Normalisation", "Per resident")},
    {Normalisation::PerBusiness, "per-business", QT_TRANSLATE_NOOP("Normalisation", "Per business")},
    {Normalisation::PerThousandEmployed, "per-1000-employed",
     QT_TRANSLATE_NOOP("Normalisation", "Per 1,000 in employment")},
    {Normalisation::ShareOfLocalTotal, "share-of-local-total",
     QT_TRANSLATE_NOOP("Normalisation", "Share of the local total")},
}};

qint64 figureOf(const Factsheet &factsheet, Measure measure)
{
    for (const Figure &figure : factsheet.figures) {
        if (figure.measure == measure && !figure.derived)
            return figure.value;
    }
    return 0;
}

// What the figure is divided by, and what a missing one is called.
struct Divisor
{
    double by = 0;
    const char *missing = nullptr;
};

Divisor divisorOf(Normalisation normalisation, const Normalisations::Denominators &denominators)
{
    switch (normalisation) {
    case Normalisation::PerResident:
        return {static_cast<double>(denominators.population), QT_TRANSLATE_NOOP("Normalisation", "population")};
    case Normalisation::PerBusiness:
        return {static_cast<double>(denominators.businesses), QT_TRANSLATE_NOOP("Normalisation", "businesses")};
    case Normalisation::PerThousandEmployed:
        return {static_cast<double>(denominators.employment) / 1000.0,
                QT_TRANSLATE_NOOP("Normalisation", "people in employment")};
    case Normalisation::ShareOfLocalTotal:
        return {static_cast<double>(denominators.localTotal) / 100.0,
                QT_TRANSLATE_NOOP("Normalisation", "local funding")};
    case Normalisation::Absolute:
        break;
    }
    return {1.0, nullptr};
}

} // namespace

namespace Normalisations {

QStringList names()
{
    QStringList list;
    for (const Named &named : normalisationNames)
        list << QLatin1String(named.name);
    return list;
}

QList<Normalisation> all()
{
    QList<Normalisation> list;
    for (const Named &named : normalisationNames)
        list << named.normalisation;
    return list;
}

QString name(Normalisation normalisation)
{
    for (const Named &named : normalisationNames) {
        if (named.normalisation == normalisation)
            return QLatin1String(named.name);
    }
    return {};
}

QString label(Normalisation normalisation)
{
    for (const Named &named : normalisationNames) {
        if (named.normalisation == normalisation)
            return QCoreApplication::translate("Normalisation", named.label);
    }
    return {};
}

std::optional<Normalisation> fromName(const QString &name)
{
    for (const Named &named : normalisationNames) {
        if (name == QLatin1String(named.name))
            return named.normalisation;
    }
    return std::nullopt;
}

Denominators Denominators::of(const Factsheet &factsheet)
{
    return of(factsheet, FundingRules::localTotal(factsheet.fundingLines));
}

Denominators Denominators::of(const Factsheet &factsheet, qint64 localTotal)
{
    Denominators denominators;
    denominators.population = figureOf(factsheet, Measure::Population);
    denominators.businesses = figureOf(factsheet, Measure::Businesses);
    denominators.employment = figureOf(factsheet, Measure::Employment);
    denominators.localTotal = localTotal;
    return denominators;
}

double toPence(double pounds)
{
    return std::round(pounds * 100.0) / 100.0;
}

double toTenthOfPercent(double percent)
{
    return std::round(percent * 10.0) / 10.0;
}

QString nationalRefusal(Normalisation normalisation)
{
    switch (normalisation) {
    case Normalisation::PerResident:
        return QCoreApplication::translate("Normalisation", "national programme — not comparable per resident");
    case Normalisation::PerBusiness:
        return QCoreApplication::translate("Normalisation", "national programme — not comparable per business");
    case Normalisation::PerThousandEmployed:
        return QCoreApplication::translate("Normalisation",
                                           "national programme — not comparable per 1,000 in employment");
    case Normalisation::ShareOfLocalTotal:
        return QCoreApplication::translate("Normalisation", "national programme — not part of the local total");
    case Normalisation::Absolute:
        break;
    }
    return {};
}

Figure normaliseLocal(qint64 amount, Normalisation normalisation, const Denominators &denominators)
{
    if (normalisation == Normalisation::Absolute)
        return {static_cast<double>(amount), UkNumbers::pounds(amount)};
    const Divisor divisor = divisorOf(normalisation, denominators);
    if (divisor.by <= 0)
        return {std::nullopt,
                QCoreApplication::translate("Normalisation", "not computed: the summary gives no %1")
                    .arg(QCoreApplication::translate("Normalisation", divisor.missing))};
    const double quotient = static_cast<double>(amount) / divisor.by;
    if (normalisation == Normalisation::ShareOfLocalTotal) {
        const double share = toTenthOfPercent(quotient);
        return {share, UkNumbers::percent(share)};
    }
    const double pounds = toPence(quotient);
    return {pounds, UkNumbers::poundsAndPence(pounds)};
}

Figure normalise(const FundingLine &line, Normalisation normalisation, const Denominators &denominators)
{
    if (!line.hasAmount)
        return {std::nullopt, QCoreApplication::translate("Normalisation", "amount not stated")};
    if (normalisation != Normalisation::Absolute && line.scope == Scope::National)
        return {std::nullopt, nationalRefusal(normalisation)};
    Figure figure = normaliseLocal(line.amount, normalisation, denominators);
    if (normalisation == Normalisation::Absolute && !line.amountQualifier.isEmpty())
        figure.text = QCoreApplication::translate("Normalisation", "%1 %2").arg(line.amountQualifier, figure.text);
    return figure;
}

QString header(Normalisation normalisation, const Denominators &denominators)
{
    switch (normalisation) {
    case Normalisation::PerResident:
        return QCoreApplication::translate("Normalisation", "Amount per resident (population %1)")
            .arg(UkNumbers::count(denominators.population));
    case Normalisation::PerBusiness:
        return QCoreApplication::translate("Normalisation", "Amount per business (%1 businesses)")
            .arg(UkNumbers::count(denominators.businesses));
    case Normalisation::PerThousandEmployed:
        return QCoreApplication::translate("Normalisation", "Amount per 1,000 in employment (%1 in employment)")
            .arg(UkNumbers::count(denominators.employment));
    case Normalisation::ShareOfLocalTotal:
        return QCoreApplication::translate("Normalisation", "Share of the local total (%1)")
            .arg(UkNumbers::pounds(denominators.localTotal));
    case Normalisation::Absolute:
        break;
    }
    return QCoreApplication::translate("Normalisation", "Amount");
}

QString denominatorNote(Normalisation normalisation, const Denominators &denominators)
{
    switch (normalisation) {
    case Normalisation::PerResident:
        return QCoreApplication::translate("Normalisation", "per resident — population %1")
            .arg(UkNumbers::count(denominators.population));
    case Normalisation::PerBusiness:
        return QCoreApplication::translate("Normalisation", "per business — %1 businesses")
            .arg(UkNumbers::count(denominators.businesses));
    case Normalisation::PerThousandEmployed:
        return QCoreApplication::translate("Normalisation", "per 1,000 in employment — %1 in employment")
            .arg(UkNumbers::count(denominators.employment));
    case Normalisation::ShareOfLocalTotal:
        return QCoreApplication::translate("Normalisation", "of the local total — %1")
            .arg(UkNumbers::pounds(denominators.localTotal));
    case Normalisation::Absolute:
        break;
    }
    return {};
}

} // namespace Normalisations
