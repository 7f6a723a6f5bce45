// What the fuzz targets in fuzz/ probe, pinned down as tests: bytes at the edges of JSON, numbers at
// the edges of what a double or a qint64 holds, text at the edges of a printed figure. Each row has
// its exact outcome. A crash input found by .ci/fuzz becomes a row here, its bytes inline, once fixed.
// The seed corpus goes through the fuzz targets' own checks, so CTest (and ASan in .ci/sanitize)
// exercises it on every run; each valid seed must be read, each invalid one refused.
#include "factsheetmodel.h"
#include "readers/factsheetreader.h"
#include "readers/formatreaders.h"
#include "readers/json/jsonreader.h"
#include "readers/localsummarytext.h"
#include "readers/pdflayout.h"
#include "readers/pdfwords.h"
#include "testoutput.h"
#include "uknumbers.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The smallest document the loader accepts, with one funding line whose fields a row changes.
QByteArray withLine(const QByteArray &amount, const QByteArray &quote = "null"_ba,
                    const QByteArray &source = "\"£2.6m to T.\""_ba)
{
    return R"({"format":"factsheet-explorer","formatVersion":1,)"
           R"("source":{"title":"T","publisher":"P","published":"2018-12","licence":"L"},)"
           R"("area":{"name":"A","partnership":"P"},)"
           R"("fundingLines":[{"id":"a","title":"T","purpose":"P","amount":)"
        + amount + R"(,"category":"C","scope":"local","quote":)" + quote + R"(,"source":)" + source
        + R"(}],"figures":[],"caseStudy":{"id":"c","title":"T","text":"X","source":"S"}})";
}

QByteArray withOpened(const QByteArray &opened)
{
    QByteArray document = withLine("2600000"_ba);
    document.replace(R"("text":"X")", R"("opened":)" + opened + R"(,"openedSource":"O","text":"X")");
    return document;
}

QString corpusDir(const QString &target)
{
    return QFINDTESTDATA(u"../fuzz/corpus/"_s + target);
}

// The seeds that are whole, valid factsheets; every other seed must be refused. Without this list a
// reader that refused every seed would pass the corpus tests.
const QStringList validLoaderSeeds {
    u"bom.json"_s,
    u"case-study.json"_s,
    u"derived.json"_s,
    u"embedded-compact.json"_s,
    u"embedded.json"_s,
    u"escapes.json"_s,
    u"largest-amount.json"_s,
    u"minimal.json"_s,
    u"national.json"_s,
    u"no-lines.json"_s,
    u"unknown-members.json"_s,
    u"utf16le.json"_s,
    u"version-2.json"_s,
    u"version-2-additions.json"_s,
};
// The text reader is tolerant: what it cannot place is a note, so only what is not text, not a
// summary at all, or past a limit is refused.
const QStringList validLocalSummaryTextSeeds {
    // The bare-£ family and the hostile amounts of issue 18: read in time linear in their size.
    u"bare-pounds-introduction.txt"_s,
    u"bare-pounds-line.txt"_s,
    u"bare-pounds-paragraph.txt"_s,
    u"hostile-amounts.txt"_s,
    u"many-amounts-one-sentence.txt"_s,
    u"bom.txt"_s,
    u"closing-twice.txt"_s,
    u"crlf.txt"_s,
    u"embedded.txt"_s,
    u"increase-too-large.txt"_s,
    u"labour-twice.txt"_s,
    u"levels-single.txt"_s,
    u"location-only.txt"_s,
    u"many-highlights.txt"_s,
    u"minimal.txt"_s,
    u"national-no-supporting.txt"_s,
    u"no-case-study-text.txt"_s,
    u"no-highlights.txt"_s,
    u"no-partnership.txt"_s,
    // A month the reader cannot place is left out, as the summary's other unknown sentences are.
    u"opened-bad-month.txt"_s,
    u"pence.txt"_s,
    u"regression-case-study-paragraphs.txt"_s,
    u"repeated-titles.txt"_s,
    u"utf16be.txt"_s,
    u"utf16le.txt"_s,
};

// The PDF helper's answers that are well formed; every other must be refused, naming its line.
const QStringList validPdfLayoutSeeds {
    u"empty-page.txt"_s,  u"no-pages.txt"_s,  u"summary.txt"_s,
    u"two-columns.txt"_s, u"two-pages.txt"_s, u"zero-size-words.txt"_s,
};

