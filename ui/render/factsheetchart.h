#pragma once

#include "chartdescription.h"
#include "charttheme.h"

#include <QChart>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class ChartTextItem;
class QGraphicsRectItem;
class QHorizontalStackedBarSeries;

// One chart description drawn with one theme, the same wherever it lives: in the window's chart
// view, in the presentation view, or in a bare QGraphicsScene rendered to a file. Horizontal bars,
// because the categories are names; every text (title, category and value labels, axis title,
// legend note, source line) is an item of ours, wrapped to the room it has and never elided.
// Qt Charts draws the bars, the value axis and its grid.
class FactsheetChart final : public QChart
{
    Q_OBJECT

public:
    explicit FactsheetChart(QGraphicsItem *parent = nullptr);

    void setDescription(const ChartDescription &description);
    const ChartDescription &description() const { return m_description; }
    void setChartTheme(const ::ChartTheme &theme);
    const ::ChartTheme &chartTheme() const { return m_theme; }
    // Exports and the presentation view carry the source line; the window shows it elsewhere.
    void setShowsSourceLine(bool shows);
    void setTransparentBackground(bool transparent);

    int barCount() const { return static_cast<int>(m_description.bars.size()); }
    // Bars drawn in the selected colour; changes no bar but those, and rebuilds nothing.
    void setSelectedBars(const QList<int> &bars);
    QList<int> selectedBars() const;
    // Where a bar is drawn, in this chart's coordinates; empty for a bar that does not exist.
    QRectF barRect(int bar) const;
    // The bar set a bar is drawn in (stated, derived or others), for styling checks.
    QBarSet *barSetOf(int bar) const;

    // Lays the frame out for the new size before Qt Charts lays out the plot inside it.
    void setGeometry(const QRectF &rect) override;
    using QChart::setGeometry;

    // Lays everything out for the chart's size now, synchronously: call it after setGeometry()
    // before rendering. On screen the chart also lays itself out whenever it is resized.
    void layOutNow();

    // Every text the chart shows, with where it is, in this chart's coordinates.
    struct PlacedText
    {
        QString role; // "title", "subtitle", "label", "value", "axisTitle", "note", "source", "empty"
        QString text;
        QRectF rect;
        bool fits = true; // no line wider than the room it was given: nothing would be cut or overflow
    };
    QList<PlacedText> placedTexts() const;
    QStringList tickLabels() const;

signals:
    void barPressed(int bar); // as the button goes down
    void barClicked(int bar); // pressed and released on the bar
    void barHovered(int bar, bool hovered);

private:
    void rebuildBars();
    void applyTheme();
    void layOutFrame(const QSizeF &size);
    void frameChanged();
    void placeOnPlotArea();
    int categoryOf(int bar) const { return barCount() - 1 - bar; }
    int barOfCategory(int category) const { return barCount() - 1 - category; }
    qreal gap() const { return m_theme.padding * 0.6; }
    // The label a bar shows in the theme's label style.
    QString valueTextOf(int bar) const;
    // The description's subtitle, and on a linear axis, a line suggesting the logarithmic one
    // where the bars differ by more than 100 times.
    QString subtitleText() const;
    // The description's axis title, saying when the axis is logarithmic.
    QString axisTitleText() const;
    // The largest bar over the smallest (of bars with a length); 1 with fewer than two.
    double sizeRatio() const;
    // A logarithmic axis starts here: the power of ten at or below the smallest bar, a decade lower
    // where that bar would be shorter than a third of a decade, so every bar is visibly long.
    double logStart() const;
    // Where a value ends on the axis Qt Charts draws: the value itself, or on a logarithmic axis
    // its decades above logStart() (0 at or below it). The axis itself stays linear: its ticks
    // and labels are ours either way, and QLogValueAxis cannot print money.
    double drawnValue(double value) const;
    void setBarValues();
    void placeTicks(const QRectF &plot, double range);
    void placeLogTicks(const QRectF &plot, double range);
    void setTicks(const QStringList &ticks, const QList<qreal> &ends, double range);

    ChartDescription m_description;
    ::ChartTheme m_theme;
    bool m_showsSourceLine = false;
    bool m_transparent = false;
    bool m_placing = false;
    // The size the frame (titles, labels, margins) was last laid out for; empty when something
    // it depends on has changed since.
    QSizeF m_frameLaidOutFor;

    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QCategoryAxis *m_valueAxis;
    QBarSet *m_stated = nullptr;
    QBarSet *m_derived = nullptr;
    QBarSet *m_others = nullptr;

    ChartTextItem *m_title;
    ChartTextItem *m_subtitle;
    ChartTextItem *m_axisTitle;
    ChartTextItem *m_note;
    QGraphicsRectItem *m_noteSwatch;
    ChartTextItem *m_source;
    ChartTextItem *m_empty;
    QList<ChartTextItem *> m_labels;
    QList<ChartTextItem *> m_values;
    qreal m_labelSize = 0; // the label type size in use: the theme's, or smaller where bars are many
};
