#pragma once

#include "readers/loadresult.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QStringList>

#include <memory>

class QTemporaryDir;

// The explorer's command line, declared once: parsed before any application object exists, so
// the options that need no window (help, version, listing and exporting charts) can choose a
// platform that needs no display.
class CommandLine final
{
public:
    CommandLine();
    ~CommandLine();
    CommandLine(const CommandLine &) = delete;
    CommandLine &operator=(const CommandLine &) = delete;

    // Parses arguments (argv as given); false with errorText() when they are not valid.
    bool parse(const QStringList &arguments);
    // The same, of main()'s argv: an argument whose bytes are not text in the locale's encoding (a
    // file name such as FF FE) is parsed as its shown name (ShownName::ofBytes) and remembered, so
    // that a FILE of that name is still opened by its bytes (openablePath()).
    bool parse(int argc, const char *const *argv);
    QString errorText() const { return m_parser.errorText(); }
    QCommandLineParser &parser() { return m_parser; }
    // Says errorText() on stderr; the status for a bad command line, 2.
    int refuseArguments() const;

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
    // A problem with what was given that the parser does not see: an argument whose bytes are not
    // text anywhere but as a FILE (an output must be named in text, or it would be written under
    // another name).
    std::optional<QString> undecodableProblem() const;

    // The path a reader opens for file (one of files()): file itself, or for a name whose bytes are
    // not text, a link to it in a folder of the program's own, named by its shown name (so that the
    // window's title shows that), made on first use.
    QString openablePath(const QString &file) const;
    // error, naming file as the user gave it rather than the link openablePath() made for it.
    LoadError namingTheFile(LoadError error, const QString &file) const;

private:
    // FILE's openablePath(), or the embedded factsheet's.
    QString inputPath() const;
    int listCharts() const;
    int exportChart() const;
    int exportTable() const;
    int exportJson() const;

    QCommandLineParser m_parser;
    // The shown name of each argument whose bytes are not text, and its bytes.
    QHash<QString, QByteArray> m_undecodable;
    mutable std::unique_ptr<QTemporaryDir> m_links;
    mutable QHash<QString, QString> m_linkOf; // shown name -> the link openablePath() made
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
    QCommandLineOption m_valueLabels;
    QCommandLineOption m_axis;
    QCommandLineOption m_exportTable;
    QCommandLineOption m_normalise;
    QCommandLineOption m_bom;
    QCommandLineOption m_resetSettings;
    QCommandLineOption m_exportJson;
};
