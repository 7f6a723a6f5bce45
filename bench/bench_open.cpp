// Opening a 1,000,000-line factsheet JSON (about 500 MB), the whole way a user does it, against the
// floor of reading it with QJsonDocument and copying the fields out, measured in the same run. Each
// measurement is a fresh process of its own, the floor's too (bench_open --floor-only FILE): run one
// after the other in one process, whichever came second paid for the memory the first had freed
// (a quarter more time, either way round).
//   read                FactsheetReader::readFile (checks, parse, validation; bench_open
//                       --read-only FILE) vs the floor;
//   first paint         factsheet-explorer --quit-after-first-paint FILE (the window with its
//                       progress, the file still opening) vs bench_baseline --quit-after-first-paint,
//                       the start-up row's baseline and target, and vs the explorer's own first paint on
//                       the embedded factsheet (the target: no later than that);
//   usable window       factsheet-explorer --quit-when-complete FILE (every view has painted the
//                       file's lines) vs the floor;
//   peak memory         the peak RSS of that run (/usr/bin/time) vs the file's size;
//   unknown member      the peak RSS of reading (--read-only) a valid factsheet that carries a large
//                       member the format does not name ("zzz": [1,1,1,...], issue 18) vs its size.
// The floor's own peak memory is reported beside it, measured in a child process of this program.
// With --compact, the file is written compact (as jq -c or Python's json.dump write it: no white
// space outside strings, about 0.6 of the indented size), and the rows say so.
#include "benchreport.h"
#include "generatedfactsheet.h"
#include "readers/factsheetreader.h"
#include "readers/factsheetwriter.h"
#include "uknumbers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>
#include <optional>
#include <vector>

namespace {

using BenchReport::note;

// The floor of a QJsonDocument design: the whole file read, parsed, and every field of every line
// copied into a FundingLine (no checks at all).
qint64 readWithQJsonDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonArray array = document.object().value(QLatin1String("fundingLines")).toArray();
    std::vector<FundingLine> lines;
    lines.reserve(static_cast<size_t>(array.size()));
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        FundingLine line;
        line.id = object.value(QLatin1String("id")).toString();
        line.title = object.value(QLatin1String("title")).toString();
        line.recipient = object.value(QLatin1String("recipient")).toString();
        line.purpose = object.value(QLatin1String("purpose")).toString();
        line.amount = static_cast<qint64>(object.value(QLatin1String("amount")).toDouble());
        line.amountQualifier = object.value(QLatin1String("amountQualifier")).toString();
        line.category = object.value(QLatin1String("category")).toString();
        line.location = object.value(QLatin1String("location")).toString();
        line.fund = object.value(QLatin1String("fund")).toString();
        line.scope = object.value(QLatin1String("scope")).toString() == QLatin1String("national") ? Scope::National
                                                                                                  : Scope::Local;
        line.quote = object.value(QLatin1String("quote")).toString();
        line.source = object.value(QLatin1String("source")).toString();
        lines.push_back(std::move(line));
    }
    return static_cast<qint64>(lines.size());
}

struct Run
{
    double ms = 0;
    double peakMegabytes = 0;
};

// The peak memory of a process comes from /usr/bin/time (Debian package time); without it, no memory row.
bool hasTime()
{
    return QFile::exists(QStringLiteral("/usr/bin/time"));
}

// One run of program with arguments under /usr/bin/time: wall time and peak RSS; nullopt (with a
// note) if it fails.
std::optional<Run> runTimed(const QString &program, const QStringList &arguments, const QString &rssFile)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    if (hasTime())
        process.start(QStringLiteral("/usr/bin/time"),
                      QStringList {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssFile, program}
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        note(QStringLiteral("bench_open: %1 %2 failed (%3)").arg(program, arguments.join(u' '), process.errorString()));
        return std::nullopt;
    }
    Run run;
    run.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QFile rss(rssFile);
    if (hasTime() && rss.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = rss.readAll().trimmed().split('\n');
        run.peakMegabytes = lines.last().toDouble() * 1024.0 / 1e6;
    }
    return run;
}

// `json` without white space outside its strings, as jq -c writes it.
QByteArray compacted(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype at = 0; at < json.size(); ++at) {
        const char c = json[at];
        if (inString && c == '\\') {
            out += c;
            out += json[++at]; // the escaped character, a quote included
            continue;
        }
        if (c == '"')
            inString = !inString;
        if (inString || (c != ' ' && c != '\n' && c != '\r' && c != '\t'))
            out += c;
    }
    return out;
}

