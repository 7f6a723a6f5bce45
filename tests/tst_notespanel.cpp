// What the text reader could not place, in sight: the notes panel lists every note with its line
// and why, the status bar counts them, and both hide while there are none; File > Save As keeps
// the notes, and the detail pane says "not stated" for a line without an amount, never "£0".
#include "detailpane.h"
#include "factsheetdocument.h"
#include "factsheetdump.h"
#include "factsheetmodel.h"
#include "mainwindow.h"
#include "notespanel.h"
#include "readers/factsheetreader.h"
#include "windowpanes.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QFINDTESTDATA(u"data/"_s + name);
}

Factsheet read(const QString &path)
{
    FactsheetLoadResult result = FactsheetReader::readFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().text()));
    return result.takeFactsheet();
}

QStringList linesOf(const NotesPanel *panel)
{
    return panel->text().split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestNotesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryNoteAndHidesWithoutAny();
    void windowShowsNotesAndSavesThem();
    void savingWhereItCannotSaysSo();
    void detailsOfALineWithoutAnAmount();
};

void TestNotesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Factsheet Explorer Tests"_s);
}

void TestNotesPanel::listsEveryNoteAndHidesWithoutAny()
{
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QWidget window;
    auto *panel = new NotesPanel(&model, &window);
    auto *count = new NotesCount(&model, &window);
    QSignalSpy changed(panel, &NotesPanel::countChanged);
    window.show();
    QVERIFY(panel->isHidden());
    QVERIFY(count->isHidden());

    model.setFactsheet(read(dataFile(u"money-elsewhere.txt"_s)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 5);
    QCOMPARE(panel->count(), 5);
    QVERIFY(panel->isVisible());
    QCOMPARE(count->text(), u"5 notes"_s);
    QVERIFY(count->isVisible());
    QCOMPARE(linesOf(panel),
             (QStringList {
                 u"Line 1: holds \"£shire\", which is not part of any figure the reader knows"_s,
                 u"“Money £shire”"_s,
                 u"Line 7: holds \"£30bn\", which is not part of any figure the reader knows"_s,
                 u"“Population: 1,126,200 Businesses: 46,190 in a £30bn economy”"_s,
                 u"Line 9: holds \"£5m\", which is not part of any figure the reader knows"_s,
                 u"“Case study: The £5m Hub”"_s,
                 u"Line 13: holds \"£map\", which is not part of any figure the reader knows"_s,
                 u"“For more examples go to bit.ly/£map”"_s,
                 u"Line 15: holds \"£2m\", which is not part of any figure the reader knows"_s,
                 u"“The £2m Partnership is now working with the government to develop its Local Industrial "
                 "Strategy.”"_s,
             }));

    model.setFactsheet(read(FactsheetReader::embeddedPath()));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(panel->count(), 0);
    QVERIFY(panel->isHidden());
    QVERIFY(count->isHidden());
    QCOMPARE(panel->text(), QString());
    QCOMPARE(count->text(), QString());
    QCOMPARE(NotesCount::countText(1), u"1 note"_s);
    QCOMPARE(NotesCount::countText(1200), u"1,200 notes"_s);
}

void TestNotesPanel::windowShowsNotesAndSavesThem()
{
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument document(&model);
    QVERIFY(!document.open(FactsheetReader::embeddedPath()));
    MainWindow window(&document);
    window.setRemembersLayout(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!panes(window).notesPanel()->isVisible());
    QVERIFY(!panes(window).notesCount()->isVisible());

    QSignalSpy loaded(&document, &FactsheetDocument::loaded);
    document.openInBackground(dataFile(u"notes.txt"_s));
    QVERIFY(loaded.wait(10000));
    QVERIFY(panes(window).notesPanel()->isVisible());
    QCOMPARE(panes(window).notesPanel()->count(), 10);
    QCOMPARE(linesOf(panes(window).notesPanel()).size(), 20);
    QCOMPARE(linesOf(panes(window).notesPanel()).first(),
             u"Line 3: a paragraph of the introduction with figures in it, which the reader could not place"_s);
    QCOMPARE(panes(window).notesCount()->text(), u"10 notes"_s);
    QVERIFY(panes(window).notesCount()->isVisible());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"noteshire.json"_s);
    QVERIFY(panes(window).saveAs(path));
    QCOMPARE(window.statusBar()->currentMessage(), u"Saved to %1."_s.arg(QDir::toNativeSeparators(path)));
    QCOMPARE(dumpFactsheet(read(path)), dumpFactsheet(read(dataFile(u"notes.txt"_s))));

    // In the File menu, with the platform's shortcut.
    QAction *saveAs = nullptr;
    for (QAction *action : window.menuBar()->actions().first()->menu()->actions()) {
        if (action->text() == u"Save &As…"_s)
            saveAs = action;
    }
    QVERIFY(saveAs);
    QCOMPARE(saveAs->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
}

void TestNotesPanel::savingWhereItCannotSaysSo()
{
    FactsheetModel model;
    FactsheetDocument document(&model);
    QVERIFY(!document.open(FactsheetReader::embeddedPath()));
    MainWindow window(&document);
    window.setRemembersLayout(false);
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nowhere/saved.json"_s);
    QVERIFY(!panes(window).saveAs(path));
    auto *box = window.findChild<QMessageBox *>(u"saveErrorBox"_s);
    QVERIFY(box);
    QVERIFY2(box->informativeText().startsWith(path + u": cannot write: "_s), qPrintable(box->informativeText()));
    box->close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestNotesPanel::detailsOfALineWithoutAnAmount()
{
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(read(dataFile(u"amountless-highlights.txt"_s)));
    QItemSelectionModel selection(&model);
    DetailPane pane;
    pane.setSelectionModel(&selection);
    selection.setCurrentIndex(model.indexOfEntity(u"fundingLine/midlands-engine"_s),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY2(pane.text().contains(u"Amount\nnot stated"_s) || pane.text().contains(u"Amount\tnot stated"_s),
             qPrintable(pane.text()));
    QVERIFY2(!pane.text().contains(u"£0"_s), qPrintable(pane.text()));
}

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
