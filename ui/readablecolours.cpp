#include "readablecolours.h"

#include "charttheme.h"

#include <algorithm>
#include <cmath>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const auto channel = [amountOfB](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * amountOfB)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

qreal worstContrast(const QColor &text, const QList<QColor> &backgrounds)
{
    qreal worst = 21;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, contrastRatio(text, background));
    return worst;
}

} // namespace

namespace ReadableColours {

QColor readableOn(const QColor &text, const QList<QColor> &backgrounds, qreal ratio)
{
    const QColor opaque(text.red(), text.green(), text.blue());
    if (worstContrast(opaque, backgrounds) >= ratio)
        return opaque;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor towards = worstContrast(black, backgrounds) >= worstContrast(white, backgrounds) ? black : white;
    // The least change that reads keeps the desktop's hue as far as it can.
    for (int step = 1; step <= 10; ++step) {
        const QColor candidate = mix(opaque, towards, step / 10.0);
        if (worstContrast(candidate, backgrounds) >= ratio)
            return candidate;
    }
    return towards;
}

QColor readableBehind(const QColor &background, const QColor &text, qreal ratio)
{
    const QColor opaque(background.red(), background.green(), background.blue());
    if (contrastRatio(text, opaque) >= ratio)
        return opaque;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor away = contrastRatio(text, black) >= contrastRatio(text, white) ? black : white;
    for (int step = 1; step <= 10; ++step) {
        const QColor candidate = mix(opaque, away, step / 10.0);
        if (contrastRatio(text, candidate) >= ratio)
            return candidate;
    }
    return away;
}

QPalette withReadableText(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        const QColor highlight = readableBehind(palette.color(group, QPalette::Highlight), text, selectionContrast);
        if (highlight != palette.color(group, QPalette::Highlight))
            palette.setColor(group, QPalette::Highlight, highlight);
        // A text colour no highlight deepening can save (mid-grey) is itself made to read.
        const QColor highlighted = readableOn(text, {highlight}, selectionContrast);
        if (highlighted != text)
            palette.setColor(group, QPalette::HighlightedText, highlighted);
        // Disabled text is meant to read less; it is not made to read more.
        if (group == QPalette::Disabled)
            continue;
        const QColor plain
            = readableOn(palette.color(group, QPalette::Text),
                         {palette.color(group, QPalette::Base), palette.color(group, QPalette::AlternateBase)});
        if (plain != palette.color(group, QPalette::Text))
            palette.setColor(group, QPalette::Text, plain);
    }
    return palette;
}

QColor nationalBackground(const QPalette &palette, QPalette::ColorGroup group)
{
    const QColor base = palette.color(group, QPalette::Base);
    const QColor highlight = palette.color(group, QPalette::Highlight);
    const QColor text = palette.color(group, QPalette::Text);
    for (qreal amount = 0.18; amount > 0.0; amount -= 0.03) {
        const QColor tinted = mix(base, highlight, amount);
        if (contrastRatio(text, tinted) >= minimumContrast)
            return tinted;
    }
    return palette.color(group, QPalette::AlternateBase);
}

} // namespace ReadableColours