// The embedded factsheet with a member the format does not name after its others, "zzz": [1,1,...],
// of about `megabytes` MB: written a piece at a time, so that this process stays small.
bool writeWithUnknownMember(const QString &path, int megabytes)
{
    QFile embedded(FactsheetReader::embeddedPath());
    if (!embedded.open(QIODevice::ReadOnly))
        return false;
    const QByteArray json = embedded.readAll();
    const qsizetype end = json.lastIndexOf('}');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.left(end)) != end || file.write(",\n  \"zzz\": [") < 0)
        return false;
    const QByteArray megabyte = QByteArray("1,").repeated(500'000);
    for (int i = 0; i < megabytes; ++i) {
        if (file.write(megabyte) != megabyte.size())
            return false;
    }
    return file.write("1]\n}\n") > 0;
}

void megabyteRow(const QString &measurement, double ours, double baseline, double target)
{
    const double ratio = baseline > 0 ? ours / baseline : 0;
    BenchReport::textRow(measurement, QStringLiteral("%1 MB").arg(ours, 0, 'f', 0),
                         QStringLiteral("%1 MB").arg(baseline, 0, 'f', 0), QStringLiteral("%1x").arg(ratio, 0, 'f', 2),
                         QStringLiteral("<= %1x").arg(target, 0, 'f', 1),
                         ratio <= target ? QStringLiteral("yes") : QStringLiteral("NO"));
}

