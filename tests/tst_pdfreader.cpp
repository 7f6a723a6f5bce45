// Reading the published PDF: summaries laid out by two producers (QPdfWriter here, ReportLab in
// tests/data/pdf/) in many layouts each give, entity for entity, the factsheet their text gives; an
// encrypted, damaged or image-only PDF, and one that is not exactly one summary, each has its own
// refusal; the helper process runs within its limits, set in the child, and one that crashes, hangs
// or answers nonsense is a refusal, never a crash or a hang of ours.
#include "factsheetdocument.h"
#include "factsheetdump.h"
#include "factsheetmodel.h"
#include "generatedpdf.h"
#include "readers/factsheetreader.h"
#include "readers/localsummarytext.h"
#include "readers/pdfreader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(GeneratedPdf::Layout)
Q_DECLARE_METATYPE(QList<GeneratedPdf::Page>)

namespace {

const QString helper = QStringLiteral(FACTSHEET_PDF_HELPER);
const QString explorerProgram = QStringLiteral(FACTSHEET_EXECUTABLE);

QByteArray shippedText()
{
    QFile file(u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped text");
    return file.readAll();
}

// A summary's text as its PDF lays it out: the name, the introduction, the highlights and the
// labour market on the left; the area's figures, the case study and the closing lines on the right.
GeneratedPdf::Page pageOf(const QByteArray &text)
{
    QStringList paragraphs;
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            paragraphs << line.trimmed();
    }
    const auto split = std::find_if(paragraphs.cbegin(), paragraphs.cend(),
                                    [](const QString &paragraph) { return paragraph.startsWith(u"Population:"_s); });
    const qsizetype at = split - paragraphs.cbegin();
    return {paragraphs.mid(0, at), paragraphs.mid(at)};
}

QByteArray shippedPdf()
{
    static const QByteArray pdf = GeneratedPdf::write({pageOf(shippedText())});
    return pdf;
}

// The test summaries: the shipped one and two of other areas written to the series' template.
const QStringList summaryTexts {
    u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s,
    QStringLiteral(FACTSHEET_TEST_DATA "/pdf/greater-wessex.txt"),
    QStringLiteral(FACTSHEET_TEST_DATA "/pdf/northmoor-and-dale.txt"),
};

// A PDF that needs a password: the standard security handler, whose check of the empty user
// password fails (its /U is not what that password gives).
QByteArray encryptedPdf()
{
    QByteArray body = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &text) {
        offsets << body.size();
        body += QByteArray::number(offsets.size()) + " 0 obj\n" + text + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    object("<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b') + "> /P -4 >>");
    const qsizetype xref = body.size();
    body += "xref\n0 5\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        body += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<" + QByteArray(32, '1') + "><" + QByteArray(32, '1')
        + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The factsheet read from a PDF against the one its text gives: every entity, figure, sentence and
// note the same.
void compareWithText(const FactsheetLoadResult &fromPdf, const QString &textPath)
{
    QVERIFY2(fromPdf.ok(), qPrintable(fromPdf.error().text()));
    const FactsheetLoadResult fromText = FactsheetReader::readData(contents(textPath), u"summary.txt"_s);
    QVERIFY2(fromText.ok(), qPrintable(fromText.error().text()));
    const QStringList read = dumpFactsheet(fromPdf.factsheet());
    const QStringList expected = dumpFactsheet(fromText.factsheet());
    if (read != expected) {
        for (qsizetype i = 0; i < std::max(read.size(), expected.size()); ++i) {
            if (read.value(i) != expected.value(i)) {
                qInfo().noquote() << u"first difference, line %1:\n  read:     %2\n  expected: %3"_s.arg(i + 1).arg(
                    read.value(i), expected.value(i));
                break;
            }
        }
    }
    QCOMPARE(read, expected);
}

QString refusal(const QByteArray &pdf)
{
    const FactsheetLoadResult result = FactsheetReader::readData(pdf, u"summary.pdf"_s);
    return result.ok() ? u"read"_s : result.error().text();
}

// What every PDF that is not read must be refused with, but for the text reader's own refusals.
const QStringList pdfRefusals {
    u"summary.pdf: expected a PDF document, found a damaged one that the PDF reader cannot read"_s,
    u"summary.pdf: expected a PDF document with text, found one whose 1 page hold no text"_s,
    u"summary.pdf: expected a PDF document the PDF reader can read, found one that made it stop"_s,
    u"summary.pdf: expected a PDF document that is not encrypted"_s,
    u"summary.pdf: expected the text of an Industrial Strategy local summary"_s,
    u"summary.pdf: expected the PDF of one Industrial Strategy local summary, found a PDF document of "_s,
};

} // namespace

class TestPdfReader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void readsTheSummaryFromItsTwoColumnPdf();
    void aPdfInEveryLayoutGivesWhatItsTextGives_data();
    void aPdfInEveryLayoutGivesWhatItsTextGives();
    void aPdfOfAnotherProducerGivesWhatItsTextGives_data();
    void aPdfOfAnotherProducerGivesWhatItsTextGives();
    void refusesWhatIsNotASummarysPdf_data();
    void refusesWhatIsNotASummarysPdf();
    void aPdfIsReadOnlyAsOneSummary_data();
    void aPdfIsReadOnlyAsOneSummary();
    void theSummaryRepeatedOnFiveHundredPagesIsRefused();
    void theExplorersOwnChartPdfIsNoSummary_data();
    void theExplorersOwnChartPdfIsNoSummary();
    void limitsAreSetInTheChild();
    void aHelperThatCrashesHangsOrBabblesIsARefusal_data();
    void aHelperThatCrashesHangsOrBabblesIsARefusal();
    void damagedPdfsAreRefusedClearly();
    void withoutAHelperAPdfIsRefused();
    void aMissingHelperIsARefusalNamingIt();
    void theExplorerReadsAPdfWithoutADisplay();
    void aDocumentOpensAPdfInTheBackground();
};

void TestPdfReader::init()
{
    PdfReader::setHelper(helper, {});
    PdfReader::setLimits({});
}

void TestPdfReader::cleanupTestCase()
{
    PdfReader::setHelper(QString(), {});
}

void TestPdfReader::readsTheSummaryFromItsTwoColumnPdf()
{
    const FactsheetLoadResult fromPdf = FactsheetReader::readData(shippedPdf(), u"summary.pdf"_s);
    QVERIFY2(fromPdf.ok(), qPrintable(fromPdf.error().text()));
    const FactsheetLoadResult fromText = FactsheetReader::readData(shippedText(), u"summary.txt"_s);
    QVERIFY(fromText.ok());
    // Every entity, figure, sentence and note the same, by either route.
    const QStringList read = dumpFactsheet(fromPdf.factsheet());
    if (read != dumpFactsheet(fromText.factsheet()))
        qInfo().noquote() << u"read from the PDF:\n"_s + read.join(u'\n');
    QCOMPARE(read, dumpFactsheet(fromText.factsheet()));
    QCOMPARE(fromPdf.factsheet().sourceInfo.textResource, u"summary.pdf"_s);
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(fromPdf.factsheet());
    QCOMPARE(model.indexOfEntity(u"figure/employment-2010"_s).data(FactsheetModel::RawValueRole).toLongLong(),
             Q_INT64_C(513000));
}

// The test summaries laid out by QPdfWriter (tests/generatedpdf.h) in layouts other than the
// summaries' own: every layout of every summary gives, entity for entity, what its text gives.
void TestPdfReader::aPdfInEveryLayoutGivesWhatItsTextGives_data()
{
    QTest::addColumn<GeneratedPdf::Layout>("layout");
    QTest::addColumn<QString>("text");

    QList<std::pair<const char *, GeneratedPdf::Layout>> layouts;
    layouts.append({"a4 sans ragged", GeneratedPdf::Layout()});
    GeneratedPdf::Layout layout;
    layout.paper = QPageSize::Letter;
    layout.family = u"DejaVu Serif"_s;
    layout.justified = true;
    layout.gutter = 6;
    layout.rightPanel = true;
    layouts.append({"letter serif justified narrow gutter shaded panel", layout});
    layout = {};
    layout.family = u"DejaVu Serif"_s;
    layout.titleAcross = true;
    layout.footerAcross = 2;
    layout.rightColumnDrop = -14;
    layouts.append({"a4 serif title and footer across right higher", layout});
    layout = {};
    layout.paper = QPageSize::Letter;
    layout.gutter = 90;
    layout.pointSize = 7;
    layout.titleAcross = true;
    layouts.append({"letter sans wide gutter title across level", layout});
    layout = {};
    layout.rightColumnDrop = 5;
    layout.drawnTurned = true;
    layouts.append({"a4 drawn turned on a landscape page right lower", layout});
    for (const auto &[name, pageLayout] : std::as_const(layouts)) {
        for (const QString &text : summaryTexts) {
            const QString area = QFileInfo(text).completeBaseName();
            QTest::addRow("%s, %s", name, qPrintable(area)) << pageLayout << text;
        }
    }
}

void TestPdfReader::aPdfInEveryLayoutGivesWhatItsTextGives()
{
    QFETCH(GeneratedPdf::Layout, layout);
    QFETCH(QString, text);
    const QByteArray pdf = GeneratedPdf::write({pageOf(contents(text))}, layout);
    compareWithText(FactsheetReader::readData(pdf, u"summary.pdf"_s), text);
}

// The test summaries laid out by ReportLab (tests/data/pdf/make-summary-pdfs.py, which wrote the
// committed PDFs): every layout of every summary gives, entity for entity, what its text gives.
void TestPdfReader::aPdfOfAnotherProducerGivesWhatItsTextGives_data()
{
    QTest::addColumn<QString>("pdf");
    QTest::addColumn<QString>("text");

    const QDir data(QStringLiteral(FACTSHEET_TEST_DATA "/pdf"));
    const QStringList pdfs = data.entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    // Three summaries in six layouts each: a PDF missing is a failure, not a row less.
    QCOMPARE(pdfs.size(), 3 * 6);
    for (const QString &pdf : pdfs) {
        const QString area = pdf.section(u'.', 0, 0);
        const auto text = std::find_if(summaryTexts.cbegin(), summaryTexts.cend(), [&area](const QString &path) {
            return QFileInfo(path).completeBaseName() == area;
        });
        QVERIFY2(text != summaryTexts.cend(), qPrintable(pdf));
        QTest::newRow(qPrintable(pdf.chopped(4))) << data.filePath(pdf) << *text;
    }
}

void TestPdfReader::aPdfOfAnotherProducerGivesWhatItsTextGives()
{
    QFETCH(QString, pdf);
    QFETCH(QString, text);
    compareWithText(FactsheetReader::readFile(pdf), text);
}

void TestPdfReader::refusesWhatIsNotASummarysPdf_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("expected");

