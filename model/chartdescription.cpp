#include "chartdescription.h"

#include "chartmembership.h"
#include "factsheetmodel.h"
#include "uknumbers.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartDescription", text);
}

// A count with its unit, as people say it: "548,800 people", "8,680 apprenticeship starts".
QString countWithUnit(qint64 value, const QString &unit)
{
    return unit.isEmpty() ? UkNumbers::count(value) : tr("%1 %2").arg(UkNumbers::count(value), unit);
}

// The factsheet-wide roles, from any row.
QString anyRow(const QAbstractItemModel *model, int role)
{
    return model->rowCount() > 0 ? model->index(0, 0).data(role).toString() : QString();
}

struct Row
{
    QModelIndex index;
    int order = 0;
    qint64 value = 0;
};

QList<Row> rowsOfChart(const QAbstractItemModel *model, const QString &chartName)
{
    QList<Row> rows;
    const int count = model->rowCount();
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(FactsheetModel::ChartRole).toString() != chartName
            || !index.data(FactsheetModel::RawValueRole).isValid()) // an amount not stated is no bar, not a zero one
            continue;
        rows.append({index, index.data(FactsheetModel::ChartOrderRole).toInt(),
                     index.data(FactsheetModel::RawValueRole).toLongLong()});
    }
    return rows;
}

QString toolTipFor(const QModelIndex &index, const QString &valueText)
{
    QString value = valueText;
    const QString qualifier = index.data(FactsheetModel::AmountQualifierRole).toString();
    if (!qualifier.isEmpty())
        value = tr("%1 %2").arg(qualifier, value);
    QStringList lines {tr("%1: %2").arg(index.data(FactsheetModel::LabelRole).toString(), value)};
    if (index.data(FactsheetModel::DerivedRole).toBool())
        lines << tr("Derived: %1").arg(index.data(FactsheetModel::DerivationRole).toString());
    const QString source = index.data(FactsheetModel::SourceSentenceRole).toString();
    if (!source.isEmpty())
        lines << tr("Source: “%1”").arg(source);
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
    return tr("Number of %1").arg(units.join(tr(" or ")));
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
        bar.value = row.value;
        bar.derived = row.index.data(FactsheetModel::DerivedRole).toBool();
        const QString shortLabel = row.index.data(FactsheetModel::ShortLabelRole).toString();
        bar.label = bar.derived ? tr("%1 (derived)").arg(shortLabel) : shortLabel;
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
        chart.derivedNote = tr("Outlined bar: derived from stated figures, not stated in the summary (%1).")
                                .arg(derivations.join(tr("; ")));
}

void describeFunding(const QAbstractItemModel *model, ChartDescription &chart)
{
    QList<Row> rows = rowsOfChart(model, chart.name);
    // Largest first, as a ranking reads; equal amounts in document order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.value != b.value ? a.value > b.value : a.order < b.order;
    });
    const qsizetype drawn
        = rows.size() > ChartDescriptions::maxFundingBars ? ChartDescriptions::maxFundingBars - 1 : rows.size();
    QSet<QString> labels;
    for (qsizetype i = 0; i < drawn; ++i) {
        const Row &row = rows.at(i);
        ChartBar bar;
        bar.index = row.index;
        bar.value = row.value;
        bar.label = row.index.data(FactsheetModel::LabelRole).toString();
        // Two lines of the same title are told apart, for people as for the axis.
        const QString title = bar.label;
        for (int copy = 2; labels.contains(bar.label); ++copy)
            bar.label = tr("%1 (%2)").arg(title, UkNumbers::count(copy));
        labels.insert(bar.label);
        bar.valueText = UkNumbers::pounds(row.value);
        bar.toolTip = toolTipFor(row.index, bar.valueText);
        chart.bars << bar;
    }
    if (drawn < rows.size()) {
        ChartBar others;
        others.otherLines = static_cast<int>(rows.size() - drawn);
        qint64 sum = 0;
        for (qsizetype i = drawn; i < rows.size(); ++i) {
            // Saturates rather than wraps: a total is never shown negative.
            const qint64 value = rows.at(i).value;
            sum = sum > std::numeric_limits<qint64>::max() - value ? std::numeric_limits<qint64>::max() : sum + value;
        }
        others.value = sum;
        others.label = tr("%1 other lines").arg(UkNumbers::count(others.otherLines));
        others.valueText = UkNumbers::pounds(sum);
        others.toolTip = tr("%1 other local funding lines, together %2: each is in the investments table.")
                             .arg(UkNumbers::count(others.otherLines), others.valueText);
        chart.bars << others;
        chart.subtitle
            = tr("The %1 largest of %2 local funding lines, and the other %3 together")
                  .arg(UkNumbers::count(drawn), UkNumbers::count(rows.size()), UkNumbers::count(others.otherLines));
    }
    chart.valueAxisTitle = tr("Pounds (£)");
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

