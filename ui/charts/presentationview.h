#pragma once

#include <QStringList>
#include <QWidget>

class ChartWidget;
class QItemSelectionModel;

// One chart alone, filling the screen in the presentation theme with its title and source line,
// for presenting from the program itself. It takes part in the one selection like the window's
// charts. Left/Right (or Page Up/Down) step through the charts; Esc closes it.
class PresentationView final : public QWidget
{
    Q_OBJECT

public:
    PresentationView(QItemSelectionModel *selection, const QStringList &chartNames, QWidget *parent = nullptr);

    void showChart(const QString &chartName);
    QString currentChart() const;
    ChartWidget *chartWidget() const { return m_chart; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void step(int by);

    QItemSelectionModel *m_selection;
    QStringList m_chartNames;
    ChartWidget *m_chart = nullptr;
};