    QTest::newRow("encrypted") << encryptedPdf()
                               << u"summary.pdf: expected a PDF document that is not encrypted, found one that needs a "
                                  "password to be read"_s;
    QTest::newRow("damaged") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
                             << u"summary.pdf: expected a PDF document, found a damaged one that the PDF reader "
                                "cannot read"_s;
    QTest::newRow("nothing after its header") << QByteArray("%PDF-1.4\n")
                                              << u"summary.pdf: expected a PDF document, found a damaged one that "
                                                 "the PDF reader cannot read"_s;
    QTest::newRow("images only") << GeneratedPdf::write({{}, {}}, true)
                                 << u"summary.pdf: expected a PDF document with text, found one whose 2 pages hold no "
                                    "text (scanned, or images only): open the summary's text instead"_s;
    const QStringList prose {u"Minutes of the meeting"_s, u"The committee met on Tuesday and agreed the agenda."_s};
    QTest::newRow("three pages of something else")
        << GeneratedPdf::write({{prose, prose}, {prose, {}}, {prose, prose}})
        << u"summary.pdf: expected the PDF of one Industrial Strategy local summary, found a PDF document of 3 pages "
           "with no sentence naming an area as the summaries do (\"In <area> a partnership of business and civic "
           "leaders ...\" or \"<area> Local Enterprise Partnership is now working with the government ...\")"_s;
    QTest::newRow("one page of something else")
        << GeneratedPdf::write({{prose, {}}})
        << u"summary.pdf: expected the PDF of one Industrial Strategy local summary, found a PDF document of 1 page "
           "with no sentence naming an area as the summaries do (\"In <area> a partnership of business and civic "
           "leaders ...\" or \"<area> Local Enterprise Partnership is now working with the government ...\")"_s;
}