QString ChartDescription::tickText(qint64 value) const
{
    if (valueKind == ChartValueKind::Pounds)
        return UkNumbers::shortPounds(value);
    return UkNumbers::shortCount(value);
}

QString ChartDescription::accessibleDescription() const
{
    if (bars.isEmpty())
        return tr("%1: %2").arg(title, emptyText);
    QStringList parts;
    for (const ChartBar &bar : bars)
        parts << tr("%1 %2").arg(bar.label, bar.valueText);
    QString text = tr("%1: %2").arg(title, parts.join(tr("; ")));
    if (!subtitle.isEmpty())
        text = tr("%1. %2").arg(text, subtitle);
    return text;
}

QString ChartDescription::plainText() const
{
    QStringList lines {title};
    if (!subtitle.isEmpty())
        lines << subtitle;
    for (const ChartBar &bar : bars)
        lines << tr("%1\t%2").arg(bar.label, bar.valueText);
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
    QString html = QStringLiteral("<table><caption>%1</caption><thead><tr><th>%2</th><th>%3</th></tr></thead><tbody>")
                       .arg(title.toHtmlEscaped(), tr("Bar").toHtmlEscaped(), valueAxisTitle.toHtmlEscaped());
    for (const ChartBar &bar : bars) {
        // The raw number in the cell, so a spreadsheet reads it as one; the unit is in the header.
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(bar.label.toHtmlEscaped()).arg(bar.value);
    }
    html += QStringLiteral("</tbody></table>");
    for (const QString &note : {subtitle, derivedNote, sourceLine}) {
        if (!note.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    }
    return html;
}

namespace ChartDescriptions {

ChartDescription describe(const QAbstractItemModel *model, const QString &chartName)
{
    ChartDescription chart;
    chart.name = chartName;
    if (!model)
        return chart;
    const QString area = anyRow(model, FactsheetModel::AreaNameRole);
    chart.area = area;
    chart.sourceLine = anyRow(model, FactsheetModel::SourceLineRole);
    if (chartName == ChartMembership::employment) {
        chart.topic = tr("Employment");
        chart.title = tr("Employment in %1").arg(area);
        chart.subtitle = tr("People in employment");
        chart.emptyText = tr("The summary gives no employment figures.");
        describeFigures(model, chart);
    } else if (chartName == ChartMembership::apprenticeshipsAndWages) {
        chart.topic = tr("Apprenticeships and wages");
        chart.title = tr("Apprenticeships and wages in %1").arg(area);
        chart.subtitle = tr("Apprenticeship starts last year, and workers directly benefiting from the National "
                            "Living and Minimum Wages (latest, 2018 summary)");
        chart.emptyText = tr("The summary gives no apprenticeship or wage figures.");
        describeFigures(model, chart);
    } else if (chartName == ChartMembership::funding) {
        chart.topic = tr("Local funding");
        chart.title = tr("Local funding in %1").arg(area);
        chart.subtitle = tr("Industrial Strategy funding lines for the area, largest first; national programmes are "
                            "not the area's money and are not shown");
        chart.valueKind = ChartValueKind::Pounds;
        chart.emptyText = tr("No local funding lines.");
        describeFunding(model, chart);
    }
    return chart;
}

} // namespace ChartDescriptions
