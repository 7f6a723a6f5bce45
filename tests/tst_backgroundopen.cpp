// Opening a large file behind the window: the read reports its progress from 0 to 1 across its
// steps and stops when no longer wanted; the document passes that on and can be cancelled, a
// newer open supersedes an older one, and neither ever changes the model but with a whole
// factsheet; the window shows the file's name, the progress and a Cancel button while it opens,
// and says once the file is on screen (what --quit-when-complete waits for).
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "openingprogress.h"
#include "readers/factsheetreader.h"
#include "readers/factsheetwriter.h"
#include "readers/readprogress.h"
#include "testoutput.h"
#include "windowfixture.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The embedded factsheet with `extra` more lines, each a copy of Cobra Biologics with its own id,
// title and amount (£1 more each), so the largest is the last one made.
Factsheet embeddedWithCopies(int extra)
{
    FactsheetLoadResult embedded = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    if (!embedded.ok())
        qFatal("%s", qPrintable(embedded.error().text()));
    Factsheet sheet = embedded.takeFactsheet();
    const auto cobra = std::find_if(sheet.fundingLines.cbegin(), sheet.fundingLines.cend(),
                                    [](const FundingLine &line) { return line.id == u"cobra-biologics"; });
    if (cobra == sheet.fundingLines.cend())
        qFatal("no Cobra Biologics line in the embedded factsheet");
    const FundingLine model = *cobra;
    for (int i = 0; i < extra; ++i) {
        FundingLine copy = model;
        copy.id = u"copy-%1"_s.arg(i);
        copy.title = u"Copy %1 of Cobra Biologics"_s.arg(i);
        copy.amount = 20'000'000 + i;
        copy.quote.clear(); // its amount is no longer the sentence's
        sheet.fundingLines.push_back(std::move(copy));
    }
    return sheet;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestBackgroundOpen final : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void partsOfTheProgress();
    void readReportsItsProgressInOrder();
    void readStopsWhenNoLongerWanted_data();
    void readStopsWhenNoLongerWanted();
    void documentPassesProgressOn();
    void cancelledOpenLeavesTheModel();
    void newerOpenSupersedesOlder();
    void windowShowsTheOpeningAndCancelsIt();
    void windowSaysWhenTheFileIsShown();
    void startUpOpensAfterTheFirstFrame();
    void startUpOpeningCancelledBeforeItStarts();

private:
    QTemporaryDir m_directory;
    QString m_large;      // 100,005 lines, about 45 MB
    int m_largeLines = 0; // its funding lines
};

void TestBackgroundOpen::initTestCase()
{
    useTestSettings();
    QVERIFY(m_directory.isValid());
    m_large = m_directory.filePath(u"large.json"_s);
    const Factsheet sheet = embeddedWithCopies(100'000);
    m_largeLines = static_cast<int>(sheet.fundingLines.size());
    QVERIFY(write(m_large, FactsheetWriter::toJson(sheet)));
    QVERIFY(QFileInfo(m_large).size() > qint64(16) << 20); // several chunks of the file reader's
}

void TestBackgroundOpen::init()
{
    TestOutput::watch();
    QVERIFY(openWindow());
}

void TestBackgroundOpen::cleanup()
{
    closeWindow();
}

void TestBackgroundOpen::partsOfTheProgress()
{
    QList<double> seen;
    const ReadProgress whole([&seen](double fraction) {
        seen << fraction;
        return true;
    });
    const ReadProgress second = whole.part(0.2, 1.0);
    const ReadProgress lines = second.part(0.3, 1.0);
    QVERIFY(whole.report(0.5));
    QVERIFY(second.report(0));
    QVERIFY(second.report(0.5));
    QVERIFY(lines.report(0));
    QVERIFY(lines.report(1));
    QVERIFY(lines.report(7)); // beyond the step: its end
    const QList<double> expected {0.5, 0.2, 0.6, 0.44, 1.0, 1.0};
    QCOMPARE(seen.size(), expected.size());
    for (qsizetype i = 0; i < seen.size(); ++i)
        QVERIFY2(near(seen[i], expected[i]), qPrintable(u"%1: %2, not %3"_s.arg(i).arg(seen[i]).arg(expected[i])));
    // Reporting nowhere, never cancelled.
    QVERIFY(ReadProgress().report(0.5));
    QVERIFY(ReadProgress().part(0.1, 0.2).report(1));
}

void TestBackgroundOpen::readReportsItsProgressInOrder()
{
    QList<double> seen;
    const FactsheetLoadResult result
        = FactsheetReader::readFile(m_large, FactsheetReader::maxFileSize, ReadProgress([&seen](double fraction) {
                                        seen << fraction;
                                        return true;
                                    }));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(static_cast<int>(result.factsheet().fundingLines.size()), m_largeLines);
    // From the file's first bytes to its last line: the bytes (0 to 0.2), the parse (to 0.44), then
    // a report every 8,192 lines.
    QVERIFY(seen.size() >= 2 + 1 + m_largeLines / 8192);
    QCOMPARE(seen.first(), 0.0);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](double fraction) { return near(fraction, 0.44); }));
    QVERIFY(seen.last() < 1.0);
    QVERIFY(seen.last() > 0.9);
}

