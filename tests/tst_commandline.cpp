// The command line, run as a user would run it: the real executable in a child process.
#include "specialfiles.h"
#include "testoutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

namespace {
QTemporaryDir &configHome()
{
    static QTemporaryDir directory;
    return directory;
}
} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

public:
    enum class Display { Offscreen, None };

private slots:
    void init();
    void version();
    void help();
    void badFile_data();
    void badFile();
    void tooManyFiles();
    void embeddedFactsheetPaintsAndQuits();
    void embeddedFactsheetCompletesAndQuits();
    void goodFileOpens_data();
    void goodFileOpens();
    void largeFileOpensBehindTheWindow_data();
    void largeFileOpensBehindTheWindow();
    void helpAndVersionNeedNoDisplay();
    void listCharts();
    void exportChart_data();
    void exportChart();
    void valueLabelsAndAxis_data();
    void valueLabelsAndAxis();
    void exportErrors_data();
    void exportErrors();
    void exportTable_data();
    void exportTable();
    void resetSettingsStartsFromTheDefaults();
    void exportJson_data();
    void exportJson();
    void exportJsonErrors_data();
    void exportJsonErrors();
    void helpHasNoPdfHelperMode();
    void pdfHelperNeedsNoDisplay();
    void badOptionsExitWithTwo_data();
    void badOptionsExitWithTwo();
    void dashDashBeforeAFileNamedLikeAnOption();
    void specialOutputsAreRefused_data();
    void specialOutputsAreRefused();
    void aWriteThatFailsSaysWhy();
    void namesAreShownEscaped_data();
    void namesAreShownEscaped();
    void namesThatAreNotUtf8_data();
    void namesThatAreNotUtf8();
    void settingsFifoIsSetAside_data();
    void settingsFifoIsSetAside();
    void windowOptionsWithNoDisplay_data();
    void windowOptionsWithNoDisplay();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;    // the lines the program itself wrote to stderr
        QString allErr; // all of stderr, Qt's notes too
    };
    static Run run(const QStringList &arguments, Display display = Display::Offscreen)
    {
        return runProgram(QStringLiteral(FACTSHEET_EXECUTABLE), arguments, display);
    }
    // The explorer run by sh -c script, as $0, with arguments as $1, $2, …: for what QProcess cannot
    // pass (names that are not UTF-8, made with printf) or set (ulimit).
    static Run runShell(const QString &script, const QStringList &arguments, Display display = Display::None)
    {
        return runProgram(QStringLiteral("/bin/sh"),
                          QStringList {QStringLiteral("-c"), script, QStringLiteral(FACTSHEET_EXECUTABLE)} + arguments,
                          display);
    }
    static Run runProgram(const QString &program, const QStringList &arguments, Display display,
                          const QString &workingDirectory = QString())
    {
        QProcess process;
        process.setWorkingDirectory(workingDirectory);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (display == Display::None) {
            for (const QString &variable :
                 {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
                environment.remove(variable);
        }
        // The window saves its layout on close: keep that out of the user's settings.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome().path());
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        // Only our own messages: Qt may log platform notes (XDG_RUNTIME_DIR, size hints) too.
        result.allErr = QString::fromUtf8(process.readAllStandardError());
        const QStringList lines = result.allErr.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("factsheet-explorer: ")))
                result.err += line + QLatin1Char('\n');
        }
        return result;
    }
};

void TestCommandLine::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("factsheet-explorer %1\n").arg(QStringLiteral(FACTSHEET_VERSION)));
}

void TestCommandLine::help()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Usage: ")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("[options] [FILE]")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--quit-after-first-paint")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--quit-when-complete")), qPrintable(result.out));
    // QCommandLineParser wraps descriptions at 79 columns.
    QVERIFY2(result.out.contains(
                 QStringLiteral("  FILE                      A factsheet to open (optional): a factsheet JSON\n"
                                "                            file, the text of a local summary (*.txt) or its\n"
                                "                            PDF. Put -- before a FILE whose name begins with "
                                "-.\n")),
             qPrintable(result.out));
}

void TestCommandLine::badFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedError"); // after "factsheet-explorer: <path>"

    QTest::newRow("malformed JSON") << QStringLiteral("bad.json")
                                    << QByteArray("{\n  \"format\": \"factsheet-explorer\",\n  oops\n}")
                                    << QStringLiteral(": line 3, column 4: malformed JSON: unterminated object");
    QTest::newRow("unknown version") << QStringLiteral("bad.json")
                                     << QByteArray("{\"format\": \"factsheet-explorer\", \"formatVersion\": 3}")
                                     << QStringLiteral(": formatVersion: expected format version 1 or 2, got 3");
    // Anything that does not start as JSON is read as a local summary's text.
    QTest::newRow("text without figures")
        << QStringLiteral("summary.txt") << QByteArray("Somewhere\n\nNo figures here.\n")
        << QStringLiteral(": expected the text of an Industrial Strategy local summary: the area's name on its first "
                          "line and figures (highlights such as \"£2.6m to ...\", people in employment, population, "
                          "businesses), found no figures");
}

void TestCommandLine::badFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedError);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const Run result = run({path});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("factsheet-explorer: ") + path + expectedError + QLatin1Char('\n'));
}

