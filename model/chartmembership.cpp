#include "chartmembership.h"

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
    // National money is not the area's; a line without an amount has nothing to draw.
    if (line.scope != Scope::Local || !line.hasAmount)
        return std::nullopt;
    return documentOrder;
}

} // namespace ChartMembership
