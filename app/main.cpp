#include "aboutdialog.h"
#include "commandline.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "readers/pdfreader.h"
#include "storedsettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("factsheet-explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Factsheet Explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTSHEET_VERSION));
}

// A PDF is read by the PDF helper, a program of its own (pdfhelper.h, the one that links Poppler):
// beside the explorer in the build tree, in LIBEXECDIR/factsheet-explorer/ once installed
// (CMakeLists.txt). Where neither is, PdfReader refuses a PDF, naming the installed path.
void usePdfHelper()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(QStringLiteral(FACTSHEET_PDF_HELPER));
    const QString installed = QDir::cleanPath(here.filePath(QStringLiteral(FACTSHEET_INSTALLED_PDF_HELPER)));
    PdfReader::setHelper(QFileInfo(beside).isExecutable() ? beside : installed, {});
}

// Larger files are opened after the window shows, with their progress (MainWindow's status bar).
constexpr qint64 largestFileOpenedAtOnce = qint64(4) << 20;

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
}

// Whether a window could be shown: a platform chosen, or an X or Wayland display to show it on.
// Without one, Qt's default platform aborts the program.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// With no display: the diagnostics measure painting, which the offscreen platform does as well;
// --reset-settings alone is done; a window nobody can see is refused in one line rather than by
// Qt's abort. The exit status, or nullopt to go on.
std::optional<int> withoutDisplay(const CommandLine &commandLine)
{
    if (commandLine.quitsAfterFirstPaint() || commandLine.quitsWhenComplete()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::nullopt;
    }
    if (commandLine.resetsSettings() && commandLine.files().isEmpty())
        return 0;
    printError(QCoreApplication::translate("main",
                                           "cannot show the window: no display (DISPLAY and WAYLAND_DISPLAY "
                                           "are not set); --list-charts, --export-chart, --export-table and "
                                           "--export-json need none"));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any application object exists: what needs no window must
    // not need a display either (scripts, CI, package checks run with none).
    describeApplication();
    CommandLine commandLine;
    // A bad command line is status 2, as for every other bad option (README).
    if (!commandLine.parse(argc, argv))
        return commandLine.refuseArguments();
    if (commandLine.wantsHelpOrVersion()) {
        QCoreApplication app(argc, argv);
        commandLine.parser().process(app); // prints help or version, and exits
        return 0;
    }
    // Before any application object, so that it works with no display, before or with any other option.
    if (commandLine.resetsSettings())
        StoredSettings::reset();
    if (!commandLine.isHeadless() && !hasDisplay()) {
        if (const std::optional<int> status = withoutDisplay(commandLine))
            return *status;
    }
    if (commandLine.isHeadless()) {
        // Qt Charts needs a QApplication, which needs a platform: offscreen, unless one is chosen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        usePdfHelper();
        return commandLine.runHeadless();
    }

    QApplication app(argc, argv);
    // The user's language, where there is a catalogue for it (resources/translations/); else the source text.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("factsheet-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    usePdfHelper();
    QApplication::setApplicationDisplayName(QStringLiteral("Factsheet Explorer"));
    // Matches the window to its desktop entry and icon (resources/desktop/), on Wayland too.
    QGuiApplication::setDesktopFileName(QStringLiteral("uk.factsheetexplorer.FactsheetExplorer"));
    // Drawn from its SVG: sharp at any size and device pixel ratio.
    QApplication::setWindowIcon(AboutDialog::applicationIcon());
    const QStringList files = commandLine.files();
    if (files.size() > 1) {
        printError(QApplication::translate("main", "give at most one FILE"));
        return 2;
    }
    if (const std::optional<QString> problem = commandLine.undecodableProblem()) {
        printError(*problem);
        return 2;
    }

    FactsheetModel model;
    FactsheetDocument document(&model);
    const QString path = files.isEmpty() ? FactsheetReader::embeddedPath() : commandLine.openablePath(files.first());
    // A large file opens behind the window, which shows at once with its progress (and the embedded
    // factsheet until the file is read); a small one is read before the window shows, so that its
    // first frame shows it, and a bad one is said on the command line.
    const bool opensLater = QFileInfo(path).size() > largestFileOpenedAtOnce;
    if (const std::optional<LoadError> error = document.open(opensLater ? FactsheetReader::embeddedPath() : path)) {
        printError(commandLine.namingTheFile(*error, files.value(0)).text());
        return 1;
    }

    MainWindow window(&document);
    // The colours chosen last time, for every window of the application.
    if (window.colourScheme() != ColourScheme::Scheme::Desktop)
        ColourScheme::apply(window.colourScheme());
    FirstPaintWatcher firstPaint(&window);
    // Diagnostic runs must not change the layout a user will see next.
    if (commandLine.quitsAfterFirstPaint()) {
        window.setRemembersLayout(false);
        QObject::connect(&firstPaint, &FirstPaintWatcher::firstPainted, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    }
    if (commandLine.quitsWhenComplete()) {
        window.setRemembersLayout(false);
        // Complete once the file asked for is on screen, not the embedded factsheet shown meanwhile.
        if (opensLater)
            QObject::connect(&window, &MainWindow::openedFileShown, &app, &QCoreApplication::quit,
                             Qt::QueuedConnection);
        else
            QObject::connect(&window, &MainWindow::chartsPainted, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    }
    if (opensLater) {
        // A diagnostic run has nobody to read the window's message: it says it here, and fails.
        if (commandLine.quitsAfterFirstPaint() || commandLine.quitsWhenComplete()) {
            QObject::connect(&document, &FactsheetDocument::loadFailed, &app,
                             [&commandLine, &files](const LoadError &error) {
                                 printError(commandLine.namingTheFile(error, files.value(0)).text());
                                 QCoreApplication::exit(1);
                             });
        }
        window.openAfterFirstFrame(path);
    }
    window.show();
    return QApplication::exec();
}
