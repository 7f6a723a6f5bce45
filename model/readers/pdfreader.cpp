#include "pdfreader.h"

#include "localsummarytext.h"
#include "pdfhelperstatus.h"
#include "pdflayout.h"
#include "pdfwords.h"
#include "summarytext.h"
#include "uknumbers.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>

#include <algorithm>
#include <array>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

// AddressSanitizer (.ci/sanitize) reserves terabytes of address space for its shadow memory: a
// helper built with it cannot start under an address-space limit.
#if defined(__SANITIZE_ADDRESS__)
#define FACTSHEET_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FACTSHEET_ADDRESS_SANITIZER 1
#endif
#endif

namespace {

#ifdef FACTSHEET_ADDRESS_SANITIZER
constexpr bool addressSpaceLimited = false;
#else
constexpr bool addressSpaceLimited = true;
#endif

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfReader", text);
}

struct Setup
{
    QMutex mutex;
    QString program;
    QStringList arguments;
    PdfReader::Limits limits;
};

Setup &setup()
{
    static Setup instance;
    return instance;
}

// The most the helper may write: far more than the words of any summary.
constexpr qint64 largestAnswer = qint64(256) * 1024 * 1024;

FactsheetLoadResult refused(const QString &fileName, const QString &message)
{
    return FactsheetLoadResult::failure({fileName, QString(), message});
}

QString pages(qsizetype count)
{
    return count == 1 ? tr("1 page") : tr("%1 pages").arg(UkNumbers::count(count));
}

// How many summaries a text holds: the most times it has one of the series' two sentences that name
// the area ("In Stoke-on-Trent and Staffordshire a partnership of business and civic leaders ...",
// "Stoke-on-Trent and Staffordshire Local Enterprise Partnership is now working with the government
// ..."), each of which a summary prints once.
qsizetype summariesIn(const QByteArray &text)
{
    static const std::array<QString, 2> areaSentences {
        QStringLiteral("a partnership of business and civic leaders"),
        QStringLiteral("Local Enterprise Partnership is now working with the government"),
    };
    std::array<qsizetype, 2> found {};
    for (const SummaryText::Paragraph &paragraph : LocalSummaryText::paragraphsOf(text)) {
        const QString folded = SummaryText::folded(paragraph.text);
        for (size_t i = 0; i < areaSentences.size(); ++i)
            found[i] += folded.count(areaSentences[i], Qt::CaseInsensitive);
    }
    return std::max(found[0], found[1]);
}

} // namespace

namespace PdfReader {

void setHelper(const QString &program, const QStringList &arguments)
{
    QMutexLocker locker(&setup().mutex);
    setup().program = program;
    setup().arguments = arguments;
}

void setLimits(const Limits &limits)
{
    QMutexLocker locker(&setup().mutex);
    setup().limits = limits;
}

Limits limits()
{
    QMutexLocker locker(&setup().mutex);
    return setup().limits;
}

bool limitsMemory()
{
    return addressSpaceLimited;
}

FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName)
{
    QString program;
    QStringList arguments;
    Limits limits;
    {
        QMutexLocker locker(&setup().mutex);
        program = setup().program;
        arguments = setup().arguments;
        limits = setup().limits;
    }
    if (program.isEmpty())
        return refused(fileName,
                       tr("expected a factsheet JSON or the text of a local summary, found a PDF document, "
                          "which this program has no PDF reader for: open the summary's text instead"));

    // The helper reads a file of its own: the bytes as they were checked, whatever the path is now.
    QTemporaryFile copy;
    if (!copy.open() || copy.write(data) != data.size() || !copy.flush())
        return refused(
            fileName, tr("cannot be read as a PDF: no room for a copy for the PDF reader: %1").arg(copy.errorString()));
    copy.close();

    QProcess helper;
    helper.setProgram(program);
    helper.setArguments(arguments << copy.fileName());
    helper.setProcessChannelMode(QProcess::SeparateChannels);
    helper.setStandardInputFile(QProcess::nullDevice());
    helper.setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // In the child, between fork and exec: what Poppler may use, whatever the PDF asks of it.
    const auto memory = static_cast<rlim_t>(limits.memoryBytes);
    const auto seconds = static_cast<rlim_t>(limits.processorSeconds);
    helper.setChildProcessModifier([memory, seconds] {
        const rlimit memoryLimit {memory, memory};
        const rlimit timeLimit {seconds, seconds};
        if (addressSpaceLimited)
            ::setrlimit(RLIMIT_AS, &memoryLimit);
        ::setrlimit(RLIMIT_CPU, &timeLimit);
    });
#endif
#ifdef FACTSHEET_ADDRESS_SANITIZER
    // Poppler's and fontconfig's own leaks are not ours to report, nor the helper's status to spoil.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString options = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       options.isEmpty() ? QStringLiteral("detect_leaks=0")
                                         : options + QStringLiteral(":detect_leaks=0"));
    helper.setProcessEnvironment(environment);