void TestBackgroundOpen::readStopsWhenNoLongerWanted_data()
{
    QTest::addColumn<int>("reportsWanted"); // answered yes; the next one no
    // The file's bytes are read 4 MiB at a time, with a report before each chunk; then one once parsed.
    const qint64 chunk = qint64(4) << 20;
    const auto chunks = static_cast<int>((QFileInfo(m_large).size() + chunk - 1) / chunk);
    QTest::newRow("while the file's bytes are read") << 1;
    QTest::newRow("once parsed") << chunks;
    QTest::newRow("among the lines") << chunks + 4;
}

void TestBackgroundOpen::readStopsWhenNoLongerWanted()
{
    QFETCH(int, reportsWanted);
    int reports = 0;
    const FactsheetLoadResult result = FactsheetReader::readFile(
        m_large, FactsheetReader::maxFileSize,
        ReadProgress([&reports, reportsWanted](double) { return ++reports <= reportsWanted; }));
    QVERIFY(!result.ok());
    QVERIFY(result.wasCancelled());
    QCOMPARE(reports, reportsWanted + 1); // stopped at the first no
    QCOMPARE(result.error().text(), m_large + u": opening cancelled"_s);
    // An error is not a cancellation.
    QVERIFY(!FactsheetReader::readFile(m_directory.filePath(u"missing.json"_s)).wasCancelled());
}

void TestBackgroundOpen::documentPassesProgressOn()
{
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument document(&model);
    QSignalSpy progress(&document, &FactsheetDocument::loadProgress);
    QSignalSpy loading(&document, &FactsheetDocument::loadingChanged);
    QSignalSpy loaded(&document, &FactsheetDocument::loaded);
    document.openInBackground(m_large);
    QVERIFY(document.isLoading());
    QCOMPARE(document.pendingPath(), m_large);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().first().toString(), m_large);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(0).first().toBool(), true);
    QCOMPARE(loading.at(1).first().toBool(), false);
    QCOMPARE(model.fundingLineCount(), m_largeLines);
    QCOMPARE(document.path(), m_large);
    // In thousandths, never back.
    QVERIFY(!progress.isEmpty());
    int last = 0;
    for (const QList<QVariant> &signal : progress) {
        const int value = signal.first().toInt();
        QVERIFY(value >= last);
        QVERIFY(value <= FactsheetDocument::progressMaximum);
        last = value;
    }
    QCOMPARE(last, FactsheetDocument::progressMaximum);
}

void TestBackgroundOpen::cancelledOpenLeavesTheModel()
{
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy cancelled(m_document.get(), &FactsheetDocument::loadCancelled);
    QSignalSpy loaded(m_document.get(), &FactsheetDocument::loaded);
    QSignalSpy failed(m_document.get(), &FactsheetDocument::loadFailed);
    m_document->openInBackground(m_large);
    m_document->cancelLoading();
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(cancelled.first().first().toString(), m_large);
    QVERIFY(!m_document->isLoading());
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(m_model->fundingLineCount(), 5);
    QCOMPARE(m_document->path(), FactsheetReader::embeddedPath());
}

void TestBackgroundOpen::newerOpenSupersedesOlder()
{
    const QString small = m_directory.filePath(u"small.json"_s);
    QVERIFY(write(small, FactsheetWriter::toJson(embeddedWithCopies(3))));
    QSignalSpy loaded(m_document.get(), &FactsheetDocument::loaded);
    QSignalSpy cancelled(m_document.get(), &FactsheetDocument::loadCancelled);
    QSignalSpy loading(m_document.get(), &FactsheetDocument::loadingChanged);
    m_document->openInBackground(m_large);
    m_document->openInBackground(small);
    QVERIFY(loaded.wait(60000));
    QTest::qWait(200); // nothing more comes of the first
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toString(), small);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(loading.count(), 2); // once on, once off: one opening as far as anybody sees
    QCOMPARE(m_model->fundingLineCount(), 8);
}

