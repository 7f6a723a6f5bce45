#include "chartmembership.h"

#include "fundingrules.h"

namespace ChartMembership {

QStringList chartNames()
{
    return {employment, apprenticeshipsAndWages, funding};
}

std::optional<Place> placeOf(Measure measure)
{
    switch (measure) {
    case Measure::EarlierEmployment:
        return Place {employment, 0}; // the earlier year first, as time runs
    case Measure::Employment:
        return Place {employment, 1};
    case Measure::ApprenticeshipStarts:
        return Place {apprenticeshipsAndWages, 0};
    case Measure::LivingWageWorkers:
        return Place {apprenticeshipsAndWages, 1};
    case Measure::Unspecified:
    case Measure::Population:
    case Measure::Businesses:
    case Measure::EmploymentChange: // shown as the gap between the two employment bars
        break;
    }
    return std::nullopt;
}

std::optional<Place> placeOf(const FundingLine &line, int documentOrder)
{
    const std::optional<int> order = fundingOrder(line, documentOrder);
    return order ? std::optional<Place>(Place {funding, *order}) : std::nullopt;
}

std::optional<int> fundingOrder(const FundingLine &line, int documentOrder)
{
    // The area's own money only (FundingRules): national money would flatten every local bar, and a
    // line without an amount has nothing to draw.
    if (!FundingRules::countsAsLocal(line))
        return std::nullopt;
    return documentOrder;
}

} // namespace ChartMembership
