#include "comparison.h"

#include "factsheetmodel.h"
#include "fundingrules.h"
#include "normalisation.h"
#include "selectionsummary.h"
#include "uknumbers.h"

#include <QCoreApplication>
#include <QItemSelectionModel>

#include <algorithm>
#include <cmath>

namespace {

QString named(const FundingLine &line)
{
    return QCoreApplication::translate("Comparison", "%1 (%2)").arg(line.title, UkNumbers::pounds(line.amount));
}

} // namespace

QString Comparison::ratioText(qint64 larger, qint64 smaller)
{
    if (smaller <= 0)
        return {};
    const double ratio = std::round(static_cast<double>(larger) / static_cast<double>(smaller) * 10.0) / 10.0;
    return UkNumbers::locale().toString(ratio, 'f', 1);
}

QString Comparison::text() const
{
    QStringList lines;
    if (chart.bars.isEmpty() && notCompared.isEmpty())
        return emptyText;
    for (const ChartBar &bar : chart.bars)
        lines << QCoreApplication::translate("Comparison", "%1: %2").arg(bar.label, bar.valueText);
    lines << differences << shares << notCompared;
    return lines.join(QLatin1Char('\n'));
}

Comparison Comparison::of(const QItemSelectionModel *selection)
{
    Comparison comparison;
    comparison.emptyText
        = QCoreApplication::translate("Comparison",
                                      "Select funding lines to compare them: Ctrl+click or Shift+click in the table or "
                                      "on the bars.");
    comparison.chart.name = QStringLiteral("comparison");
    comparison.chart.title = QCoreApplication::translate("Comparison", "Comparison");
    const auto *model = selection ? qobject_cast<const FactsheetModel *>(selection->model()) : nullptr;
    if (!model)
        return comparison;
    comparison.chart.area = model->factsheet().area.name;
    comparison.chart.sourceLine = sourceLine(model->factsheet());
    comparison.chart.emptyText = comparison.emptyText;

    std::vector<int> rows;
    for (const int row : SelectionSummary::rows(selection)) {
        const QModelIndex index = model->index(row, 0);
        if (!model->isFundingLineRow(index.row()))
            continue;
        if (model->fundingLineAt(index.row()).scope == Scope::National) {
            comparison.notCompared << QCoreApplication::translate(
                                          "Comparison", "%1: national programme — not compared with the area's lines")
                                          .arg(model->fundingLineAt(index.row()).title);
            continue;
        }
        rows.push_back(index.row());
    }
    // Largest first; equal amounts in document order.
    std::stable_sort(rows.begin(), rows.end(),
                     [model](int a, int b) { return model->fundingLineAt(a).amount > model->fundingLineAt(b).amount; });

    // As many bars as the funding chart: the largest, and the rest said in words only.
    const size_t drawn = std::min<size_t>(rows.size(), ChartDescriptions::maxFundingBars);
    const Normalisations::Denominators &denominators = model->denominators();
    const Normalisation normalisation = model->normalisation();
    comparison.chart.valueKind = FundingRules::valueKindOf(normalisation);
    comparison.chart.valueAxisTitle = normalisation == Normalisation::Absolute
        ? QCoreApplication::translate("Comparison", "Pounds (£)")
        : Normalisations::header(normalisation, denominators);
    for (size_t i = 0; i < drawn; ++i) {
        const int row = rows[i];
        const FundingLine &line = model->fundingLineAt(row);
        const Normalisations::Figure figure = Normalisations::normalise(line, normalisation, denominators);
        ChartBar bar;
        bar.index = model->index(row, 0);
        bar.label = line.title;
        bar.value = figure.value.value_or(0);
        bar.valueText = figure.text;
        bar.toolTip = line.source;
        comparison.chart.bars << bar;
        const Normalisations::Figure share
            = Normalisations::normalise(line, Normalisation::ShareOfLocalTotal, denominators);
        comparison.shares << QCoreApplication::translate("Comparison", "%1: %2 of the local total (%3)")
                                 .arg(line.title, share.text, UkNumbers::pounds(denominators.localTotal));
    }
    if (rows.size() >= 2) {
        const FundingLine &largest = model->fundingLineAt(rows.front());
        for (size_t i = 1; i < drawn; ++i) {
            const FundingLine &other = model->fundingLineAt(rows[i]);
            const qint64 difference = largest.amount - other.amount;
            if (difference == 0) {
                comparison.differences << QCoreApplication::translate("Comparison", "%1 is as much as %2")
                                              .arg(named(largest), named(other));
                continue;
            }
            comparison.differences << QCoreApplication::translate("Comparison", "%1 is %2 times %3; %4 more")
                                          .arg(named(largest), ratioText(largest.amount, other.amount), named(other),
                                               UkNumbers::pounds(difference));
        }
    }
    if (drawn < rows.size())
        comparison.notCompared << QCoreApplication::translate("Comparison",
                                                              "%1 more lines selected: the %2 largest are compared")
                                      .arg(UkNumbers::count(static_cast<qint64>(rows.size() - drawn)),
                                           UkNumbers::count(static_cast<qint64>(drawn)));
    comparison.chart.subtitle = rows.size() == 1
        ? QCoreApplication::translate("Comparison", "One line selected")
        : QCoreApplication::translate("Comparison", "%1 lines selected, largest first")
              .arg(UkNumbers::count(static_cast<qint64>(rows.size())));
    return comparison;
}
