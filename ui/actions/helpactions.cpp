#include "actions/helpactions.h"

#include "aboutdialog.h"
#include "areafacts.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

HelpActions::HelpActions(const QAbstractItemModel *model, QMainWindow *window)
    : QObject(window), m_model(model), m_window(window)
{
    setObjectName(QStringLiteral("helpActions"));
}

void HelpActions::addTo(QMenu *help)
{
    QAction *guide = help->addAction(tr("&User Guide"), this, &HelpActions::showUserGuide);
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &HelpActions::showKeyboardShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(tr("&Source and Licence"), this, &HelpActions::showSourceAndLicence);
    help->addAction(tr("&About Factsheet Explorer"), this, &HelpActions::showAbout);
}

void HelpActions::showSourceAndLicence()
{
    const SourceInfo source = AreaFacts::of(m_model).source;
    QMessageBox::about(m_window, tr("Source and Licence"),
                       tr("<p><b>%1</b></p><p>%2, published %3.</p><p>%4. Licensed under the %5.</p>"
                          "<p>Every figure shown quotes the sentence it comes from; select it to see the "
                          "sentence in the details pane.</p>")
                           .arg(source.title.toHtmlEscaped(), source.publisher.toHtmlEscaped(),
                                source.published.toHtmlEscaped(), source.copyright.toHtmlEscaped(),
                                source.licence.toHtmlEscaped()));
}

void HelpActions::showKeyboardShortcuts()
{
    // Built now from the actions as they are (the Go menu follows the factsheet).
    auto *dialog = new ShortcutsDialog(m_window->menuBar(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpActions::showAbout()
{
    auto *dialog = new AboutDialog(AreaFacts::of(m_model).source, QApplication::applicationVersion(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpActions::showUserGuide()
{
    // One guide, raised again if it is open already.
    auto *guide = m_window->findChild<UserGuideDialog *>();
    if (!guide) {
        guide = new UserGuideDialog(m_window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}