void TestPdfReader::refusesWhatIsNotASummarysPdf()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, expected);
    QCOMPARE(refusal(pdf), expected);
}

// A PDF is read when its words make one summary: the series' sentence naming the area once (or
// the closing one, once); anything else is refused with its reason, before any of it is read.
void TestPdfReader::aPdfIsReadOnlyAsOneSummary_data()
{
    QTest::addColumn<QList<GeneratedPdf::Page>>("pages");
    QTest::addColumn<QString>("expected");

    const GeneratedPdf::Page summary = pageOf(shippedText());
    const GeneratedPdf::Page other {{u"Minutes of the meeting"_s, u"The committee met on Tuesday. £5m was agreed."_s},
                                    {u"Population: 12,000"_s}};
    QTest::newRow("the summary and a page of something else")
        << QList<GeneratedPdf::Page> {summary, other} << u"read"_s;
    QTest::newRow("the summary twice")
        << QList<GeneratedPdf::Page> {summary, summary}
        << u"summary.pdf: expected the PDF of one Industrial Strategy local summary, found a PDF document of 2 pages "
           "that holds 2 of them (the sentence naming the area 2 times)"_s;
    GeneratedPdf::Page twoAreas = pageOf(contents(summaryTexts[1]));
    twoAreas.right << pageOf(contents(summaryTexts[2])).left.mid(2, 1);
    QTest::newRow("one page naming two areas")
        << QList<GeneratedPdf::Page> {twoAreas}
        << u"summary.pdf: expected the PDF of one Industrial Strategy local summary, found a PDF document of 1 page "
           "that holds 2 of them (the sentence naming the area 2 times)"_s;
    // Figures and money aplenty, but no area named as the summaries name it.
    GeneratedPdf::Page unnamed = summary;
    unnamed.left.removeIf([](const QString &paragraph) { return paragraph.contains(u"partnership of business"_s); });
    unnamed.right.removeIf([](const QString &paragraph) { return paragraph.contains(u"is now working"_s); });
    QTest::newRow("a summary naming no area")
        << QList<GeneratedPdf::Page> {unnamed}
        << u"summary.pdf: expected the PDF of one Industrial Strategy local summary, found a PDF document of 1 page "
           "with no sentence naming an area as the summaries do (\"In <area> a partnership of business and civic "
           "leaders ...\" or \"<area> Local Enterprise Partnership is now working with the government ...\")"_s;
}

