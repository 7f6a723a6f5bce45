#pragma once

#include <QObject>

class QWidget;

// Tells when a window has painted for the first time: the end of start-up as a user sees it.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QWidget *window);

signals:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};
