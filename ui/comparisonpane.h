#pragma once

#include "comparison.h"

#include <QPointer>
#include <QWidget>

class ChartView;
class FactsheetChart;
class QItemSelectionModel;
class QPlainTextEdit;

// The selected funding lines compared: side by side as bars, with their differences, ratios and
// shares in words (model/comparison.*). A view of the one selection like the others: a click on a
// bar makes that line the current one (its details show), Ctrl+click takes it out of the selection.
class ComparisonPane final : public QWidget
{
    Q_OBJECT

public:
    // selection: the app's one selection, on the FactsheetModel.
    explicit ComparisonPane(QItemSelectionModel *selection, QWidget *parent = nullptr);

    // Always that of the selection as it is now, shown or not.
    const Comparison &comparison() const { return m_comparison; }
    FactsheetChart *chart() const { return m_chart; }
    // The comparison in words, read-only but selectable, scrolled within the pane.
    QPlainTextEdit *wordsView() const { return m_words; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showComparison();
    void keepRoomForTwoLines();
    void takeBarClick(int bar);

    QPointer<QItemSelectionModel> m_selection;
    Comparison m_comparison;
    FactsheetChart *m_chart;
    ChartView *m_view;
    QPlainTextEdit *m_words;
    Qt::KeyboardModifiers m_pressModifiers;
    bool m_shownIsStale = true; // the chart and words lag m_comparison while the pane is hidden
    bool m_inBarClick = false;  // while a click on one of our bars changes the selection
    bool m_showQueued = false;
};
