#pragma once

#include <QList>
#include <QModelIndex>
#include <QString>

class QAbstractItemModel;

// The rows of a factsheet's model that are not funding lines (its figures and its case study), found
// by role alone, for views that know no concrete model. They follow the funding lines (the row
// layout factsheetmodel.h states), so they are looked for from the last row back to the first
// funding line met: with a million lines, the header and the detail pane still read a few rows.
namespace DocumentRows {

// The rows after the funding lines, column 0, in row order.
QList<QModelIndex> afterFundingLines(const QAbstractItemModel *model);
// The one among them whose EntityIdRole is entityId (a figure, the case study); invalid if none.
QModelIndex entity(const QAbstractItemModel *model, const QString &entityId);

} // namespace DocumentRows
