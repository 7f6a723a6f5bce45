#!/usr/bin/python3
"""Lays out the test summaries (*.txt here) as one-page PDFs with ReportLab, in several layouts: a
PDF producer other than our own QPdfWriter (tests/generatedpdf.h), for tst_pdfreader, which reads
each PDF and its text and asserts they give the same factsheet, entity for entity.

A test-data tool, never a dependency of the program or of its tests: the PDFs are committed beside
this script, written in ReportLab's invariant mode (no dates, no random ids) so that the same
ReportLab writes the same bytes. Run with Debian's python3 and python3-reportlab:

    /usr/bin/python3 tests/data/pdf/make-summary-pdfs.py          # writes the PDFs here
    /usr/bin/python3 tests/data/pdf/make-summary-pdfs.py --check  # exit 1 if one differs
"""
import io
import pathlib
import sys
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

HERE = pathlib.Path(__file__).resolve().parent
SUMMARIES = {
    "stoke-on-trent-and-staffordshire": HERE.parents[2] / "resources/factsheet/source/stoke-on-trent-and-staffordshire.txt",
    "greater-wessex": HERE / "greater-wessex.txt",
    "northmoor-and-dale": HERE / "northmoor-and-dale.txt",
}
MARGIN = 40


class Layout:
    """One way to lay a summary out on its page."""

    def __init__(self, name, page, face, bold, justified, gutter, size=9.0, panel=False, title_across=False,
                 footer_across=False, left_lower=0.0, rotate=0, drawn_turned=False):
        self.name, self.page, self.face, self.bold = name, page, face, bold
        self.justified, self.gutter, self.size, self.panel = justified, gutter, size, panel
        self.title_across, self.footer_across = title_across, footer_across
        self.left_lower, self.rotate, self.drawn_turned = left_lower, rotate, drawn_turned


LAYOUTS = [
    # A4, a sans face, ragged right, a wide gutter; the name heads the left column.
    Layout("a4-sans-ragged-wide-gutter", A4, "Helvetica", "Helvetica-Bold", False, 36),
    # US Letter, a serif face, justified, a narrow gutter, the figures' column in a shaded panel.
    Layout("letter-serif-justified-narrow-gutter-panel", LETTER, "Times-Roman", "Times-Bold", True, 7, size=9.5,
           panel=True),
    # A4, serif, a 22-point name across both columns, the introduction and the closing lines across the
    # page, the right column's first line above the left one's.
    Layout("a4-serif-title-and-footer-across-right-higher", A4, "Times-Roman", "Times-Bold", False, 14,
           title_across=True, footer_across=True, left_lower=13),
    # US Letter, sans, justified, the columns' first lines level under a name across the page.
    Layout("letter-sans-justified-title-across-level", LETTER, "Helvetica", "Helvetica-Bold", True, 12,
           size=8.5, title_across=True),
    # A4 turned a quarter by the page's /Rotate entry: a viewer shows it on its side, reading down.
    Layout("a4-sans-rotated-page", A4, "Helvetica", "Helvetica-Bold", False, 20, rotate=90),
    # A landscape page with the summary drawn on it turned a quarter anticlockwise, reading up.
    Layout("a4-landscape-serif-drawn-turned", A4, "Times-Roman", "Times-Bold", True, 10, drawn_turned=True),
]


def paragraphs(path):
    text = path.read_text(encoding="utf-8")
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def draw(canvas, layout, summary):
    width, height = layout.page
    body = ParagraphStyle("body", fontName=layout.face, fontSize=layout.size, leading=layout.size * 1.25,
                          spaceAfter=layout.size * 0.8, alignment=TA_JUSTIFY if layout.justified else TA_LEFT)
    name = ParagraphStyle("name", parent=body, fontName=layout.bold, fontSize=22 if layout.title_across else 15,
                          leading=26 if layout.title_across else 18, alignment=TA_LEFT, spaceAfter=10)
    parts = paragraphs(summary)
    split = next(i for i, p in enumerate(parts) if p.startswith("Population:"))
    left, right = parts[:split], parts[split:]
    footer = []
    if layout.footer_across:
        footer, right = right[-2:], right[:-2]

    def para(text, style=body):
        return Paragraph(escape(text), style)

    top = height - MARGIN
    inner = width - 2 * MARGIN
    if layout.title_across:
        title = para(left.pop(0), name)
        _, used = title.wrap(inner, top)
        title.drawOn(canvas, MARGIN, top - used)
        top -= used + 12
        if layout.footer_across:
            intro = para(left.pop(0))
            _, used = intro.wrap(inner, top)
            intro.drawOn(canvas, MARGIN, top - used)
            top -= used + 12
    else:
        left[0:1] = []
        left.insert(0, None)  # the name, in its own style, heads the left column

    bottom = MARGIN
    if footer:
        flowed = [para(text) for text in footer]
        heights = [p.wrap(inner, top)[1] for p in flowed]
        y = MARGIN + sum(heights) + 6 * len(flowed)
        bottom = y + 18
        for p, used in zip(flowed, heights):
            p.drawOn(canvas, MARGIN, y - used)
            y -= used + 6

    column = (inner - layout.gutter) / 2
    right_x = MARGIN + column + layout.gutter
    if layout.panel:
        canvas.setFillColor(Color(0.86, 0.90, 0.95))
        canvas.rect(right_x - 3, bottom, column + 6, top - bottom, stroke=0, fill=1)
        canvas.setFillColor(Color(0, 0, 0))
    first = paragraphs(summary)[0]
    left_flow = [para(first, name) if text is None else para(text) for text in left]
    Frame(MARGIN, bottom, column, top - bottom - layout.left_lower, 0, 0, 0, 0).addFromList(left_flow, canvas)
    right_flow = [para(text) for text in right]
    Frame(right_x, bottom, column, top - bottom, 0, 0, 0, 0).addFromList(right_flow, canvas)
    if left_flow or right_flow:
        raise SystemExit(f"{summary.name} does not fit the page in layout {layout.name}")


def write(layout, area, summary):
    out = io.BytesIO()
    width, height = layout.page
    # ReportLab swaps a turned page's sides in its MediaBox: given them swapped, it keeps the page's.
    turned = layout.rotate in (90, 270) or layout.drawn_turned
    canvas = Canvas(out, pagesize=(height, width) if turned else layout.page, invariant=1, pageCompression=1)
    canvas.setTitle(f"{area} ({layout.name})")
    canvas.setCreator("Factsheet Explorer tests: make-summary-pdfs.py")
    if layout.rotate:
        canvas.setPageRotation(layout.rotate)
    if layout.drawn_turned:
        canvas.translate(height, 0)
        canvas.rotate(90)
    draw(canvas, layout, summary)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def main():
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check:
        raise SystemExit("usage: make-summary-pdfs.py [--check]")
    stale = []
    for area, summary in SUMMARIES.items():
        for layout in LAYOUTS:
            path = HERE / f"{area}.{layout.name}.pdf"
            pdf = write(layout, area, summary)
            if check:
                if not path.exists() or path.read_bytes() != pdf:
                    stale.append(path.name)
            else:
                path.write_bytes(pdf)
    if stale:
        print("not as make-summary-pdfs.py writes them:", *stale, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
