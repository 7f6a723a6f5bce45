#include "areafacts.h"

#include "factsheetmodel.h"

#include <QAbstractItemModel>

AreaFacts AreaFacts::of(const QAbstractItemModel *model)
{
    if (!model)
        return {};
    return model->headerData(0, Qt::Horizontal, FactsheetModel::AreaFactsRole).value<AreaFacts>();
}
