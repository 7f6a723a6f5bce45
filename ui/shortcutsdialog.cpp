#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>
#include <utility>

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));

    for (const QAction *menuAction : menuBar->actions()) {
        if (QMenu *menu = menuAction->menu())
            addMenu(plainText(menuAction), menu->actions());
    }
    addPaneKeys();
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 70, fontMetrics().lineSpacing() * 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a shown "&"; a single "&" marks the mnemonic; an ellipsis promises a dialog.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void ShortcutsDialog::addMenu(const QString &path, const QList<QAction *> &actions)
{
    auto *group = new QTreeWidgetItem(m_list, {path});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (QMenu *submenu = action->menu()) {
            addMenu(tr("%1 › %2").arg(path, plainText(action)), submenu->actions());
            continue;
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(group, {plainText(action), keys.join(tr(" or "))});
    }
}

void ShortcutsDialog::addPaneKeys()
{
    auto *group = new QTreeWidgetItem(m_list, {tr("In the panes")});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    using Key = std::pair<const char *, const char *>;
    const std::array<Key, 9> keys {{
        {QT_TR_NOOP("Next pane: filter, category, table, each chart, details"), QT_TR_NOOP("Tab")},
        {QT_TR_NOOP("Previous pane"), QT_TR_NOOP("Shift+Tab")},
        {QT_TR_NOOP("Next or previous funding line, or bar of the chart with focus"), QT_TR_NOOP("Up, Down")},
        {QT_TR_NOOP("Add a bar to the selection, or take it out"), QT_TR_NOOP("Ctrl+click")},
        {QT_TR_NOOP("Clear the selection (in a chart)"), QT_TR_NOOP("Esc")},
        {QT_TR_NOOP("Chart menu (in a chart)"), QT_TR_NOOP("Menu")},
        {QT_TR_NOOP("Presenting: next or previous chart"), QT_TR_NOOP("Right, Left")},
        {QT_TR_NOOP("Presenting: back to the window"), QT_TR_NOOP("Esc")},
        {QT_TR_NOOP("A menu, by its underlined letter"), QT_TR_NOOP("Alt+letter")},
    }};
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(group, {tr(what), tr(key)});
}
