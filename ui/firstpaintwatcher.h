#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Tells when a widget has painted for the first time. On a window: the end of start-up as a user
// sees it. The signal comes from inside that paint, before the rest of the frame: connect it with
// Qt::QueuedConnection to act once the frame is done.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QWidget *widget);

    // Calls `then` in `context` once `widget` has next painted and the frame it paints in is
    // done; the watcher goes with it. (Not again: a later paint calls nothing.)
    static void afterNextPaint(QWidget *widget, QObject *context, std::function<void()> then);

signals:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};