const QStringList validQuotedFigureSeeds {
    u"billions"_s,          u"count"_s,          u"grouped"_s,       u"long"_s,
    u"millions"_s,          u"plain"_s,          u"pounds"_s,        u"spaces"_s,
    u"thousands"_s,         u"whole-millions"_s, u"words-million"_s, u"zero"_s,
    u"words-capitalised"_s, // any letter case since issue 18
};

// One row per seed of `target`'s corpus, with whether it is one of the `valid` ones, each of which must exist.
void addSeedRows(const QString &target, const QStringList &valid, qsizetype atLeast)
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");

    const QDir dir(corpusDir(target));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= atLeast, qPrintable(dir.path()));
    for (const QString &name : valid)
        QVERIFY2(names.contains(name), qPrintable(u"no seed "_s + name));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << valid.contains(name);
}

// The text a seed holds, decoded as its byte order mark says (UTF-8 without one).
QString decoded(const QByteArray &data)
{
    QStringDecoder decoder(QStringConverter::encodingForData(data).value_or(QStringConverter::Utf8));
    return decoder(data);
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loaderEdgeInputs_data();
    void loaderEdgeInputs();
    void quotedFigureEdgeInputs_data();
    void quotedFigureEdgeInputs();
    void loaderSeedCorpus_data();
    void loaderSeedCorpus();
    void quotedFigureSeedCorpus_data();
    void quotedFigureSeedCorpus();
    void localSummaryTextSeedCorpus_data();
    void localSummaryTextSeedCorpus();
    void pdfLayoutSeedCorpus_data();
    void pdfLayoutSeedCorpus();
    void pdfLayoutOfTheSummarysWordsGivesItsText();
};

