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
// paragraphs, in QPdfWriter's own fonts. Needs a QGuiApplication.
namespace GeneratedPdf {

// One page: the paragraphs of its left column, then those of its right.
struct Page
{
    QStringList left;
    QStringList right;
};

inline QByteArray write(const QList<Page> &pages, bool imagesOnly = false)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit a point
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
    writer.setCreator(QStringLiteral("Factsheet Explorer tests"));
    QPainter painter(&writer);
    const QRect page = painter.viewport();
    const double gutter = 24;
    const double columnWidth = (page.width() - gutter) / 2;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (imagesOnly) {
            QImage picture(200, 120, QImage::Format_RGB32);
            picture.fill(QColor(0x1d, 0x70, 0xb8));
            painter.drawImage(QRectF(0, 0, columnWidth, columnWidth * 0.6), picture);
            continue;
        }
        const std::array<const QStringList *, 2> columns {&pages[i].left, &pages[i].right};
        for (int column = 0; column < 2; ++column) {
            QTextDocument document;
            document.documentLayout()->setPaintDevice(&writer);
            document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 8));
            document.setTextWidth(columnWidth);
            QString html;
            for (const QString &paragraph : *columns[static_cast<size_t>(column)])
                html += QStringLiteral("<p style=\"margin-bottom: 10px\">%1</p>").arg(paragraph.toHtmlEscaped());
            document.setHtml(html);
            painter.save();
            painter.translate(column * (columnWidth + gutter), 0);
            document.drawContents(&painter);
            painter.restore();
        }
    }
    painter.end();
    return pdf;
}

} // namespace GeneratedPdf
