#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "readers/factsheetloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("factsheet-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Factsheet Explorer"));
    QApplication::setOrganizationName(QStringLiteral("Factsheet Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(FACTSHEET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Explore an Industrial Strategy local summary: funding lines, labour-market figures and its case "
        "study. Opens the embedded Stoke-on-Trent & Staffordshire factsheet unless FILE is given."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main",
                                                         "A factsheet to open (optional): a factsheet JSON file, or "
                                                         "the text of a local summary (*.txt)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main",
                                "Diagnostics: exit as soon as the main window has painted once "
                                "(for measuring start-up)."));
    parser.addOption(quitAfterFirstPaint);
    const QCommandLineOption quitWhenComplete(
        QStringLiteral("quit-when-complete"),
        QApplication::translate("main",
                                "Diagnostics: exit once every view, the charts included, has painted "
                                "(for measuring a complete start-up)."));
    parser.addOption(quitWhenComplete);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr)
            << QApplication::translate("main", "%1: give at most one FILE\n").arg(QApplication::applicationName());
        return 2;
    }

    FactsheetModel model;
    FactsheetDocument document(&model);
    const QString path = files.isEmpty() ? FactsheetLoader::embeddedPath() : files.first();
    if (const std::optional<LoadError> error = document.open(path)) {
        QTextStream(stderr) << QApplication::applicationName() << ": " << error->text() << '\n';
        return 1;
    }

    MainWindow window(&document);
    FirstPaintWatcher firstPaint(&window);
    // Diagnostic runs must not change the layout a user will see next.
    if (parser.isSet(quitAfterFirstPaint)) {
        window.setRemembersLayout(false);
        QObject::connect(&firstPaint, &FirstPaintWatcher::firstPainted, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    }
    if (parser.isSet(quitWhenComplete)) {
        window.setRemembersLayout(false);
        QObject::connect(&window, &MainWindow::chartsPainted, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    }
    window.show();
    return QApplication::exec();
}
