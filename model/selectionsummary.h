#pragma once

#include <QString>

class QItemSelectionModel;

// What is selected, summed for the status bar: "2 selected · £12,600,000 · 72.4% of the local
// total". The money is that of the selected local funding lines only (a national programme is
// never in a local sum), its share by the rule of normalisation.h; empty when nothing is selected.
namespace SelectionSummary {

QString describe(const QItemSelectionModel *selection);

// The selected rows, ascending, read from the selection's ranges. Views use this, not
// QItemSelectionModel::selectedRows(): in Qt 6.4 that copies the whole selection for every row it
// tests, which with a thousand rows selected costs tens of milliseconds per change.
QList<int> rows(const QItemSelectionModel *selection);

} // namespace SelectionSummary
