#pragma once

#include <QObject>

class QWidget;

// The baseline's copy of the explorer's --quit-after-first-paint: when the window paints for the
// first time, quit the event loop (queued, as the explorer does, so the paint completes first).
class FirstPaintQuitter final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintQuitter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};
