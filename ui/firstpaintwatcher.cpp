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
