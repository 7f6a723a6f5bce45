#include "chartdescription.h"

#include "areafacts.h"
#include "chartmembership.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "fundingrules.h"
#include "normalisation.h"
#include "uknumbers.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// A count with its unit, as people say it: "548,800 people", "8,680 apprenticeship starts".
QString countWithUnit(qint64 value, const QString &unit)
{
    return unit.isEmpty() ? UkNumbers::count(value) : ChartDescription::tr("%1 %2").arg(UkNumbers::count(value), unit);
}

using ChartMembership::Row;

QList<Row> rowsOfChart(const QAbstractItemModel *model, const QString &chartName)
{
    QList<Row> rows;
    if (model->rowCount() == 0)
        return rows;
    // The factsheet model and the table's proxy give a chart's rows without being asked row by
    // row: the funding chart's straight from the factsheet (a million lines, in the source's order:
    // describeFunding() orders the bars it draws), a figure chart's through their match(). Any
    // other model is asked row by row, so a proxy that changes the role is heard
    // (QIdentityProxyModel's own match() would ask its source instead).
    const auto *factsheetModel = qobject_cast<const FactsheetModel *>(model);
    const auto *proxy = qobject_cast<const FundingLinesProxyModel *>(model);
    if (chartName == ChartMembership::funding && (factsheetModel || proxy))
        return factsheetModel ? factsheetModel->fundingChartRows() : proxy->fundingChartRows();
    QModelIndexList inChart;
    if (factsheetModel || proxy) {
        inChart = model->match(model->index(0, 0), FactsheetModel::ChartRole, chartName, -1, Qt::MatchExactly);
    } else {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(FactsheetModel::ChartRole).toString() == chartName)
                inChart << index;
        }
    }
    rows.reserve(inChart.size());
    for (const QModelIndex &index : std::as_const(inChart)) {
        const QVariant value = index.data(FactsheetModel::RawValueRole);
        if (!value.isValid()) // an amount not stated is no bar, not a zero one
            continue;
        rows.append({index, index.data(FactsheetModel::ChartOrderRole).toInt(), value.toLongLong()});
    }
    return rows;
}

QString toolTipFor(const QModelIndex &index, const QString &valueText)
{
    QString value = valueText;
    const QString qualifier = index.data(FactsheetModel::AmountQualifierRole).toString();
    if (!qualifier.isEmpty())
        value = ChartDescription::tr("%1 %2").arg(qualifier, value);
    QStringList lines {ChartDescription::tr("%1: %2").arg(index.data(FactsheetModel::LabelRole).toString(), value)};
    if (index.data(FactsheetModel::DerivedRole).toBool())
        lines << ChartDescription::tr("Derived: %1").arg(index.data(FactsheetModel::DerivationRole).toString());
    const QString source = index.data(FactsheetModel::SourceSentenceRole).toString();
    if (!source.isEmpty())
        lines << ChartDescription::tr("Source: “%1”").arg(source);
    return lines.join(QLatin1Char('\n'));
}

// "People", or "Number of apprenticeship starts or workers" where the bars count different things.
QString countAxisTitle(const QStringList &units)
{
    if (units.size() == 1) {
        QString unit = units.first();
        if (!unit.isEmpty())
            unit[0] = unit[0].toUpper();
        return unit;
    }
    return ChartDescription::tr("Number of %1").arg(units.join(ChartDescription::tr(" or ")));
}

void describeFigures(const QAbstractItemModel *model, ChartDescription &chart)
{
    QList<Row> rows = rowsOfChart(model, chart.name);
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.order < b.order; });
    QStringList units;
    QStringList derivations;
    for (const Row &row : std::as_const(rows)) {
        ChartBar bar;
        bar.index = row.index;
        bar.value = static_cast<double>(row.value);
        bar.derived = row.index.data(FactsheetModel::DerivedRole).toBool();
        const QString shortLabel = row.index.data(FactsheetModel::ShortLabelRole).toString();
        bar.label = bar.derived ? ChartDescription::tr("%1 (derived)").arg(shortLabel) : shortLabel;
        const QString unit = row.index.data(FactsheetModel::UnitRole).toString();
        if (!units.contains(unit))
            units << unit;
        bar.valueText = countWithUnit(row.value, unit);
        bar.toolTip = toolTipFor(row.index, bar.valueText);
        if (bar.derived)
            derivations << row.index.data(FactsheetModel::DerivationRole).toString();
        chart.bars << bar;
    }
    chart.valueAxisTitle = countAxisTitle(units);
    if (!derivations.isEmpty())
        chart.derivedNote
            = ChartDescription::tr("Outlined bar: derived from stated figures, not stated in the summary (%1).")
                  .arg(derivations.join(ChartDescription::tr("; ")));
}