void TestPdfReader::aPdfIsReadOnlyAsOneSummary()
{
    QFETCH(QList<GeneratedPdf::Page>, pages);
    QFETCH(QString, expected);
    QCOMPARE(refusal(GeneratedPdf::write(pages)), expected);
}

void TestPdfReader::theSummaryRepeatedOnFiveHundredPagesIsRefused()
{
    // Once read as 2,000 funding lines and 4,990 notes.
    const QByteArray pdf = GeneratedPdf::write(QList<GeneratedPdf::Page>(500, pageOf(shippedText())));
    QCOMPARE(refusal(pdf),
             u"summary.pdf: expected the PDF of one Industrial Strategy local summary, found a PDF document of 500 "
             "pages that holds 500 of them (the sentence naming the area 500 times)"_s);
}

void TestPdfReader::theExplorersOwnChartPdfIsNoSummary_data()
{
    QTest::addColumn<QString>("chart");
    // The funding chart's axis ticks (£2.5m, £5m, ...) and bars' labels, a summary's words but no summary.
    QTest::newRow("funding") << u"funding"_s;
    QTest::newRow("dashboard") << u"dashboard"_s;
}

void TestPdfReader::theExplorersOwnChartPdfIsNoSummary()
{
    QFETCH(QString, chart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(chart + u".pdf"_s);
    QProcess explorer;
    explorer.start(explorerProgram, {u"--export-chart"_s, chart, u"--output"_s, pdf});
    QVERIFY(explorer.waitForFinished(60000));
    QCOMPARE(explorer.exitCode(), 0);
    const FactsheetLoadResult result = FactsheetReader::readFile(pdf);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().text(),
             pdf
                 + u": expected the PDF of one Industrial Strategy local summary, found a PDF document of 1 page with "
                   "no sentence naming an area as the summaries do (\"In <area> a partnership of business and civic "
                   "leaders ...\" or \"<area> Local Enterprise Partnership is now working with the government "
                   "...\")"_s);
}