void TestBackgroundOpen::windowShowsTheOpeningAndCancelsIt()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *opening = m_window->findChild<OpeningProgress *>(u"openingProgress"_s);
    QVERIFY(opening);
    auto *cancelAction = m_window->findChild<QAction *>(u"cancelOpeningAction"_s);
    QVERIFY(cancelAction);
    QVERIFY(!opening->isVisible());
    QVERIFY(!cancelAction->isEnabled());

    QSignalSpy progress(m_document.get(), &FactsheetDocument::loadProgress);
    QSignalSpy cancelled(m_document.get(), &FactsheetDocument::loadCancelled);
    m_document->openInBackground(m_large);
    QVERIFY(opening->isVisible());
    QVERIFY(cancelAction->isEnabled());
    const QList<QLabel *> labels = opening->findChildren<QLabel *>();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first()->text(), u"Opening large.json…"_s);
    QCOMPARE(opening->cancelButton()->text(), u"Cancel"_s);
    QCOMPARE(opening->cancelButton()->accessibleDescription(),
             u"Stops opening large.json; the factsheet shown stays as it is"_s);
    QCOMPARE(opening->bar()->maximum(), FactsheetDocument::progressMaximum);

    // The bar follows the read; the button stops it.
    QVERIFY(progress.wait(60000));
    QCOMPARE(opening->bar()->value(), progress.last().first().toInt());
    QTest::mouseClick(opening->cancelButton(), Qt::LeftButton);
    QVERIFY(cancelled.wait(60000));
    QVERIFY(!opening->isVisible());
    QVERIFY(!cancelAction->isEnabled());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Opening large.json cancelled; the factsheet shown is unchanged."_s);
    QCOMPARE(m_model->fundingLineCount(), 5);
}

void TestBackgroundOpen::windowSaysWhenTheFileIsShown()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy shown(m_window.get(), &MainWindow::openedFileShown);
    m_document->openInBackground(m_large);
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toString(), m_large);
    // By then the table shows the file's lines, largest first (the national £45bn, then the largest
    // copy), and nothing is still being planned.
    const FundingLinesProxyModel *rows = m_window->findChild<InvestmentsPanel *>()->proxy();
    QVERIFY(!rows->isBusy());
    QCOMPARE(rows->rowCount(), m_largeLines);
    QCOMPARE(rows->index(0, FactsheetModel::TitleColumn).data().toString(), u"Industrial Strategy programmes"_s);
    QCOMPARE(rows->index(1, FactsheetModel::TitleColumn).data().toString(), u"Copy 99999 of Cobra Biologics"_s);
    QTest::qWait(100);
    QCOMPARE(shown.count(), 1); // once for each file opened
}

void TestBackgroundOpen::startUpOpensAfterTheFirstFrame()
{
    QSignalSpy loading(m_document.get(), &FactsheetDocument::loadingChanged);
    QSignalSpy shown(m_window.get(), &MainWindow::openedFileShown);
    m_window->openAfterFirstFrame(m_large);
    // The first frame shows the opening at 0 %; the read waits for that frame to be done.
    auto *opening = m_window->findChild<OpeningProgress *>(u"openingProgress"_s);
    QVERIFY(!opening->isHidden());
    QCOMPARE(opening->findChild<QLabel *>()->text(), u"Opening large.json…"_s);
    QCOMPARE(opening->bar()->value(), 0);
    QVERIFY(m_window->findChild<QAction *>(u"cancelOpeningAction"_s)->isEnabled());
    QVERIFY(!m_document->isLoading());
    QCOMPARE(loading.count(), 0);
    m_window->show();
    QVERIFY(shown.wait(60000));
    QCOMPARE(loading.count(), 2);
    QCOMPARE(shown.first().first().toString(), m_large);
    QCOMPARE(m_model->fundingLineCount(), m_largeLines);
    QVERIFY(opening->isHidden());
}

void TestBackgroundOpen::startUpOpeningCancelledBeforeItStarts()
{
    QSignalSpy loading(m_document.get(), &FactsheetDocument::loadingChanged);
    m_window->openAfterFirstFrame(m_large);
    m_window->cancelOpening();
    auto *opening = m_window->findChild<OpeningProgress *>(u"openingProgress"_s);
    QVERIFY(opening->isHidden());
    QVERIFY(!m_window->findChild<QAction *>(u"cancelOpeningAction"_s)->isEnabled());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Opening large.json cancelled; the factsheet shown is unchanged."_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(200);
    QCOMPARE(loading.count(), 0); // nothing was opened
    QCOMPARE(m_model->fundingLineCount(), 5);
}

QTEST_MAIN(TestBackgroundOpen)
#include "tst_backgroundopen.moc"