void describeFunding(const QAbstractItemModel *model, ChartDescription &chart, ChartDescriptions::FundingOrder order)
{
    QList<Row> rows = rowsOfChart(model, chart.name);
    const qsizetype drawn
        = rows.size() > ChartDescriptions::maxFundingBars ? ChartDescriptions::maxFundingBars - 1 : rows.size();
    // Only the bars drawn are put in order, the others are summed: with a million lines, sorting
    // them all would cost more than the rest of the chart. Each order is total (no two rows
    // compare equal), so the bars are those a sort of every row would give.
    if (order == ChartDescriptions::FundingOrder::LargestFirst) {
        // Largest first, as a ranking reads; equal amounts in document order.
        std::partial_sort(rows.begin(), rows.begin() + drawn, rows.end(), [](const Row &a, const Row &b) {
            return a.value != b.value ? a.value > b.value : a.order < b.order;
        });
    } else {
        std::partial_sort(rows.begin(), rows.begin() + drawn, rows.end(),
                          [](const Row &a, const Row &b) { return a.index.row() < b.index.row(); });
    }
    const AreaFacts shown = AreaFacts::of(model);
    chart.valueKind = FundingRules::valueKindOf(shown.normalisation);
    QSet<QString> labels;
    for (qsizetype i = 0; i < drawn; ++i) {
        const Row &row = rows.at(i);
        // The same figure as the table's amount column, from the one place it is computed.
        const QVariant normalised = row.index.data(FactsheetModel::NormalisedValueRole);
        if (!normalised.isValid())
            continue; // refused (no denominator in the summary): said in the table, never a bar
        ChartBar bar;
        bar.index = row.index;
        bar.value = normalised.toDouble();
        bar.label = row.index.data(FactsheetModel::LabelRole).toString();
        // Two lines of the same title are told apart, for people as for the axis.
        const QString title = bar.label;
        for (int copy = 2; labels.contains(bar.label); ++copy)
            bar.label = ChartDescription::tr("%1 (%2)").arg(title, UkNumbers::count(copy));
        labels.insert(bar.label);
        bar.valueText = row.index.data(FactsheetModel::NormalisedTextRole).toString();
        bar.toolTip = toolTipFor(row.index, UkNumbers::pounds(row.value));
        const QString note = row.index.data(FactsheetModel::DenominatorNoteRole).toString();
        if (!note.isEmpty())
            bar.toolTip += QLatin1Char('\n') + ChartDescription::tr("%1 %2").arg(bar.valueText, note);
        chart.bars << bar;
    }
    if (drawn < rows.size()) {
        ChartBar others;
        others.otherLines = static_cast<int>(rows.size() - drawn);
        qint64 sum = 0;
        for (qsizetype i = drawn; i < rows.size(); ++i)
            sum = FundingRules::addSaturating(sum, rows.at(i).value); // the funding chart's rows: local, with an amount
        // The sum normalised, not a sum of rounded parts.
        const Normalisations::Figure normalised
            = Normalisations::normaliseLocal(sum, shown.normalisation, shown.denominators);
        others.value = normalised.value.value_or(0);
        others.label = ChartDescription::tr("%1 other lines").arg(UkNumbers::count(others.otherLines));
        others.valueText = normalised.text;
        others.toolTip
            = ChartDescription::tr("%1 other local funding lines, together %2: each is in the investments table.")
                  .arg(UkNumbers::count(others.otherLines), UkNumbers::pounds(sum));
        if (normalised.value)
            chart.bars << others;
        chart.subtitle = order == ChartDescriptions::FundingOrder::LargestFirst
            ? ChartDescription::tr("The %1 largest of %2 local funding lines, and the other %3 together")
                  .arg(UkNumbers::count(drawn), UkNumbers::count(rows.size()), UkNumbers::count(others.otherLines))
            : ChartDescription::tr(
                  "The first %1 of %2 local funding lines in the table's order, and the other %3 together")
                  .arg(UkNumbers::count(drawn), UkNumbers::count(rows.size()), UkNumbers::count(others.otherLines));
    }
    chart.valueAxisTitle = shown.normalisation == Normalisation::Absolute
        ? ChartDescription::tr("Pounds (£)")
        : Normalisations::header(shown.normalisation, shown.denominators);
}

} // namespace

int ChartDescription::barOfRow(int row) const
{
    for (int bar = 0; bar < bars.size(); ++bar) {
        if (bars.at(bar).index.isValid() && bars.at(bar).index.row() == row)
            return bar;
    }
    return -1;
}

