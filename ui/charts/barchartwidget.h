#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QModelIndex>
#include <QPointer>
#include <QString>
#include <QWidget>

class ChartView;
class FactsheetModel;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QEvent;
class QFontMetricsF;
class QItemSelectionModel;

// What both bar charts of the app share: one bar set drawn from rows of the FactsheetModel, a
// value axis with en_GB labels, bar clicks written to the app's one selection, that selection
// mirrored on the bars, tooltips with the source sentence and an accessible description. Which
// rows become bars and how their values read is decided by the subclasses.
//
// The chart is a view: it rebuilds its bars on modelReset, dataChanged, rowsInserted/Removed/Moved
// and layoutChanged, and only selects or deselects bars when the current row changes.
class BarChartWidget : public QWidget
{
    Q_OBJECT

public:
    ~BarChartWidget() override;

    // The app's one selection; its model() must be the FactsheetModel (the source model).
    void setSelectionModel(QItemSelectionModel *selection);
    QItemSelectionModel *selectionModel() const;

    QChart *chart() const { return m_chart; }
    ChartView *chartView() const { return m_view; }
    QBarSeries *series() const { return m_series; }
    // The one bar set. Every rebuild (a model change, never a selection change) replaces it with
    // a new one, so do not keep the pointer across model changes; null before the first rebuild.
    QBarSet *barSet() const { return m_set; }

    int barCount() const { return static_cast<int>(m_rows.size()); }
    // The label under each bar as plain text, "2010\n513,000"; empty where labels are hidden
    // (too many bars). The axis shows them as axisLabelHtml(), fitted to the width of a bar.
    QStringList categoryLabels() const { return m_categoryLabels; }
    // Qt Charts draws axis labels as HTML, where "\n" is a space and "&" starts an entity, and cuts
    // a label wider than its share of the axis to "...". So: escaped, centred, lines broken, lines
    // wider than width (in metrics' font; 0 = no limit) wrapped at spaces, longer words elided.
    static QString axisLabelHtml(const QString &label, const QFontMetricsF &metrics, qreal width);
    // The FactsheetModel row (column 0) a bar is drawn from; invalid for a bar that does not exist.
    QModelIndex sourceIndexOfBar(int bar) const;
    // The bar drawn for a FactsheetModel row; -1 if the row has no bar here.
    int barOfSourceRow(int row) const;
    // Plain text: the figure with its exact value, how it was derived, and its source sentence.
    // Shown when the pointer rests on the bar.
    QString toolTipForBar(int bar) const;

    static QColor barColor();
    static QColor selectedBarColor();

signals:
    // The bars were built anew from the model (barSet() has changed).
    void barsRebuilt();

protected:
    explicit BarChartWidget(QWidget *parent = nullptr);

    // Which rows of the model become bars, in order, and what the chart is called (model is null
    // before a selection model is set).
    struct Plan
    {
        QList<int> rows; // FactsheetModel rows
        QString title;
        bool categoryLabelsVisible = true; // false where there are too many bars to read
    };
    virtual Plan planBars(const FactsheetModel *model) const = 0;
    // What a bar is called in the accessible description ("2010", "Cobra Biologics").
    virtual QString barName(const QModelIndex &index) const = 0;
    // The exact value as people read it ("513,000", "£2,600,000").
    virtual QString formatValue(qint64 value) const = 0;
    // The label under a bar; by default its name.
    virtual QString categoryLabel(const QModelIndex &index) const;
    // A label on the value axis, at a round value; by default the exact format.
    virtual QString formatAxisValue(qint64 value) const;

    // Builds the bars anew from the model; subclasses call it once constructed, so the title
    // shows before a selection model is set.
    void rebuild();

    void changeEvent(QEvent *event) override;

private:
    void attachModel();
    void rebuildValueAxis(qint64 maximum);
    void fitCategoryLabels();
    void applySelection();
    void takeBarClick(int bar);
    void showToolTip(bool hovered, int bar);
    QString accessibleSummary(const QString &title) const;
    qint64 valueOfBar(int bar) const;

    QChart *m_chart;
    ChartView *m_view;
    QBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QCategoryAxis *m_valueAxis;
    QBarSet *m_set = nullptr;

    QPointer<QItemSelectionModel> m_selection;
    QPointer<FactsheetModel> m_model;
    QList<QMetaObject::Connection> m_selectionConnections;
    QList<QMetaObject::Connection> m_modelConnections;

    QList<int> m_rows;            // bar -> source row
    QStringList m_categoryLabels; // bar -> plain label, empty when hidden
    QHash<int, int> m_barOfRow;   // source row -> bar
};