void TestCommandLine::tooManyFiles()
{
    const Run result = run({QStringLiteral("a.json"), QStringLiteral("b.json")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("factsheet-explorer: give at most one FILE\n"));
}

void TestCommandLine::embeddedFactsheetPaintsAndQuits()
{
    const Run result = run({QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(result.exitCode, 0);
    // A diagnostic run leaves the user's remembered layout alone.
    QVERIFY(!QFile::exists(configHome().filePath(QStringLiteral("Factsheet Explorer/factsheet-explorer.conf"))));
}

void TestCommandLine::embeddedFactsheetCompletesAndQuits()
{
    // Exits only once the charts, built after the first frame, have painted too.
    const Run result = run({QStringLiteral("--quit-when-complete")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY(!QFile::exists(configHome().filePath(QStringLiteral("Factsheet Explorer/factsheet-explorer.conf"))));
}

void TestCommandLine::goodFileOpens_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("option");

    QTest::newRow("factsheet JSON") << QStringLiteral(FACTSHEET_EMBEDDED_JSON) << QStringLiteral("copy.json")
                                    << QStringLiteral("--quit-after-first-paint");
    // Complete: the charts show the figures read from the text.
    QTest::newRow("summary text") << QStringLiteral(FACTSHEET_SOURCE_TEXT) << QStringLiteral("summary.txt")
                                  << QStringLiteral("--quit-when-complete");
}

void TestCommandLine::goodFileOpens()
{
    QFETCH(QString, source);
    QFETCH(QString, fileName);
    QFETCH(QString, option);

    QTemporaryDir directory;
    const QString path = directory.filePath(fileName);
    QVERIFY(QFile::copy(source, path));
    const Run result = run({option, path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
}

namespace {

// The embedded factsheet with enough copies of its Cobra Biologics line (each with its own id and
// title, no quote) to be larger than the 4 MiB the explorer reads before its window shows; the last
// copy's scope is `lastScope`.
QByteArray largeFactsheet(const QString &lastScope)
{
    QFile embedded(QStringLiteral(FACTSHEET_EMBEDDED_JSON));
    if (!embedded.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(embedded.readAll()).object();
    QJsonArray lines = root.value(QStringLiteral("fundingLines")).toArray();
    const QJsonObject cobra = lines.first().toObject();
    constexpr int copies = 20000;
    for (int i = 0; i < copies; ++i) {
        QJsonObject copy = cobra;
        copy.insert(QStringLiteral("id"), QStringLiteral("copy-%1").arg(i));
        copy.insert(QStringLiteral("title"), QStringLiteral("Copy %1 of Cobra Biologics").arg(i));
        copy.remove(QStringLiteral("quote"));
        if (i == copies - 1)
            copy.insert(QStringLiteral("scope"), lastScope);
        lines.append(copy);
    }
    root.insert(QStringLiteral("fundingLines"), lines);
    return QJsonDocument(root).toJson();
}

} // namespace

void TestCommandLine::largeFileOpensBehindTheWindow_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("lastScope");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedError"); // after "factsheet-explorer: <path>"

    // The first frame comes before the file is read (it shows the progress); complete only once
    // the file's lines are on screen.
    QTest::newRow("first paint") << QStringLiteral("--quit-after-first-paint") << QStringLiteral("local") << 0
                                 << QString();
    QTest::newRow("complete") << QStringLiteral("--quit-when-complete") << QStringLiteral("local") << 0 << QString();
    // Refused once read: a diagnostic run says why, as for a small file, and fails.
    QTest::newRow("refused") << QStringLiteral("--quit-when-complete") << QStringLiteral("regional") << 1
                             << QStringLiteral(": fundingLines[20004].scope: expected \"local\" or \"national\", "
                                               "got \"regional\"");
}

void TestCommandLine::largeFileOpensBehindTheWindow()
{
    QFETCH(QString, option);
    QFETCH(QString, lastScope);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedError);

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content = largeFactsheet(lastScope);
    QVERIFY(content.size() > 4 << 20);
    QCOMPARE(file.write(content), content.size());
    file.close();

    const Run result = run({option, path});
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err,
             expectedError.isEmpty()
                 ? QString()
                 : QStringLiteral("factsheet-explorer: ") + path + expectedError + QLatin1Char('\n'));
}

namespace {

// A PNG's size from its header, without Qt Gui: width and height are the IHDR chunk's first fields.
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    const auto field = [&png](int at) {
        return static_cast<int>((quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16)
                                | (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3])));
    };
    return QSize(field(16), field(20));
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entriesOf(const QTemporaryDir &directory)
{
    return QDir(directory.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

void TestCommandLine::helpAndVersionNeedNoDisplay()
{
    Run result = run({QStringLiteral("--version")}, Display::None);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("factsheet-explorer %1\n").arg(QStringLiteral(FACTSHEET_VERSION)));
    result = run({QStringLiteral("--help")}, Display::None);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("--export-chart <NAME>")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--list-charts")), qPrintable(result.out));
    result = run({QStringLiteral("--no-such-option")}, Display::None);
    QCOMPARE(result.exitCode, 2);
}

void TestCommandLine::listCharts()
{
    Run result = run({QStringLiteral("--list-charts")}, Display::None);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("employment\napprenticeships-and-wages\nfunding\ndashboard\n"));
    QCOMPARE(result.err, QString());
    // Of a file: it is read first, and a bad one says so.
    result = run({QStringLiteral("--list-charts"), QStringLiteral(FACTSHEET_SOURCE_TEXT)}, Display::None);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("employment\napprenticeships-and-wages\nfunding\ndashboard\n"));
    QTemporaryDir directory;
    const QString missing = directory.filePath(QStringLiteral("missing.json"));
    result = run({QStringLiteral("--list-charts"), missing}, Display::None);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("factsheet-explorer: ") + missing), qPrintable(result.err));
    QCOMPARE(result.out, QString());
}

