#pragma once

#include <QWidget>

// Holds a chart's place in a splitter until the chart is built, just after the window's first
// frame: it paints the chart's empty background and nothing more, so that frame costs next to
// nothing, then hands its place over.
class ChartPlaceholder final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPlaceholder(const QString &objectName, QWidget *parent = nullptr);

    // Puts chart where placeholder is in its splitter (same index, size, stretch factor and place
    // in the Tab order) and deletes the placeholder.
    static void replace(ChartPlaceholder *placeholder, QWidget *chart);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