#endif
    helper.start();
    if (!helper.waitForStarted(limits.milliseconds))
        return refused(
            fileName,
            tr("cannot be read as a PDF: the PDF reader %1 does not start: %2").arg(program, helper.errorString()));
    if (!helper.waitForFinished(limits.milliseconds)) {
        helper.kill();
        helper.waitForFinished();
        return refused(fileName,
                       tr("expected a PDF document read within %1 seconds, found one that took longer: "
                          "its reading was stopped")
                           .arg(UkNumbers::locale().toString(limits.milliseconds / 1000.0, 'g', 3)));
    }
    if (helper.exitStatus() == QProcess::CrashExit)
        return refused(
            fileName,
            tr("expected a PDF document the PDF reader can read, found one that made it stop "
               "(it crashed, or passed its limits of %1 of memory and %2 seconds of processor "
               "time)")
                .arg(UkNumbers::locale().formattedDataSize(limits.memoryBytes, 0, QLocale::DataSizeIecFormat))
                .arg(limits.processorSeconds));
    switch (helper.exitCode()) {
    case PdfHelperStatus::Words:
        break;
    case PdfHelperStatus::Encrypted:
        return refused(fileName,
                       tr("expected a PDF document that is not encrypted, found one that needs a password "
                          "to be read"));
    case PdfHelperStatus::Damaged:
        return refused(fileName, tr("expected a PDF document, found a damaged one that the PDF reader cannot read"));
    case PdfHelperStatus::OutOfMemory:
        return refused(
            fileName,
            tr("expected a PDF document the PDF reader can read within %1 of memory, found one "
               "that needs more")
                .arg(UkNumbers::locale().formattedDataSize(limits.memoryBytes, 0, QLocale::DataSizeIecFormat)));
    case PdfHelperStatus::TooManyWords:
        return refused(
            fileName,
            tr("expected a PDF document of at most %1 words, found more").arg(UkNumbers::count(PdfWords::maxWords)));
    default:
        return refused(fileName,
                       tr("cannot be read as a PDF: the PDF reader ended with status %1").arg(helper.exitCode()));
    }
    if (helper.bytesAvailable() > largestAnswer)
        return refused(fileName, tr("cannot be read as a PDF: the PDF reader's answer is too long"));
    QString problem;
    const std::optional<QList<PdfWords::Page>> read = PdfWords::decode(helper.readAllStandardOutput(), &problem);
    if (!read)
        return refused(fileName,
                       tr("cannot be read as a PDF: the PDF reader's answer is not understood: %1").arg(problem));

    qsizetype words = 0;
    for (const PdfWords::Page &page : *read)
        words += page.words.size();
    if (words == 0)
        return refused(fileName,
                       tr("expected a PDF document with text, found one whose %1 hold no text (scanned, "
                          "or images only): open the summary's text instead")
                           .arg(pages(read->size())));

    const QByteArray text = PdfLayout::text(*read).toUtf8();
    const qsizetype summaries = summariesIn(text);
    if (summaries == 0)
        return refused(fileName,
                       tr("expected the PDF of one Industrial Strategy local summary, found a PDF document of %1 "
                          "with no sentence naming an area as the summaries do (\"In <area> a partnership of "
                          "business and civic leaders ...\" or \"<area> Local Enterprise Partnership is now "
                          "working with the government ...\")")
                           .arg(pages(read->size())));
    if (summaries > 1)
        return refused(fileName,
                       tr("expected the PDF of one Industrial Strategy local summary, found a PDF document of %1 "
                          "that holds %2 of them (the sentence naming the area %2 times)")
                           .arg(pages(read->size()), UkNumbers::count(summaries)));
    FactsheetLoadResult result = LocalSummaryText::loadData(text, fileName);
    if (result.ok())
        return result;
    LoadError error = result.error();
    // A place in the text is a place in the text the PDF's words make.
    if (!error.place.isEmpty())
        error.place = tr("%1 of its text").arg(error.place);
    return FactsheetLoadResult::failure(error);
}

} // namespace PdfReader