void TestCommandLine::exportChart_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT is a file name in a temporary folder
    QTest::addColumn<QString>("output");
    QTest::addColumn<QByteArray>("starts");
    QTest::addColumn<QSize>("pngSize");

    QTest::newRow("PNG, defaults") << QStringList {QStringLiteral("employment")} << QStringLiteral("employment.png")
                                   << QByteArray("\x89PNG") << QSize(1920, 1080);
    QTest::newRow("PNG at 3x, print theme, Okabe-Ito")
        << QStringList {QStringLiteral("funding"), QStringLiteral("--size"),    QStringLiteral("800x450"),
                        QStringLiteral("--scale"), QStringLiteral("3"),         QStringLiteral("--theme"),
                        QStringLiteral("print"),   QStringLiteral("--palette"), QStringLiteral("okabe-ito")}
        << QStringLiteral("funding.PNG") << QByteArray("\x89PNG") << QSize(2400, 1350);
    QTest::newRow("PNG, transparent, window theme")
        << QStringList {QStringLiteral("apprenticeships-and-wages"), QStringLiteral("--transparent"),
                        QStringLiteral("--theme"), QStringLiteral("window")}
        << QStringLiteral("skills.png") << QByteArray("\x89PNG") << QSize(1920, 1080);
    QTest::newRow("SVG") << QStringList {QStringLiteral("dashboard")} << QStringLiteral("dashboard.svg")
                         << QByteArray("<?xml") << QSize();
    QTest::newRow("PDF") << QStringList {QStringLiteral("dashboard")} << QStringLiteral("dashboard.pdf")
                         << QByteArray("%PDF-") << QSize();
    QTest::newRow("of a summary's text") << QStringList {QStringLiteral("employment"),
                                                         QStringLiteral(FACTSHEET_SOURCE_TEXT)}
                                         << QStringLiteral("from-text.svg") << QByteArray("<?xml") << QSize();
}

void TestCommandLine::exportChart()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(QByteArray, starts);
    QFETCH(QSize, pngSize);
    QTemporaryDir directory;
    const QString path = directory.filePath(output);
    QStringList call {QStringLiteral("--export-chart")};
    call << arguments.first() << QStringLiteral("--output") << path << arguments.mid(1);
    const Run result = run(call, Display::None);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());
    const QByteArray content = contentOf(path);
    QVERIFY(content.startsWith(starts));
    if (pngSize.isValid())
        QCOMPARE(::pngSize(content), pngSize);
    if (starts == "<?xml") {
        QVERIFY(content.contains("Source: Industrial Strategy local summary, Stoke-on-Trent &amp; Staffordshire"));
        QVERIFY(content.contains("548,800 people"));
    }
    QCOMPARE(entriesOf(directory), QStringList {output}); // no temporary file left beside it
}

void TestCommandLine::valueLabelsAndAxis_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("present"); // in the SVG's text
    QTest::addColumn<QStringList>("absent");

    const QString shortTen = QStringLiteral("£10m");
    const QString shortCobra = QStringLiteral("£2.6m");
    const QString exactCobra = QStringLiteral("£2,600,000");
    const QString logNote = QStringLiteral("Pounds (£), logarithmic scale");
    QTest::newRow("presentation: short by default")
        << QStringList() << QStringList {shortTen, shortCobra} << QStringList {exactCobra};
    QTest::newRow("presentation, exact") << QStringList {QStringLiteral("--value-labels"), QStringLiteral("exact")}
                                         << QStringList {QStringLiteral("£10,000,000"), exactCobra}
                                         << QStringList {shortCobra};
    QTest::newRow("print: exact by default") << QStringList {QStringLiteral("--theme"), QStringLiteral("print")}
                                             << QStringList {exactCobra} << QStringList {shortCobra};
    QTest::newRow("print, short") << QStringList {QStringLiteral("--theme"), QStringLiteral("print"),
                                                  QStringLiteral("--value-labels"), QStringLiteral("short")}
                                  << QStringList {shortTen, shortCobra} << QStringList {exactCobra};
    QTest::newRow("linear axis") << QStringList {QStringLiteral("--axis"), QStringLiteral("linear")}
                                 << QStringList {QStringLiteral("£8m")} << QStringList {logNote};
    QTest::newRow("log axis") << QStringList {QStringLiteral("--axis"), QStringLiteral("log")}
                              << QStringList {shortTen, logNote} << QStringList {QStringLiteral("£8m")};
}

void TestCommandLine::valueLabelsAndAxis()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("funding.svg"));
    const Run result = run(
        QStringList {QStringLiteral("--export-chart"), QStringLiteral("funding"), QStringLiteral("--output"), path}
            + options,
        Display::None);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QString content = QString::fromUtf8(contentOf(path));
    for (const QString &text : present)
        QVERIFY2(content.contains(QLatin1Char('>') + text + QLatin1Char('<')), qPrintable(text));
    for (const QString &text : absent)
        QVERIFY2(!content.contains(text), qPrintable(text));
}

