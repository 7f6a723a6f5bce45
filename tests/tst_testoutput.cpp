// The suite's own output rule (testoutput.h): the offscreen platform's notes are dropped, and any
// other warning fails the test function it comes in. The second half is run by CTest as a test
// that must fail (WILL_FAIL), so the rule itself is checked, not assumed.
#include "testoutput.h"

#include <QTest>

class TestTestOutput final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void platformNotes_data();
    void platformNotes();
    void expectedWarningPasses();
    void unexpectedWarningFails();
};

void TestTestOutput::init()
{
    TestOutput::watch();
}

void TestTestOutput::platformNotes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("expected");
    QTest::newRow("size hints") << int(QtWarningMsg)
                                << QStringLiteral("This plugin does not support propagateSizeHints()") << true;
    QTest::newRow("raise") << int(QtWarningMsg) << QStringLiteral("This plugin does not support raise()") << true;
    QTest::newRow("keyboard grab") << int(QtWarningMsg)
                                   << QStringLiteral("This plugin does not support grabbing the keyboard") << true;
    QTest::newRow("as a debug message") << int(QtDebugMsg) << QStringLiteral("This plugin does not support raise()")
                                        << false;
    QTest::newRow("longer") << int(QtWarningMsg)
                            << QStringLiteral("This plugin does not support raise() of this window") << false;
    QTest::newRow("runtime dir") << int(QtWarningMsg)
                                 << QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to "
                                                   "'/tmp/runtime-root'")
                                 << false;
}

void TestTestOutput::platformNotes()
{
    QFETCH(int, type);
    QFETCH(QString, message);
    QFETCH(bool, expected);
    QCOMPARE(TestOutput::isExpectedPlatformNote(static_cast<QtMsgType>(type), message), expected);
    if (expected)
        qWarning("%s", qPrintable(message)); // dropped: this test function still passes
}

void TestTestOutput::expectedWarningPasses()
{
    QTest::ignoreMessage(QtWarningMsg, "a warning this test expects");
    qWarning("a warning this test expects");
}

void TestTestOutput::unexpectedWarningFails()
{
    // Only ever run alone, by the CTest entry that must fail.
    if (!qEnvironmentVariableIsSet("FACTSHEET_EXPECT_FAILURE"))
        QSKIP("run by tst_testoutput_fails");
    qWarning("a warning nobody expects");
}

QTEST_GUILESS_MAIN(TestTestOutput)
#include "tst_testoutput.moc"
