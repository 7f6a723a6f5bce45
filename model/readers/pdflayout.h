#pragma once

#include "pdfwords.h"

#include <QString>

// The reading order of a summary's PDF, rebuilt from its words and where they stand, whatever laid
// the page out. On each page:
// - the page is first turned as its text runs (PdfWords::Page::turn), so a page turned by its
//   /Rotate entry or drawn rotated reads as it does upright;
// - the words fall into bands, the stretches of the page's height their middles cover (two
//   columns' lines on one baseline are one band);
// - a column gutter is a strip of the width that no word covers through at least three bands in a
//   row, with words on both sides (a whitespace projection: however narrow the gutter, as long as
//   it is wider than the space between words, which is filled in first); the bands it runs through
//   are a block of columns, read column by column, left to right;
// - every other band is full width (the title band, a large title across both columns, the footer
//   paragraphs), read whole, in place; a short last line of a full-width paragraph stays with it;
// - in a column or a full-width block, lines are the words at the same height, left to right, top
//   to bottom; a gap between lines taller than half a line, or a change of type size, ends a
//   paragraph.
// The text has one paragraph a line (its lines joined as SummaryText does, words hyphenated across
// a line break rejoined), a blank line between paragraphs, columns and blocks, and a form feed
// between pages: what LocalSummaryText reads.
namespace PdfLayout {

QString text(const QList<PdfWords::Page> &pages);

// The page as it reads upright: its size and its words' boxes turned back by page.turn.
PdfWords::Page upright(const PdfWords::Page &page);

} // namespace PdfLayout
