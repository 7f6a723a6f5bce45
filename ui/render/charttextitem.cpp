#include "charttextitem.h"

#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace {

// Wide enough for any line of a chart: "no room limit".
constexpr qreal unlimited = 1e6;

} // namespace

ChartTextItem::ChartTextItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    // Texts never take a click or a hover from the bars under them.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setVisible(false); // until it is given a text
}

void ChartTextItem::setText(const QString &text, const QFont &font, const QColor &colour, qreal width,
                            Qt::Alignment alignment)
{
    prepareGeometryChange();
    m_text = text;
    m_colour = colour;
    m_room = width;
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout.setText(shown);
    m_layout.setFont(font);
    QTextOption option(alignment);
    option.setWrapMode(width < 0 ? QTextOption::NoWrap : QTextOption::WordWrap);
    m_layout.setTextOption(option);
    // Painting reuses the shaped glyphs instead of shaping the text again.
    m_layout.setCacheEnabled(true);

    m_layout.beginLayout();
    qreal y = 0;
    m_widestLine = 0;
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width < 0 ? unlimited : width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m_widestLine = std::max(m_widestLine, line.naturalTextWidth());
    }
    m_layout.endLayout();
    m_bounds = QRectF(0, 0, width < 0 ? m_widestLine : width, y);
    setVisible(!text.isEmpty());
    update();
}

bool ChartTextItem::fits() const
{
    return m_room < 0 || m_widestLine <= m_room + 0.5;
}

void ChartTextItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    // The scene saves and restores the painter around each item: setting the pen here is enough.
    painter->setPen(m_colour);
    m_layout.draw(painter, QPointF(0, 0));
}
