#pragma once

#include "factsheet.h"

#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <optional>

// Which chart a factsheet entity is drawn in, and where: decided here from what a figure
// measures, never from its id, so every reader and every view agrees. The model hands the result
// out as FactsheetModel::ChartRole and ChartOrderRole.
namespace ChartMembership {

// The charts, by the names the command line and the exports use.
inline const QString employment = QStringLiteral("employment");
inline const QString apprenticeshipsAndWages = QStringLiteral("apprenticeships-and-wages");
inline const QString funding = QStringLiteral("funding");
// The three charts in one picture: not a chart of its own that entities belong to.
inline const QString dashboard = QStringLiteral("dashboard");

// employment, apprenticeships-and-wages, funding: in the order the window and the dashboard show them.
QStringList chartNames();

struct Place
{
    QString chart;
    int order = 0; // bars of one chart are drawn in increasing order
};

// A row of a model as a chart draws it: the row, its order among the chart's bars, its value.
struct Row
{
    QModelIndex index;
    int order = 0;
    qint64 value = 0;
};

// The chart place of a figure of this measure; nullopt for a measure no chart shows.
std::optional<Place> placeOf(Measure measure);
// A funding line is in the funding chart when it is the area's own money: a national programme
// would flatten every local bar.
std::optional<Place> placeOf(const FundingLine &line, int documentOrder);
// The same place's order alone (the chart is the funding one): for reading a million lines.
std::optional<int> fundingOrder(const FundingLine &line, int documentOrder);

} // namespace ChartMembership
