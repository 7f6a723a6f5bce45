#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QTextLayout>

// One text of a chart: plain text in one font and colour, wrapped at spaces to the room it is
// given (or on one line when given none), aligned within that room. Laid out once, when the text
// is set, and painted from that layout: no QTextDocument, no text control, no second layout pass
// and no painter state of its own, which is what makes a chart with many texts cheap to export.
class ChartTextItem final : public QGraphicsItem
{
public:
    explicit ChartTextItem(QGraphicsItem *parent = nullptr);

    // A width below 0 gives no room limit: each line as wide as it needs.
    void setText(const QString &text, const QFont &font, const QColor &colour, qreal width = -1,
                 Qt::Alignment alignment = Qt::AlignLeft);
    QString text() const { return m_text; }
    QColor colour() const { return m_colour; }
    // No line wider than the room it was given: nothing would be cut or overflow.
    bool fits() const;
    // The height it takes; 0 when it shows nothing.
    qreal height() const { return isVisible() ? m_bounds.height() : 0.0; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text; // as given; the layout has line separators for its newlines
    QTextLayout m_layout;
    QColor m_colour;
    QRectF m_bounds;
    qreal m_room = -1;
    qreal m_widestLine = 0;
};
