#include "figurebarchart.h"

#include "factsheetmodel.h"
#include "uknumbers.h"

FigureBarChart::FigureBarChart(const QString &title, const QStringList &figureEntityIds, QWidget *parent)
    : BarChartWidget(parent), m_title(title), m_figureEntityIds(figureEntityIds)
{
    rebuild();
}

void FigureBarChart::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    rebuild();
}

BarChartWidget::Plan FigureBarChart::planBars(const FactsheetModel *model) const
{
    Plan plan;
    plan.title = m_title;
    if (!model)
        return plan;
    for (const QString &id : m_figureEntityIds) {
        const QModelIndex index = model->indexOfEntity(id);
        if (index.isValid())
            plan.rows << index.row();
    }
    return plan;
}

QString FigureBarChart::barName(const QModelIndex &index) const
{
    return index.data(FactsheetModel::ShortLabelRole).toString();
}

QString FigureBarChart::formatValue(qint64 value) const
{
    return UkNumbers::count(value);
}

QString FigureBarChart::categoryLabel(const QModelIndex &index) const
{
    // Few bars, so each carries its exact figure under its name: "2010\n513,000".
    return tr("%1\n%2").arg(barName(index), formatValue(index.data(FactsheetModel::RawValueRole).toLongLong()));
}