QString ChartDescription::tickText(double value) const
{
    switch (valueKind) {
    case ChartValueKind::Pounds:
        return UkNumbers::shortPounds(static_cast<qint64>(std::llround(value)));
    case ChartValueKind::Pence:
        return QStringLiteral("£") + UkNumbers::shortCount(static_cast<qint64>(std::llround(value)));
    case ChartValueKind::Percent:
        return UkNumbers::count(static_cast<qint64>(std::llround(value))) + QLatin1Char('%');
    case ChartValueKind::Count:
        break;
    }
    return UkNumbers::shortCount(static_cast<qint64>(std::llround(value)));
}

QString ChartDescription::accessibleDescription() const
{
    if (bars.isEmpty())
        return ChartDescription::tr("%1: %2").arg(title, emptyText);
    QStringList parts;
    for (const ChartBar &bar : bars)
        parts << ChartDescription::tr("%1 %2").arg(bar.label, bar.valueText);
    QString text = ChartDescription::tr("%1: %2").arg(title, parts.join(ChartDescription::tr("; ")));
    if (!subtitle.isEmpty())
        text = ChartDescription::tr("%1. %2").arg(text, subtitle);
    return text;
}

QString ChartDescription::plainText() const
{
    QStringList lines {title};
    if (!subtitle.isEmpty())
        lines << subtitle;
    for (const ChartBar &bar : bars)
        lines << ChartDescription::tr("%1\t%2").arg(bar.label, bar.valueText);
    if (bars.isEmpty())
        lines << emptyText;
    if (!derivedNote.isEmpty())
        lines << derivedNote;
    if (!sourceLine.isEmpty())
        lines << sourceLine;
    return lines.join(QLatin1Char('\n'));
}

QString ChartDescription::htmlTable() const
{
    QString html
        = QStringLiteral("<table><caption>%1</caption><thead><tr><th>%2</th><th>%3</th></tr></thead><tbody>")
              .arg(title.toHtmlEscaped(), ChartDescription::tr("Bar").toHtmlEscaped(), valueAxisTitle.toHtmlEscaped());
    for (const ChartBar &bar : bars) {
        // The raw number in the cell, so a spreadsheet reads it as one; the unit is in the header.
        const int decimals = valueKind == ChartValueKind::Pence ? 2 : valueKind == ChartValueKind::Percent ? 1 : 0;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(bar.label.toHtmlEscaped(), QString::number(bar.value, 'f', decimals));
    }
    html += QStringLiteral("</tbody></table>");
    for (const QString &note : {subtitle, derivedNote, sourceLine}) {
        if (!note.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    }
    return html;
}

namespace ChartDescriptions {

ChartDescription describe(const QAbstractItemModel *model, const QString &chartName, FundingOrder order)
{
    ChartDescription chart;
    chart.name = chartName;
    if (!model)
        return chart;
    const AreaFacts facts = AreaFacts::of(model);
    const QString &area = facts.areaName;
    chart.area = area;
    chart.sourceLine = facts.sourceLine;
    if (chartName == ChartMembership::employment) {
        chart.topic = ChartDescription::tr("Employment");
        chart.title = ChartDescription::tr("Employment in %1").arg(area);
        chart.subtitle = ChartDescription::tr("People in employment");
        chart.emptyText = ChartDescription::tr("The summary gives no employment figures.");
        describeFigures(model, chart);
    } else if (chartName == ChartMembership::apprenticeshipsAndWages) {
        chart.topic = ChartDescription::tr("Apprenticeships and wages");
        chart.title = ChartDescription::tr("Apprenticeships and wages in %1").arg(area);
        chart.subtitle
            = ChartDescription::tr("Apprenticeship starts last year, and workers directly benefiting from the National "
                                   "Living and Minimum Wages (latest, 2018 summary)");
        chart.emptyText = ChartDescription::tr("The summary gives no apprenticeship or wage figures.");
        describeFigures(model, chart);
    } else if (chartName == ChartMembership::funding) {
        chart.topic = ChartDescription::tr("Local funding");
        chart.title = ChartDescription::tr("Local funding in %1").arg(area);
        chart.subtitle = order == FundingOrder::LargestFirst
            ? ChartDescription::tr(
                "Industrial Strategy funding lines for the area, largest first; national programmes are not the "
                "area's money and are not shown")
            : ChartDescription::tr(
                "Industrial Strategy funding lines for the area, as the table shows them; national programmes are "
                "not the area's money and are not shown");
        // Drawn from the table, an empty chart is an empty filter.
        chart.emptyText = order == FundingOrder::LargestFirst ? ChartDescription::tr("No local funding lines.")
                                                              : ChartDescription::tr("No funding lines match.");
        describeFunding(model, chart, order);
    }
    return chart;
}

} // namespace ChartDescriptions
