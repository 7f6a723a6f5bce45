#include "fundingbarchart.h"

#include "factsheetmodel.h"
#include "uknumbers.h"

#include <QLocale>

FundingBarChart::FundingBarChart(QWidget *parent) : BarChartWidget(parent)
{
    rebuild();
}

QString FundingBarChart::shortPounds(qint64 amount)
{
    const QLocale locale = UkNumbers::locale();
    // Shortest exact decimal, so £2,500,000 reads "£2.5m" and £10,000,000 "£10m".
    const auto scaled = [&locale](qint64 value, double unit) {
        return locale.toString(static_cast<double>(value) / unit, 'f', QLocale::FloatingPointShortest);
    };
    const qint64 magnitude = amount < 0 ? -amount : amount;
    if (magnitude >= 1'000'000'000)
        return tr("£%1bn").arg(scaled(amount, 1e9));
    if (magnitude >= 1'000'000)
        return tr("£%1m").arg(scaled(amount, 1e6));
    if (magnitude >= 1'000)
        return tr("£%1k").arg(scaled(amount, 1e3));
    return UkNumbers::pounds(amount);
}

BarChartWidget::Plan FundingBarChart::planBars(const FactsheetModel *model) const
{
    Plan plan;
    int localLines = 0;
    if (model) {
        // Funding lines are the first rows of the model, in document order.
        const int lines = model->fundingLineCount();
        for (int row = 0; row < lines; ++row) {
            if (model->index(row, 0).data(FactsheetModel::ScopeRole).toInt() != static_cast<int>(Scope::Local))
                continue;
            ++localLines;
            if (plan.rows.size() < maxBars)
                plan.rows << row;
        }
    }
    plan.title = localLines > maxBars
        ? tr("Funding (first %1 of %2 local lines)").arg(UkNumbers::count(maxBars), UkNumbers::count(localLines))
        : tr("Funding");
    plan.categoryLabelsVisible = plan.rows.size() <= maxLabelledBars;
    return plan;
}

QString FundingBarChart::barName(const QModelIndex &index) const
{
    return index.data(FactsheetModel::LabelRole).toString();
}

QString FundingBarChart::formatValue(qint64 value) const
{
    return UkNumbers::pounds(value);
}

QString FundingBarChart::formatAxisValue(qint64 value) const
{
    return shortPounds(value);
}
