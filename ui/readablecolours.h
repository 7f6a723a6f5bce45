#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

// Colours taken from the desktop's palette, made to read: WCAG AA asks 4.5:1 between text and
// its background, and not every palette gives it (a dark desktop's white on a mid-blue
// highlight is 3.9:1). Nothing here picks a colour of its own beyond black and white.
namespace ReadableColours {

inline constexpr qreal minimumContrast = 4.5;
// Selected text is held to more: styles draw their focus frame over the current cell (Fusion
// shades it), which takes about a tenth off what the palette's pair gives.
inline constexpr qreal selectionContrast = 5.5;

// text itself if it reads on every background, else text moved towards black or white (which
// ever reads better) until it does; black or white if nothing else will.
QColor readableOn(const QColor &text, const QList<QColor> &backgrounds, qreal ratio = minimumContrast);

// background itself if text reads on it, else background moved away from the text (towards
// black behind light text, white behind dark) until it does.
QColor readableBehind(const QColor &background, const QColor &text, qreal ratio = minimumContrast);

// The palette with a highlight its highlighted text reads on (the highlight deepened rather
// than the text changed: the selection keeps the desktop's look), and text that reads on both
// the base and the alternate base, in every colour group.
QPalette withReadableText(QPalette palette);

// The national funding line's row: the base tinted towards the highlight, far enough to be seen
// and near enough that the palette's text still reads on it.
QColor nationalBackground(const QPalette &palette, QPalette::ColorGroup group = QPalette::Active);

} // namespace ReadableColours
