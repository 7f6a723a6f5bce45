// The window from the keyboard alone: Tab and Shift+Tab walk the panes in screen order, no Alt
// letter is claimed twice in a window or a menu, a factsheet's "&" never becomes a mnemonic, and
// Help > Keyboard Shortcuts lists every command with the keys its action really has.
#include "areaheader.h"
#include "charts/chartwidget.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "shortcutsdialog.h"
#include "testoutput.h"
#include "windowfixture.h"
#include "windowpanes.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {

// The Alt letter a text claims ("E&xport" → "X"), or nothing.
QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString();
}

// Texts that claim a letter another text already claims, as "letter: first | second".
QStringList clashes(const QStringList &texts)
{
    QHash<QString, QString> owner;
    QStringList found;
    for (const QString &text : texts) {
        const QString letter = mnemonicOf(text);
        if (letter.isEmpty())
            continue;
        if (owner.contains(letter))
            found << QStringLiteral("%1: %2 | %3").arg(letter, owner.value(letter), text);
        else
            owner.insert(letter, text);
    }
    return found;
}

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            texts << action->text();
    }
    return texts;
}

// Every menu under actions, submenus included, by its path.
void collectMenus(const QString &path, const QList<QAction *> &actions, QList<std::pair<QString, QMenu *>> &menus)
{
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu()) {
            const QString name = path + QLatin1Char('/') + action->text();
            menus.append({name, menu});
            collectMenus(name, menu->actions(), menus);
        }
    }
}

// What a window offers to Alt+letter: its menu bar's titles, labels with a buddy, buttons and
// group boxes that belong to the window itself (not to a dialog or menu it owns).
QStringList windowLevelTexts(QWidget *window)
{
    QStringList texts;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window))
        texts << actionTexts(mainWindow->menuBar()->actions());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
    }
    return texts;
}

QString nameOf(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    return QString::fromLatin1(widget->metaObject()->className());
}

} // namespace

class TestKeyboard final : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabWalksThePanesInScreenOrder();
    void shiftTabWalksThemBack();
    void arrowKeysStayInThePane();
    void mnemonicsAreUniqueInTheWindow();
    void mnemonicsAreUniqueInEachMenu();
    void mnemonicsAreUniqueInTheDialogs();
    void ampersandsFromTheFactsheetAreShownNotTaken();
    void shortcutsAreBoundOnce();
    void shortcutsDialogListsEveryAction();
    void shortcutsDialogFollowsTheActions();

private:
    QList<QWidget *> expectedChain() const;
    QList<QWidget *> walk(Qt::KeyboardModifiers modifiers, int steps) const;
};

void TestKeyboard::initTestCase()
{
    useTestSettings();
}

void TestKeyboard::init()
{
    TestOutput::watch();
    QVERIFY(openWindow());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
}

void TestKeyboard::cleanup()
{
    closeWindow();
}

QList<QWidget *> TestKeyboard::expectedChain() const
{
    AreaHeader *header = panes(*m_window).areaHeader();
    return {header->buttonFor(QStringLiteral("figure/population")),
            header->buttonFor(QStringLiteral("figure/businesses")),
            header->caseStudyButton(),
            panes(*m_window).investments()->filterEdit(),
            panes(*m_window).investments()->categoryBox(),
            panes(*m_window).investments()->normalisationBox(),
            panes(*m_window).investments()->table(),
            panes(*m_window).employmentChart(),
            panes(*m_window).skillsChart(),
            panes(*m_window).fundingChart(),
            panes(*m_window).detailPane()->findChild<QTextBrowser *>()};
}

QList<QWidget *> TestKeyboard::walk(Qt::KeyboardModifiers modifiers, int steps) const
{
    QList<QWidget *> visited;
    for (int step = 0; step < steps; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        visited << QApplication::focusWidget();
    }
    return visited;
}

void TestKeyboard::tabWalksThePanesInScreenOrder()
{
    const QList<QWidget *> chain = expectedChain();
    chain.first()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), chain.first());
    // Round the chain and back to where it started.
    const QList<QWidget *> visited = walk(Qt::NoModifier, static_cast<int>(chain.size()));
    QList<QWidget *> expected = chain.mid(1);
    expected << chain.first();
    QStringList expectedNames;
    for (QWidget *widget : std::as_const(expected))
        expectedNames << nameOf(widget);
    QStringList visitedNames;
    for (QWidget *widget : visited)
        visitedNames << nameOf(widget);
    QCOMPARE(visitedNames, expectedNames);
    QCOMPARE(visited, expected);
}