void TestFuzzRegressions::loaderEdgeInputs_data()
{
    QTest::addColumn<QByteArray>("document");
    // Empty when the document is accepted.
    QTest::addColumn<QString>("error");
    // The first funding line's amount, when accepted.
    QTest::addColumn<qint64>("amount");

    QTest::newRow("the base document") << withLine("2600000"_ba) << QString() << qint64(2600000);

    // Bytes.
    QTest::newRow("NUL byte") << "\0"_ba << u"fuzz.json: line 1, column 2: malformed JSON: illegal value"_s
                              << qint64(0);
    QTest::newRow("form feed is not JSON space")
        << "\f"_ba << u"fuzz.json: line 1, column 2: malformed JSON: illegal value"_s << qint64(0);
    QTest::newRow("UTF-8 byte order mark is skipped")
        << "\xEF\xBB\xBF"_ba + withLine("2600000"_ba) << QString() << qint64(2600000);
    QTest::newRow("invalid UTF-8 in a string")
        << withLine("2600000"_ba, "null"_ba, "\"\xFF\""_ba)
        << u"fuzz.json: line 1, column 286: expected text in UTF-8, found the byte 0xFF"_s << qint64(0);
    QTest::newRow("lone surrogate escape in a string")
        << withLine("2600000"_ba, "null"_ba, R"("\ud800")"_ba) << QString() << qint64(2600000);
    QTest::newRow("nested deeper than Qt reads")
        << QByteArray(100000, '[') << u"fuzz.json: line 1, column 1026: malformed JSON: too deeply nested document"_s
        << qint64(0);
    QTest::newRow("duplicate key: the last one counts")
        << withLine("2600000"_ba).replace(R"("formatVersion":1)", R"("formatVersion":2,"formatVersion":1)") << QString()
        << qint64(2600000);

    // Numbers: a JSON number is a double; amounts are whole and at most 2^53 - 1.
    QTest::newRow("largest exact whole number")
        << withLine("9007199254740991"_ba) << QString() << qint64(9007199254740991);
    QTest::newRow("2^53 is refused")
        << withLine("9007199254740992"_ba)
        << u"fuzz.json: fundingLines[0].amount: expected a whole number of pounds (0 or more), got 9007199254740992"_s
        << qint64(0);
    QTest::newRow("beyond a double") << withLine("1e400"_ba)
                                     << u"fuzz.json: line 1, column 229: malformed JSON: illegal number"_s << qint64(0);
    // Read by Qt's parser (simdjson refuses integers beyond 64 bits), then refused by the same rule.
    QTest::newRow("integer beyond 64 bits")
        << withLine("18446744073709551616"_ba)
        << u"fuzz.json: fundingLines[0].amount: expected a whole number of pounds (0 or more), "
           "got 1.8446744073709552e+19"_s
        << qint64(0);
    QTest::newRow("largest double")
        << withLine("1.7976931348623157e308"_ba)
        << u"fuzz.json: fundingLines[0].amount: expected a whole number of pounds (0 or more), "
           "got 1.7976931348623157e+308"_s
        << qint64(0);
    QTest::newRow("smallest denormal")
        << withLine("5e-324"_ba)
        << u"fuzz.json: fundingLines[0].amount: expected a whole number of pounds (0 or more), "
           "got 4.9406564584124654e-324"_s
        << qint64(0);
    QTest::newRow("negative zero is zero") << withLine("-0"_ba) << QString() << qint64(0);
    // Digits alone (issue 18): the double of a fraction or an exponent may not be what was written
    // (1e-400 is 0), so even a whole one is refused.
    QTest::newRow("exponent form of a whole number")
        << withLine("2.6e6"_ba)
        << u"fuzz.json: fundingLines[0].amount: expected a whole number of pounds (0 or more), "
           "got a number with a fraction or an exponent"_s
        << qint64(0);
    QTest::newRow("exponent form of a fraction read as 0")
        << withLine("1e-400"_ba)
        << u"fuzz.json: fundingLines[0].amount: expected a whole number of pounds (0 or more), "
           "got a number with a fraction or an exponent"_s
        << qint64(0);

    // Quotes the loader reads with UkNumbers::parseQuotedFigure.
    QTest::newRow("largest exact whole number, quoted")
        << withLine("9007199254740991"_ba, R"("9,007,199,254,740,991")"_ba, R"("9,007,199,254,740,991")"_ba)
        << QString() << qint64(9007199254740991);
    QTest::newRow("quote beyond 64 bits")
        << withLine("1"_ba, R"("£99999999999999999999bn")"_ba, R"("£99999999999999999999bn")"_ba)
        << u"fuzz.json: fundingLines[0].quote: expected a figure as printed, such as \"£2.6m\" or \"548,800\", "
           "got \"£99999999999999999999bn\""_s
        << qint64(0);

    // The case study's month.
    QTest::newRow("year 0000 is no date")
        << withOpened(R"("0000-01")"_ba)
        << u"fuzz.json: caseStudy.opened: expected a month as \"YYYY-MM\", got \"0000-01\""_s << qint64(0);
    QTest::newRow("month 00") << withOpened(R"("2017-00")"_ba)
                              << u"fuzz.json: caseStudy.opened: expected a month as \"YYYY-MM\", got \"2017-00\""_s
                              << qint64(0);
    QTest::newRow("non-ASCII digits") << withOpened(
        R"("٢٠١٧-٠٩")"_ba) << u"fuzz.json: caseStudy.opened: expected a month as \"YYYY-MM\", got \"٢٠١٧-٠٩\""_s
                                      << qint64(0);
    QTest::newRow("year 9999") << withOpened(R"("9999-12")"_ba) << QString() << qint64(2600000);
}

void TestFuzzRegressions::loaderEdgeInputs()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, error);
    QFETCH(qint64, amount);

    FactsheetLoadResult result = JsonReader::read(document, u"fuzz.json"_s);
    QCOMPARE(result.ok() ? QString() : result.error().text(), error);
    if (!result.ok())
        return;
    QCOMPARE(result.factsheet().fundingLines.at(0).amount, amount);
    FactsheetModel model;
    model.setFactsheet(result.takeFactsheet());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.index(0, FactsheetModel::AmountColumn).data(FactsheetModel::RawValueRole).toLongLong(), amount);
}

void TestFuzzRegressions::quotedFigureEdgeInputs_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<std::optional<qint64>>("value");

    QTest::newRow("18 digits, the most it reads")
        << u"999,999,999,999,999,999"_s << std::optional<qint64>(999999999999999999);
    QTest::newRow("19 digits") << u"9,223,372,036,854,775,807"_s << std::optional<qint64>();
    QTest::newRow("18 digits through a suffix") << u"£999,999,999bn"_s << std::optional<qint64>(999999999000000000);
    QTest::newRow("19 digits through a suffix") << u"£9,999,999,999bn"_s << std::optional<qint64>();
    QTest::newRow("every decimal a suffix allows") << u"£9.999999999bn"_s << std::optional<qint64>(9999999999);
    QTest::newRow("one decimal too many") << u"£0.0000000001bn"_s << std::optional<qint64>();
    QTest::newRow("surrounding white space") << u" \t£2.6m\n"_s << std::optional<qint64>(2600000);
    QTest::newRow("no-break space around it") << u"\u00a0£2.6m\u00a0"_s << std::optional<qint64>(2600000);
    QTest::newRow("only £") << u"£"_s << std::optional<qint64>();
    QTest::newRow("Arabic-Indic digits") << u"٢٦"_s << std::optional<qint64>();
    QTest::newRow("full-width digits") << u"２６"_s << std::optional<qint64>();
    QTest::newRow("NUL after the figure") << u"£2m\u0000"_s << std::optional<qint64>();
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << std::optional<qint64>();
}

