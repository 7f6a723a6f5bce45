#pragma once

#include "areafacts.h"
#include "factsheet.h"
#include "normalisation.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

// A factsheet made ready for FactsheetModel: its derived figures added, its categories indexed,
// and what the model reads of every funding line for the local total and the funding chart found
// once. of() reads only its argument, so for a file opened in the background it runs on the
// reader's worker thread: with a million lines, each of these walks through them costs tens of
// milliseconds that the UI thread no longer spends.
class PreparedFactsheet final
{
public:
    PreparedFactsheet(); // an empty factsheet
    static PreparedFactsheet of(Factsheet factsheet);

    const std::shared_ptr<const Factsheet> &factsheet() const { return m_factsheet; }
    const Normalisations::Denominators &denominators() const { return m_facts.denominators; }
    // The document's facts (area, citation, source line, denominators, categories, notes), with the
    // amounts shown in pounds; the model sets the normalisation in force.
    const AreaFacts &facts() const { return m_facts; }

    // The funding chart's bar of the funding line at `row` (ChartMembership::fundingOrder()):
    // its order among the bars and its amount; nullopt for a line the chart does not draw.
    struct FundingBar
    {
        int order = 0;
        qint64 amount = 0;
    };
    std::optional<FundingBar> fundingBar(int row) const;

private:
    std::shared_ptr<const Factsheet> m_factsheet;
    AreaFacts m_facts;
    std::vector<FundingBar> m_fundingBars; // per funding line; an order of -1 for no bar
};
