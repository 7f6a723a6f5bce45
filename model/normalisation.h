#pragma once

#include "factsheet.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Funding lines set against the area: per resident, per business, per 1,000 people in employment,
// or as a share of the local total. The one place these figures are computed; the table, the
// funding chart, the comparison, the status bar and every export show what this says. The rule
// for rounding, stated once (README "Normalised figures"): pounds per resident, per business and
// per 1,000 in employment to the penny, shares to one decimal place of a percent, half away from
// zero. A normalisation that makes no sense is refused with its reason instead of computed: the
// national programmes line is not the area's money.
enum class Normalisation { Absolute, PerResident, PerBusiness, PerThousandEmployed, ShareOfLocalTotal };

namespace Normalisations {

// absolute, per-resident, per-business, per-1000-employed, share-of-local-total
QStringList names();
// Every normalisation, in the order names() gives and people choose from.
QList<Normalisation> all();
// For people choosing one: "Pounds", "Per resident", "Per business", "Per 1,000 in employment",
// "Share of the local total".
QString label(Normalisation normalisation);
QString name(Normalisation normalisation);
std::optional<Normalisation> fromName(const QString &name);

// The stated figures a normalisation divides by, read from what each figure measures.
struct Denominators
{
    qint64 population = 0;
    qint64 businesses = 0;
    qint64 employment = 0;
    qint64 localTotal = 0; // FundingRules::localTotal(): the local lines with an amount; saturates

    static Denominators of(const Factsheet &factsheet);
    // The same with the local total summed already, line by line with FundingRules::addToLocalTotal().
    static Denominators of(const Factsheet &factsheet, qint64 localTotal);
};

struct Figure
{
    std::optional<double> value; // rounded by the rule; nullopt when refused
    QString text; // "£2.31", "14.9%", or the refusal: "national programme — not comparable per resident"
};

// The line's amount under the normalisation.
Figure normalise(const FundingLine &line, Normalisation normalisation, const Denominators &denominators);
// Any amount of the area's money (a sum of local lines) under the normalisation.
Figure normaliseLocal(qint64 amount, Normalisation normalisation, const Denominators &denominators);

// "Amount", "Amount per resident (population 1,126,200)", "Share of the local total (£17,400,000)".
QString header(Normalisation normalisation, const Denominators &denominators);
// "per resident — population 1,126,200": what a normalised figure is, beside it; empty for absolute.
QString denominatorNote(Normalisation normalisation, const Denominators &denominators);
// The words shown where a line cannot be normalised, "national programme — not comparable per resident".
QString nationalRefusal(Normalisation normalisation);

// Rounding, by the rule above.
double toPence(double pounds);
double toTenthOfPercent(double percent);

} // namespace Normalisations