void TestPdfReader::limitsAreSetInTheChild()
{
    // A helper that reports its own limits by its status: 4 ("damaged") only if both are as set
    // (in a build with AddressSanitizer, only the processor's: see PdfReader::limitsMemory()).
    const QString memory = PdfReader::limitsMemory() ? u"65536"_s : u"unlimited"_s;
    PdfReader::setHelper(u"/bin/sh"_s,
                         {u"-c"_s,
                          u"[ \"$(ulimit -v)\" = %1 ] && [ \"$(ulimit -t)\" = 7 ] && exit 4; exit 9"_s.arg(memory),
                          u"helper"_s});
    PdfReader::setLimits({10000, qint64(64) * 1024 * 1024, 7});
    QCOMPARE(refusal(shippedPdf()),
             u"summary.pdf: expected a PDF document, found a damaged one that the PDF reader cannot read"_s);
}

void TestPdfReader::aHelperThatCrashesHangsOrBabblesIsARefusal_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("crashes") << u"kill -SEGV $$"_s
                             << u"summary.pdf: expected a PDF document the PDF reader can read, found one that made it "
                                "stop (it crashed, or passed its limits of 2 GiB of memory and 30 seconds of processor "
                                "time)"_s;
    QTest::newRow("hangs") << u"sleep 30"_s
                           << u"summary.pdf: expected a PDF document read within 0.5 seconds, found one that took "
                              "longer: its reading was stopped"_s;
    QTest::newRow("babbles")
        << u"echo hello"_s
        << u"summary.pdf: cannot be read as a PDF: the PDF reader's answer is not understood: line "
           "1: expected \"factsheet-pdf-words 2\""_s;
    QTest::newRow("a word before its page")
        << u"printf 'factsheet-pdf-words 2\\nword 1 2 3 4 x\\nend\\n'"_s
        << u"summary.pdf: cannot be read as a PDF: the PDF reader's answer is not understood: line 2: expected a "
           "page before its words"_s;
    QTest::newRow("a size that is no number")
        << u"printf 'factsheet-pdf-words 2\\npage nan 842 0\\nend\\n'"_s
        << u"summary.pdf: cannot be read as a PDF: the PDF reader's answer is not understood: line 2: expected "
           "\"page WIDTH HEIGHT TURN\", two sizes in points and a turn of 0, 90, 180 or 270"_s;
    QTest::newRow("cut short") << u"printf 'factsheet-pdf-words 2\\npage 595 842 0\\n'"_s
                               << u"summary.pdf: cannot be read as a PDF: the PDF reader's answer is not understood: "
                                  "line 3: expected \"end\""_s;
    QTest::newRow("out of memory") << u"exit 5"_s
                                   << u"summary.pdf: expected a PDF document the PDF reader can read within 2 GiB of "
                                      "memory, found one that needs more"_s;
    QTest::newRow("an unknown status")
        << u"exit 42"_s << u"summary.pdf: cannot be read as a PDF: the PDF reader ended with status 42"_s;
}

void TestPdfReader::aHelperThatCrashesHangsOrBabblesIsARefusal()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);

    PdfReader::setHelper(u"/bin/sh"_s, {u"-c"_s, script, u"helper"_s});
    PdfReader::Limits limits;
    limits.milliseconds = 500;
    PdfReader::setLimits(limits);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(refusal(shippedPdf()), expected);
    QVERIFY(timer.elapsed() < 10000);
}

