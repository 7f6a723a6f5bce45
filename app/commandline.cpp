#include "commandline.h"

#include "chartexport.h"
#include "charttheme.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "normalisation.h"
#include "outputfile.h"
#include "readers/factsheetreader.h"
#include "readers/factsheetwriter.h"
#include "shownname.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cerrno>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// One line on stderr, "factsheet-explorer: …", as every message of ours; whatever it quotes of
// what it was given (a name, a chart, an option) cannot break the line or drive the terminal.
int fail(const QString &message, int status = 1)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << ShownName::of(message) << '\n';
    return status;
}

// The current folder's bytes, for a link to a relative name that is not text.
QByteArray currentFolder()
{
    QByteArray folder(4096, '\0');
    while (::getcwd(folder.data(), static_cast<size_t>(folder.size())) == nullptr) {
        if (errno != ERANGE)
            return {};
        folder.resize(folder.size() * 2);
    }
    return QByteArray(folder.constData()); // up to its NUL
}

} // namespace

CommandLine::CommandLine()
    : m_quitAfterFirstPaint(QStringLiteral("quit-after-first-paint"),
                            tr("Diagnostics: exit as soon as the main window has painted once (for measuring "
                               "start-up).")),
      m_quitWhenComplete(QStringLiteral("quit-when-complete"),
                         tr("Diagnostics: exit once every view, the charts included, has painted (for measuring a "
                            "complete start-up).")),
      m_listCharts(QStringLiteral("list-charts"),
                   tr("Print the names of the charts that can be exported, one a line.")),
      m_exportChart(QStringLiteral("export-chart"),
                    tr("Export chart NAME (see --list-charts) to the file given by --output, without a window; the "
                       "format follows its extension: .png, .svg or .pdf."),
                    QStringLiteral("NAME")),
      m_output(QStringLiteral("output"), tr("The file --export-chart writes."), QStringLiteral("OUT")),
      m_size(QStringLiteral("size"), tr("The exported chart's size in logical pixels (default 1920x1080)."),
             QStringLiteral("WxH"), QStringLiteral("1920x1080")),
      m_scale(QStringLiteral("scale"), tr("Pixels per logical pixel of an exported PNG, 1 to 4 (default 1)."),
              QStringLiteral("N"), QStringLiteral("1")),
      m_theme(QStringLiteral("theme"),
              tr("The exported chart's theme: window, presentation or print (default "
                 "presentation)."),
              QStringLiteral("THEME"), QStringLiteral("presentation")),
      m_palette(QStringLiteral("palette"), tr("The bars' colours: default or okabe-ito (colour-blind safe)."),
                QStringLiteral("PALETTE"), QStringLiteral("default")),
      m_transparent(QStringLiteral("transparent"), tr("Export a PNG with a transparent background.")),
      m_valueLabels(QStringLiteral("value-labels"),
                    tr("Money on the exported chart's labels and axis: exact (\"£2,600,000\") or short, as the "
                       "summary prints it (\"£2.6m\"); default short for the presentation theme, exact for the "
                       "others."),
                    QStringLiteral("STYLE")),
      m_axis(QStringLiteral("axis"),
             tr("The exported chart's value axis: linear or log (decades, for lines of very different size; "
                "default linear)."),
             QStringLiteral("SCALE"), QStringLiteral("linear")),
      m_exportTable(QStringLiteral("export-table"),
                    tr("Write every funding line, in document order, to OUT as CSV (RFC 4180, UTF-8), without a "
                       "window."),
                    QStringLiteral("OUT.csv")),
      m_normalise(QStringLiteral("normalise"),
                  tr("With --export-table, one more column of the amounts set against the area: absolute, "
                     "per-resident, per-business, per-1000-employed or share-of-local-total."),
                  QStringLiteral("NAME"), QStringLiteral("absolute")),
      m_bom(QStringLiteral("bom"), tr("With --export-table, begin the CSV with a byte-order mark (for Excel).")),
      m_resetSettings(QStringLiteral("reset-settings"),
                      tr("Forget the remembered window layout, table, selection, colours and export choices, and "
                         "start from the defaults.")),
      m_exportJson(QStringLiteral("export-json"),
                   tr("Save the factsheet (FILE, or the embedded one) as a factsheet JSON document at OUT (a "
                      ".json file), notes included, without a window."),
                   QStringLiteral("OUT"))
{
    m_parser.setApplicationDescription(
        tr("Explore an Industrial Strategy local summary: funding lines, labour-market figures and its case study. "
           "Opens the embedded Stoke-on-Trent & Staffordshire factsheet unless FILE is given."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("FILE"),
                                   tr("A factsheet to open (optional): a factsheet JSON file, the text of a local "
                                      "summary (*.txt) or its PDF. Put -- before a FILE whose name begins with -."),
                                   QStringLiteral("[FILE]"));
    m_parser.addOptions({m_quitAfterFirstPaint, m_quitWhenComplete, m_listCharts, m_exportChart, m_output, m_size,
                         m_scale, m_theme, m_palette, m_transparent, m_valueLabels, m_axis, m_exportTable, m_normalise,
                         m_bom, m_resetSettings, m_exportJson});
}

CommandLine::~CommandLine() = default;

bool CommandLine::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

bool CommandLine::parse(int argc, const char *const *argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        const QString text = QFile::decodeName(bytes);
        if (QFile::encodeName(text) == bytes) {
            arguments << text;
            continue;
        }
        const QString shown = ShownName::ofBytes(bytes);
        m_undecodable.insert(shown, bytes);
        arguments << shown;
    }
    return parse(arguments);
}

