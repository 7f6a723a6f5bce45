#pragma once

#include <QObject>

class QAbstractItemModel;
class QMainWindow;
class QMenu;

// The Help menu: the user guide, the keyboard shortcuts (read from the window's menus as they
// are), and where the figures come from (the source and its licence, from the model's AreaFacts).
class HelpActions final : public QObject
{
    Q_OBJECT

public:
    HelpActions(const QAbstractItemModel *model, QMainWindow *window);

    // Fills the Help menu.
    void addTo(QMenu *help);

private:
    void showUserGuide();
    void showKeyboardShortcuts();
    void showSourceAndLicence();
    void showAbout();

    const QAbstractItemModel *m_model;
    QMainWindow *m_window;
};
