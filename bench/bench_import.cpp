// Importing at 100 MB scale: FactsheetReader::readFile on a generated factsheet JSON and on a
// generated local-summary text (the shipped summary with generated highlights), each about 100 MB,
// against reading the same file and splitting it into lines (QFile::readAll, then
// QByteArray::split('\n')) in the same run.
// Importing a summary's PDF: FactsheetReader::readFile on a one-page, two-column PDF of the
// shipped summary written here (the helper process, its layout and the text reader), against
// Poppler's own text extraction of the same file, in this process and as pdftotext's process.
#include "benchreport.h"
#include "generatedfactsheet.h"
#include "generatedpdf.h"
#include "readers/factsheetreader.h"
#include "readers/localsummarytext.h"
#include "readers/pdfreader.h"
#include "uknumbers.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <poppler-qt6.h>

#include <algorithm>
#include <functional>
#include <memory>
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
    QFile embedded(FactsheetReader::embeddedPath());
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

const QString shippedSummaryPath = QStringLiteral(":/factsheet/source/stoke-on-trent-and-staffordshire.txt");

// The shipped summary laid out as its published PDF is, on one A4 page: the name, the
// introduction, the highlights and the labour market in the left column; from the area's figures
// on (the case study, the closing lines) in the right; 8-point DejaVu Sans. Needs a
// QGuiApplication; empty if the text cannot be read.
QByteArray summaryPdf()
{
    QFile source(shippedSummaryPath);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QStringList paragraphs;
    for (const QString &line : QString::fromUtf8(source.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            paragraphs.append(line.trimmed());
    }
    qsizetype rightStart = 0;
    while (rightStart < paragraphs.size() && !paragraphs[rightStart].startsWith(QLatin1String("Population:")))
        ++rightStart;
    if (rightStart == paragraphs.size())
        return {};
    // Written as the tests write theirs (tests/generatedpdf.h): one way to lay a summary out.
    return GeneratedPdf::write({{paragraphs.mid(0, rightStart), paragraphs.mid(rightStart)}});
}

// Whether two factsheets have the same funding lines, as far as these rows need to tell a whole
// reading from a partial one: ids, titles and amounts, in order.
bool sameFundingLines(const Factsheet &read, const Factsheet &expected)
{
    return std::equal(read.fundingLines.begin(), read.fundingLines.end(), expected.fundingLines.begin(),
                      expected.fundingLines.end(), [](const FundingLine &a, const FundingLine &b) {
                          return a.id == b.id && a.title == b.title && a.amount == b.amount;
                      });
}

struct PdfTimes
{
    double ours = 0;
    double popplerInProcess = 0;
    double pdftotextProcess = 0;
};

// Median milliseconds of FactsheetReader::readFile on the PDF at path, of Poppler's text() of its
// page in this process, and of `pdftotext path -`, repeats times each, the one going first turning
// with every repeat; false (with a note) if ours reads other funding lines than expected or a floor
// reads no text of the summary.
bool measurePdf(const QString &path, const Factsheet &expected, const QString &pdftotext, int repeats, PdfTimes &times)
{
    std::vector<double> ours;
    std::vector<double> inProcess;
    std::vector<double> process;
    // Both floors must at least find the summary's name, so neither is timed reading nothing (its
    // first word: "Staffordshire" comes back with the ligature QPdfWriter set for "ff").
    const QString name = QStringLiteral("Stoke-on-Trent");
    const auto readOurs = [&] {
        QElapsedTimer timer;
        timer.start();
        const FactsheetLoadResult result = FactsheetReader::readFile(path);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!result.ok()) {
            note(QStringLiteral("bench_import: the summary's PDF does not load: %1").arg(result.error().text()));
            return false;
        }
        if (!sameFundingLines(result.factsheet(), expected)) {
            note(QStringLiteral("bench_import: %1 funding lines read from %2, not the %3 of the summary's text")
                     .arg(result.factsheet().fundingLines.size())
                     .arg(path)
                     .arg(expected.fundingLines.size()));
            return false;
        }
        return true;
    };
    const auto readPoppler = [&] {
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        const std::unique_ptr<Poppler::Page> page = document ? document->page(0) : nullptr;
        const QString text = page ? page->text(QRectF()) : QString();
        inProcess.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!text.contains(name)) {
            note(QStringLiteral("bench_import: Poppler reads no summary from %1").arg(path));
            return false;
        }
        return true;
    };
    const auto readPdftotext = [&] {
        QElapsedTimer timer;
        timer.start();
        QProcess child;
        child.start(pdftotext, {path, QStringLiteral("-")});
        const bool finished = child.waitForFinished();
        const QString text = QString::fromUtf8(child.readAllStandardOutput());
        process.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || !text.contains(name)) {
            note(QStringLiteral("bench_import: %1 reads no summary from %2").arg(pdftotext, path));
            return false;
        }
        return true;
    };
    const std::function<bool()> steps[] = {readOurs, readPoppler, readPdftotext};
    for (int repeat = 0; repeat < repeats; ++repeat) {
        for (int step = 0; step < 3; ++step) {
            if (!steps[(repeat + step) % 3]())
                return false;
        }
    }
    times.ours = BenchReport::median(ours);
    times.popplerInProcess = BenchReport::median(inProcess);
    times.pdftotextProcess = BenchReport::median(process);
    return true;
}

// The PDF rows: the helper is the one built with this benchmark, run as the app runs it.
int measurePdfImport(const QString &directory, int repeats)
{
    const QString helper = QStringLiteral(FACTSHEET_PDF_HELPER);
    if (!QFileInfo(helper).isExecutable()) {
        note(QStringLiteral("bench_import: the PDF rows need the PDF helper built at %1").arg(helper));
        return 1;
    }
    PdfReader::setHelper(helper, {});
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        note(QStringLiteral("bench_import: the PDF rows need pdftotext (Debian package poppler-utils)"));
        return 1;
    }

    // What the PDF must give: the funding lines of the text it was written from.
    const FactsheetLoadResult text = FactsheetReader::readFile(shippedSummaryPath);
    if (!text.ok()) {
        note(QStringLiteral("bench_import: the shipped summary does not load: %1").arg(text.error().text()));
        return 1;
    }
    const QString path = QDir(directory).filePath(QStringLiteral("summary.pdf"));
    QElapsedTimer timer;
    timer.start();
    const QByteArray pdf = summaryPdf();
    if (!writeFile(path, pdf)) {
        note(QStringLiteral("bench_import: cannot write %1").arg(path));
        return 1;
    }
    note(QStringLiteral("bench_import: summary.pdf: one page, %1 bytes, %2 funding lines expected, written in %3 ms")
             .arg(UkNumbers::count(pdf.size()), UkNumbers::count(text.factsheet().fundingLines.size()))
             .arg(timer.elapsed()));
    PdfTimes times;
    if (!measurePdf(path, text.factsheet(), pdftotext, repeats, times))
        return 1;
    // Ours is one time against two floors: a process start is part of ours, and of pdftotext's.
    BenchReport::ratioRow(QStringLiteral("import PDF, one page (vs Poppler text() in-process)"), times.ours,
                          times.popplerInProcess, 0);
    BenchReport::ratioRow(QStringLiteral("import PDF, one page (vs pdftotext process)"), times.ours,
                          times.pdftotextProcess, 0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF rows write their PDF with QPdfWriter, which needs a QGuiApplication.
    BenchReport::useOffscreenUnlessSet();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Factsheet JSON and text import against reading and splitting the same file, and a summary's "
                       "PDF against Poppler's text extraction of it, in the same run."));
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
    return measurePdfImport(directory.path(), repeats);
}
