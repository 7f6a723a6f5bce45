// The command line, run as a user would run it: the real executable in a child process.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

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

private slots:
    void version();
    void help();
    void badFile_data();
    void badFile();
    void tooManyFiles();
    void embeddedFactsheetPaintsAndQuits();
    void embeddedFactsheetCompletesAndQuits();
    void goodFileOpens_data();
    void goodFileOpens();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err; // the lines the program itself wrote to stderr
    };
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The window saves its layout on close: keep that out of the user's settings.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome().path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FACTSHEET_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        // Only our own messages: Qt may log platform notes (XDG_RUNTIME_DIR, size hints) too.
        const QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'));
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
                                "                            file, or the text of a local summary "
                                "(*.txt).\n")),
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
                                     << QByteArray("{\"format\": \"factsheet-explorer\", \"formatVersion\": 2}")
                                     << QStringLiteral(": formatVersion: expected format version 1, got 2");
    // A name ending in .txt is read as a local summary's text.
    QTest::newRow("text without highlights")
        << QStringLiteral("summary.txt") << QByteArray("Somewhere\n\nNo figures here.\n")
        << QStringLiteral(": end of file: expected the line \"Industrial Strategy highlights include:\", found no "
                          "more text");
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
