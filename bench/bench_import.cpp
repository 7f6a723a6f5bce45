// Importing at 100 MB scale: FactsheetReader::readFile on a generated factsheet JSON and on a
// generated local-summary text (the shipped summary with generated highlights), each about 100 MB,
// against reading the same file and splitting it into lines (QFile::readAll, then
// QByteArray::split('\n')) in the same run.
#include "benchreport.h"
#include "generatedfactsheet.h"
#include "readers/factsheetloader.h"
#include "readers/factsheetreader.h"
#include "readers/localsummarytext.h"
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

// The shipped local summary's text with generated highlights after its own, about megabytes in
// size: the layout the text reader follows, at a size no real summary has.
QByteArray generatedText(double megabytes, int &lineCount)
{
    QFile embedded(QStringLiteral(":/factsheet/source/stoke-on-trent-and-staffordshire.txt"));
    if (!embedded.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = embedded.readAll();
    const QByteArray heading
        = QByteArray(LocalSummaryText::highlightsHeading.data(), LocalSummaryText::highlightsHeading.size()) + "\n\n";
    const qsizetype insertAt = text.indexOf(heading) + heading.size();

    const std::vector<FundingLine> sample = GeneratedFactsheet::fundingLines(1000, GeneratedFactsheet::defaultSeed);
    qsizetype sampleBytes = 0;
    for (const FundingLine &line : sample)
        sampleBytes += line.source.toUtf8().size() + 2;
    const int count = static_cast<int>(megabytes * 1e6 / (static_cast<double>(sampleBytes) / 1000.0));

    QByteArray highlights;
    highlights.reserve(static_cast<qsizetype>(megabytes * 1.1e6));
    for (const FundingLine &line : GeneratedFactsheet::fundingLines(count, GeneratedFactsheet::defaultSeed))
        highlights += line.source.toUtf8() + "\n\n";
    text.insert(insertAt, highlights);
    lineCount = count + 5; // and the summary's own: three highlights, the case study's, the national one
    return text;
}

volatile qint64 g_sink = 0;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return !data.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Median milliseconds of loading path and of reading and splitting it, alternating, repeats times
// each; false (with a note) if the file does not load whole.
bool measure(const QString &path, int lineCount, int repeats, double &load, double &floor)
{
    std::vector<double> loads;
    std::vector<double> splits;
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
        const FactsheetLoadResult result = FactsheetReader::readFile(path);
        loads.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!result.ok()) {
            note(QStringLiteral("bench_import: the generated file does not load: %1").arg(result.error().text()));
            return false;
        }
        if (static_cast<int>(result.factsheet().fundingLines.size()) != lineCount) {
            note(QStringLiteral("bench_import: %1 lines loaded of %2 from %3")
                     .arg(result.factsheet().fundingLines.size())
                     .arg(lineCount)
                     .arg(path));
            return false;
        }
        if (repeat % 2 == 1)
            split();
    }
    load = BenchReport::median(loads);
    floor = BenchReport::median(splits);
    return true;
}

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
    const double megabytesAsked = parser.value(sizeOption).toDouble();
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    struct Format
    {
        QString name;
        QString fileName;
        QByteArray (*generate)(double, int &);
    };
    const Format formats[] = {{QStringLiteral("JSON"), QStringLiteral("generated.json"), &generatedJson},
                              {QStringLiteral("text"), QStringLiteral("generated.txt"), &generatedText}};
    for (const Format &format : formats) {
        const QString path = directory.filePath(format.fileName);
        int lineCount = 0;
        QElapsedTimer timer;
        timer.start();
        const QByteArray data = format.generate(megabytesAsked, lineCount);
        if (!writeFile(path, data)) {
            note(QStringLiteral("bench_import: cannot write %1").arg(path));
            return 1;
        }
        note(QStringLiteral("bench_import: %1: %2 bytes, %3 funding lines, written in %4 ms")
                 .arg(format.fileName, UkNumbers::count(data.size()), UkNumbers::count(lineCount))
                 .arg(timer.elapsed()));
        const double megabytes = static_cast<double>(data.size()) / 1e6;
        double load = 0;
        double floor = 0;
        if (!measure(path, lineCount, repeats, load, floor))
            return 1;
        // Per line as well as per byte: a text line is about a fifth of a JSON one.
        note(QStringLiteral("  %1 import: %2 MB/s, %3 funding lines/s; read and split: %4 MB/s")
                 .arg(format.name)
                 .arg(megabytes / load * 1000, 0, 'f', 0)
                 .arg(UkNumbers::count(static_cast<qint64>(lineCount / load * 1000)))
                 .arg(megabytes / floor * 1000, 0, 'f', 0));
        BenchReport::ratioRow(
            QStringLiteral("import %1 %2 MB (vs readAll + split)").arg(format.name).arg(megabytes, 0, 'f', 0), load,
            floor, 0);
    }
    return 0;
}
