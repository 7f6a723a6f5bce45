#pragma once

#include "pdfwords.h"

#include <QString>

// The reading order of a summary's PDF, from its words and where they stand: the two-column layout
// of the one-page summaries read column by column. On each page, columns are the stretches of
// the page's width that words cover, apart by a gutter wider than a line's height (a page whose
// lines cross from one side to the other is one column); in each column, lines are the words at
// the same height, left to right, top to bottom; a gap between two lines taller than half a line
// ends a paragraph. The text has one paragraph a line (its lines joined as SummaryText does, words
// hyphenated across a line break rejoined), a blank line between paragraphs and columns, and a
// form feed between pages: what LocalSummaryText reads.
namespace PdfLayout {

QString text(const QList<PdfWords::Page> &pages);

} // namespace PdfLayout
