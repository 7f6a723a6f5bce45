#include "firstpaintwatcher.h"

#include <QEvent>
#include <QWidget>

FirstPaintWatcher::FirstPaintWatcher(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        watched->removeEventFilter(this);
        emit firstPainted();
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintWatcher::afterNextPaint(QWidget *widget, QObject *context, std::function<void()> then)
{
    auto *watcher = new FirstPaintWatcher(widget);
    connect(
        watcher, &FirstPaintWatcher::firstPainted, context,
        [watcher, then = std::move(then)] {
            watcher->deleteLater();
            then();
        },
        Qt::QueuedConnection);
}
