// The window on the screen it is given: CTest runs this test once per screen, 1366 × 768,
// 1920 × 1080 and 2560 × 1440 at QT_SCALE_FACTOR=2 (the offscreen platform's screen set by a
// config file, tests/screens/), and FACTSHEET_SCREEN names the logical size it must find. The
// first window and a restored one never leave the available area; every pane keeps a legible
// size however far its splitter goes.
#include "charts/chartmetrics.h"
#include "charts/chartwidget.h"
#include "detailpane.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "testoutput.h"
#include "windowfit.h"
#include "windowpanes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <memory>

class TestScreenFit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void initialSize_data();
    void initialSize();
    void clamped_data();
    void clamped();
    void screenIsTheOneAskedFor();
    void firstWindowTakesAShareOfTheScreen();
    void restoredGeometryIsClampedToTheScreen();
    void panesStayLegibleAtTheirSplittersEnds();

private:
    std::unique_ptr<MainWindow> newWindow();
    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<FactsheetDocument> m_document;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Factsheet Explorer Tests"));
    // CTest runs this program once per screen, maybe at the same time (-j): a settings file each.
    QCoreApplication::setApplicationName(QCoreApplication::applicationName() + QLatin1Char('-')
                                         + qEnvironmentVariable("FACTSHEET_SCREEN"));
}

void TestScreenFit::init()
{
    TestOutput::watch();
    QSettings().clear();
    m_model = std::make_unique<FactsheetModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_document = std::make_unique<FactsheetDocument>(m_model.get());
    QVERIFY(!m_document->open(FactsheetReader::embeddedPath()));
}

void TestScreenFit::cleanup()
{
    QSettings().clear();
    m_document.reset();
    m_tester.reset();
    m_model.reset();
}

std::unique_ptr<MainWindow> TestScreenFit::newWindow()
{
    auto window = std::make_unique<MainWindow>(m_document.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestScreenFit::initialSize_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("minimum");
    QTest::addColumn<QSize>("size");
    const QSize minimum(760, 600);
    QTest::newRow("1366 × 768") << QRect(0, 0, 1366, 768) << minimum << QSize(1229, 691);
    QTest::newRow("1366 × 768 less a 32-pixel panel") << QRect(0, 32, 1366, 736) << minimum << QSize(1229, 662);
    QTest::newRow("1920 × 1080: no wider than largest") << QRect(0, 0, 1920, 1080) << minimum << QSize(1600, 972);
    QTest::newRow("2560 × 1440 at scale 2") << QRect(0, 0, 1280, 720) << minimum << QSize(1152, 648);
    QTest::newRow("3840 × 2160: largest") << QRect(0, 0, 3840, 2160) << minimum << QSize(1600, 1000);
    QTest::newRow("minimum above the share") << QRect(0, 0, 1024, 640) << QSize(960, 600) << QSize(960, 600);
    QTest::newRow("minimum above the screen: the screen") << QRect(0, 0, 700, 500) << minimum << QSize(700, 500);
    QTest::newRow("second screen") << QRect(1920, 0, 1280, 1024) << minimum << QSize(1152, 922);
}

void TestScreenFit::initialSize()
{
    QFETCH(QRect, available);
    QFETCH(QSize, minimum);
    QFETCH(QSize, size);
    QCOMPARE(WindowFit::initialSize(available, minimum), size);
}

void TestScreenFit::clamped_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("fitted");
    const QRect laptop(0, 0, 1366, 768);
    QTest::newRow("inside: unchanged") << QRect(100, 50, 800, 600) << laptop << QRect(100, 50, 800, 600);
    QTest::newRow("off the right: moved left") << QRect(1000, 50, 800, 600) << laptop << QRect(566, 50, 800, 600);
    QTest::newRow("above the top: moved down") << QRect(10, -40, 800, 600) << laptop << QRect(10, 0, 800, 600);
    QTest::newRow("from a 1920 × 1080 screen: shrunk") << QRect(0, 0, 1900, 1060) << laptop << QRect(0, 0, 1366, 768);
    QTest::newRow("on an unplugged second screen: brought back")
        << QRect(2000, 100, 800, 600) << laptop << QRect(566, 100, 800, 600);
    QTest::newRow("second screen's area")
        << QRect(1800, 0, 800, 600) << QRect(1920, 0, 1280, 1024) << QRect(1920, 0, 800, 600);
}

