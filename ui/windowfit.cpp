#include "windowfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

// Before a window is shown its frame is not known: leave room for a title bar and borders.
QMargins expectedFrame(const QWidget *window)
{
    if (window->isVisible() && window->frameGeometry() != window->geometry()) {
        const QRect frame = window->frameGeometry();
        const QRect inner = window->geometry();
        return {inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                frame.bottom() - inner.bottom()};
    }
    const int border = window->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 2;
    const int titleBar = window->style()->pixelMetric(QStyle::PM_TitleBarHeight);
    return {border, titleBar + border, border, border};
}

} // namespace

namespace WindowFit {

QSize initialSize(const QRect &available, const QSize &minimum)
{
    const auto part = [](int side) { return static_cast<int>(std::lround(side * share)); };
    QSize size(part(available.width()), part(available.height()));
    size = size.boundedTo(largest).expandedTo(minimum);
    return size.boundedTo(available.size());
}

QRect clamped(const QRect &frame, const QRect &available)
{
    QRect fitted(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (fitted.right() > available.right())
        fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom())
        fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left())
        fitted.moveLeft(available.left());
    if (fitted.top() < available.top())
        fitted.moveTop(available.top());
    return fitted;
}

QScreen *screenFor(const QRect &geometry)
{
    QScreen *best = nullptr;
    qint64 bestArea = 0;
    for (QScreen *screen : QGuiApplication::screens()) {
        const QRect common = screen->geometry().intersected(geometry);
        const qint64 area = static_cast<qint64>(common.width()) * common.height();
        if (area > bestArea) {
            best = screen;
            bestArea = area;
        }
    }
    return best ? best : QGuiApplication::primaryScreen();
}

void placeFirstWindow(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame = expectedFrame(window);
    const QSize frameExtra(frame.left() + frame.right(), frame.top() + frame.bottom());
    const QSize outer
        = initialSize(available, window->minimumSizeHint().expandedTo(window->minimumSize()) + frameExtra);
    QRect placed(QPoint(), outer);
    placed.moveCenter(available.center());
    placed = clamped(placed, available).marginsRemoved(frame);
    window->resize(placed.size());
    window->move(placed.topLeft() - QPoint(frame.left(), frame.top())); // move() places the frame
}

void clampToScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QMargins frame = expectedFrame(window);
    const QRect outer = window->geometry().marginsAdded(frame);
    QScreen *screen = screenFor(outer);
    if (!screen)
        return;
    const QRect fitted = clamped(outer, screen->availableGeometry());
    if (fitted != outer)
        window->setGeometry(fitted.marginsRemoved(frame));
}

} // namespace WindowFit
