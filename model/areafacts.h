#pragma once

#include "factsheet.h"
#include "normalisation.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

// One document's facts: what is true of the whole area rather than of any one of its rows.
//
// They live in one place, the model's header data (horizontal section 0, FactsheetModel::
// AreaFactsRole), rather than on every row or in an object beside the model, because
//  - a view then still needs nothing but a QAbstractItemModel and a QItemSelectionModel: any model
//    can carry them (a QStandardItemModel in a test, one area among several later);
//  - proxies pass horizontal header data through, so a view of the table's proxy reads the facts
//    of the model behind it;
//  - a change is announced the way views already listen for one (headerDataChanged, modelReset),
//    and a factsheet with no rows (an empty filter, an empty file) still has its facts.
struct AreaFacts
{
    QString areaName;    // "Stoke-on-Trent & Staffordshire"
    QString partnership; // the Local Enterprise Partnership
    QString citation;    // how to cite the factsheet (::citation())
    QString sourceLine;  // "Source: …", carried by every exported chart (::sourceLine())
    SourceInfo source;   // title, publisher, licence; and the text it was read from (textResource)
    Normalisation normalisation = Normalisation::Absolute; // how the amounts are shown now
    Normalisations::Denominators denominators;             // what a normalisation divides by
    QStringList categories;                                // the funding lines' categories, sorted for people
    QList<Note> notes;                                     // what the text reader could not place

    // The facts a model carries (through a proxy too); empty facts for a model without them.
    static AreaFacts of(const QAbstractItemModel *model);
};

Q_DECLARE_METATYPE(AreaFacts)
