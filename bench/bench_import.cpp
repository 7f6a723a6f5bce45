// Importing at 100 MB scale: FactsheetLoader::loadFile on a generated factsheet JSON of about
// 100 MB, against reading the same file and splitting it into lines (QFile::readAll, then
// QByteArray::split('\n')) in the same run. The app has no text importer yet, so only JSON is timed.
#include "benchreport.h"
#include "factsheetloader.h"
#include "generatedfactsheet.h"
#include "uknumbers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <vector>

namespace {

using BenchReport::note;

QJsonObject lineObject(const FundingLine &line)
{
    QJsonObject object {
        {QStringLiteral("id"), line.id},
        {QStringLiteral("title"), line.title},
        {QStringLiteral("purpose"), line.purpose},
        {QStringLiteral("amount"), static_cast<double>(line.amount)},
        {QStringLiteral("category"), line.category},
        {QStringLiteral("scope"), line.scope == Scope::National ? QStringLiteral("national") : QStringLiteral("local")},
        {QStringLiteral("quote"), line.quote},
        {QStringLiteral("source"), line.source}};
    // Optional fields are left out where empty, as in the embedded factsheet.
    const std::pair<QString, const QString *> optional[] = {{QStringLiteral("recipient"), &line.recipient},
                                                            {QStringLiteral("amountQualifier"), &line.amountQualifier},
                                                            {QStringLiteral("location"), &line.location},
                                                            {QStringLiteral("fund"), &line.fund}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            object.insert(key, *value);
    }
    return object;
}

// The embedded factsheet with its funding lines followed by generated ones, indented as people
// write it, about megabytes in size.
QByteArray generatedJson(double megabytes, int &lineCount)
{
    QFile embedded(FactsheetLoader::embeddedPath());
    if (!embedded.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(embedded.readAll()).object();
    QJsonArray lines = root.value(QStringLiteral("fundingLines")).toArray();

    // Size one line as written, then make as many as the size asks for.
    const std::vector<FundingLine> sample = GeneratedFactsheet::fundingLines(1000, GeneratedFactsheet::defaultSeed);
    QJsonArray sampleArray;
    for (const FundingLine &line : sample)
        sampleArray.append(lineObject(line));
    // Nested as deep as in the file, so the indentation counts too.
    const QJsonObject sampleRoot {{QStringLiteral("fundingLines"), sampleArray}};
    const double bytesPerLine = static_cast<double>(QJsonDocument(sampleRoot).toJson().size()) / 1000.0;
    const int count = static_cast<int>(megabytes * 1e6 / bytesPerLine);

    for (const FundingLine &line : GeneratedFactsheet::fundingLines(count, GeneratedFactsheet::defaultSeed))
        lines.append(lineObject(line));
    lineCount = static_cast<int>(lines.size());
    root.insert(QStringLiteral("fundingLines"), lines);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

volatile qint64 g_sink = 0;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Factsheet JSON import against reading and splitting the same file, in the same run."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("megabytes"), QStringLiteral("Size of the generated file."),
                                        QStringLiteral("MB"), QStringLiteral("100"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Runs per measurement."),
                                           QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({sizeOption, repeatsOption});
    parser.process(app);

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("generated.json"));
    int lineCount = 0;
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray json = generatedJson(parser.value(sizeOption).toDouble(), lineCount);
        QFile file(path);
        if (json.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            note(QStringLiteral("bench_import: cannot write %1").arg(path));
            return 1;
        }
        note(QStringLiteral("bench_import: %1 bytes, %2 funding lines, written in %3 ms")
                 .arg(UkNumbers::count(json.size()), UkNumbers::count(lineCount))
                 .arg(timer.elapsed()));
    }
    const double megabytes = static_cast<double>(QFile(path).size()) / 1e6;

    std::vector<double> loads;
    std::vector<double> splits;
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const auto split = [&] {
            QElapsedTimer timer;
            timer.start();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = file.readAll().split('\n');
                g_sink = g_sink + lines.size();
            }
            splits.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        };
        // Alternate which goes first, so drift hits both alike.
        if (repeat % 2 == 0)
            split();
        QElapsedTimer timer;
        timer.start();
        const FactsheetLoadResult result = FactsheetLoader::loadFile(path);
        loads.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!result.ok()) {
            note(QStringLiteral("bench_import: the generated file does not load: %1").arg(result.error().text()));
            return 1;
        }
        if (static_cast<int>(result.factsheet().fundingLines.size()) != lineCount)
            note(QStringLiteral("bench_import: warning: %1 lines loaded of %2")
                     .arg(result.factsheet().fundingLines.size())
                     .arg(lineCount));
        if (repeat % 2 == 1)
            split();
    }

    const double load = BenchReport::median(loads);
    const double floor = BenchReport::median(splits);
    note(QStringLiteral("  JSON import: %1 MB/s; read and split: %2 MB/s")
             .arg(megabytes / load * 1000, 0, 'f', 0)
             .arg(megabytes / floor * 1000, 0, 'f', 0));
    BenchReport::ratioRow(QStringLiteral("import JSON %1 MB (vs readAll + split)").arg(megabytes, 0, 'f', 0), load,
                          floor, 0);
    BenchReport::textRow(QStringLiteral("import text %1 MB").arg(megabytes, 0, 'f', 0),
                         QStringLiteral("no text importer yet"), QStringLiteral("-"), QStringLiteral("-"),
                         QStringLiteral("-"), QStringLiteral("-"));
    return 0;
}
