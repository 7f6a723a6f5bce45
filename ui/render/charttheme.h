#pragma once

#include "valuelabels.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <optional>

class QPalette;
class QSizeF;

// The colours a chart's bars take: ours, or Okabe and Ito's, safe for every common colour vision.
enum class ChartPalette { Default, OkabeIto };

// How the value axis maps values to lengths. A logarithmic axis gives each decade the same room,
// so lines of very different size (£750k beside £1.2bn) are all visible bars.
enum class ValueAxisScale { Linear, Log };

// How a chart looks: colours, type sizes in pixels of the target, bar thickness. Three themes:
// the window's own look (from its palette and font), a presentation theme readable at the back
// of a room, and a print theme for A4. Every theme takes either palette.
struct ChartTheme
{
    QString name; // "window", "presentation", "print"

    QColor background;
    QColor text;
    QColor secondaryText; // subtitle, ticks, source line
    QColor grid;
    QColor axisLine;
    QColor bar;
    QColor selectedBar;
    QColor otherBar; // the bar that sums the lines not drawn one by one
    bool gridVisible = true;
    // Every value label and value-axis tick: exact figures, or short money ("£2.6m"): the
    // presentation theme's default, as slides quote the summary.
    ValueLabels::Style valueLabels = ValueLabels::Style::Exact;
    ValueAxisScale valueAxis = ValueAxisScale::Linear;

    QString fontFamily;
    qreal titleSize = 16; // pixel sizes
    qreal subtitleSize = 12;
    qreal labelSize = 12; // category and value labels
    qreal tickSize = 11;
    qreal footerSize = 10;
    qreal barThickness = 0.6; // of a category's band
    qreal padding = 10;

    QFont font(qreal pixelSize) const;

    static QStringList names();        // window, presentation, print
    static QStringList paletteNames(); // default, okabe-ito
    static std::optional<ChartPalette> paletteFromName(const QString &name);
    static QStringList axisNames(); // linear, log
    static std::optional<ValueAxisScale> axisFromName(const QString &name);

    // The window's look: its palette's colours (light or dark) and its font.
    static ChartTheme window(const QPalette &palette, const QFont &font, ChartPalette bars = ChartPalette::Default);
    // Type scaled to the target: the title at least 1/25 of its height; high contrast, thick
    // bars, no grid.
    static ChartTheme presentation(const QSizeF &target, ChartPalette bars = ChartPalette::Default);
    // Black text and a light grid on white, for paper.
    static ChartTheme print(const QSizeF &target, ChartPalette bars = ChartPalette::Default);
    // By name; nullopt for a name that is none of names().
    static std::optional<ChartTheme> named(const QString &name, const QSizeF &target, const QPalette &palette,
                                           const QFont &font, ChartPalette bars = ChartPalette::Default);
};

// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
qreal contrastRatio(const QColor &a, const QColor &b);
