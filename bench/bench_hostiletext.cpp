// Hostile texts for the summary-text reader (issue 18): the time of a paragraph of bare "£" signs
// against a paragraph of the same size without any (the reader must not spend more on money it
// cannot read than on words), and the peak memory of reading a text of one-line highlights against
// the file's size. Both as ratios measured in this run; targets <= 2x and <= 4x.
//
// Usage: bench_hostiletext [--kilobytes N] [--megabytes N] [--repeats N]
#include "benchreport.h"
#include "readers/localsummarytext.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace {

// A summary whose one highlight paragraph is about `bytes` long, made of lines of `word` and
// spaces, each line starting with "note" so that the lines join into one paragraph.
QByteArray summaryWithParagraph(qsizetype bytes, const QByteArray &word)
{
    QByteArray text = "Area\n\nIndustrial Strategy highlights include:\n\nNote";
    const qsizetype start = text.size();
    while (text.size() - start < bytes) {
        text += "\nnote";
        for (int i = 0; i < 30; ++i)
            text += ' ' + word;
    }
    return text + "\n\nPopulation: 1,126,200\n";
}

// A summary of one-line highlights, `bytes` long, each of its own recipient.
QByteArray oneLineHighlights(qsizetype bytes)
{
    QByteArray text = "Area\n\nIndustrial Strategy highlights include:\n\n";
    text.reserve(bytes + 100);
    for (qint64 i = 1; text.size() < bytes; ++i)
        text += "£1m to Acme Widgets " + QByteArray::number(i) + " to build a factory.\n";
    return text;
}

// This process's resident memory now, or its peak since the last reset, in bytes (Linux).
qint64 memoryKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets the peak that VmHWM reports to the memory in use now (Linux 4.0 and later).
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double readMs(const QByteArray &text)
{
    return BenchReport::timeMs([&text] {
        const FactsheetLoadResult result = LocalSummaryText::loadData(text, QStringLiteral("bench.txt"));
        if (!result.ok())
            qFatal("bench_hostiletext: %s", qPrintable(result.error().text()));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto option = [&arguments](const QString &name, int fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1].toInt() : fallback;
    };
    const int repeats = option(QStringLiteral("--repeats"), 5);

    // Time: bare "£" against plain words of the same length, at two sizes to show it stays linear.
    for (const int kilobytes : {12, option(QStringLiteral("--kilobytes"), 120)}) {
        const QByteArray pounds = summaryWithParagraph(kilobytes * 1024, "£");
        const QByteArray plain = summaryWithParagraph(kilobytes * 1024, "x");
        std::vector<double> ours, baseline;
        for (int i = 0; i < repeats; ++i) {
            ours.push_back(readMs(pounds));
            baseline.push_back(readMs(plain));
        }
        BenchReport::ratioRow(QStringLiteral("text: paragraph of bare £, %1 KB (vs £-free, same size)").arg(kilobytes),
                              BenchReport::median(ours), BenchReport::median(baseline), 2.0);
    }

    // Memory: the peak while reading, the file's bytes in memory included, against the file's size.
    const qsizetype bytes = qsizetype(option(QStringLiteral("--megabytes"), 16)) * 1024 * 1024;
    const QByteArray highlights = oneLineHighlights(bytes);
    if (!resetPeak()) {
        BenchReport::note(QStringLiteral("bench_hostiletext: cannot reset the peak memory; no memory row"));
        return 0;
    }
    const qint64 before = memoryKb("VmRSS:");
    const double ms = readMs(highlights);
    const qint64 peak = memoryKb("VmHWM:") - before + highlights.size() / 1024;
    const double ratio = double(peak) * 1024.0 / double(highlights.size());
    BenchReport::note(QStringLiteral("one-line highlights: %1 MB read in %2, peak %3 MB over the start")
                          .arg(highlights.size() / 1048576.0, 0, 'f', 1)
                          .arg(BenchReport::milliseconds(ms))
                          .arg(peak / 1024.0, 0, 'f', 1));
    BenchReport::textRow(QStringLiteral("text: peak memory reading one-line highlights (vs the file's size)"),
                         QStringLiteral("%1 MB").arg(peak / 1024.0, 0, 'f', 1),
                         QStringLiteral("%1 MB").arg(highlights.size() / 1048576.0, 0, 'f', 1),
                         QStringLiteral("%1x").arg(ratio, 0, 'f', 2), QStringLiteral("<= 4x"),
                         ratio <= 4.0 ? QStringLiteral("yes") : QStringLiteral("no"));
    return 0;
}