void TestKeyboard::shiftTabWalksThemBack()
{
    QList<QWidget *> chain = expectedChain();
    chain.last()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), chain.last());
    const QList<QWidget *> visited = walk(Qt::ShiftModifier, static_cast<int>(chain.size()));
    std::reverse(chain.begin(), chain.end());
    QList<QWidget *> expected = chain.mid(1);
    expected << chain.first();
    QCOMPARE(visited, expected);
}

void TestKeyboard::arrowKeysStayInThePane()
{
    QTableView *table = panes(*m_window).investments()->table();
    table->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 2);
    ChartWidget *funding = panes(*m_window).fundingChart();
    funding->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(funding->hasFocus());
    QTest::keyClick(funding, Qt::Key_Down);
    QVERIFY(funding->hasFocus());
    QCOMPARE(funding->selectedBars().size(), 1);
}

void TestKeyboard::mnemonicsAreUniqueInTheWindow()
{
    const QStringList texts = windowLevelTexts(m_window.get());
    QCOMPARE(clashes(texts), QStringList());
    // The ones there are: the menus, and the three labels of the filter bar.
    QStringList letters;
    for (const QString &text : texts) {
        if (!mnemonicOf(text).isEmpty())
            letters << mnemonicOf(text);
    }
    letters.sort();
    QCOMPARE(letters,
             QStringList({QStringLiteral("Alt+A"), QStringLiteral("Alt+E"), QStringLiteral("Alt+F"),
                          QStringLiteral("Alt+G"), QStringLiteral("Alt+H"), QStringLiteral("Alt+I"),
                          QStringLiteral("Alt+U"), QStringLiteral("Alt+V")}));
}

void TestKeyboard::mnemonicsAreUniqueInEachMenu()
{
    QList<std::pair<QString, QMenu *>> menus;
    collectMenus(QString(), m_window->menuBar()->actions(), menus);
    QVERIFY(menus.size() >= 5);
    for (const auto &[path, menu] : std::as_const(menus))
        QVERIFY2(clashes(actionTexts(menu->actions())).isEmpty(),
                 qPrintable(path + QStringLiteral(": ") + clashes(actionTexts(menu->actions())).join(u", ")));
    // A chart's own menu.
    ChartWidget *chart = panes(*m_window).fundingChart();
    const QStringList chartMenu
        = actionTexts({chart->copyAction(), chart->exportAction(), chart->printAction(), chart->presentAction()});
    QCOMPARE(clashes(chartMenu), QStringList());
}

void TestKeyboard::mnemonicsAreUniqueInTheDialogs()
{
    ExportDialog exportDialog(ExportDialog::rememberedSettings(), ChartExport::Format::Png, QSize(400, 300),
                              m_window.get());
    exportDialog.show();
    QCOMPARE(clashes(windowLevelTexts(&exportDialog)), QStringList());
    ShortcutsDialog shortcuts(m_window->menuBar(), m_window.get());
    shortcuts.show();
    QCOMPARE(clashes(windowLevelTexts(&shortcuts)), QStringList());
}

void TestKeyboard::ampersandsFromTheFactsheetAreShownNotTaken()
{
    QList<std::pair<QString, QMenu *>> menus;
    collectMenus(QString(), m_window->menuBar()->actions(), menus);
    const auto go = std::find_if(menus.cbegin(), menus.cend(), [](const auto &menu) { return menu.first == u"/&Go"; });
    QVERIFY(go != menus.cend());
    const QStringList texts = actionTexts(go->second->actions());
    QVERIFY(texts.contains(QStringLiteral("Case Study: Stafford College Science && Technology Centre (STC)")));
    for (const QString &text : texts)
        QVERIFY2(mnemonicOf(text).isEmpty(), qPrintable(text));
    // Shown as one "&" in the list of shortcuts.
    QCOMPARE(ShortcutsDialog::plainText(go->second->actions().constLast()),
             QStringLiteral("Case Study: Stafford College Science & Technology Centre (STC)"));
}

void TestKeyboard::shortcutsAreBoundOnce()
{
    QList<std::pair<QString, QMenu *>> menus;
    collectMenus(QString(), m_window->menuBar()->actions(), menus);
    QHash<QKeySequence, QString> owner;
    for (const auto &[path, menu] : std::as_const(menus)) {
        for (const QAction *action : menu->actions()) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!owner.contains(key),
                         qPrintable(key.toString() + QStringLiteral(": ") + owner.value(key) + QStringLiteral(" | ")
                                    + action->text()));
                owner.insert(key, action->text());
            }
        }
    }
}

