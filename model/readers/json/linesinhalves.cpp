#include "linesinhalves.h"

#include "fieldchecks.h"
#include "fundinglinereader.h"
#include "idset.h"
#include "uknumbers.h"

#include <QFuture>
#include <QScopeGuard>
#include <QtConcurrentRun>

#include <atomic>

namespace JsonReader {

namespace {

// From this many lines, a document's lines are read in two halves at once (a test's large document
// has twice as many, so that each half has problems to find).
constexpr qsizetype linesReadInHalves = 20'000;
// Often enough for a bar that moves smoothly, seldom enough to cost nothing.
constexpr qsizetype reportEvery = 8192;

// What one FundingLineReader made of the lines [begin, end): the lines read went onto the end of
// the vector it was given; reading stopped at `failedAt` (the first problem, `invalid`), or at the end.
struct LinesRead
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype failedAt = -1;
    std::optional<Invalid> invalid;
    bool cancelled = false;
    std::vector<std::string_view> ids;       // per line of the range, its id as checked; empty if not reached
    IdSet ownIds;                            // every id of the range that was checked
    std::optional<QSet<QString>> categories; // of the lines read, if noted
};

// Reads lines [begin, end) of `array` onto the end of `lines`; stops early once `stop` is set.
LinesRead readRange(const Node &array, int version, qsizetype begin, qsizetype end, std::vector<FundingLine> &lines,
                    const ReadProgress *progress, qsizetype idCount, std::atomic<bool> &stop)
{
    LinesRead read;
    read.begin = begin;
    read.end = end;
    read.ids.resize(static_cast<size_t>(end - begin));
    FundingLineReader reader(version, end - begin, idCount);
    qsizetype at = begin;
    try {
        array.forEach(begin, end, [&](const Node &node, qsizetype i) {
            at = i;
            if ((i - begin) % reportEvery == 0) {
                const double done = static_cast<double>(i - begin) / static_cast<double>(end - begin);
                if (stop || (progress && !progress->report(done))) {
                    stop = true;
                    throw Cancelled {};
                }
            }
            lines.push_back(reader.read(node));
            read.ids[static_cast<size_t>(i - begin)] = reader.takeLastId();
        });
    } catch (const Invalid &invalid) {
        read.failedAt = at;
        read.invalid = invalid;
        read.ids[static_cast<size_t>(at - begin)] = reader.takeLastId();
    } catch (const Cancelled &) {
        read.cancelled = true;
    }
    read.ownIds = std::move(reader.ids());
    read.categories = reader.categories();
    return read;
}

// Throws the first problem of lines [read.begin, read.end), as read into `lines` (from its first),
// given the local total of the lines before them and the ids of earlier lines (which the range's
// are added to; none for the first range, whose reader checked its own).
void settle(const Node &array, const LinesRead &read, const std::vector<FundingLine> &lines, qint64 &localTotal,
            IdSet *earlierIds)
{
    const qsizetype last = read.failedAt >= 0 ? read.failedAt : read.end - 1;
    // Each id's slot is fetched a few lines ahead (IdSet::prefetch()).
    constexpr qsizetype prefetchAhead = 8;
    const auto idOf = [&read](qsizetype i) { return read.ids[static_cast<size_t>(i - read.begin)]; };
    for (qsizetype i = read.begin; i <= last; ++i) {
        // In the order one reader checks a line: its id first, the local total once it is read.
        if (earlierIds && i + prefetchAhead <= last)
            earlierIds->prefetch(IdSet::hashOf(idOf(i + prefetchAhead)));
        const std::string_view id = idOf(i);
        if (earlierIds && !id.empty() && !earlierIds->insert(id))
            refuseRepeatedId(array.at(i).field("id"));
        if (i == read.failedAt)
            throw *read.invalid;
        const FundingLine &line = lines[static_cast<size_t>(i - read.begin)];
        if (line.scope == Scope::Local && !ReaderRules::addToLocalTotal(localTotal, line.amount)) {
            array.at(i).field("amount").fail(
                QCoreApplication::translate("JsonReader", "local amounts that add up to at most %1")
                    .arg(UkNumbers::pounds(ReaderRules::largestWhole)),
                QCoreApplication::translate("JsonReader", "a local total of %1 with this line")
                    .arg(UkNumbers::pounds(localTotal + line.amount)));
        }
    }
}

} // namespace

std::vector<FundingLine> readFundingLines(const Node &array, int version, const ReadProgress &progress,
                                          std::optional<QSet<QString>> &categories)
{
    const qsizetype count = array.size();
    std::atomic<bool> stop {false}; // the read is cancelled, or the first half has failed
    std::vector<FundingLine> lines;
    lines.reserve(static_cast<size_t>(count));
    qint64 localTotal = 0;
    if (count < linesReadInHalves) {
        const LinesRead all = readRange(array, version, 0, count, lines, &progress, count, stop);
        if (all.cancelled)
            throw Cancelled {};
        settle(array, all, lines, localTotal, nullptr);
        categories = all.categories;
        return lines;
    }
    // The second half on another thread, the first on this one, which reports the progress of both
    // (they keep pace). Should the pool be busy, waiting runs the second half here.
    const qsizetype half = count / 2;
    std::vector<FundingLine> secondLines;
    secondLines.reserve(static_cast<size_t>(count - half));
    QFuture<LinesRead> second = QtConcurrent::run(
        [&] { return readRange(array, version, half, count, secondLines, nullptr, count - half, stop); });
    // The second half reads into this frame: it is waited for however this one ends (an exception
    // other than a problem with the lines, such as running out of memory, included).
    const auto waitForSecond = qScopeGuard([&] {
        stop = true;
        second.waitForFinished();
    });
    LinesRead first = readRange(array, version, 0, half, lines, &progress, count, stop);
    if (first.failedAt >= 0)
        stop = true; // what the second half would find comes after it
    LinesRead secondRead = second.result();
    if (first.cancelled)
        throw Cancelled {};
    settle(array, first, lines, localTotal, nullptr);
    if (secondRead.cancelled)
        throw Cancelled {};
    settle(array, secondRead, secondLines, localTotal, &first.ownIds);
    if (first.categories && secondRead.categories)
        categories = first.categories->unite(*secondRead.categories);
    lines.insert(lines.end(), std::make_move_iterator(secondLines.begin()), std::make_move_iterator(secondLines.end()));
    return lines;
}

} // namespace JsonReader
