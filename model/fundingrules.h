#pragma once

#include "chartdescription.h"
#include "factsheet.h"
#include "normalisation.h"

#include <vector>

// What the area's money is, stated once: which funding lines are local money that counts, how they
// are summed, and how a normalised amount is drawn. The table's proxy, the selection summary, the
// funding chart, the normalisations and the derived figures all follow these rules, so the local
// total in the status bar, the share of it in the table and the bars of the chart always agree.
// (The JSON reader's own check, which refuses a document whose total passes 2^53 - 1, stays in the
// reader: it refuses, where these rules saturate.)
namespace FundingRules {

// A line the local total counts: the area's own money (not a national programme) with an amount
// stated. A line without an amount is never summed, drawn or shared, whatever its amount field holds.
bool countsAsLocal(const FundingLine &line);

// total + amount, stopping at the largest qint64 instead of overflowing into a negative total: the
// readers refuse such a factsheet, but one made in code can hold anything. A negative amount
// (made in code) counts as 0.
qint64 addSaturating(qint64 total, qint64 amount);

// Adds the line to a local total when countsAsLocal(); saturates.
void addToLocalTotal(qint64 &total, const FundingLine &line);

// The local total of the lines, or of those marked (non-zero) in `only` when it is not empty.
qint64 localTotal(const std::vector<FundingLine> &lines, const std::vector<char> &only = {});

// How an amount under a normalisation is drawn: whole pounds, pounds to the penny (per resident,
// per business, per 1,000 in employment) or a percentage (a share of the local total).
ChartValueKind valueKindOf(Normalisation normalisation);

} // namespace FundingRules