void TestCommandLine::exportErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // "OUT" is replaced by a path in a temporary folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // after "factsheet-explorer: "; %1 is the temporary folder

    const auto args = [](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list << QString::fromUtf8(word);
        return list;
    };
    QTest::newRow("unknown chart") << args({"--export-chart", "pie", "--output", "OUT/chart.png"}) << 2
                                   << QStringLiteral("unknown chart \"pie\"; expected one of: employment, "
                                                     "apprenticeships-and-wages, funding, dashboard");
    QTest::newRow("unknown theme") << args({"--export-chart", "funding", "--theme", "neon", "--output", "OUT/c.png"})
                                   << 2
                                   << QStringLiteral("unknown theme \"neon\"; expected one of: window, presentation, "
                                                     "print");
    QTest::newRow("unknown palette") << args(
        {"--export-chart", "funding", "--palette", "rainbow", "--output",
         "OUT/c.png"}) << 2 << QStringLiteral("unknown palette \"rainbow\"; expected one of: default, okabe-ito");
    QTest::newRow("unknown value labels")
        << args({"--export-chart", "funding", "--value-labels", "long", "--output", "OUT/c.svg"}) << 2
        << QStringLiteral("unknown value labels \"long\"; expected one of: exact, short");
    QTest::newRow("unknown axis") << args(
        {"--export-chart", "funding", "--axis", "logarithmic", "--output", "OUT/c.svg"})
                                  << 2 << QStringLiteral("unknown axis \"logarithmic\"; expected one of: linear, log");
    QTest::newRow("value labels with no value")
        << args({"--export-chart", "funding", "--output", "OUT/c.svg", "--value-labels"}) << 2
        << QStringLiteral("Missing value after '--value-labels'. (see --help)");
    for (const char *size : {"0x100", "-5x100", "16385x100", "100x16385", "big", "1920"}) {
        QTest::addRow("size %s", size)
            << args({"--export-chart", "funding", "--size", size, "--output", "OUT/c.png"}) << 2
            << QStringLiteral("--size %1: expected WIDTHxHEIGHT, each a whole number of pixels from 1 to 16384")
                   .arg(QString::fromUtf8(size));
    }
    for (const char *scale : {"0", "5", "two", "1.5"}) {
        QTest::addRow("scale %s", scale)
            << args({"--export-chart", "funding", "--scale", scale, "--output", "OUT/c.png"}) << 2
            << QStringLiteral("--scale %1: expected a whole number from 1 to 4").arg(QString::fromUtf8(scale));
    }
    QTest::newRow("unknown extension") << args({"--export-chart", "funding", "--output", "OUT/c.gif"}) << 2
                                       << QStringLiteral("%1/c.gif: unknown extension \".gif\"; expected .png, .svg "
                                                         "or .pdf");
    QTest::newRow("folder missing") << args({"--export-chart", "funding", "--output", "OUT/nowhere/c.png"}) << 2
                                    << QStringLiteral("%1/nowhere/c.png: the folder %1/nowhere does not exist");
    // A folder that is there but where no file can be made (procfs): the system's reason, status 1.
    QTest::newRow("folder cannot be written") << args({"--export-chart", "funding", "--output", "/proc/chart.png"}) << 1
                                              << QStringLiteral("/proc/chart.png: cannot write: no such file or "
                                                                "directory");
    QTest::newRow("no output") << args({"--export-chart", "funding"}) << 2
                               << QStringLiteral("--export-chart needs --output OUT (a .png, .svg or .pdf file)");
    QTest::newRow("bad file") << args({"--export-chart", "funding", "--output", "OUT/c.png", "OUT/missing.json"}) << 1
                              << QStringLiteral("%1/missing.json: cannot be opened: No such file or directory");
    QTest::newRow("two files") << args({"--export-chart", "funding", "--output", "OUT/c.png", "a.json", "b.json"}) << 2
                               << QStringLiteral("give at most one FILE");
    QTest::newRow("table: not .csv") << args({"--export-table", "OUT/lines.xlsx"}) << 2
                                     << QStringLiteral("%1/lines.xlsx: unknown extension \".xlsx\"; expected .csv");
    QTest::newRow("table: unknown normalisation")
        << args({"--export-table", "OUT/lines.csv", "--normalise", "per-cow"}) << 2
        << QStringLiteral("unknown normalisation \"per-cow\"; expected one of: absolute, per-resident, per-business, "
                          "per-1000-employed, share-of-local-total");
    QTest::newRow("table: folder missing") << args({"--export-table", "OUT/nowhere/lines.csv"}) << 2
                                           << QStringLiteral("%1/nowhere/lines.csv: the folder %1/nowhere does not "
                                                             "exist");
    QTest::newRow("table: bad file") << args({"--export-table", "OUT/lines.csv", "OUT/missing.json"}) << 1
                                     << QStringLiteral("%1/missing.json: cannot be opened: No such file or directory");
    QTest::newRow("table and chart at once")
        << args({"--export-table", "OUT/lines.csv", "--export-chart", "funding", "--output", "OUT/c.png"}) << 2
        << QStringLiteral("give one of --list-charts, --export-chart, --export-table and --export-json");
}

void TestCommandLine::exportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir directory;
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("OUT"), directory.path());
    const Run result = run(arguments, Display::None);
    QCOMPARE(result.err,
             QStringLiteral("factsheet-explorer: %1\n")
                 .arg(message.contains(QStringLiteral("%1")) ? message.arg(directory.path()) : message));
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(entriesOf(directory), QStringList()); // nothing written, nothing left behind
}