void TestPdfReader::damagedPdfsAreRefusedClearly()
{
    // The real helper, fed the summary's PDF cut short and with bytes changed: each is read or
    // refused with one of the PDF reader's own messages, within its time limit.
    const QByteArray pdf = shippedPdf();
    QList<QByteArray> damaged;
    for (const double fraction : {0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99})
        damaged << pdf.left(static_cast<qsizetype>(pdf.size() * fraction));
    QRandomGenerator random(20181201); // the same inputs every run
    for (int i = 0; i < 24; ++i) {
        QByteArray changed = pdf;
        for (int k = 0; k < 1 + i % 8; ++k)
            changed[random.bounded(8, static_cast<int>(changed.size()))] = static_cast<char>(random.bounded(256));
        damaged << changed;
    }
    damaged << QByteArray("%PDF-") + QByteArray(4096, '\xff');
    PdfReader::Limits limits;
    limits.milliseconds = 20000;
    PdfReader::setLimits(limits);
    int refused = 0;
    for (const QByteArray &input : std::as_const(damaged)) {
        const FactsheetLoadResult result = FactsheetReader::readData(input, u"summary.pdf"_s);
        if (result.ok())
            continue;
        ++refused;
        const QString message = result.error().text();
        const bool known = std::any_of(pdfRefusals.cbegin(), pdfRefusals.cend(),
                                       [&message](const QString &start) { return message.startsWith(start); })
            || result.error().place.endsWith(u" of its text"_s);
        QVERIFY2(known, qPrintable(message));
    }
    QVERIFY(refused >= 7); // at least every PDF cut short
}

void TestPdfReader::withoutAHelperAPdfIsRefused()
{
    PdfReader::setHelper(QString(), {});
    QCOMPARE(refusal(shippedPdf()),
             u"summary.pdf: expected a factsheet JSON or the text of a local summary, found a PDF document, which "
             "this program has no PDF reader for: open the summary's text instead"_s);
}

// What the explorer does when its helper is not where it was built or installed (main.cpp).
void TestPdfReader::aMissingHelperIsARefusalNamingIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"factsheet-pdf-words"_s);
    PdfReader::setHelper(missing, {});
    // The reason is QProcess's ("execvp: No such file or directory" on Qt 6.4 for Linux).
    const QString message = refusal(shippedPdf());
    QVERIFY2(
        message.startsWith(u"summary.pdf: cannot be read as a PDF: the PDF reader %1 does not start: "_s.arg(missing)),
        qPrintable(message));
    QVERIFY2(message.endsWith(u"No such file or directory"_s), qPrintable(message));
}

void TestPdfReader::theExplorerReadsAPdfWithoutADisplay()
{
    // As a script would: the PDF saved as JSON by the explorer, which finds its helper beside it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(u"summary.pdf"_s);
    QVERIFY(writeFile(pdf, shippedPdf()));
    const QString json = dir.filePath(u"summary.json"_s);
    QProcess explorer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(variable);
    explorer.setProcessEnvironment(environment);
    explorer.start(explorerProgram, {u"--export-json"_s, json, pdf});
    QVERIFY(explorer.waitForFinished(60000));
    QCOMPARE(explorer.exitCode(), 0);
    const FactsheetLoadResult saved = FactsheetReader::readFile(json);
    QVERIFY2(saved.ok(), qPrintable(saved.error().text()));
    const FactsheetLoadResult fromText = FactsheetReader::readData(shippedText(), u"summary.txt"_s);
    QCOMPARE(dumpFactsheet(saved.factsheet()), dumpFactsheet(fromText.factsheet()));
    QCOMPARE(saved.factsheet().sourceInfo.textResource, pdf);
}

void TestPdfReader::aDocumentOpensAPdfInTheBackground()
{
    // As File > Open does: read on a worker thread, the helper process started from there.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(u"summary.pdf"_s);
    QVERIFY(writeFile(pdf, shippedPdf()));
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument document(&model);
    QSignalSpy loaded(&document, &FactsheetDocument::loaded);
    QSignalSpy failed(&document, &FactsheetDocument::loadFailed);
    document.openInBackground(pdf);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(document.path(), pdf);
    QCOMPARE(model.rowCount(), 5 + 7 + 5 + 1); // lines, figures, the model's derived ratios, case study
    QCOMPARE(model.indexOfEntity(u"fundingLine/cobra-biologics"_s).data(FactsheetModel::RawValueRole).toLongLong(),
             Q_INT64_C(2600000));
}

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
