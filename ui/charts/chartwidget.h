#pragma once

#include "chartdescription.h"
#include "charttheme.h"

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <QWidget>

class ChartView;
class FactsheetChart;
class QAction;
class QItemSelectionModel;
class QModelIndex;

// One chart of the factsheet on screen: the description of chart `name`, built from the
// selection's model through roles, drawn by the same FactsheetChart the exports use, in the
// window's look (following its palette) or the presentation look. It is a view of the one
// selection: a click (Ctrl+click adds or removes) selects a bar's row, the selected rows are
// drawn in the selected colour, Esc or a click on empty space clears the selection.
class ChartWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class Look {
        Window,       // the window's palette and font; the source line is shown elsewhere
        Presentation, // the presentation theme for this widget's size, with the source line
    };

    explicit ChartWidget(const QString &chartName, QWidget *parent = nullptr);
    ~ChartWidget() override;

    QString chartName() const { return m_chartName; }
    void setLook(Look look);
    Look look() const { return m_look; }
    void setBarPalette(ChartPalette palette);

    // The selection the chart shows and writes, on the model the chart reads by role: the app's
    // one selection for the figure charts, the table's mirror of it for the funding chart (which
    // then shows the table's lines in the table's order).
    void setSelectionModel(QItemSelectionModel *selection);
    void setFundingOrder(ChartDescriptions::FundingOrder order);
    QItemSelectionModel *selectionModel() const;

    FactsheetChart *chart() const { return m_chart; }
    ChartView *chartView() const { return m_view; }
    const ChartDescription &description() const;
    int barCount() const;
    // The model row (column 0) a bar is drawn from; invalid for a bar that does not exist or sums
    // several lines.
    QModelIndex sourceIndexOfBar(int bar) const;
    int barOfSourceRow(int row) const;
    QList<int> selectedBars() const;
    // Where a bar is, in the chart view's viewport.
    QRect barRectInViewport(int bar) const;

    // The context menu's actions, also reachable by their shortcuts while the chart has focus.
    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *presentAction() const { return m_present; }

    QSize sizeHint() const override;

signals:
    // The bars were built anew from the model (never on a selection change).
    void barsRebuilt();
    // What the user asked of this chart; the window does it.
    void copyRequested();
    void exportRequested();
    void printRequested();
    void presentRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void attachModel();
    void rebuild();
    void applyLook();
    void applySelection();
    void selectBar(int bar, bool toggle);
    void clearSelection();
    int barAt(const QPoint &viewportPos) const;
    bool showToolTip(const QPoint &viewportPos, const QPoint &globalPos);

    QString m_chartName;
    Look m_look = Look::Window;
    ChartPalette m_barPalette = ChartPalette::Default;
    ChartDescriptions::FundingOrder m_fundingOrder = ChartDescriptions::FundingOrder::LargestFirst;
    FactsheetChart *m_chart;
    ChartView *m_view;
    QAction *m_copy;
    QAction *m_export;
    QAction *m_print;
    QAction *m_present;
    QAction *m_clear;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_selectionConnections;
    QList<QMetaObject::Connection> m_modelConnections;
    bool m_pressHitBar = false;
    Qt::KeyboardModifiers m_pressModifiers; // of the press a bar click comes from
};
