// Help: the user guide shipped with the program loads with its pictures of the window, About
// names the version, the data's source, its copyright and licence, and its link opens the map
// of every area's summary in the browser; the icon is sharp at a device pixel ratio of 2.
#include "aboutdialog.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "testoutput.h"
#include "userguidedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <memory>

namespace {
// Stands in for the browser: records what the program asks it to open.
class Browser final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

QAction *helpAction(MainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Help"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}
} // namespace

class TestHelp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aboutNamesVersionSourceCopyrightAndLicence();
    void aboutOpensTheMapInTheBrowser();
    void guideLoadsWithItsPictures();
    void helpMenuOpensGuideAndAbout();
    void iconIsSharpAtTwiceTheDensity();

private:
    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<FactsheetDocument> m_document;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Factsheet Explorer Tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

void TestHelp::init()
{
    TestOutput::watch();
    m_model = std::make_unique<FactsheetModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_document = std::make_unique<FactsheetDocument>(m_model.get());
    QVERIFY(!m_document->open(FactsheetReader::embeddedPath()));
}

void TestHelp::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_document.reset();
    m_tester.reset();
    m_model.reset();
}

void TestHelp::aboutNamesVersionSourceCopyrightAndLicence()
{
    const QString expected = QStringLiteral(
        "<p><b>Factsheet Explorer</b> 0.1.0</p>"
        "<p>Browse the figures, funding lines and case study of an Industrial Strategy local summary.</p>"
        "<p>Data: <i>Industrial Strategy: local summaries - Stoke-on-Trent &amp; Staffordshire</i>, published by "
        "the Department for Business, Energy &amp; Industrial Strategy, December 2018.</p>"
        "<p>Crown copyright. Licensed under the Open Government Licence v3.0.</p>"
        "<p>Every area's summary: <a href=\"https://bit.ly/IS-map\">bit.ly/IS-map</a></p>");
    QCOMPARE(AboutDialog::text(m_model->factsheet().sourceInfo, QStringLiteral("0.1.0")), expected);
    AboutDialog dialog(m_model->factsheet().sourceInfo, QStringLiteral("0.1.0"));
    QCOMPARE(dialog.label()->text(), expected);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Factsheet Explorer"));
}

void TestHelp::aboutOpensTheMapInTheBrowser()
{
    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    AboutDialog dialog(m_model->factsheet().sourceInfo, QStringLiteral("0.1.0"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mapButton()->text(), QStringLiteral("Open the &Map of Local Summaries"));
    QTest::mouseClick(dialog.mapButton(), Qt::LeftButton);
    QCOMPARE(browser.opened, QList<QUrl>({QUrl(QStringLiteral("https://bit.ly/IS-map"))}));
    // The link in the text goes to the same place.
    emit dialog.label()->linkActivated(QStringLiteral("https://bit.ly/IS-map"));
    QCOMPARE(browser.opened.size(), 2);
    QCOMPARE(browser.opened.last(), QUrl(QStringLiteral("https://bit.ly/IS-map")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestHelp::guideLoadsWithItsPictures()
{
    UserGuideDialog dialog;
    QTextDocument *document = dialog.browser()->document();
    QCOMPARE(document->firstBlock().text(), QStringLiteral("Factsheet Explorer user guide"));
    QCOMPARE(document->firstBlock().blockFormat().headingLevel(), 1);
    // Its sections, in order.
    QStringList sections;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            sections << block.text();
    }
    QCOMPARE(
        sections,
        QStringList({QStringLiteral("The window at a glance"), QStringLiteral("The investments table"),
                     QStringLiteral("The charts"), QStringLiteral("Getting charts out: export, copy, print, present"),
                     QStringLiteral("Opening another area's summary"), QStringLiteral("Colours"),
                     QStringLiteral("Keyboard shortcuts"), QStringLiteral("The command line"),
                     QStringLiteral("Where the data comes from")}));
    // Its pictures, each found among the resources and a real picture of the window.
    QStringList pictures;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            pictures << name;
            const QVariant resource
                = document->resource(QTextDocument::ImageResource, dialog.browser()->source().resolved(QUrl(name)));
            const QImage image
                = resource.value<QImage>().isNull() ? resource.value<QPixmap>().toImage() : resource.value<QImage>();
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(image.width() >= 300 && image.height() >= 250, qPrintable(name));
        }
    }
    QCOMPARE(pictures,
             QStringList({QStringLiteral("user-guide/window.png"), QStringLiteral("user-guide/export.png"),
                          QStringLiteral("user-guide/presentation.png")}));
    // The main window's picture is of the window as it opens on a 1366 × 768 screen.
    QCOMPARE(QImage(QStringLiteral(":/docs/user-guide/window.png")).size(), QSize(1223, 661));
    // The command line it documents.
    QVERIFY(document->toPlainText().contains(
        QStringLiteral("factsheet-explorer --export-chart NAME --output OUT [--size WxH] [--scale N]")));
}

void TestHelp::helpMenuOpensGuideAndAbout()
{
    MainWindow window(m_document.get());
    window.setRemembersLayout(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *guide = helpAction(&window, QStringLiteral("&User Guide"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
    guide->trigger();
    QTRY_VERIFY(window.findChild<UserGuideDialog *>() && window.findChild<UserGuideDialog *>()->isVisible());
    guide->trigger(); // the same guide, not a second one
    QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
    QAction *about = helpAction(&window, QStringLiteral("&About Factsheet Explorer"));
    QVERIFY(about);
    about->trigger();
    QTRY_VERIFY(window.findChild<AboutDialog *>() && window.findChild<AboutDialog *>()->isVisible());
    QVERIFY(window.findChild<AboutDialog *>()->label()->text().contains(
        QStringLiteral("Licensed under the Open Government Licence v3.0.")));
}

void TestHelp::iconIsSharpAtTwiceTheDensity()
{
    const QIcon icon = AboutDialog::applicationIcon();
    QVERIFY(!icon.isNull());
    // Drawn for the density, not scaled up from a smaller picture.
    const QPixmap doubled = icon.pixmap(QSize(64, 64), 2.0);
    QCOMPARE(doubled.devicePixelRatio(), 2.0);
    QCOMPARE(doubled.size(), QSize(128, 128));
    QImage drawn = doubled.toImage().convertToFormat(QImage::Format_ARGB32);
    drawn.setDevicePixelRatio(1.0);
    QCOMPARE(drawn, icon.pixmap(QSize(128, 128), 1.0).toImage().convertToFormat(QImage::Format_ARGB32));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
