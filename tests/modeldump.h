#pragma once

#include "factsheetmodel.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>

// Every row and column of a model as displayed, with the raw value and entity behind each row: two
// dumps are equal when a view could not tell the models apart.
inline QStringList dumpModel(const QAbstractItemModel &model)
{
    QStringList lines;
    lines << QString::number(model.rowCount()) + QStringLiteral(" rows");
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        const QModelIndex first = model.index(row, 0);
        cells << first.data(FactsheetModel::EntityIdRole).toString()
              << first.data(FactsheetModel::RawValueRole).toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}
