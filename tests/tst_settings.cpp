// What the window remembers between runs (QSettings): its geometry and state, the splitters, the
// table's columns and sort, the last selection, the export choices and the colours come back as
// they were left; a damaged or foreign settings file is ignored with a warning, never a crash,
// and every value of the wrong type is passed over by name.
#include "colourscheme.h"
#include "exportdialog.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "storedsettings.h"
#include "testoutput.h"
#include "windowpanes.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
const QString cobra = QStringLiteral("fundingLine/cobra-biologics");

QAction *colourAction(MainWindow *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QList<QList<int>> splitterSizes(const MainWindow *window)
{
    QList<QList<int>> sizes;
    for (const QSplitter *splitter : window->findChildren<QSplitter *>())
        sizes << splitter->sizes();
    return sizes;
}
} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip();
    void desktopColoursComeBack();
    void corruptFileIsIgnored_data();
    void corruptFileIsIgnored();
    void wrongTypesAreIgnoredByName_data();
    void wrongTypesAreIgnoredByName();
    void unknownEntityIsNoSelection();
    void resetForgetsEverything();
    void onlyARegularFileIsRead_data();
    void onlyARegularFileIsRead();

private:
    std::unique_ptr<MainWindow> newWindow();
    void expectDefaults(MainWindow *window);

    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<FactsheetDocument> m_document;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Factsheet Explorer Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
}

void TestSettings::init()
{
    TestOutput::watch();
    StoredSettings::reset();
    m_model = std::make_unique<FactsheetModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_document = std::make_unique<FactsheetDocument>(m_model.get());
    QVERIFY(!m_document->open(FactsheetReader::embeddedPath()));
}

void TestSettings::cleanup()
{
    ColourScheme::apply(ColourScheme::Scheme::Desktop);
    StoredSettings::reset();
    m_document.reset();
    m_tester.reset();
    m_model.reset();
}

std::unique_ptr<MainWindow> TestSettings::newWindow()
{
    auto window = std::make_unique<MainWindow>(m_document.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestSettings::expectDefaults(MainWindow *window)
{
    const QRect available = window->screen()->availableGeometry();
    QVERIFY(available.contains(window->frameGeometry()));
    QHeaderView *header = panes(*window).investments()->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(FactsheetModel::AmountColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(!window->selectionModel()->currentIndex().isValid());
    QCOMPARE(window->colourScheme(), ColourScheme::Scheme::Desktop);
    const ChartExport::Settings exportSettings = ExportDialog::rememberedSettings();
    const ChartExport::Settings defaults;
    QCOMPARE(exportSettings.size, defaults.size);
    QCOMPARE(exportSettings.scale, defaults.scale);
    QCOMPARE(exportSettings.theme, defaults.theme);
}

void TestSettings::roundTrip()
{
    QList<QList<int>> splitters;
    QRect geometry;
    int titleWidth = 0;
    {
        const std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window);
        window->setGeometry(40, 30, 1100, 700);
        QTRY_VERIFY(panes(*window).chartsBuilt());
        auto *main = window->findChildren<QSplitter *>().constFirst();
        main->setSizes({700, 380});
        QTableView *table = panes(*window).investments()->table();
        table->sortByColumn(FactsheetModel::TitleColumn, Qt::AscendingOrder);
        table->horizontalHeader()->resizeSection(FactsheetModel::TitleColumn, 333);
        QVERIFY(window->selectEntity(cobra));
        QAction *dark = colourAction(window.get(), QStringLiteral("D&ark"));
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 ColourScheme::palette(ColourScheme::Scheme::Dark).color(QPalette::Base));
        ChartExport::Settings chosen;
        chosen.chart = QStringLiteral("funding");
        chosen.size = QSize(1280, 720);
        chosen.scale = 2;
        chosen.theme = QStringLiteral("print");
        chosen.palette = ChartPalette::OkabeIto;
        chosen.transparent = true;
        ExportDialog::remember(chosen, ChartExport::Format::Svg, QStringLiteral("/tmp/exports"));
        splitters = splitterSizes(window.get());
        geometry = window->geometry();
        titleWidth = table->horizontalHeader()->sectionSize(FactsheetModel::TitleColumn);
        window->close();
    }
    ColourScheme::apply(ColourScheme::Scheme::Desktop); // as a new start would find it

    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QCOMPARE(window->geometry(), geometry);
    QCOMPARE(splitterSizes(window.get()), splitters);
    QHeaderView *header = panes(*window).investments()->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(FactsheetModel::TitleColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(header->sectionSize(FactsheetModel::TitleColumn), 333);
    QCOMPARE(titleWidth, 333);
    QCOMPARE(window->selectionModel()->currentIndex().data(FactsheetModel::EntityIdRole).toString(), cobra);
    QCOMPARE(window->colourScheme(), ColourScheme::Scheme::Dark);
    QVERIFY(colourAction(window.get(), QStringLiteral("D&ark"))->isChecked());
    const ChartExport::Settings remembered = ExportDialog::rememberedSettings();
    QCOMPARE(remembered.chart, QStringLiteral("funding"));
    QCOMPARE(remembered.size, QSize(1280, 720));
    QCOMPARE(remembered.scale, 2);
    QCOMPARE(remembered.theme, QStringLiteral("print"));
    QCOMPARE(remembered.palette, ChartPalette::OkabeIto);
    QCOMPARE(remembered.transparent, true);
    QCOMPARE(ExportDialog::rememberedFormat(), ChartExport::Format::Svg);
    QCOMPARE(ExportDialog::rememberedFolder(), QStringLiteral("/tmp/exports"));
}

void TestSettings::desktopColoursComeBack()
{
    const QColor desktopBase = QApplication::palette().color(QPalette::Base);
    ColourScheme::apply(ColourScheme::Scheme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    ColourScheme::apply(ColourScheme::Scheme::Desktop);
    QCOMPARE(QApplication::palette().color(QPalette::Base), desktopBase);
}

void TestSettings::corruptFileIsIgnored_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readable"); // whether QSettings can parse it at all
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(static_cast<char>((i * 7919 + 13) % 256));
    QTest::newRow("random bytes") << noise << true;
    QTest::newRow("truncated group") << QByteArray("[mainWindow\ngeometry=@ByteArray(\x01\xd9\xd0") << false;
    QTest::newRow("binary zeros") << QByteArray(512, '\0') << true;
    QTest::newRow("another program's file")
        << QByteArray("[General]\ntheme=solarized\n[mainWindow]\nwidth=1200\nheight=800\n") << true;
    QTest::newRow("invalid UTF-8 keys") << QByteArray("[\xff\xfe]\n\xc3\x28=\xa0\xa1\n") << true;
}

void TestSettings::corruptFileIsIgnored()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, readable);
    const QString path = QSettings().fileName();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    // (QSettings says a file cannot be parsed only to the first reader after it changed: the
    // window is that reader here, as it is at start-up.)
    if (!readable)
        QTest::ignoreMessage(QtWarningMsg,
                             qPrintable(QStringLiteral("The settings file %1 cannot be read; it is set aside as "
                                                       "%1.unreadable, and the defaults are used")
                                            .arg(path)));
    // Whatever else the file says is not ours to read (nothing there has our keys), and any other
    // warning fails the test.
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    expectDefaults(window.get());
    // Kept for whoever wants to see it, and out of the way of the next save.
    QCOMPARE(QFile::exists(path + QStringLiteral(".unreadable")), !readable);
    window->close();
    QCOMPARE(QSettings().status(), QSettings::NoError);
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    QFile::remove(path + QStringLiteral(".unreadable"));
}