int CommandLine::refuseArguments() const
{
    return fail(tr("%1 (see --help)").arg(m_parser.errorText()), 2);
}

std::optional<QString> CommandLine::undecodableProblem() const
{
    const QStringList files = this->files();
    for (auto it = m_undecodable.cbegin(); it != m_undecodable.cend(); ++it) {
        if (!files.contains(it.key()))
            return tr("%1: not text in UTF-8; only a FILE to open may have a name that is not").arg(it.key());
    }
    return std::nullopt;
}

QString CommandLine::openablePath(const QString &file) const
{
    const auto bytes = m_undecodable.constFind(file);
    if (bytes == m_undecodable.cend())
        return file;
    if (const auto made = m_linkOf.constFind(file); made != m_linkOf.cend())
        return *made;
    // Qt names files in UTF-8 text, in which these bytes cannot be written: the reader opens a
    // link of a name that can, leading to the bytes as given.
    if (!m_links)
        m_links = std::make_unique<QTemporaryDir>();
    const QByteArray target = bytes->startsWith('/') ? *bytes : currentFolder() + '/' + *bytes;
    QString link = QDir(m_links->path()).filePath(QFileInfo(file).fileName());
    if (!m_links->isValid() || ::symlink(target.constData(), QFile::encodeName(link).constData()) != 0)
        return file; // then it cannot be opened, and the reader says so under its shown name
    m_linkOf.insert(file, link);
    return link;
}

LoadError CommandLine::namingTheFile(LoadError error, const QString &file) const
{
    if (error.file == openablePath(file))
        error.file = file;
    return error;
}

bool CommandLine::wantsHelpOrVersion() const
{
    return m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))
        || m_parser.isSet(QStringLiteral("version"));
}

bool CommandLine::isHeadless() const
{
    return m_parser.isSet(m_listCharts) || m_parser.isSet(m_exportChart) || m_parser.isSet(m_exportTable)
        || m_parser.isSet(m_exportJson);
}

int CommandLine::runHeadless() const
{
    if (files().size() > 1)
        return fail(tr("give at most one FILE"), 2);
    if (const std::optional<QString> problem = undecodableProblem())
        return fail(*problem, 2);
    const int asked = int(m_parser.isSet(m_listCharts)) + int(m_parser.isSet(m_exportChart))
        + int(m_parser.isSet(m_exportTable)) + int(m_parser.isSet(m_exportJson));
    if (asked > 1)
        return fail(tr("give one of --list-charts, --export-chart, --export-table and --export-json"), 2);
    if (m_parser.isSet(m_exportTable))
        return exportTable();
    if (m_parser.isSet(m_exportJson))
        return exportJson();
    return m_parser.isSet(m_listCharts) ? listCharts() : exportChart();
}

QString CommandLine::inputPath() const
{
    return files().isEmpty() ? FactsheetReader::embeddedPath() : openablePath(files().first());
}

int CommandLine::listCharts() const
{
    // The file is read all the same: a listing for a file that cannot be opened would mislead.
    if (!files().isEmpty()) {
        FactsheetModel model;
        if (const std::optional<LoadError> error = FactsheetDocument(&model).open(openablePath(files().first())))
            return fail(namingTheFile(*error, files().first()).text());
    }
    QTextStream out(stdout);
    for (const QString &name : ChartExport::chartNames())
        out << name << '\n';
    return 0;
}

