#pragma once

#include "factsheet.h"
#include "normalisation.h"

#include <vector>

// Figures the summary does not state but its stated figures give, each with its working:
// employment growth since the earlier year (548,800 / 513,000 − 1 = 7.0%), apprenticeship starts
// per 1,000 residents, workers on the National Living and Minimum Wages per 1,000 in employment,
// and the local funding per resident and per business. Found by what the stated figures measure;
// a figure whose operands the summary lacks, or past 2^53 − 1 as a stated figure may not be, is not made. Marked
// derived, each quotes the sentence of its first operand and says how it was computed. Ratios to one decimal, pounds to
// the penny.
namespace DerivedFigures {

std::vector<Figure> of(const Factsheet &factsheet);
// The same with the factsheet's denominators found already (Normalisations::Denominators::of()).
std::vector<Figure> of(const Factsheet &factsheet, const Normalisations::Denominators &denominators);
// Adds them to the factsheet's figures, after the others (the model does, for every reader).
void addTo(Factsheet &factsheet);
void addTo(Factsheet &factsheet, const Normalisations::Denominators &denominators);

} // namespace DerivedFigures
