#include "firstpaintquitter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

FirstPaintQuitter::FirstPaintQuitter(QWidget *window) : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintQuitter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
