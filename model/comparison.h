#pragma once

#include "chartdescription.h"

#include <QString>
#include <QStringList>

class QItemSelectionModel;

// The selected funding lines side by side, for councillors who must defend what they quote: each
// line's amount and share of the local total, and in words how they differ ("Housebuilding
// infrastructure (£10,000,000) is 3.8 times Cobra Biologics (£2,600,000); £7,400,000 more"). Two
// lines are set against each other; more, each against the largest. A national programme is not
// compared with the area's lines: it is named, with the reason. Figures from normalisation.h, by
// its rounding rule (ratios to one decimal).
struct Comparison
{
    ChartDescription chart;  // the compared lines as bars, largest first, as the model shows amounts
    QStringList differences; // one sentence per pair compared
    QStringList shares;      // "Cobra Biologics: 14.9% of the local total (£17,400,000)"
    QStringList notCompared; // "Industrial Strategy programmes: national programme — not compared with local lines"
    QString emptyText;       // what the view says when fewer than one line is selected

    // Everything in words, for screen readers and the clipboard.
    QString text() const;

    // From the selection on the FactsheetModel (its selected funding lines).
    static Comparison of(const QItemSelectionModel *selection);
    // "3.8": a ratio by the rule, one decimal, en_GB.
    static QString ratioText(qint64 larger, qint64 smaller);
};
