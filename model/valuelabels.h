#pragma once

#include "chartdescription.h"

#include <QString>
#include <QStringList>

#include <optional>

// How a chart prints its money: as the exact figure ("£2,600,000"), or short, as the summary itself
// prints it ("£2.6m", "£10m", "£1.2bn", "£750k"). Only whole-pound amounts shorten: counts stay as
// printed ("548,800 people") and normalised amounts keep their pence ("£2.31"). Tooltips and the
// accessible text always carry the exact figure.
namespace ValueLabels {

enum class Style { Exact, Short };

QStringList styleNames(); // exact, short
std::optional<Style> styleFromName(const QString &name);
QString nameOf(Style style);

// The summary's own short form of a whole-pound amount, used only where it is exact: the amount in
// thousands, millions or billions (the largest unit it reaches) with at most one decimal and no
// trailing ".0" (£2,600,000 "£2.6m", £10,000,000 "£10m", £750,000 "£750k"). An amount that would
// need a second decimal or more (£2,650,000, £1,234,567) or is under £1,000 keeps its exact figure:
// a short label never rounds, so it never misstates a figure.
QString shortPounds(qint64 amount);

// The label a bar shows in style: its valueText, or for whole pounds in the short style, the short
// form of its value. Only a label that is the plain exact figure is shortened.
QString barText(const ChartBar &bar, ChartValueKind kind, Style style);

// A value-axis tick at a round value: whole pounds in full ("£10,000,000") or short ("£10m");
// other kinds as the description prints its ticks ("600k", "£2", "15%"). Values below 1 (a
// logarithmic axis of pence or shares) with their decimals ("£0.1").
QString tickText(const ChartDescription &chart, double value, Style style);

} // namespace ValueLabels