void TestKeyboard::shortcutsDialogListsEveryAction()
{
    ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
    QStringList rows;
    QTreeWidget *list = dialog.list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *item = list->topLevelItem(group);
        rows << item->text(0);
        for (int row = 0; row < item->childCount(); ++row)
            rows << QStringLiteral("  %1 | %2").arg(item->child(row)->text(0), item->child(row)->text(1));
    }
    const QStringList expected = {
        QStringLiteral("File"),
        QStringLiteral("  Open | Ctrl+O"),
        QStringLiteral("  Open the Embedded Factsheet | Ctrl+Shift+O"),
        QStringLiteral("  Cancel Opening | "),
        QStringLiteral("  Save As | Ctrl+Shift+S"),
        QStringLiteral("  Export Chart | Ctrl+E"),
        QStringLiteral("  Export Dashboard | Ctrl+Shift+E"),
        QStringLiteral("  Export Table as CSV | Ctrl+Shift+T"),
        QStringLiteral("  CSV with a Byte-Order Mark (for Excel) | "),
        QStringLiteral("  Print Chart | Ctrl+P"),
        QStringLiteral("  Quit | Ctrl+Q"),
        QStringLiteral("Edit"),
        QStringLiteral("  Copy Chart | Ctrl+Shift+C"),
        QStringLiteral("  Copy with Citation | "),
        QStringLiteral("View"),
        QStringLiteral("  Filter Funding Lines | Ctrl+F"),
        QStringLiteral("  Investments Table | Ctrl+1"),
        QStringLiteral("  Details | Ctrl+2"),
        QStringLiteral("  Charts | Ctrl+3"),
        QStringLiteral("  Comparison | Ctrl+4"),
        QStringLiteral("  Source Text | Ctrl+5"),
        QStringLiteral("  Present Chart | F11"),
        QStringLiteral("View › Colours"),
        QStringLiteral("  Follow the Desktop | "),
        QStringLiteral("  Light | "),
        QStringLiteral("  Dark | "),
        QStringLiteral("Go"),
        QStringLiteral("  Population | "),
        QStringLiteral("  Businesses | "),
        QStringLiteral("  People in employment | "),
        QStringLiteral("  Increase in employment since 2010 | "),
        QStringLiteral("  Workers directly benefiting from the National Living and Minimum Wages | "),
        QStringLiteral("  Apprenticeship starts last year | "),
        QStringLiteral("  People in employment in 2010 | "),
        QStringLiteral("  Employment growth since 2010 | "),
        QStringLiteral("  Apprenticeship starts per 1,000 residents | "),
        QStringLiteral("  Workers on the National Living and Minimum Wages per 1,000 in employment | "),
        QStringLiteral("  Local funding per resident | "),
        QStringLiteral("  Local funding per business | "),
        QStringLiteral("  Case Study: Stafford College Science & Technology Centre (STC) | Ctrl+K"),
        QStringLiteral("Help"),
        QStringLiteral("  User Guide | F1"),
        QStringLiteral("  Keyboard Shortcuts | Ctrl+/"),
        QStringLiteral("  Source and Licence | "),
        QStringLiteral("  About Factsheet Explorer | "),
        QStringLiteral("In the panes"),
        QStringLiteral("  Next pane: filter, category, table, each chart, details | Tab"),
        QStringLiteral("  Previous pane | Shift+Tab"),
        QStringLiteral("  Next or previous funding line, or bar of the chart with focus | Up, Down"),
        QStringLiteral("  Add a bar to the selection, or take it out | Ctrl+click"),
        QStringLiteral("  Clear the selection (in a chart) | Esc"),
        QStringLiteral("  Chart menu (in a chart) | Menu"),
        QStringLiteral("  Presenting: next or previous chart | Right, Left"),
        QStringLiteral("  Presenting: back to the window | Esc"),
        QStringLiteral("  A menu, by its underlined letter | Alt+letter"),
    };
    QCOMPARE(rows, expected);
}

void TestKeyboard::shortcutsDialogFollowsTheActions()
{
    // An action added or rebound is in the list the next time it opens: nothing to keep in step.
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QAction *added = file->addAction(QStringLiteral("&Something New"));
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
    const QList<QTreeWidgetItem *> found
        = dialog.list()->findItems(QStringLiteral("Something New"), Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(1), QStringLiteral("Ctrl+Alt+N"));
    QCOMPARE(found.first()->parent()->text(0), QStringLiteral("File"));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
