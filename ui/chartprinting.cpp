#include "chartprinting.h"

#include "chartrenderer.h"

#include <QPainter>
#include <QPrinter>

namespace ChartPrinting {

void print(QPrinter *printer, const QList<QList<ChartDescription>> &pages, ChartPalette palette)
{
    QPainter painter(printer);
    // Lay the page out at a resolution like a screen's, whatever the printer's: type sizes and
    // line widths are then those of an export, and the painter scales them to the page.
    const QRect paper = painter.viewport();
    const QSizeF logical(1600.0, 1600.0 * paper.height() / std::max(1, paper.width()));
    painter.setWindow(QRect(QPoint(0, 0), logical.toSize()));
    const ChartTheme theme = ChartTheme::print(logical, palette);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            printer->newPage();
        ChartRenderer::renderPage(pages.at(page), theme, &painter, QRectF(QPointF(0, 0), logical));
    }
}

} // namespace ChartPrinting