int CommandLine::exportTable() const
{
    const QString output = m_parser.value(m_exportTable);
    if (QFileInfo(output).suffix().toLower() != QLatin1String("csv")) {
        const QString suffix = QFileInfo(output).suffix();
        return fail(tr("%1: unknown extension %2; expected .csv")
                        .arg(output, suffix.isEmpty() ? tr("(none)") : QStringLiteral("\".%1\"").arg(suffix)),
                    2);
    }
    const std::optional<Normalisation> normalisation = Normalisations::fromName(m_parser.value(m_normalise));
    if (!normalisation)
        return fail(tr("unknown normalisation \"%1\"; expected one of: %2")
                        .arg(m_parser.value(m_normalise), Normalisations::names().join(QStringLiteral(", "))),
                    2);
    if (const std::optional<QString> problem = OutputFile::check(output))
        return fail(*problem, 2);

    FactsheetModel model;
    if (const std::optional<LoadError> error = FactsheetDocument(&model).open(inputPath()))
        return fail(namingTheFile(*error, files().value(0)).text());
    model.setNormalisation(*normalisation);
    if (const std::optional<QString> problem
        = OutputFile::save(output, TableExport::csv(&model, m_parser.isSet(m_bom))))
        return fail(*problem);
    return 0;
}

int CommandLine::exportChart() const
{
    ChartExport::Settings settings;
    settings.chart = m_parser.value(m_exportChart);
    settings.theme = m_parser.value(m_theme);
    settings.transparent = m_parser.isSet(m_transparent);
    const QString output = m_parser.value(m_output);
    if (output.isEmpty())
        return fail(tr("--export-chart needs --output OUT (a .png, .svg or .pdf file)"), 2);
    const std::optional<QSize> size = ChartExport::parseSize(m_parser.value(m_size));
    if (!size)
        return fail(tr("--size %1: expected WIDTHxHEIGHT, each a whole number of pixels from 1 to %2")
                        .arg(m_parser.value(m_size))
                        .arg(ChartExport::maxSide),
                    2);
    settings.size = *size;
    bool scaleOk = false;
    settings.scale = m_parser.value(m_scale).toInt(&scaleOk);
    if (!scaleOk || settings.scale < 1 || settings.scale > ChartExport::maxScale)
        return fail(tr("--scale %1: expected a whole number from 1 to %2")
                        .arg(m_parser.value(m_scale))
                        .arg(ChartExport::maxScale),
                    2);
    const std::optional<ChartPalette> palette = ChartTheme::paletteFromName(m_parser.value(m_palette));
    if (!palette)
        return fail(tr("unknown palette \"%1\"; expected one of: %2")
                        .arg(m_parser.value(m_palette), ChartTheme::paletteNames().join(QStringLiteral(", "))),
                    2);
    settings.palette = *palette;
    if (m_parser.isSet(m_valueLabels)) {
        settings.valueLabels = ValueLabels::styleFromName(m_parser.value(m_valueLabels));
        if (!settings.valueLabels)
            return fail(tr("unknown value labels \"%1\"; expected one of: %2")
                            .arg(m_parser.value(m_valueLabels), ValueLabels::styleNames().join(QStringLiteral(", "))),
                        2);
    }
    const std::optional<ValueAxisScale> axis = ChartTheme::axisFromName(m_parser.value(m_axis));
    if (!axis)
        return fail(tr("unknown axis \"%1\"; expected one of: %2")
                        .arg(m_parser.value(m_axis), ChartTheme::axisNames().join(QStringLiteral(", "))),
                    2);
    settings.axis = *axis;
    if (const std::optional<QString> problem = ChartExport::check(settings, output))
        return fail(*problem, 2);

    FactsheetModel model;
    if (const std::optional<LoadError> error = FactsheetDocument(&model).open(inputPath()))
        return fail(namingTheFile(*error, files().value(0)).text());
    if (const std::optional<QString> problem = ChartExport::write(&model, settings, output))
        return fail(*problem);
    return 0;
}

int CommandLine::exportJson() const
{
    // The output is checked before the file is read: a long read must not end in a mistyped name.
    const QString output = m_parser.value(m_exportJson);
    const QFileInfo file(output);
    if (file.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
        return fail(
            tr("%1: unknown extension %2; expected .json")
                .arg(output, file.suffix().isEmpty() ? tr("(none)") : QStringLiteral("\".%1\"").arg(file.suffix())),
            2);
    if (const std::optional<QString> problem = OutputFile::check(output))
        return fail(*problem, 2);

    const FactsheetLoadResult result = FactsheetReader::readFile(inputPath());
    if (!result.ok())
        return fail(namingTheFile(result.error(), files().value(0)).text());
    if (const std::optional<QString> problem = FactsheetWriter::save(result.factsheet(), output))
        return fail(*problem);
    return 0;
}
