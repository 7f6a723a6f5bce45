#pragma once

#include "chartdescription.h"
#include "charttheme.h"

#include <QList>
#include <QRectF>

class QPainter;

// Draws chart descriptions onto any QPainter (an image, an SVG generator, a PDF writer, a
// printer) at a target size, laid out for that size: rendered for the target, never scaled
// from the screen. No window or view is needed, only a QApplication.
namespace ChartRenderer {

struct Options
{
    bool showsSourceLine = true;
    bool transparent = false;
    // The on-screen selection is left out of exports unless asked for: bars (of the one chart,
    // or per chart of a dashboard, in its order) drawn in the selected colour.
    QList<QList<int>> selectedBars;
};

// One chart, filling target (logical pixels of the painter).
void render(const ChartDescription &chart, const ChartTheme &theme, QPainter *painter, const QRectF &target,
            const Options &options = {});
// The three charts in one picture: a heading naming the area, employment and
// apprenticeships-and-wages stacked on the left, funding on the right, one source line.
void renderDashboard(const QList<ChartDescription> &charts, const ChartTheme &theme, QPainter *painter,
                     const QRectF &target, const Options &options = {});

// One page of an export: the one chart, or the dashboard of several.
void renderPage(const QList<ChartDescription> &charts, const ChartTheme &theme, QPainter *painter, const QRectF &target,
                const Options &options = {});

} // namespace ChartRenderer
