#include "fundingbarchart.h"

#include "factsheetmodel.h"
#include "uknumbers.h"

FundingBarChart::FundingBarChart(QWidget *parent) : BarChartWidget(parent)
{
    rebuild();
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
    return UkNumbers::shortPounds(value);
}