void TestScreenFit::clamped()
{
    QFETCH(QRect, frame);
    QFETCH(QRect, available);
    QFETCH(QRect, fitted);
    QCOMPARE(WindowFit::clamped(frame, available), fitted);
}

void TestScreenFit::screenIsTheOneAskedFor()
{
    const QByteArray expected = qgetenv("FACTSHEET_SCREEN");
    QVERIFY2(!expected.isEmpty(), "run by CTest, which names the screen in FACTSHEET_SCREEN");
    const QSize size = QGuiApplication::primaryScreen()->size();
    QCOMPARE(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), QString::fromLatin1(expected));
    QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(),
             qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2 ? 2.0 : 1.0);
}

void TestScreenFit::firstWindowTakesAShareOfTheScreen()
{
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    const QRect frame = window->frameGeometry();
    QVERIFY2(
        available().contains(frame),
        qPrintable(QStringLiteral("%1,%2 %3×%4").arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())));
    // A sensible share: most of a small screen, up to the largest size on a big one.
    QVERIFY(frame.width() >= std::min(WindowFit::largest.width(), available().width() * 8 / 10));
    QVERIFY(frame.height() >= std::min(WindowFit::largest.height(), available().height() * 8 / 10));
    // Centred: across exactly, and down but for the title bar the window manager adds, which is
    // not known before the window is shown (the offscreen platform's frame is 2 pixels).
    QVERIFY(std::abs(frame.center().x() - available().center().x()) <= 2);
    QVERIFY(std::abs(frame.center().y() - available().center().y()) <= 40);
    // The window could be made no smaller than fits.
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY(least.width() <= available().width() && least.height() <= available().height());
}

void TestScreenFit::restoredGeometryIsClampedToTheScreen()
{
    {
        // A layout saved on a larger screen, partly off this one.
        const std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window);
        window->setGeometry(available().x() + 200, available().y() - 100, available().width() + 500,
                            available().height() + 300);
        window->close(); // saves the layout
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QVERIFY(available().contains(window->frameGeometry()));
}

void TestScreenFit::panesStayLegibleAtTheirSplittersEnds()
{
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QTRY_VERIFY(panes(*window).chartsBuilt());
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    QCOMPARE(splitters.size(), 5); // the main one, left, charts, figures, and details with the notes
    const QFontMetrics metrics(window->font());
    for (QSplitter *splitter : splitters) {
        for (const QList<int> &sizes : {QList<int> {100000, 0}, QList<int> {0, 100000}}) {
            splitter->setSizes(sizes);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            for (int pane = 0; pane < splitter->count(); ++pane) {
                const QWidget *widget = splitter->widget(pane);
                if (widget->isHidden())
                    continue; // the notes, while there are none
                // As layouts take it: a minimum size set wins over the hint.
                const QSize hint = widget->minimumSizeHint();
                const QSize least(widget->minimumWidth() > 0 ? widget->minimumWidth() : hint.width(),
                                  widget->minimumHeight() > 0 ? widget->minimumHeight() : hint.height());
                QVERIFY2(widget->width() >= least.width() && widget->height() >= least.height(),
                         widget->metaObject()->className());
            }
            // The details keep 28 average characters a line, the table a title's width and
            // three lines, a chart room for its labels.
            QVERIFY(panes(*window).detailPane()->width() >= metrics.averageCharWidth() * DetailPane::minimumCharacters);
            QVERIFY(panes(*window).detailPane()->height() >= metrics.lineSpacing() * DetailPane::minimumLines);
            QTableView *table = panes(*window).investments()->table();
            QVERIFY(table->width() >= metrics.averageCharWidth() * 32);
            QVERIFY(table->viewport()->height() >= table->verticalHeader()->defaultSectionSize() * 3);
            for (ChartWidget *chart : panes(*window).charts()) {
                QVERIFY(chart->width() >= ChartMetrics::minimumSize.width());
                QVERIFY(chart->height() >= ChartMetrics::minimumSize.height());
            }
        }
    }
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
