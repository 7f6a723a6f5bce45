#pragma once

#include <QCoreApplication>

#include <QList>
#include <QPersistentModelIndex>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

// What one chart shows, built from an item model through its roles only, apart from any widget:
// the on-screen chart, every export and the command line draw the same description, so what a
// presenter sees is what they get. Plain values; the renderer decides how it looks.

// One bar, top to bottom in the order it is drawn.
struct ChartBar
{
    QString label;               // the category, in full: never elided ("2010 (derived)")
    double value = 0;            // pounds or a count, or the amount normalised (per resident, a share, …)
    QString valueText;           // shown on the bar, with its unit: "513,000 people", "£2,600,000"
    bool derived = false;        // computed from stated figures: drawn outlined, with the legend note
    int otherLines = 0;          // > 0 for the one bar that sums the lines not drawn one by one
    QString toolTip;             // plain text: the figure, how it was derived, its source sentence
    QPersistentModelIndex index; // column 0 of the row it is drawn from; invalid for the "others" bar
};

enum class ChartValueKind {
    Count,
    Pounds,  // whole pounds
    Pence,   // pounds to the penny: an amount per resident, per business, per 1,000 in employment
    Percent, // a share of the local total, to a tenth of a percent
};

struct ChartDescription
{
    Q_DECLARE_TR_FUNCTIONS(ChartDescription) // tr() with this context, for lupdate as well

public:
    QString name;     // "employment", "apprenticeships-and-wages", "funding"
    QString area;     // "Stoke-on-Trent & Staffordshire"
    QString title;    // names the area
    QString topic;    // the title without the area, where the area is named around it (the dashboard)
    QString subtitle; // what is plotted, with its year
    QString valueAxisTitle;
    ChartValueKind valueKind = ChartValueKind::Count;
    QList<ChartBar> bars;
    QString derivedNote; // the legend note for derived bars; empty when there are none
    QString sourceLine;  // "Source: …": carried by every export
    QString emptyText;   // what an empty chart says instead of bars

    bool isEmpty() const { return bars.isEmpty(); }
    // The bar drawn for a row of the described model (column ignored); -1 if none.
    int barOfRow(int row) const;
    // A tick label on the value axis, compact: "600k", "£10m", "0".
    QString tickText(double value) const;
    // "Title: label value; label value": read by screen readers.
    QString accessibleDescription() const;
    // For the clipboard: the values as plain text with the source line, and as an HTML table.
    QString plainText() const;
    QString htmlTable() const;
};

namespace ChartDescriptions {

// The funding chart's order: the table's (the model's rows, as sorted and filtered there), or the
// largest first (where there is no table: the command line, a model in document order).
enum class FundingOrder { ModelOrder, LargestFirst };

// The funding chart draws at most this many lines one by one, the largest first, and sums the rest
// in one "N other lines" bar: more bars than this cannot each carry a readable label on a slide or
// in a 1280×720 window.
inline constexpr int maxFundingBars = 12;

// The description of the chart of that name (ChartMembership::chartNames()) from any model that
// answers FactsheetModel's roles. The funding chart shows its amounts as the model does (absolute or
// normalised, normalisation.h), in the order asked for, the first maxFundingBars - 1 lines and the
// rest in one bar.
ChartDescription describe(const QAbstractItemModel *model, const QString &chartName,
                          FundingOrder order = FundingOrder::LargestFirst);

} // namespace ChartDescriptions
