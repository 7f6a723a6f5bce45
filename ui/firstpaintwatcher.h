#pragma once

#include <QObject>

class QWidget;

// Tells when a widget has painted for the first time. On a window: the end of start-up as a user
// sees it. The signal comes from inside that paint, before the rest of the frame: connect it with
// Qt::QueuedConnection to act once the frame is done.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QWidget *widget);

signals:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};
