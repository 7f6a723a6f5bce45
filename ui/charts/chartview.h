#pragma once

#include <QChartView>

class QMouseEvent;
class QWheelEvent;

// The one QChartView of the app, carrying the workarounds Qt Charts 6.4.2 needs
// (see /work/shared/QT-CHARTS-6.4.md). Every chart of the app is shown through it.
class ChartView final : public QChartView
{
    Q_OBJECT

public:
    // Takes ownership of chart, like QChartView.
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
};
