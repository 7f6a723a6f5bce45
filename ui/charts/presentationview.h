#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class ChartWidget;
class QItemSelectionModel;

// One chart alone, filling the screen in the presentation theme with its title and source line,
// for presenting from the program itself. It takes part in the one selection like the window's
// charts. Left/Right (or Page Up/Down) step through the charts; Esc closes it.
class PresentationView final : public QWidget
{
    Q_OBJECT

public:
    // Each chart is shown as the window shows it: prepare sets a new chart widget up like the
    // window's (its selection, its order).
    PresentationView(std::function<void(ChartWidget *)> prepare, const QStringList &chartNames,
                     QWidget *parent = nullptr);

    void showChart(const QString &chartName);
    QString currentChart() const;
    ChartWidget *chartWidget() const { return m_chart; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void step(int by);

    std::function<void(ChartWidget *)> m_prepare;
    QStringList m_chartNames;
    ChartWidget *m_chart = nullptr;
};