void TestCommandLine::exportTable_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::newRow("absolute") << QStringList() << QStringLiteral("funding-lines.csv") << false;
    QTest::newRow("per resident, with a byte-order mark")
        << QStringList {QStringLiteral("--normalise"), QStringLiteral("per-resident"), QStringLiteral("--bom")}
        << QStringLiteral("funding-lines-per-resident.csv") << true;
}

void TestCommandLine::exportTable()
{
    QFETCH(QStringList, options);
    QFETCH(QString, golden);
    QFETCH(bool, byteOrderMark);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("lines.csv"));
    const Run result = run(QStringList {QStringLiteral("--export-table"), path} + options, Display::None);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QByteArray expected = contentOf(QStringLiteral(FACTSHEET_TEST_DATA) + QLatin1Char('/') + golden);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(contentOf(path), byteOrderMark ? QByteArray("\xEF\xBB\xBF") + expected : expected);
    QCOMPARE(entriesOf(directory), QStringList {QStringLiteral("lines.csv")});
}

void TestCommandLine::init()
{
    TestOutput::watch();
}

void TestCommandLine::resetSettingsStartsFromTheDefaults()
{
    // The explorer's own settings file, in the configuration folder every run here is given.
    const QString path = configHome().filePath(QStringLiteral("Factsheet Explorer/factsheet-explorer.conf"));
    const auto remember = [&path] {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write("[mainWindow]\nselection=fundingLine/cobra-biologics\n[export]\ntheme=print\n");
        return true;
    };
    const auto remembered = [&path] { return QSettings(path, QSettings::IniFormat).allKeys(); };
    QVERIFY(remember());
    QCOMPARE(remembered().size(), 2);

    // Headless, with no display at all: forgotten before anything else is done.
    Run result = run({QStringLiteral("--reset-settings"), QStringLiteral("--list-charts")}, Display::None);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("employment\napprenticeships-and-wages\nfunding\ndashboard\n"));
    QCOMPARE(result.err, QString());
    QCOMPARE(remembered(), QStringList());

    // With the window: it opens on the defaults (and a diagnostic run saves nothing back).
    QVERIFY(remember());
    result = run({QStringLiteral("--reset-settings"), QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(remembered(), QStringList());

    // And it is listed.
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("--reset-settings")));
}

namespace {

// Each stated figure of a factsheet JSON document, "id value quote", and each funding line, "id
// amount quote": what a saved document must agree on with the embedded one.
QStringList figuresOf(const QByteArray &json)
{
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    QStringList figures;
    for (const QJsonValue &figure : document.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject object = figure.toObject();
        figures << QStringLiteral("%1 %2 %3")
                       .arg(object.value(QStringLiteral("id")).toString())
                       .arg(object.value(QStringLiteral("value")).toInteger())
                       .arg(object.value(QStringLiteral("quote")).toString());
    }
    for (const QJsonValue &line : document.value(QStringLiteral("fundingLines")).toArray()) {
        const QJsonObject object = line.toObject();
        figures << QStringLiteral("%1 %2")
                       .arg(object.value(QStringLiteral("amount")).toInteger())
                       .arg(object.value(QStringLiteral("quote")).toString());
    }
    return figures;
}

} // namespace

void TestCommandLine::exportJson_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("notes");

    QTest::newRow("the embedded factsheet") << QStringList() << 0;
    QTest::newRow("the shipped summary's text") << QStringList {QStringLiteral(FACTSHEET_SOURCE_TEXT)} << 0;
    QTest::newRow("a text with notes") << QStringList {QFINDTESTDATA("data/notes.txt")} << 10;
}

void TestCommandLine::exportJson()
{
    QFETCH(QStringList, files);
    QFETCH(int, notes);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("saved.JSON"));
    // No display and no platform chosen: as a script runs it.
    const Run result = run(QStringList {QStringLiteral("--export-json"), path} + files, Display::None);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());
    QCOMPARE(entriesOf(directory), QStringList {QStringLiteral("saved.JSON")});
    const QByteArray saved = contentOf(path);
    const QJsonObject document = QJsonDocument::fromJson(saved).object();
    QCOMPARE(document.value(QStringLiteral("formatVersion")).toInt(), 2);
    QCOMPARE(document.value(QStringLiteral("notes")).toArray().size(), notes);
    if (notes == 0) // the Stoke-on-Trent & Staffordshire summary, by either route: the embedded figures
        QCOMPARE(figuresOf(saved), figuresOf(contentOf(QStringLiteral(FACTSHEET_EMBEDDED_JSON))));
}

