#pragma once

#include "comparison.h"

#include <QPointer>
#include <QWidget>

class ChartView;
class FactsheetChart;
class QItemSelectionModel;
class QLabel;

// The selected funding lines compared: side by side as bars, with their differences, ratios and
// shares in words (model/comparison.*). A view of the one selection like the others: a click on a
// bar makes that line the current one (its details show), Ctrl+click takes it out of the selection.
class ComparisonPane final : public QWidget
{
    Q_OBJECT

public:
    // selection: the app's one selection, on the FactsheetModel.
    explicit ComparisonPane(QItemSelectionModel *selection, QWidget *parent = nullptr);

    const Comparison &comparison() const { return m_comparison; }
    FactsheetChart *chart() const { return m_chart; }
    QLabel *wordsLabel() const { return m_words; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void takeBarClick(int bar);

    QPointer<QItemSelectionModel> m_selection;
    Comparison m_comparison;
    FactsheetChart *m_chart;
    ChartView *m_view;
    QLabel *m_words;
    Qt::KeyboardModifiers m_pressModifiers;
};
