#pragma once

#include <QRect>
#include <QSize>

class QScreen;
class QWidget;

// Where a window goes on a screen: the first window takes a sensible share of the screen's
// available area and never more; a window restored from the settings is moved and shrunk to
// lie on the screen it lands on (the settings may come from a larger screen, or one since
// unplugged).
namespace WindowFit {

// What the first window's frame may take of the available area in each direction.
inline constexpr qreal share = 0.9;
// Past this the table and charts only spread out: a 4K screen gets no 3500-pixel-wide window.
inline constexpr QSize largest {1600, 1000};

// The first window's size: share of available (the window's minimum if that is more), at most
// largest, and never more than available itself.
QSize initialSize(const QRect &available, const QSize &minimum);
// frame moved, then if need be shrunk, to lie within available.
QRect clamped(const QRect &frame, const QRect &available);

// The screen a window's geometry mostly lies on; the primary screen if none.
QScreen *screenFor(const QRect &geometry);

// Sizes window (not yet shown) for its first start, centred on its screen's available area.
void placeFirstWindow(QWidget *window);
// Moves and shrinks a restored window onto the screen it lands on.
void clampToScreen(QWidget *window);

} // namespace WindowFit
