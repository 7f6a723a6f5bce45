#pragma once

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTextDocument>

#include <array>

// PDFs the tests write themselves, as the summaries are laid out: each page two columns of
// paragraphs, in QPdfWriter's own fonts, in one of several layouts. Needs a QGuiApplication.
namespace GeneratedPdf {

// One page: the paragraphs of its left column, then those of its right.
struct Page
{
    QStringList left;
    QStringList right;
};

// How the pages are laid out. The default is the summaries' own: A4, a sans face, ragged right.
struct Layout
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString family = QStringLiteral("DejaVu Sans");
    double pointSize = 8;
    bool justified = false;
    double gutter = 24;
    bool rightPanel = false;    // a shaded panel behind the right column
    double rightColumnDrop = 0; // points the right column starts below the left (above, if negative)
    bool titleAcross = false;   // the left column's first paragraph across both columns, at 20 points
    qsizetype footerAcross = 0; // the right column's last paragraphs across both columns, below them
    bool drawnTurned = false;   // a landscape page, the layout drawn on it turned a quarter clockwise
};

namespace Detail {

// Paragraphs set `width` wide from the painter's origin; returns their height.
inline double drawParagraphs(QPainter &painter, QPaintDevice *device, const QStringList &paragraphs, double width,
                             const Layout &layout, double pointSize)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDefaultFont(QFont(layout.family, static_cast<int>(pointSize)));
    document.setTextWidth(width);
    QString html;
    const QString align = layout.justified ? QStringLiteral(" align=\"justify\"") : QString();
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p%1 style=\"margin-bottom: 10px\">%2</p>").arg(align, paragraph.toHtmlEscaped());
    document.setHtml(html);
    document.drawContents(&painter);
    return document.size().height();
}

} // namespace Detail

inline QByteArray write(const QList<Page> &pages, const Layout &layout, bool imagesOnly = false)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit a point
    writer.setPageLayout(QPageLayout(QPageSize(layout.paper),
                                     layout.drawnTurned ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(36, 36, 36, 36), QPageLayout::Point));
    writer.setCreator(QStringLiteral("Factsheet Explorer tests"));
    QPainter painter(&writer);
    QRectF page = painter.viewport();
    if (layout.drawnTurned) {
        // Drawn as on a portrait page, turned a quarter clockwise onto the landscape one.
        painter.translate(page.width(), 0);
        painter.rotate(90);
        page = QRectF(0, 0, page.height(), page.width());
    }
    const double columnWidth = (page.width() - layout.gutter) / 2;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (imagesOnly) {
            QImage picture(200, 120, QImage::Format_RGB32);
            picture.fill(QColor(0x1d, 0x70, 0xb8));
            painter.drawImage(QRectF(0, 0, columnWidth, columnWidth * 0.6), picture);
            continue;
        }
        QStringList left = pages[i].left;
        QStringList right = pages[i].right;
        double top = 0;
        if (layout.titleAcross && !left.isEmpty()) {
            painter.save();
            top = Detail::drawParagraphs(painter, &writer, {left.takeFirst()}, page.width(), layout, 20) + 6;
            painter.restore();
        }
        QStringList footer;
        for (qsizetype k = 0; k < layout.footerAcross && !right.isEmpty(); ++k)
            footer.prepend(right.takeLast());
        const double rightLeft = columnWidth + layout.gutter;
        if (layout.rightPanel)
            painter.fillRect(QRectF(rightLeft - 4, top, columnWidth + 8, page.height() * 0.7 - top),
                             QColor(0xdc, 0xe6, 0xf2));
        double bottom = top;
        const std::array<const QStringList *, 2> columns {&left, &right};
        for (int column = 0; column < 2; ++column) {
            const double drop
                = column == 0 ? std::max(0.0, -layout.rightColumnDrop) : std::max(0.0, layout.rightColumnDrop);
            painter.save();
            painter.translate(column * rightLeft, top + drop);
            const double height = Detail::drawParagraphs(painter, &writer, *columns[static_cast<size_t>(column)],
                                                         columnWidth, layout, layout.pointSize);
            painter.restore();
            bottom = std::max(bottom, top + drop + height);
        }
        if (!footer.isEmpty()) {
            painter.save();
            painter.translate(0, std::max(bottom, page.height() * 0.7) + 24);
            Detail::drawParagraphs(painter, &writer, footer, page.width(), layout, layout.pointSize);
            painter.restore();
        }
    }
    painter.end();
    return pdf;
}

inline QByteArray write(const QList<Page> &pages, bool imagesOnly = false)
{
    return write(pages, Layout(), imagesOnly);
}

} // namespace GeneratedPdf
