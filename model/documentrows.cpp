#include "documentrows.h"

#include "factsheetmodel.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace DocumentRows {

QList<QModelIndex> afterFundingLines(const QAbstractItemModel *model)
{
    QList<QModelIndex> rows;
    if (!model)
        return rows;
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::FundingLineKind)
            break;
        rows.append(index);
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QModelIndex entity(const QAbstractItemModel *model, const QString &entityId)
{
    if (entityId.isEmpty())
        return {};
    const QList<QModelIndex> rows = afterFundingLines(model);
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [&entityId](const QModelIndex &index) {
        return index.data(FactsheetModel::EntityIdRole).toString() == entityId;
    });
    return found == rows.cend() ? QModelIndex() : *found;
}

} // namespace DocumentRows