void TestSettings::wrongTypesAreIgnoredByName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("warning");
    const auto ignoring = [](const char *key, const char *what) {
        return QStringLiteral("Ignoring the setting %1: not %2 as Factsheet Explorer saves it")
            .arg(QLatin1String(key), QLatin1String(what));
    };
    QTest::newRow("geometry as text") << QStringLiteral("mainWindow/geometry") << QVariant(QStringLiteral("big"))
                                      << ignoring("mainWindow/geometry", "a window geometry");
    QTest::newRow("geometry as foreign bytes")
        << QStringLiteral("mainWindow/geometry") << QVariant(QByteArray("\x01\x02\x03"))
        << ignoring("mainWindow/geometry", "a window geometry");
    QTest::newRow("state as a rectangle") << QStringLiteral("mainWindow/state") << QVariant(QRect(1, 2, 3, 4))
                                          << ignoring("mainWindow/state", "a window state");
    QTest::newRow("splitter as a number") << QStringLiteral("mainWindow/mainSplitter") << QVariant(42)
                                          << ignoring("mainWindow/mainSplitter", "a splitter layout");
    QTest::newRow("splitter as foreign bytes")
        << QStringLiteral("mainWindow/leftSplitter") << QVariant(QByteArray("garbage"))
        << ignoring("mainWindow/leftSplitter", "a splitter layout");
    QTest::newRow("chart splitter as a list") << QStringLiteral("mainWindow/chartSplitter")
                                              << QVariant(QStringList {QStringLiteral("a"), QStringLiteral("b")})
                                              << ignoring("mainWindow/chartSplitter", "a splitter layout");
    QTest::newRow("figure splitter as a size") << QStringLiteral("mainWindow/figureSplitter") << QVariant(QSize(3, 4))
                                               << ignoring("mainWindow/figureSplitter", "a splitter layout");
    QTest::newRow("table as text") << QStringLiteral("mainWindow/table") << QVariant(QStringLiteral("wide"))
                                   << ignoring("mainWindow/table", "a table layout");
    QTest::newRow("table as foreign bytes") << QStringLiteral("mainWindow/table") << QVariant(QByteArray("\xff\xff"))
                                            << ignoring("mainWindow/table", "a table layout");
    QTest::newRow("selection as a list") << QStringLiteral("mainWindow/selection")
                                         << QVariant(QStringList {QStringLiteral("x"), QStringLiteral("y")})
                                         << ignoring("mainWindow/selection", "an entity id");
    QTest::newRow("colours as a number") << QStringLiteral("appearance/colourScheme") << QVariant(3)
                                         << ignoring("appearance/colourScheme", "a colour scheme");
    QTest::newRow("colours unknown") << QStringLiteral("appearance/colourScheme") << QVariant(QStringLiteral("purple"))
                                     << ignoring("appearance/colourScheme", "a colour scheme");
    QTest::newRow("export size as text")
        << QStringLiteral("export/size") << QVariant(QStringLiteral("huge"))
        << QStringLiteral("Ignoring the remembered export settings: size -1x-1: expected WIDTHxHEIGHT, each a whole "
                          "number of pixels from 1 to 16384");
    QTest::newRow("export scale as a rectangle")
        << QStringLiteral("export/scale") << QVariant(QRect(0, 0, 9, 9))
        << QStringLiteral("Ignoring the remembered export settings: scale 0: expected a whole number from 1 to 4");
    QTest::newRow("export theme unknown")
        << QStringLiteral("export/theme") << QVariant(QStringLiteral("neon"))
        << QStringLiteral("Ignoring the remembered export settings: unknown theme \"neon\"; expected one of: "
                          "window, presentation, print");
    QTest::newRow("export chart as a list")
        << QStringLiteral("export/chart") << QVariant(QStringList {QStringLiteral("funding"), QStringLiteral("x")})
        << QStringLiteral("Ignoring the remembered export settings: unknown chart \"\"; expected one of: "
                          "employment, apprenticeships-and-wages, funding, dashboard");
    QTest::newRow("export palette unknown")
        << QStringLiteral("export/palette") << QVariant(QStringLiteral("rainbow"))
        << QStringLiteral("Ignoring the remembered export palette: not one of default, okabe-ito");
}