void TestCommandLine::exportJsonErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // "OUT" is replaced by a path in a temporary folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // after "factsheet-explorer: "; %1 is the temporary folder

    QTest::newRow("not .json") << QStringList {QStringLiteral("--export-json"), QStringLiteral("OUT/saved.txt")} << 2
                               << QStringLiteral("%1/saved.txt: unknown extension \".txt\"; expected .json");
    QTest::newRow("no extension") << QStringList {QStringLiteral("--export-json"), QStringLiteral("OUT/saved")} << 2
                                  << QStringLiteral("%1/saved: unknown extension (none); expected .json");
    QTest::newRow("folder missing") << QStringList {QStringLiteral("--export-json"),
                                                    QStringLiteral("OUT/nowhere/saved.json")}
                                    << 2
                                    << QStringLiteral("%1/nowhere/saved.json: the folder %1/nowhere does not exist");
    QTest::newRow("a folder") << QStringList {QStringLiteral("--export-json"), QStringLiteral("OUT/folder.json")} << 2
                              << QStringLiteral("%1/folder.json: is a folder, not a file");
    QTest::newRow("bad file") << QStringList {QStringLiteral("--export-json"), QStringLiteral("OUT/saved.json"),
                                              QStringLiteral("OUT/missing.txt")}
                              << 1 << QStringLiteral("%1/missing.txt: cannot be opened: No such file or directory");
    QTest::newRow("two files") << QStringList {QStringLiteral("--export-json"), QStringLiteral("OUT/saved.json"),
                                               QStringLiteral("a.txt"), QStringLiteral("b.txt")}
                               << 2 << QStringLiteral("give at most one FILE");
    QTest::newRow("with --export-chart")
        << QStringList {QStringLiteral("--export-json"),  QStringLiteral("OUT/saved.json"),
                        QStringLiteral("--export-chart"), QStringLiteral("funding"),
                        QStringLiteral("--output"),       QStringLiteral("OUT/c.png")}
        << 2 << QStringLiteral("give one of --list-charts, --export-chart, --export-table and --export-json");
}

void TestCommandLine::exportJsonErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir directory;
    const bool folderRow = arguments.contains(QStringLiteral("OUT/folder.json"));
    if (folderRow)
        QVERIFY(QDir(directory.path()).mkdir(QStringLiteral("folder.json")));
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("OUT"), directory.path());
    const Run result = run(arguments, Display::None);
    QCOMPARE(result.err,
             QStringLiteral("factsheet-explorer: %1\n")
                 .arg(message.contains(QStringLiteral("%1")) ? message.arg(directory.path()) : message));
    QCOMPARE(result.exitCode, exitCode);
    // Nothing written, nothing left behind.
    QCOMPARE(entriesOf(directory), folderRow ? QStringList {QStringLiteral("folder.json")} : QStringList());
}

// The PDF helper is a program of its own (factsheet-pdf-words): the explorer has no mode for it.
void TestCommandLine::helpHasNoPdfHelperMode()
{
    const Run result = run({QStringLiteral("--help")}, Display::None);
    QVERIFY2(result.out.contains(QStringLiteral("--export-json <OUT>")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral("pdf-words")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral("--pdf")), qPrintable(result.out));
}

void TestCommandLine::pdfHelperNeedsNoDisplay()
{
    // The PDF reader's own call: a file Poppler cannot open is its status 4 (PdfReader::Damaged),
    // with nothing on stdout and nothing on stderr, and no display of any kind.
    QTemporaryDir directory;
    const QString helper = QStringLiteral(FACTSHEET_PDF_HELPER);
    Run result = runProgram(helper, {directory.filePath(QStringLiteral("missing.pdf"))}, Display::None);
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.allErr, QString());
    // Run any other way, it says how to run it and exits with status 2 (PdfReader::Usage).
    result = runProgram(helper, {}, Display::None);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.allErr, QStringLiteral("usage: factsheet-pdf-words FILE.pdf\n"));
}

void TestCommandLine::badOptionsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // after "factsheet-explorer: "
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--no-such-option")}
                                    << QStringLiteral("Unknown option 'no-such-option'. (see --help)");
    QTest::newRow("option without its value") << QStringList {QStringLiteral("--export-chart")}
                                              << QStringLiteral("Missing value after '--export-chart'. (see --help)");
    // What the option's name holds is shown, not obeyed.
    QTest::newRow("an escape in the option") << QStringList {QStringLiteral("--\x1B[31mred")}
                                             << QStringLiteral("Unknown option '\\x1B[31mred'. (see --help)");
}

void TestCommandLine::badOptionsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (const Display display : {Display::Offscreen, Display::None}) {
        const Run result = run(arguments, display);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.allErr, QStringLiteral("factsheet-explorer: %1\n").arg(message));
        QCOMPARE(result.out, QString());
    }
}

void TestCommandLine::dashDashBeforeAFileNamedLikeAnOption()
{
    QTemporaryDir directory;
    QVERIFY(QFile::copy(QStringLiteral(FACTSHEET_SOURCE_TEXT), directory.filePath(QStringLiteral("-v"))));
    const QString out = directory.filePath(QStringLiteral("saved.json"));
    // Without --, -v is --version; after it, a file.
    Run result
        = runProgram(QStringLiteral(FACTSHEET_EXECUTABLE), {QStringLiteral("-v")}, Display::None, directory.path());
    QCOMPARE(result.out, QStringLiteral("factsheet-explorer %1\n").arg(QStringLiteral(FACTSHEET_VERSION)));
    result = runProgram(QStringLiteral(FACTSHEET_EXECUTABLE),
                        {QStringLiteral("--export-json"), out, QStringLiteral("--"), QStringLiteral("-v")},
                        Display::None, directory.path());
    QCOMPARE(result.allErr, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(figuresOf(contentOf(out)), figuresOf(contentOf(QStringLiteral(FACTSHEET_EMBEDDED_JSON))));
    // And a missing one is named as given.
    result = runProgram(QStringLiteral(FACTSHEET_EXECUTABLE),
                        {QStringLiteral("--list-charts"), QStringLiteral("--"), QStringLiteral("--help")},
                        Display::None, directory.path());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("factsheet-explorer: --help: cannot be opened: No such file or directory\n"));
}

