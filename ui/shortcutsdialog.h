#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTreeWidget;

// Help > Keyboard Shortcuts: every command of the window's menus with its shortcut, read from
// the actions themselves when the dialog opens (so the list cannot drift from what the keys
// do), then the keys that work inside the panes.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

    // "&Export Chart…" as a person reads it: "Export Chart".
    static QString plainText(const QAction *action);

private:
    void addMenu(const QString &path, const QList<QAction *> &actions);
    void addPaneKeys();

    QTreeWidget *m_list;
};
