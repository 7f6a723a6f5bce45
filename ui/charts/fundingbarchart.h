#pragma once

#include "barchartwidget.h"

// The area's local funding lines, one bar each in document order, in pounds. The national
// programmes line (more than £45bn, Scope::National) is not the area's money and would flatten
// every other bar, so it is never plotted.
class FundingBarChart final : public BarChartWidget
{
    Q_OBJECT

public:
    // At most this many bars, the first local lines in document order: beyond that a bar is
    // thinner than a pixel and building the chart would hold up the app. The title says so.
    static constexpr int maxBars = 2000;
    // Above this many bars their labels would overlap; tooltips and selection still work.
    static constexpr int maxLabelledBars = 25;

    explicit FundingBarChart(QWidget *parent = nullptr);

protected:
    Plan planBars(const FactsheetModel *model) const override;
    QString barName(const QModelIndex &index) const override;
    QString formatValue(qint64 value) const override;
    QString formatAxisValue(qint64 value) const override;
};
