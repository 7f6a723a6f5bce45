#pragma once

#include <QRegularExpression>
#include <QString>
#include <QTest>
#include <QtGlobal>

// What a test prints is what its reader must read: nothing to learn to ignore. Every test calls
// TestOutput::watch() from its init(). The notes the offscreen platform prints for what it cannot
// do by design (it has no window manager to raise a window, grab the keyboard or take size hints)
// are dropped; any other warning fails the test function it comes in, unless that test expects
// it with QTest::ignoreMessage (QTest's handler, which this one passes on to, sees it first).
namespace TestOutput {

inline bool isExpectedPlatformNote(QtMsgType type, const QString &message)
{
    if (type != QtWarningMsg)
        return false;
    static const QString notes[] = {
        QStringLiteral("This plugin does not support propagateSizeHints()"),
        QStringLiteral("This plugin does not support raise()"),
        QStringLiteral("This plugin does not support grabbing the keyboard"),
        QStringLiteral("This plugin does not support grabbing the mouse"),
        QStringLiteral("This plugin does not support setting window opacity"),
    };
    for (const QString &note : notes) {
        if (message == note)
            return true;
    }
    return false;
}

inline QtMessageHandler &nextHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isExpectedPlatformNote(type, message))
        return;
    nextHandler()(type, context, message);
}

// From each test's init(): QTest installs its own message handler when it starts logging, so this
// one goes in front of it from the first test function on; and QTest forgets failOnWarning()
// after each test function, so it is asked again for every one.
inline void watch()
{
    if (!nextHandler())
        nextHandler() = qInstallMessageHandler(handleMessage);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

} // namespace TestOutput