void TestCommandLine::specialOutputsAreRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // after "factsheet-explorer: OUT"; %1 is where a link leads

    const struct
    {
        const char *kind;
        const char *message;
    } kinds[] = {
        {"FIFO", ": is a named pipe (FIFO), not a regular file"},
        {"socket", ": is a socket, not a regular file"},
        {"folder", ": is a folder, not a file"},
        {"link to a device", ": is a link to %1, a character device, not a regular file"},
        {"link to a FIFO", ": is a link to %1, a named pipe (FIFO), not a regular file"},
    };
    const struct
    {
        const char *option;
        const char *name;
    } writers[] = {{"--export-chart", "chart.png"},
                   {"--export-chart", "chart.svg"},
                   {"--export-chart", "chart.pdf"},
                   {"--export-table", "lines.csv"},
                   {"--export-json", "saved.json"}};
    for (const auto &writer : writers) {
        for (const auto &kind : kinds) {
            QTest::addRow("%s, %s", writer.name, kind.kind)
                << QString::fromUtf8(writer.option) << QString::fromUtf8(writer.name) << QString::fromUtf8(kind.kind)
                << QString::fromUtf8(kind.message);
        }
    }
}

void TestCommandLine::specialOutputsAreRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir directory;
    const QDir folder(directory.path());
    const QString out = folder.filePath(name);
    bool ok = false;
    const QString target = SpecialFiles::make(kind, out, folder, ok);
    QVERIFY2(ok, qPrintable(kind));
    const QStringList before = folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    const QStringList arguments = option == QLatin1String("--export-chart")
        ? QStringList {option, QStringLiteral("dashboard"), QStringLiteral("--output"), out}
        : QStringList {option, out};
    const Run result = run(arguments, Display::None);
    QCOMPARE(result.err,
             QStringLiteral("factsheet-explorer: %1%2\n")
                 .arg(out, message.contains(QLatin1String("%1")) ? message.arg(target) : message));
    QCOMPARE(result.exitCode, 2);
    // Left as it was: still what it was, nothing beside it.
    QCOMPARE(folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System), before);
    if (kind == QLatin1String("FIFO"))
        QVERIFY(!QFileInfo(out).isFile() && QFileInfo::exists(out));
    if (kind.startsWith(QLatin1String("link")))
        QVERIFY(QFileInfo(out).isSymLink() && !QFileInfo(target).isFile());
}

void TestCommandLine::aWriteThatFailsSaysWhy()
{
    // A file-size limit (ulimit -f, in 512-byte blocks) fails the write part way as a full disk
    // would, for any user; SIGXFSZ ignored, the write says EFBIG.
    QTemporaryDir directory;
    const QString out = directory.filePath(QStringLiteral("chart.png"));
    const Run result
        = runShell(QStringLiteral("trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\""),
                   {QStringLiteral("--export-chart"), QStringLiteral("dashboard"), QStringLiteral("--output"), out});
    QCOMPARE(result.err,
             QStringLiteral("factsheet-explorer: %1: cannot write: the file would be larger than the system allows\n")
                 .arg(out));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(entriesOf(directory), QStringList()); // nothing left behind
}

void TestCommandLine::namesAreShownEscaped_data()
{
    QTest::addColumn<QStringList>("arguments"); // "OUT" is replaced by the temporary folder
    QTest::addColumn<QString>("message");       // after "factsheet-explorer: "; %1 is the temporary folder
    QTest::newRow("a bad file's name")
        << QStringList {QStringLiteral("--list-charts"), QStringLiteral("OUT/\x1B[31mred\nline two.json")}
        << QStringLiteral("%1/\\x1B[31mred\\nline two.json: cannot be opened: No such file or directory");
    QTest::newRow("an output's folder")
        << QStringList {QStringLiteral("--export-table"), QStringLiteral("OUT/\x1B]0;title\a/lines.csv")}
        << QStringLiteral("%1/\\x1B]0;title\\x07/lines.csv: the folder %1/\\x1B]0;title\\x07 does not exist");
    QTest::newRow("an output's extension")
        << QStringList {QStringLiteral("--export-json"), QStringLiteral("OUT/saved.\r\njson")}
        << QStringLiteral("%1/saved.\\r\\njson: unknown extension \".\\r\\njson\"; expected .json");
    QTest::newRow("a chart's name") << QStringList {QStringLiteral("--export-chart"), QStringLiteral("\x1B[2J"),
                                                    QStringLiteral("--output"), QStringLiteral("OUT/c.png")}
                                    << QStringLiteral("unknown chart \"\\x1B[2J\"; expected one of: employment, "
                                                      "apprenticeships-and-wages, funding, dashboard");
    QTest::newRow("the window's file") << QStringList {QStringLiteral("--quit-after-first-paint"),
                                                       QStringLiteral("OUT/\x1B[31m\n.json")}
                                       << QStringLiteral("%1/\\x1B[31m\\n.json: cannot be opened: No such file or "
                                                         "directory");
}

void TestCommandLine::namesAreShownEscaped()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir directory;
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("OUT"), directory.path());
    const Run result = run(arguments);
    QCOMPARE(result.allErr,
             QStringLiteral("factsheet-explorer: %1\n")
                 .arg(QString(message).replace(QStringLiteral("%1"), directory.path())));
    QVERIFY(result.exitCode == 1 || result.exitCode == 2);
    QCOMPARE(entriesOf(directory), QStringList());
}

