#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

// The explorer's command line, declared once: parsed before any application object exists, so
// the options that need no window (help, version, listing and exporting charts) can choose a
// platform that needs no display.
class CommandLine final
{
public:
    CommandLine();

    // Parses arguments (argv as given); false with errorText() when they are not valid.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }
    QCommandLineParser &parser() { return m_parser; }

    bool wantsHelpOrVersion() const;
    // Work done without a window: it runs on the offscreen platform unless one is chosen.
    bool isHeadless() const;

    // Runs the headless work (Q(Gui)Application exists) and returns the exit status.
    int runHeadless() const;

    bool quitsAfterFirstPaint() const { return m_parser.isSet(m_quitAfterFirstPaint); }
    bool quitsWhenComplete() const { return m_parser.isSet(m_quitWhenComplete); }
    // Forget every remembered setting before anything else; needs no display.
    bool resetsSettings() const { return m_parser.isSet(m_resetSettings); }
    QStringList files() const { return m_parser.positionalArguments(); }

private:
    int listCharts() const;
    int exportChart() const;
    int exportTable() const;
    int exportJson() const;

    QCommandLineParser m_parser;
    QCommandLineOption m_quitAfterFirstPaint;
    QCommandLineOption m_quitWhenComplete;
    QCommandLineOption m_listCharts;
    QCommandLineOption m_exportChart;
    QCommandLineOption m_output;
    QCommandLineOption m_size;
    QCommandLineOption m_scale;
    QCommandLineOption m_theme;
    QCommandLineOption m_palette;
    QCommandLineOption m_transparent;
    QCommandLineOption m_exportTable;
    QCommandLineOption m_normalise;
    QCommandLineOption m_bom;
    QCommandLineOption m_resetSettings;
    QCommandLineOption m_exportJson;
};