// Reads a valid document of `megabytes` MB, most of it one member the format does not name, in a
// process of its own (bench_open --read-only), and reports its peak RSS against the file's size.
bool unknownMemberRow(const QTemporaryDir &directory, int megabytes, int repeats)
{
    const QString path = directory.filePath(QStringLiteral("unknown-member.json"));
    if (!writeWithUnknownMember(path, megabytes)) {
        note(QStringLiteral("bench_open: cannot write %1").arg(path));
        return false;
    }
    const double fileMegabytes = static_cast<double>(QFileInfo(path).size()) / 1e6;
    std::vector<double> peaks;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const std::optional<Run> read
            = runTimed(QCoreApplication::applicationFilePath(), QStringList {QStringLiteral("--read-only"), path},
                       directory.filePath(QStringLiteral("rss")));
        if (!read)
            return false;
        peaks.push_back(read->peakMegabytes);
    }
    megabyteRow(QStringLiteral("read JSON of %1 MB, nearly all a member the format does not name: peak RSS (vs file "
                               "size)")
                    .arg(UkNumbers::count(qRound64(fileMegabytes))),
                BenchReport::median(peaks), fileMegabytes, 4.0);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opening a large factsheet JSON in the explorer against the QJsonDocument floor, in the same run."));
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Funding lines in the file."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Runs per measurement."),
                                           QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption floorOption(QStringLiteral("floor-only"),
                                         QStringLiteral("Only read FILE the floor's way (used by this benchmark)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption readOption(QStringLiteral("read-only"),
                                        QStringLiteral("Only read FILE our way (used by this benchmark)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         QStringLiteral("Only write the generated file to FILE (for profiling)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption unknownOption(
        QStringLiteral("unknown-megabytes"),
        QStringLiteral("Size of the document with a large unknown member (0: no such row)."), QStringLiteral("MB"),
        QStringLiteral("100"));
    const QCommandLineOption compactOption(QStringLiteral("compact"),
                                           QStringLiteral("Write the generated file compact, as jq -c does."));
    const QCommandLineOption unknownOnlyOption(QStringLiteral("unknown-only"),
                                               QStringLiteral("Only the row of the document with an unknown member."));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Open FILE (one --write made) instead of generating one."),
                                        QStringLiteral("FILE"));
    parser.addOptions({linesOption, repeatsOption, floorOption, readOption, writeOption, fileOption, unknownOption,
                       unknownOnlyOption, compactOption});
    parser.process(app);
    if (parser.isSet(floorOption))
        return readWithQJsonDocument(parser.value(floorOption)) > 0 ? 0 : 1;
    if (parser.isSet(readOption)) {
        const FactsheetLoadResult result = FactsheetReader::readFile(parser.value(readOption));
        if (!result.ok())
            note(QStringLiteral("bench_open: %1").arg(result.error().text()));
        return result.ok() ? 0 : 1;
    }

    const QString buildDir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(".."));
    const QString explorer = QDir(buildDir).filePath(QStringLiteral("app/factsheet-explorer"));
    const QString baseline = QDir(buildDir).filePath(QStringLiteral("bench/bench_baseline"));

    const int lineCount = std::max(1, parser.value(linesOption).toInt());
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    QTemporaryDir directory;
    const int unknownMegabytes = std::max(0, parser.value(unknownOption).toInt());
    // Measured first, as it is small: the main rows' file need not exist yet.
    if (unknownMegabytes > 0 && hasTime() && !unknownMemberRow(directory, unknownMegabytes, repeats))
        return 1;
    if (parser.isSet(unknownOnlyOption))
        return 0;
    QString path
        = parser.isSet(writeOption) ? parser.value(writeOption) : directory.filePath(QStringLiteral("generated.json"));
    const QString rssFile = directory.filePath(QStringLiteral("rss"));
    qint64 fileSize = QFileInfo(parser.value(fileOption)).size();
    if (parser.isSet(fileOption)) {
        path = parser.value(fileOption);
    } else {
        QElapsedTimer timer;
        timer.start();
        QByteArray json = FactsheetWriter::toJson(GeneratedFactsheet::embeddedWithLines(lineCount));
        if (parser.isSet(compactOption))
            json = compacted(json);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            note(QStringLiteral("bench_open: cannot write %1").arg(path));
            return 1;
        }
        fileSize = json.size();
        note(QStringLiteral("bench_open: %1 funding lines, %2 bytes, written in %3 ms")
                 .arg(UkNumbers::count(lineCount), UkNumbers::count(fileSize))
                 .arg(timer.elapsed()));
    }
    if (parser.isSet(writeOption))
        return 0;

    std::vector<double> ourPaints;
    std::vector<double> basePaints;
    std::vector<double> embeddedPaints;
    std::vector<double> usable;
    std::vector<double> peaks;
    std::vector<double> floorPeaks;
    std::vector<double> floors;
    std::vector<double> reads;
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList firstPaint {QStringLiteral("--quit-after-first-paint")};
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const std::optional<Run> base = runTimed(baseline, firstPaint, rssFile);
        const std::optional<Run> embedded = runTimed(explorer, firstPaint, rssFile);
        const std::optional<Run> ours = runTimed(explorer, firstPaint + QStringList {path}, rssFile);
        const std::optional<Run> whole
            = runTimed(explorer, QStringList {QStringLiteral("--quit-when-complete"), path}, rssFile);
        const std::optional<Run> floorRun = runTimed(self, QStringList {QStringLiteral("--floor-only"), path}, rssFile);
        const std::optional<Run> read = runTimed(self, QStringList {QStringLiteral("--read-only"), path}, rssFile);
        if (!base || !embedded || !ours || !whole || !floorRun || !read)
            return 1;
        floors.push_back(floorRun->ms);
        reads.push_back(read->ms);
        basePaints.push_back(base->ms);
        embeddedPaints.push_back(embedded->ms);
        ourPaints.push_back(ours->ms);
        usable.push_back(whole->ms);
        peaks.push_back(whole->peakMegabytes);
        floorPeaks.push_back(floorRun->peakMegabytes);
    }
    const double floor = BenchReport::median(floors);
    // A file given is not counted (that would be a read of its own): named by its size.
    const QString size = parser.isSet(fileOption)
        ? QStringLiteral("of %1 MB").arg(UkNumbers::count(fileSize / 1'000'000))
        : QStringLiteral("%1 lines%2")
              .arg(UkNumbers::count(lineCount), parser.isSet(compactOption) ? QStringLiteral(" compact") : QString());
    BenchReport::ratioRow(
        QStringLiteral("read JSON %1, a process that only reads it (vs QJsonDocument floor)").arg(size),
        BenchReport::median(reads), floor, 0.5);
    // The target: the first paint of a large file comes as soon as that of the embedded factsheet.
    BenchReport::ratioRow(QStringLiteral("open JSON %1: first paint, progress shown (vs baseline start-up)").arg(size),
                          BenchReport::median(ourPaints), BenchReport::median(basePaints), 1.2);
    BenchReport::ratioRow(
        QStringLiteral("open JSON %1: first paint, progress shown (vs the explorer's on the embedded factsheet)")
            .arg(size),
        BenchReport::median(ourPaints), BenchReport::median(embeddedPaints), 1.1);
    BenchReport::ratioRow(QStringLiteral("open JSON %1: usable window (vs QJsonDocument floor)").arg(size),
                          BenchReport::median(usable), floor, 0.5);
    const QString memory = QStringLiteral("open JSON %1: peak RSS (vs file size)").arg(size);
    if (!hasTime()) {
        BenchReport::textRow(memory, QStringLiteral("no /usr/bin/time"), QStringLiteral("-"), QStringLiteral("-"),
                             QStringLiteral("<= 4.0x"), QStringLiteral("-"));
        return 0;
    }
    megabyteRow(memory, BenchReport::median(peaks), static_cast<double>(fileSize) / 1e6, 4.0);
    note(QStringLiteral("bench_open: the floor's own peak RSS: %1 MB").arg(BenchReport::median(floorPeaks), 0, 'f', 0));
    return 0;
}
