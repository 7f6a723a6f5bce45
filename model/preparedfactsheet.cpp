#include "preparedfactsheet.h"

#include "chartmembership.h"
#include "derivedfigures.h"
#include "fundingrules.h"

PreparedFactsheet::PreparedFactsheet() : m_factsheet(std::make_shared<const Factsheet>()) { }

PreparedFactsheet PreparedFactsheet::of(Factsheet factsheet)
{
    if (factsheet.categories.isEmpty() && !factsheet.fundingLines.empty())
        factsheet.indexCategories();
    PreparedFactsheet prepared;
    // One walk through the lines for the chart's bars and the local total.
    const std::vector<FundingLine> &lines = factsheet.fundingLines;
    prepared.m_fundingBars.reserve(lines.size());
    qint64 localTotal = 0;
    for (size_t row = 0; row < lines.size(); ++row) {
        const std::optional<int> order = ChartMembership::fundingOrder(lines[row], static_cast<int>(row));
        prepared.m_fundingBars.push_back({order.value_or(-1), lines[row].amount});
        FundingRules::addToLocalTotal(localTotal, lines[row]);
    }
    // What the stated figures give, with its working, for whatever reader brought them.
    DerivedFigures::addTo(factsheet, Normalisations::Denominators::of(factsheet, localTotal));
    AreaFacts &facts = prepared.m_facts;
    facts.areaName = factsheet.area.name;
    facts.partnership = factsheet.area.partnership;
    facts.citation = ::citation(factsheet);
    facts.sourceLine = ::sourceLine(factsheet);
    facts.source = factsheet.sourceInfo;
    facts.denominators = Normalisations::Denominators::of(factsheet, localTotal);
    facts.categories = factsheet.categories;
    facts.notes = factsheet.notes;
    prepared.m_factsheet = std::make_shared<const Factsheet>(std::move(factsheet));
    return prepared;
}

std::optional<PreparedFactsheet::FundingBar> PreparedFactsheet::fundingBar(int row) const
{
    if (row < 0 || static_cast<size_t>(row) >= m_fundingBars.size()
        || m_fundingBars[static_cast<size_t>(row)].order < 0)
        return std::nullopt;
    return m_fundingBars[static_cast<size_t>(row)];
}