void TestCommandLine::namesThatAreNotUtf8_data()
{
    // $1 is the temporary folder; the names are made by printf: bytes FF FE, then .txt or .json.
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("content"); // written to FF FE.txt first, unless empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // after "factsheet-explorer: "; %1 is the folder
    const QByteArray summary = contentOf(QStringLiteral(FACTSHEET_SOURCE_TEXT));
    QTest::newRow("opened by its bytes") << QStringLiteral(
        "exec \"$0\" --export-json \"$1/saved.json\" \"$1/$(printf '\\377\\376').txt\"")
                                         << summary << 0 << QString();
    QTest::newRow("opened by its bytes, relative")
        << QStringLiteral("cd \"$1\" && exec \"$0\" --export-json saved.json \"$(printf '\\377\\376').txt\"") << summary
        << 0 << QString();
    QTest::newRow("in the window") << QStringLiteral(
        "exec \"$0\" --quit-after-first-paint \"$1/$(printf '\\377\\376').txt\"")
                                   << summary << 0 << QString();
    QTest::newRow("missing, named as given")
        << QStringLiteral("exec \"$0\" --export-json \"$1/saved.json\" \"$1/$(printf '\\377\\376').json\"")
        << QByteArray() << 1 << QStringLiteral("%1/\\xFF\\xFE.json: cannot be opened: No such file or directory\n");
    QTest::newRow("bad, named as given")
        << QStringLiteral("exec \"$0\" --list-charts \"$1/$(printf '\\377\\376').txt\"")
        << QByteArray("Somewhere\n\nNo figures here.\n") << 1
        << QStringLiteral("%1/\\xFF\\xFE.txt: expected the text of an Industrial Strategy local summary: the area's "
                          "name on its first line and figures (highlights such as \"£2.6m to ...\", people in "
                          "employment, population, businesses), found no figures\n");
    // An output is written under the name given, or not at all.
    QTest::newRow("an output") << QStringLiteral("exec \"$0\" --export-json \"$1/$(printf '\\377').json\"")
                               << QByteArray() << 2
                               << QStringLiteral("%1/\\xFF.json: not text in UTF-8; only a FILE to open may have a "
                                                 "name that is not\n");
}

void TestCommandLine::namesThatAreNotUtf8()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir directory;
    // QFile cannot name these bytes (Qt decodes names as UTF-8): made, and removed, by them.
    const QByteArray raw = QFile::encodeName(directory.path()) + "/\xFF\xFE.txt";
    const auto removeRaw = qScopeGuard([&raw] { ::unlink(raw.constData()); });
    if (!content.isEmpty()) {
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        QVERIFY(fd >= 0);
        QFile out;
        QVERIFY(out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
        QCOMPARE(out.write(content), content.size());
    }
    const bool window = script.contains(QLatin1String("quit-after"));
    const Run result = runShell(script, {directory.path()}, window ? Display::Offscreen : Display::None);
    QCOMPARE(result.err,
             message.isEmpty() ? QString() : QStringLiteral("factsheet-explorer: ") + message.arg(directory.path()));
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 0 && !window)
        QCOMPARE(figuresOf(contentOf(directory.filePath(QStringLiteral("saved.json")))),
                 figuresOf(contentOf(QStringLiteral(FACTSHEET_EMBEDDED_JSON))));
}

void TestCommandLine::settingsFifoIsSetAside_data()
{
    QTest::addColumn<QStringList>("arguments"); // "OUT" is replaced by the temporary folder
    QTest::addColumn<bool>("window");
    QTest::newRow("--reset-settings --export-json")
        << QStringList {QStringLiteral("--reset-settings"), QStringLiteral("--export-json"),
                        QStringLiteral("OUT/saved.json")}
        << false;
    QTest::newRow("the window's start") << QStringList {QStringLiteral("--quit-after-first-paint")} << true;
}

void TestCommandLine::settingsFifoIsSetAside()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, window);
    QTemporaryDir directory;
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("OUT"), directory.path());
    const QString path = configHome().filePath(QStringLiteral("Factsheet Explorer/factsheet-explorer.conf"));
    const QString aside = path + QStringLiteral(".unreadable");
    QDir().mkpath(QFileInfo(path).path());
    QFile::remove(path);
    QFile::remove(aside);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // A hang would be a run that never ends: run() gives up after a minute and fails.
    const Run result = run(arguments, window ? Display::Offscreen : Display::None);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.allErr.contains(QStringLiteral("The settings file %1 is a named pipe (FIFO), not a regular file; "
                                                   "it is set aside as %2, and the defaults are used\n")
                                        .arg(path, aside)),
             qPrintable(result.allErr));
    QVERIFY(QFileInfo::exists(aside) && !QFileInfo(aside).isFile());
    QFile::remove(aside);
    QFile::remove(path);
}

void TestCommandLine::windowOptionsWithNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("--quit-after-first-paint")
        << QStringList {QStringLiteral("--quit-after-first-paint")} << 0 << QString();
    QTest::newRow("--quit-when-complete") << QStringList {QStringLiteral("--quit-when-complete")} << 0 << QString();
    QTest::newRow("--reset-settings alone") << QStringList {QStringLiteral("--reset-settings")} << 0 << QString();
    QTest::newRow("the window") << QStringList() << 1
                                << QStringLiteral("factsheet-explorer: cannot show the window: no display (DISPLAY "
                                                  "and WAYLAND_DISPLAY are not set); --list-charts, --export-chart, "
                                                  "--export-table and --export-json need none\n");
}

void TestCommandLine::windowOptionsWithNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments, Display::None);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err, message);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