void TestSettings::wrongTypesAreIgnoredByName()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, warning);
    QSettings().setValue(key, value);
    QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    window->setRemembersLayout(false);
    // The value was passed over: the window is as on a first start.
    expectDefaults(window.get());
}

void TestSettings::unknownEntityIsNoSelection()
{
    // Left selected in another area's factsheet: nothing here to select, and nothing to warn of.
    QSettings().setValue(QStringLiteral("mainWindow/selection"), QStringLiteral("fundingLine/elsewhere"));
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QVERIFY(!window->selectionModel()->currentIndex().isValid());
}

void TestSettings::resetForgetsEverything()
{
    {
        const std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window);
        QVERIFY(window->selectEntity(cobra));
        window->close();
    }
    QVERIFY(!QSettings().allKeys().isEmpty());
    StoredSettings::reset();
    QCOMPARE(QSettings().allKeys(), QStringList());
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    expectDefaults(window.get());
}

void TestSettings::onlyARegularFileIsRead_data()
{
    QTest::addColumn<bool>("organisationFile"); // the organisation's file, else the application's
    QTest::addColumn<bool>("fifo");             // a FIFO, else a folder
    QTest::addColumn<QString>("what");
    QTest::newRow("a FIFO as the application's file") << false << true << u"a named pipe (FIFO)"_s;
    QTest::newRow("a FIFO as the organisation's file") << true << true << u"a named pipe (FIFO)"_s;
    QTest::newRow("a folder as the application's file") << false << false << u"a folder"_s;
}

void TestSettings::onlyARegularFileIsRead()
{
    QFETCH(bool, organisationFile);
    QFETCH(bool, fifo);
    QFETCH(QString, what);
    // QSettings would wait on a FIFO for a writer, for ever (it reads the organisation's file too).
    const QString application = QSettings().fileName();
    const QString path = organisationFile ? QFileInfo(application).path() + u".conf"_s : application;
    QFile::remove(path);
    QVERIFY(fifo ? ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 : QDir().mkdir(path));
    const QString aside = path + u".unreadable"_s;
    QTest::ignoreMessage(QtWarningMsg,
                         qPrintable(u"The settings file %1 is %2, not a regular file; it is set aside "
                                    u"as %3, and the defaults are used"_s.arg(path, what, aside)));
    const std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    expectDefaults(window.get());
    // Kept as it was for whoever wants to see it, and out of the way of the next save.
    QCOMPARE(QFileInfo(aside).isDir(), !fifo);
    QVERIFY(!QFileInfo::exists(path) || QFileInfo(path).isFile());
    window->close();
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    if (fifo)
        QVERIFY(QFile::remove(aside));
    else
        QVERIFY(QDir().rmdir(aside));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