void TestFuzzRegressions::quotedFigureEdgeInputs()
{
    QFETCH(QString, quote);
    QFETCH(std::optional<qint64>, value);

    QCOMPARE(UkNumbers::parseQuotedFigure(quote), value);
}

void TestFuzzRegressions::loaderSeedCorpus_data()
{
    addSeedRows(u"fuzz_jsonreader"_s, validLoaderSeeds, 20);
}

void TestFuzzRegressions::loaderSeedCorpus()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);

    // The invariants fuzz/fuzz_jsonreader.cpp checks on every input, through the same entry point.
    FactsheetLoadResult result = FactsheetReader::readFile(path);
    QVERIFY2(result.ok() == valid, qPrintable(result.ok() ? u"read, but should be refused"_s : result.error().text()));
    if (!result.ok()) {
        QVERIFY2(result.error().text().startsWith(path + u": "_s), qPrintable(result.error().text()));
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    for (const FundingLine &line : result.factsheet().fundingLines)
        QVERIFY(line.amount >= 0);
    for (const Figure &figure : result.factsheet().figures)
        QVERIFY(figure.value >= 0 || figure.measure == Measure::EmploymentChange);
    FactsheetModel model;
    model.setFactsheet(result.takeFactsheet());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.indexOfEntity(model.index(row, 0).data(FactsheetModel::EntityIdRole).toString()).row(), row);
}

void TestFuzzRegressions::quotedFigureSeedCorpus_data()
{
    addSeedRows(u"fuzz_uknumbers"_s, validQuotedFigureSeeds, 10);
}

void TestFuzzRegressions::quotedFigureSeedCorpus()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The invariants fuzz/fuzz_uknumbers.cpp checks on every input.
    const std::optional<qint64> value = UkNumbers::parseQuotedFigure(QString::fromUtf8(file.readAll()));
    QCOMPARE(value.has_value(), valid);
    if (!value)
        return;
    QVERIFY(*value >= 0);
    QCOMPARE(UkNumbers::parseQuotedFigure(UkNumbers::count(*value)), value);
    QCOMPARE(UkNumbers::parseQuotedFigure(UkNumbers::pounds(*value)), value);
}

void TestFuzzRegressions::localSummaryTextSeedCorpus_data()
{
    addSeedRows(u"fuzz_localsummarytext"_s, validLocalSummaryTextSeeds, 15);
}

void TestFuzzRegressions::localSummaryTextSeedCorpus()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);

    // The invariants fuzz/fuzz_localsummarytext.cpp checks on every input, through the same entry point.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const bool isText
        = dynamic_cast<const SummaryTextFormatReader *>(&FactsheetReader::readerOf(data, path)) != nullptr;
    FactsheetLoadResult result = FactsheetReader::readData(data, path);
    QVERIFY2(result.ok() == valid, qPrintable(result.ok() ? u"read, but should be refused"_s : result.error().text()));
    if (!result.ok()) {
        QVERIFY2(result.error().text().startsWith(path + u": "_s), qPrintable(result.error().text()));
        // A summary's text is refused at a line or at its end; only what is not text at all (a PDF,
        // UTF-16 without its mark) is refused as a whole.
        QVERIFY2(!isText || result.error().place.startsWith(u"line "_s) || result.error().place == u"end of file"_s
                     || result.error().place.isEmpty(),
                 qPrintable(result.error().text()));
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    QVERIFY(isText);
    // Sentences stand in the text as the reader reads it: its lines joined into paragraphs, white
    // space as single spaces.
    QStringList paragraphs;
    for (const SummaryText::Paragraph &paragraph : LocalSummaryText::paragraphsOf(decoded(data).toUtf8()))
        paragraphs << paragraph.text;
    const QString text = paragraphs.join(u'\n');
    const Factsheet &sheet = result.factsheet();
    for (const FundingLine &line : sheet.fundingLines) {
        QVERIFY2(text.contains(line.source), qPrintable(line.source));
        if (!line.hasAmount)
            continue;
        QCOMPARE(UkNumbers::parseQuotedFigure(line.quote), std::optional<qint64>(line.amount));
        QVERIFY(line.source.contains(line.quote));
    }
    for (const Note &note : sheet.notes)
        QVERIFY2(text.contains(note.text), qPrintable(note.text));
    // Found by fuzzing: a case study of several paragraphs was once joined into one that the text
    // does not contain (regression-case-study-paragraphs.txt).
    for (const QString &paragraph : sheet.caseStudy.text.split(u"\n\n"_s))
        QVERIFY2(text.contains(paragraph), qPrintable(paragraph));
    for (const Figure &figure : sheet.figures) {
        QVERIFY2(text.contains(figure.source), qPrintable(figure.source));
        // A decrease is a negative change, printed as its size.
        if (!figure.derived)
            QCOMPARE(UkNumbers::parseQuotedFigure(figure.quote), std::optional<qint64>(std::abs(figure.value)));
    }
    FactsheetModel model;
    model.setFactsheet(result.takeFactsheet());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.indexOfEntity(model.index(row, 0).data(FactsheetModel::EntityIdRole).toString()).row(), row);
}

