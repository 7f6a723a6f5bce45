#pragma once

#include <QString>

class QItemSelectionModel;

// What is selected, summed for the status bar: "2 selected · £12,600,000 · 72.4% of the local
// total". The money is that of the selected local funding lines only (a national programme is
// never in a local sum), its share by the rule of normalisation.h; empty when nothing is selected.
namespace SelectionSummary {

QString describe(const QItemSelectionModel *selection);

} // namespace SelectionSummary
