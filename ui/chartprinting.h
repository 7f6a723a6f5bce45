#pragma once

#include "chartdescription.h"
#include "charttheme.h"

#include <QList>

class QPrinter;

namespace ChartPrinting {

// Prints one page per element of pages (a chart, or the three charts of the dashboard) in the
// print theme, laid out for the printer's page: vector, as in a PDF export.
void print(QPrinter *printer, const QList<QList<ChartDescription>> &pages, ChartPalette palette);

} // namespace ChartPrinting