void TestFuzzRegressions::init()
{
    TestOutput::watch();
}

void TestFuzzRegressions::pdfLayoutSeedCorpus_data()
{
    addSeedRows(u"fuzz_pdflayout"_s, validPdfLayoutSeeds, 10);
}

void TestFuzzRegressions::pdfLayoutSeedCorpus()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);

    // The invariants fuzz/fuzz_pdflayout.cpp checks on every input.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    const std::optional<QList<PdfWords::Page>> pages = PdfWords::decode(file.readAll(), &problem);
    QVERIFY2(pages.has_value() == valid, qPrintable(pages ? u"read, but should be refused"_s : problem));
    if (!pages) {
        QVERIFY2(problem.startsWith(u"line "_s), qPrintable(problem));
        return;
    }
    const QString text = PdfLayout::text(*pages);
    for (const PdfWords::Page &page : *pages) {
        for (const PdfWords::Word &word : page.words) {
            QVERIFY2(text.contains(word.text) || (word.text.endsWith(u'-') && text.contains(word.text.chopped(1))),
                     qPrintable(word.text));
        }
    }
    QCOMPARE(PdfWords::decode(PdfWords::encode(*pages), nullptr).has_value(), true);
}

void TestFuzzRegressions::pdfLayoutOfTheSummarysWordsGivesItsText()
{
    // The seed's words were placed in two columns by a script, not by Qt: the layout still reads
    // them back into the factsheet of the shipped text.
    QFile seed(corpusDir(u"fuzz_pdflayout"_s) + u"/summary.txt"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const std::optional<QList<PdfWords::Page>> pages = PdfWords::decode(seed.readAll(), nullptr);
    QVERIFY(pages);
    const FactsheetLoadResult fromWords
        = LocalSummaryText::loadData(PdfLayout::text(*pages).toUtf8(), u"summary.pdf"_s);
    QVERIFY2(fromWords.ok(), qPrintable(fromWords.error().text()));
    QFile text(u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const FactsheetLoadResult fromText = LocalSummaryText::loadData(text.readAll(), u"summary.txt"_s);
    QVERIFY(fromText.ok());
    QCOMPARE(fromWords.factsheet().fundingLines.size(), fromText.factsheet().fundingLines.size());
    for (size_t i = 0; i < fromText.factsheet().fundingLines.size(); ++i) {
        QCOMPARE(fromWords.factsheet().fundingLines[i].source, fromText.factsheet().fundingLines[i].source);
        QCOMPARE(fromWords.factsheet().fundingLines[i].amount, fromText.factsheet().fundingLines[i].amount);
    }
    QCOMPARE(fromWords.factsheet().figures.size(), fromText.factsheet().figures.size());
    for (size_t i = 0; i < fromText.factsheet().figures.size(); ++i) {
        QCOMPARE(fromWords.factsheet().figures[i].source, fromText.factsheet().figures[i].source);
        QCOMPARE(fromWords.factsheet().figures[i].value, fromText.factsheet().figures[i].value);
    }
    QCOMPARE(fromWords.factsheet().caseStudy.text, fromText.factsheet().caseStudy.text);
    QCOMPARE(fromWords.factsheet().notes.size(), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
