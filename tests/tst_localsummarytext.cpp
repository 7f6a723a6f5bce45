// Reading a local summary from its text: the shipped Stoke-on-Trent & Staffordshire text gives
// exactly the figures the embedded JSON factsheet states (two independent routes to the same
// numbers), every entity quotes its sentence verbatim, every text of tests/data/ gives exactly the
// entities and notes of its .expected file, no "£" is ever dropped without a note, and only what is
// not a summary at all, or passes a limit, is refused, with the file, the place and what was expected.
#include "derivedfigures.h"
#include "embeddedfactsheet.h"
#include "factsheetdocument.h"
#include "factsheetdump.h"
#include "factsheetmodel.h"
#include "readers/factsheetreader.h"
#include "readers/localsummarytext.h"
#include "readers/readerrules.h"
#include "readers/summarytext.h"
#include "readers/text/amounts.h"
#include "testoutput.h"
#include "uknumbers.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString sourceTextPath = u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s;

QByteArray sourceText()
{
    QFile file(sourceTextPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(sourceTextPath));
    return file.readAll();
}

Factsheet importedFactsheet()
{
    FactsheetLoadResult result = LocalSummaryText::loadData(sourceText(), u"summary.txt"_s);
    if (!result.ok())
        qFatal("the shipped source text does not import: %s", qPrintable(result.error().text()));
    return result.takeFactsheet();
}

// The shipped text with one change; the change must apply, or the row tests nothing.
QByteArray withChange(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = sourceText();
    if (!text.contains(from))
        qFatal("the source text has no \"%s\"", from.constData());
    return text.replace(from, to);
}

// The shipped text with `count` highlights of `amount` (as printed) in place of its own.
QByteArray withHighlights(int count, const QByteArray &amount)
{
    const QByteArray text = sourceText();
    const qsizetype first = text.indexOf("£2.6m to Cobra");
    const qsizetype end = text.indexOf(" 548,800 people");
    QByteArray highlights;
    for (int i = 0; i < count; ++i)
        highlights += amount + " to Cobra Biologics to grow (" + QByteArray::number(i + 1) + ").\n\n"; // each its own
    return text.left(first) + highlights + text.mid(end);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString dataDir()
{
    return QFINDTESTDATA(u"data"_s);
}

// Every text the reader is tested on: tests/data/ and the fuzz target's seeds.
QStringList everyTestText()
{
    QStringList paths;
    for (const QString &folder : {dataDir(), QFINDTESTDATA(u"../fuzz/corpus/fuzz_localsummarytext"_s)}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
    }
    return paths;
}

// Why a "£" at `at` of a paragraph as read is accounted for: a funding line quotes it there, or a
// note holds it; empty when neither does.
bool isAccountedFor(const Factsheet &sheet, const QString &paragraph, qsizetype at)
{
    for (const FundingLine &line : sheet.fundingLines) {
        if (!line.hasAmount)
            continue;
        for (qsizetype from = paragraph.indexOf(line.source); from >= 0;
             from = paragraph.indexOf(line.source, from + 1)) {
            if (at >= from && at < from + line.source.size() && QStringView(paragraph).mid(at).startsWith(line.quote)
                && line.source.indexOf(line.quote) >= 0)
                return true;
        }
    }
    for (const Note &note : sheet.notes) {
        for (qsizetype from = paragraph.indexOf(note.text); from >= 0 && !note.text.isEmpty();
             from = paragraph.indexOf(note.text, from + 1)) {
            if (at >= from && at < from + note.text.size())
                return true;
        }
    }
    return false;
}

// Whether the figure-shaped number `number` at `at` of a paragraph as read is accounted for: a
// figure quotes it in a sentence standing there, or a note holds it.
bool isFigureAccountedFor(const Factsheet &sheet, const QString &paragraph, qsizetype at, const QString &number)
{
    const auto covers = [&](const QString &text) {
        for (qsizetype from = paragraph.indexOf(text); from >= 0 && !text.isEmpty();
             from = paragraph.indexOf(text, from + 1)) {
            if (at >= from && at < from + text.size())
                return true;
        }
        return false;
    };
    for (const Figure &figure : sheet.figures) {
        if (!figure.derived && figure.quote == number && covers(figure.source))
            return true;
    }
    return std::any_of(sheet.notes.cbegin(), sheet.notes.cend(), [&](const Note &note) { return covers(note.text); });
}

const QByteArray employmentParagraph
    = " 548,800 people in employment, an increase of 35,800 since 2010. 23,500 workers "
      "directly benefiting from the National Living and Minimum Wages. 8,680 "
      "apprenticeships starts last year.";

} // namespace

class TestLocalSummaryText final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsArea();
    void readsFundingLines();
    void readsFigures();
    void readsCaseStudyAndLink();
    void agreesWithEmbeddedJson();
    void everySourceSentenceStandsInText();
    void toleratesWindowsLineEndsAndByteOrderMark();
    void namesUniqueIdsForRepeatedTitles();
    void keepsCaseStudyParagraphsApart();
    void acceptsTabsAndPageBreaks();
    void readsTestTexts_data();
    void readsTestTexts();
    void noMoneyIsDroppedWithoutANote_data();
    void noMoneyIsDroppedWithoutANote();
    void readsAmountsExactlyOrNotAtAll_data();
    void readsAmountsExactlyOrNotAtAll();
    void readsASummaryPastedTwiceOnce();
    void verticalTabAloneIsNoText();
    void derivedFiguresStayWithinTheLimit();
    void toleratesText_data();
    void toleratesText();
    void rejectsText_data();
    void rejectsText();
    void readFileReadsTextByItsContent_data();
    void readFileReadsTextByItsContent();
    void documentOpensTextFile();
};

void TestLocalSummaryText::readsArea()
{
    const Factsheet sheet = importedFactsheet();
    QCOMPARE(sheet.area.name, u"Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(sheet.area.partnership, u"Stoke-on-Trent and Staffordshire Local Enterprise Partnership"_s);
    QCOMPARE(sheet.area.source,
             u"Stoke-on-Trent and Staffordshire Local Enterprise Partnership is now working with "
             "the government to develop its Local Industrial Strategy."_s);
    QCOMPARE(sheet.sourceInfo.title, u"Industrial Strategy: local summaries - Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(sheet.sourceInfo.publisher, u"Department for Business, Energy & Industrial Strategy"_s);
    QCOMPARE(sheet.sourceInfo.published, u"2018-12"_s);
    QCOMPARE(sheet.sourceInfo.copyright, u"Crown copyright"_s);
    QCOMPARE(sheet.sourceInfo.licence, u"Open Government Licence v3.0"_s);
    QCOMPARE(sheet.sourceInfo.textResource, u"summary.txt"_s);
    QCOMPARE(sheet.categories, (QStringList {u"Case study"_s, u"Highlights"_s, u"National programmes"_s}));
}

void TestLocalSummaryText::readsFundingLines()
{
    const Factsheet sheet = importedFactsheet();
    QCOMPARE(sheet.fundingLines.size(), size_t(5));

    const FundingLine &cobra = sheet.fundingLines[0];
    QCOMPARE(cobra.id, u"cobra-biologics"_s);
    QCOMPARE(cobra.title, u"Cobra Biologics"_s);
    QCOMPARE(cobra.recipient, u"Cobra Biologics"_s);
    QCOMPARE(cobra.purpose,
             u"Develop cell and gene therapy products that can improve and even save lives, including "
             "helping turn scientific discoveries into medicines ready for patients"_s);
    QCOMPARE(cobra.amount, Q_INT64_C(2600000));
    QCOMPARE(cobra.quote, u"£2.6m"_s);
    QCOMPARE(cobra.category, u"Highlights"_s);
    QCOMPARE(cobra.scope, Scope::Local);
    QCOMPARE(cobra.source,
             u"£2.6m to Cobra Biologics to develop cell and gene therapy products that can improve and "
             "even save lives, including helping turn scientific discoveries into medicines ready for "
             "patients."_s);

    const FundingLine &housing = sheet.fundingLines[1];
    QCOMPARE(housing.id, u"accelerate-housebuilding"_s);
    QCOMPARE(housing.title, u"Accelerate housebuilding"_s);
    QCOMPARE(housing.recipient, QString());
    QCOMPARE(housing.purpose,
             u"Accelerate housebuilding by providing the vital infrastructure to access new and existing sites"_s);
    QCOMPARE(housing.amount, Q_INT64_C(10000000));
    QCOMPARE(housing.quote, u"£10m"_s);

    const FundingLine &bericote = sheet.fundingLines[2];
    QCOMPARE(bericote.id, u"bericote-four-ashes-business-park"_s);
    QCOMPARE(bericote.title, u"Bericote Four Ashes Business Park"_s);
    QCOMPARE(bericote.purpose, u"Improvements to infrastructure to open up Bericote Four Ashes Business Park"_s);
    QCOMPARE(bericote.location, u"Wolverhampton"_s);
    QCOMPARE(bericote.amount, Q_INT64_C(2800000));
    QCOMPARE(bericote.quote, u"£2.8m"_s);

    const FundingLine &college = sheet.fundingLines[3];
    QCOMPARE(college.id, u"stafford-college-science-technology-centre"_s);
    QCOMPARE(college.title, u"Stafford College Science & Technology Centre"_s);
    QCOMPARE(college.purpose, u"The case study's investment, from the Local Growth Fund"_s);
    QCOMPARE(college.fund, u"Local Growth Fund"_s);
    QCOMPARE(college.category, u"Case study"_s);
    QCOMPARE(college.caseStudyId, u"stafford-college-science-technology-centre"_s);
    QCOMPARE(college.amount, Q_INT64_C(2000000));
    QCOMPARE(college.quote, u"£2m"_s);

    const FundingLine &national = sheet.fundingLines[4];
    QCOMPARE(national.id, u"industrial-strategy-programmes"_s);
    QCOMPARE(national.title, u"Industrial Strategy programmes"_s);
    QCOMPARE(national.purpose,
             u"Research, local infrastructure, training and business growth throughout the United Kingdom"_s);
    QCOMPARE(national.amount, Q_INT64_C(45000000000));
    QCOMPARE(national.amountQualifier, u"more than"_s);
    QCOMPARE(national.quote, u"£45bn"_s);
    QCOMPARE(national.category, u"National programmes"_s);
    QCOMPARE(national.scope, Scope::National);
}

void TestLocalSummaryText::readsFigures()
{
    const Factsheet sheet = importedFactsheet();
    QStringList figures;
    for (const Figure &figure : sheet.figures) {
        figures << u"%1 = %2 (%3)"_s.arg(figure.id)
                       .arg(figure.value)
                       .arg(figure.derived ? figure.derivation : figure.quote);
    }
    QCOMPARE(figures,
             (QStringList {
                 u"population = 1126200 (1,126,200)"_s,
                 u"businesses = 46190 (46,190)"_s,
                 u"employment = 548800 (548,800)"_s,
                 u"employment-increase-since-2010 = 35800 (35,800)"_s,
                 u"living-wage-beneficiaries = 23500 (23,500)"_s,
                 u"apprenticeship-starts = 8680 (8,680)"_s,
                 u"employment-2010 = 513000 (548,800 (people in employment) − 35,800 (increase in "
                 "employment since 2010) = 513,000)"_s,
             }));
    QCOMPARE(sheet.figure(u"apprenticeship-starts"_s)->source, u"8,680 apprenticeships starts last year."_s);
    QCOMPARE(sheet.figure(u"businesses"_s)->source, u"Population: 1,126,200 **Businesses:** 46,190"_s);
}

void TestLocalSummaryText::readsCaseStudyAndLink()
{
    const Factsheet sheet = importedFactsheet();
    const CaseStudy &study = sheet.caseStudy;
    QCOMPARE(study.id, u"stafford-college-science-technology-centre"_s);
    QCOMPARE(study.title, u"Stafford College Science & Technology Centre"_s);
    QCOMPARE(study.acronym, u"STC"_s);
    QCOMPARE(study.fundingLineId, u"stafford-college-science-technology-centre"_s);
    QCOMPARE(study.opened, QDate(2017, 9, 1));
    QCOMPARE(study.openedSource,
             u"The centre opened last year in September 2017 following a £2m investment from "
             "the Local Growth Fund and houses state-of-the-art science and engineering "
             "facilities."_s);
    QCOMPARE(study.levels, (QList<int> {3, 4, 5}));
    QCOMPARE(study.levelsSource,
             u"The Stafford College Science and Technology Centre is focusing on developing "
             "STEMrelated curriculum for young people, primarily at levels 3, 4 and 5."_s);
    QVERIFY(study.facilities.isEmpty());
    QVERIFY(study.text.endsWith(u"through the medium of Lego."_s));
    QCOMPARE(study.source, u"Case study: Stafford College Science & Technology Centre (STC)"_s);

    QCOMPARE(sheet.links.size(), 1);
    QCOMPARE(sheet.links[0].label, u"More examples"_s);
    QCOMPARE(sheet.links[0].url, u"bit.ly/IS-map"_s);
    QCOMPARE(sheet.links[0].source, u"For more examples go to bit.ly/IS-map"_s);
}

void TestLocalSummaryText::agreesWithEmbeddedJson()
{
    const Factsheet json = embeddedFactsheet();
    const Factsheet text = importedFactsheet();

    // Figures: the same ids, words and values, so the same charts show them.
    QCOMPARE(text.figures.size(), json.figures.size());
    for (size_t i = 0; i < json.figures.size(); ++i) {
        const Figure &expected = json.figures[i];
        const Figure &actual = text.figures[i];
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.group, expected.group);
        QCOMPARE(actual.label, expected.label);
        QCOMPARE(actual.shortLabel, expected.shortLabel);
        QCOMPARE(actual.unit, expected.unit);
        QCOMPARE(actual.measure, expected.measure);
        QCOMPARE(actual.value, expected.value);
        QCOMPARE(actual.quote, expected.quote);
        QCOMPARE(actual.source, expected.source);
        QCOMPARE(actual.derived, expected.derived);
        QCOMPARE(actual.derivation, expected.derivation);
    }
    // Funding lines: the same sums of money from the same sentences (titles and categories are the
    // JSON's editorial choices, which the text does not make).
    QCOMPARE(text.fundingLines.size(), json.fundingLines.size());
    for (size_t i = 0; i < json.fundingLines.size(); ++i) {
        const FundingLine &expected = json.fundingLines[i];
        const FundingLine &actual = text.fundingLines[i];
        QCOMPARE(actual.amount, expected.amount);
        QCOMPARE(actual.amountQualifier, expected.amountQualifier);
        QCOMPARE(actual.quote, expected.quote);
        QCOMPARE(actual.source, expected.source);
        QCOMPARE(actual.scope, expected.scope);
        QCOMPARE(actual.location, expected.location);
        QCOMPARE(actual.fund, expected.fund);
        QCOMPARE(actual.caseStudyId.isEmpty(), expected.caseStudyId.isEmpty());
    }
    QCOMPARE(text.caseStudy.title, json.caseStudy.title);
    QCOMPARE(text.caseStudy.acronym, json.caseStudy.acronym);
    QCOMPARE(text.caseStudy.opened, json.caseStudy.opened);
    QCOMPARE(text.caseStudy.levels, json.caseStudy.levels);
    QCOMPARE(text.caseStudy.text, json.caseStudy.text);
    QCOMPARE(text.caseStudy.source, json.caseStudy.source);
    QCOMPARE(text.area.name, json.area.name);
    QCOMPARE(text.area.partnership, json.area.partnership);
}

void TestLocalSummaryText::everySourceSentenceStandsInText()
{
    const QString text = QString::fromUtf8(sourceText());
    const Factsheet sheet = importedFactsheet();
    QStringList sources {sheet.area.source, sheet.caseStudy.source, sheet.caseStudy.openedSource,
                         sheet.caseStudy.levelsSource, sheet.caseStudy.text};
    for (const FundingLine &line : sheet.fundingLines) {
        sources << line.source;
        QVERIFY2(line.source.contains(line.quote), qPrintable(line.id));
    }
    for (const Figure &figure : sheet.figures) {
        sources << figure.source;
        QVERIFY2(figure.derived || figure.source.contains(figure.quote), qPrintable(figure.id));
    }
    for (const Link &link : sheet.links)
        sources << link.source;
    for (const QString &source : std::as_const(sources))
        QVERIFY2(text.contains(source), qPrintable(source));
}

void TestLocalSummaryText::toleratesWindowsLineEndsAndByteOrderMark()
{
    QByteArray text = sourceText();
    text.replace("\n", "\r\n");
    text.prepend("\xEF\xBB\xBF");
    const FactsheetLoadResult result = LocalSummaryText::loadData(text, u"windows.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().area.name, u"Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(result.factsheet().links[0].source, u"For more examples go to bit.ly/IS-map"_s);
    QCOMPARE(result.factsheet().figures.size(), size_t(7));
}

void TestLocalSummaryText::acceptsTabsAndPageBreaks()
{
    // Tab is white space like any other; a form feed (a page break, as PDF extraction leaves them)
    // ends a paragraph.
    const FactsheetLoadResult result = LocalSummaryText::loadData(
        withChange("\nIndustrial Strategy highlights include:", "\n\fIndustrial Strategy highlights include:")
            .replace("to Cobra Biologics to develop", "to Cobra Biologics\tto develop"),
        u"tabs.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().fundingLines[0].source.left(40), u"£2.6m to Cobra Biologics to develop cell"_s);
    QCOMPARE(result.factsheet().notes.size(), 0);
}

void TestLocalSummaryText::namesUniqueIdsForRepeatedTitles()
{
    const QByteArray highlight = "£2.6m to Cobra Biologics to develop cell and gene therapy products";
    const QByteArray text = withChange(highlight,
                                       highlight
                                           + ".\n\n£1m to Cobra Biologics to grow.\n\n£3m to "
                                             "Cobra Biologics for more");
    const FactsheetLoadResult result = LocalSummaryText::loadData(text, u"repeated.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const std::vector<FundingLine> &lines = result.factsheet().fundingLines;
    QCOMPARE(lines.size(), size_t(7));
    QCOMPARE(lines[0].id, u"cobra-biologics"_s);
    QCOMPARE(lines[1].id, u"cobra-biologics-2"_s);
    QCOMPARE(lines[1].purpose, u"Grow"_s);
    QCOMPARE(lines[1].amount, Q_INT64_C(1000000));
    QCOMPARE(lines[2].id, u"cobra-biologics-3"_s);
    QCOMPARE(lines[2].purpose,
             u"More that can improve and even save lives, including helping turn scientific "
             "discoveries into medicines ready for patients"_s);
}

void TestLocalSummaryText::keepsCaseStudyParagraphsApart()
{
    const QByteArray lego = "It also includes a Lego innovation hub";
    const FactsheetLoadResult result
        = LocalSummaryText::loadData(withChange(" " + lego, "\n\n\n" + lego), u"two.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const QString text = result.factsheet().caseStudy.text;
    QCOMPARE(text.count(u"\n\n"_s), 1);
    QVERIFY(text.endsWith(u"engineering facilities.\n\nIt also includes a Lego innovation hub, which focuses on the "
                          "technical aspects of learning through the medium of Lego."_s));
    QCOMPARE(result.factsheet().caseStudy.opened, QDate(2017, 9, 1));
}

void TestLocalSummaryText::readsTestTexts_data()
{
    QTest::addColumn<QString>("path");

    const QDir dir(dataDir());
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 12, qPrintable(dir.path()));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLocalSummaryText::readsTestTexts()
{
    QFETCH(QString, path);

    // Each text has the entities and notes it must give, exactly, in the .expected file beside it.
    const FactsheetLoadResult result = FactsheetReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QString expectedPath = path;
    expectedPath.replace(QRegularExpression(u"\\.txt$"_s), u".expected"_s);
    QFile expectedFile(expectedPath);
    const bool hasExpected = expectedFile.open(QIODevice::ReadOnly);
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList actual = dumpFactsheet(result.factsheet());
    if (actual != expected)
        qInfo().noquote() << u"read:\n"_s + actual.join(u'\n');
    QCOMPARE(actual, expected);
    QVERIFY2(hasExpected, qPrintable(expectedPath));

    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(result.factsheet());
    QCOMPARE(model.rowCount(),
             int(result.factsheet().fundingLines.size() + result.factsheet().figures.size()
                 + DerivedFigures::of(result.factsheet()).size()) // the model derives these for every reader
                 + (result.factsheet().hasCaseStudy() ? 1 : 0));
}

void TestLocalSummaryText::noMoneyIsDroppedWithoutANote_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : everyTestText())
        QTest::newRow(qPrintable(QFileInfo(path).dir().dirName() + u'/' + QFileInfo(path).fileName())) << path;
}

void TestLocalSummaryText::noMoneyIsDroppedWithoutANote()
{
    QFETCH(QString, path);

    const QByteArray data = contentOf(path);
    const FactsheetLoadResult result = FactsheetReader::readData(data, path);
    if (!result.ok())
        return; // refused as a whole: nothing shown, nothing dropped
    const Factsheet &sheet = result.factsheet();
    // What the reader read, independently decoded: the paragraphs every sentence quoted stands in.
    QStringDecoder decoder(QStringConverter::encodingForData(data).value_or(QStringConverter::Utf8));
    const QList<SummaryText::Paragraph> paragraphs = LocalSummaryText::paragraphsOf(QString(decoder(data)).toUtf8());
    int pounds = 0;
    for (const SummaryText::Paragraph &paragraph : paragraphs) {
        for (qsizetype at = paragraph.text.indexOf(u'£'); at >= 0; at = paragraph.text.indexOf(u'£', at + 1)) {
            ++pounds;
            QVERIFY2(
                isAccountedFor(sheet, paragraph.text, at),
                qPrintable(u"line %1: \"%2\" is neither a funding line's figure nor in a note"_s.arg(paragraph.line)
                               .arg(paragraph.text.mid(at, 20))));
        }
    }
    const auto standsInText = [&paragraphs](const QString &text) {
        return std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                           [&text](const SummaryText::Paragraph &paragraph) { return paragraph.text.contains(text); });
    };
    for (const FundingLine &line : sheet.fundingLines) {
        QVERIFY2(standsInText(line.source), qPrintable(line.source));
        QVERIFY2(line.hasAmount == !line.quote.isEmpty(), qPrintable(line.id));
        if (line.hasAmount) {
            QVERIFY(line.source.contains(line.quote));
            QCOMPARE(UkNumbers::parseQuotedFigure(line.quote), std::optional<qint64>(line.amount));
            // Read strictly: the quote is an amount of its sentence that is read, and its value is the line's.
            const QList<SummaryText::Amount> strict = SummaryText::amounts(line.source);
            QVERIFY2(std::any_of(strict.cbegin(), strict.cend(),
                                 [&line](const SummaryText::Amount &amount) {
                                     return amount.value == line.amount
                                         && line.source.mid(amount.span.start, amount.span.length) == line.quote;
                                 }),
                     qPrintable(line.quote + u" in "_s + line.source));
        }
    }
    // Every figure-shaped number of a labour-market or area sentence (a count of thousands, with or
    // without commas, and any fraction of one) is a figure's quote or in a note.
    static const QRegularExpression figureShaped(
        u"(?<![\\d,.])(?:\\d{1,3}(?:,\\d{3})+|\\d{5,})(?:\\.\\d+)?(?![\\d,])"_s);
    static const QRegularExpression figureWords(u"employment|wage|apprentice|population|businesses"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    for (const SummaryText::Paragraph &paragraph : paragraphs) {
        for (const SummaryText::Span &sentence : SummaryText::sentences(paragraph.text)) {
            const QString text = paragraph.text.mid(sentence.start, sentence.length);
            if (!text.contains(figureWords) || SummaryText::hasPoundSign(text))
                continue;
            for (const QRegularExpressionMatch &number : figureShaped.globalMatch(text)) {
                QVERIFY2(
                    isFigureAccountedFor(sheet, paragraph.text, sentence.start + number.capturedStart(),
                                         number.captured()),
                    qPrintable(u"line %1: figure %2 is neither a figure's quote nor in a note"_s.arg(paragraph.line)
                                   .arg(number.captured())));
            }
        }
    }

    for (const Figure &figure : sheet.figures)
        QVERIFY2(standsInText(figure.source), qPrintable(figure.source));
    for (const Note &note : sheet.notes)
        QVERIFY2(standsInText(note.text), qPrintable(note.text));
    // The row is only worth its name where the text has money in it.
    QVERIFY(pounds > 0 || !data.contains("\xC2\xA3"));
}

void TestLocalSummaryText::readsASummaryPastedTwiceOnce()
{
    const FactsheetLoadResult once = LocalSummaryText::loadData(sourceText(), u"once.txt"_s);
    const FactsheetLoadResult twice = LocalSummaryText::loadData(sourceText() + "\n" + sourceText(), u"twice.txt"_s);
    QVERIFY2(twice.ok(), qPrintable(twice.error().text()));
    // The same money and figures, each once: the repeats are notes.
    QStringList onceLines, twiceLines, twiceFigures, onceFigures;
    for (const FundingLine &line : once.factsheet().fundingLines)
        onceLines << line.id + u' ' + QString::number(line.amount);
    for (const FundingLine &line : twice.factsheet().fundingLines)
        twiceLines << line.id + u' ' + QString::number(line.amount);
    for (const Figure &figure : once.factsheet().figures)
        onceFigures << figure.id + u' ' + QString::number(figure.value);
    for (const Figure &figure : twice.factsheet().figures)
        twiceFigures << figure.id + u' ' + QString::number(figure.value);
    QCOMPARE(twiceLines, onceLines);
    QCOMPARE(twiceFigures, onceFigures);
    QStringList reasons;
    for (const Note &note : twice.factsheet().notes)
        reasons << u"line %1: %2"_s.arg(note.line).arg(note.reason);
    QCOMPARE(reasons,
             (QStringList {u"line 30: a paragraph among the closing lines that the reader could not place"_s,
                           u"line 32: a paragraph among the closing lines that the reader could not place"_s,
                           u"line 34: a paragraph among the closing lines that the reader could not place"_s,
                           u"line 38: the highlight on line 9 again, word for word: read once"_s,
                           u"line 40: the highlight on line 11 again, word for word: read once"_s,
                           u"line 42: the highlight on line 13 again, word for word: read once"_s,
                           u"line 44: a second figure of people in employment; the one on line 15 is kept"_s,
                           u"line 44: a second figure of workers directly benefiting from the national living and "
                           "minimum wages; the one on line 15 is kept"_s,
                           u"line 44: a second figure of apprenticeship starts last year; the one on line 15 is kept"_s,
                           u"line 48: a second figure of population; the one on line 19 is kept"_s,
                           u"line 48: a second figure of businesses; the one on line 19 is kept"_s,
                           u"line 50: the heading of a second case study: the reader reads one"_s,
                           u"line 52: part of a second case study: the reader reads one"_s,
                           u"line 56: a second partnership; the one on line 27 is kept"_s,
                           u"line 58: the national commitment on line 29 again, word for word: read once"_s}));
}

void TestLocalSummaryText::verticalTabAloneIsNoText()
{
    // A vertical tab is white space: a line of nothing else is a blank line, not a paragraph.
    const QByteArray text
        = withChange("\nIndustrial Strategy highlights include:", "\n\v\nIndustrial Strategy highlights include:");
    for (const SummaryText::Paragraph &paragraph : LocalSummaryText::paragraphsOf(text))
        QVERIFY2(!paragraph.text.trimmed().isEmpty() && !paragraph.text.contains(u'\v'), qPrintable(paragraph.text));
    const FactsheetLoadResult result = LocalSummaryText::loadData(text, u"tab.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(dumpFactsheet(result.factsheet()).mid(1), dumpFactsheet(importedFactsheet()).mid(1));
}

void TestLocalSummaryText::derivedFiguresStayWithinTheLimit()
{
    // 9,007,199,254,740,991 workers per 1,000 of 1 in employment would be past 2^53 - 1: not made.
    const QByteArray text = withChange(" 548,800 people in employment, an increase of 35,800 since 2010. 23,500",
                                       " 1 people in employment. 9,007,199,254,740,991");
    const FactsheetLoadResult result = LocalSummaryText::loadData(text, u"huge.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QStringList derived;
    for (const Figure &figure : DerivedFigures::of(result.factsheet()))
        derived << figure.id;
    QCOMPARE(derived,
             (QStringList {u"apprenticeship-starts-per-1000-residents"_s, u"local-funding-per-resident"_s,
                           u"local-funding-per-business"_s}));
    // Within the limit, the same rate is made.
    const FactsheetLoadResult small = LocalSummaryText::loadData(
        withChange(" 548,800 people in employment, an increase of 35,800 since 2010. 23,500",
                   " 1 people in employment. 9,007,199,254,740"),
        u"large.txt"_s);
    QVERIFY2(small.ok(), qPrintable(small.error().text()));
    const std::vector<Figure> made = DerivedFigures::of(small.factsheet());
    QVERIFY(std::any_of(made.cbegin(), made.cend(), [](const Figure &figure) {
        return figure.id == u"living-wage-workers-per-1000-employed"_s && figure.value == Q_INT64_C(9007199254740000);
    }));
}

void TestLocalSummaryText::toleratesText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("notes"); // as dumped: "note line N: reason", "  text: ..."
    QTest::addColumn<QStringList>("figures");
    QTest::addColumn<QStringList>("fundingLines"); // ids, "(not stated)" after a line without an amount

    const QStringList allFigures {u"population"_s,
                                  u"businesses"_s,
                                  u"employment"_s,
                                  u"employment-increase-since-2010"_s,
                                  u"living-wage-beneficiaries"_s,
                                  u"apprenticeship-starts"_s,
                                  u"employment-2010"_s};
    const QStringList allLines {u"cobra-biologics"_s, u"accelerate-housebuilding"_s,
                                u"bericote-four-ashes-business-park"_s, u"stafford-college-science-technology-centre"_s,
                                u"industrial-strategy-programmes"_s};
    const auto without = [](QStringList list, const QString &item) {
        list.removeAll(item);
        return list;
    };

    QTest::newRow("no highlights heading: amounts first are highlights")
        << withChange("Industrial Strategy highlights include:", "Highlights:") << QStringList() << allFigures
        << allLines;
    QTest::newRow("highlight amount with pence")
        << withChange("£2.6m to Cobra", "£2.65 to Cobra")
        << QStringList {u"note line 9: \"£2.65\" is not an amount in whole pounds the reader can read, such as "
                        "\"£2.6m\", \"£750k\" or \"£3 million\""_s,
                        u"  text: \"£2.65 to Cobra Biologics to develop cell and gene therapy products that can "
                        "improve and even save lives, including helping turn scientific discoveries into medicines "
                        "ready for patients.\""_s}
        << allFigures << without(allLines, u"cobra-biologics"_s);
    QTest::newRow("highlight without to or for")
        << withChange("£10m to accelerate", "£10m towards accelerating") << QStringList() << allFigures
        << QStringList {u"cobra-biologics"_s, u"towards-accelerating-housebuilding"_s,
                        u"bericote-four-ashes-business-park"_s, u"stafford-college-science-technology-centre"_s,
                        u"industrial-strategy-programmes"_s};
    QTest::newRow("highlight without amount")
        << withChange("£10m to accelerate", "Funding to accelerate") << QStringList() << allFigures
        << QStringList {u"cobra-biologics"_s, u"funding (not stated)"_s, u"bericote-four-ashes-business-park"_s,
                        u"stafford-college-science-technology-centre"_s, u"industrial-strategy-programmes"_s};
    QTest::newRow("labour-market sentence unknown")
        << withChange("8,680 apprenticeships starts last year.", "8,680 apprentices.")
        << QStringList {u"note line 15: a sentence with figures that the reader could not place"_s,
                        u"  text: \"8,680 apprentices.\""_s}
        << without(allFigures, u"apprenticeship-starts"_s) << allLines;
    QTest::newRow("labour-market figure missing")
        << withChange(" 23,500 workers directly benefiting from the National Living and Minimum Wages.", "")
        << QStringList() << without(allFigures, u"living-wage-beneficiaries"_s) << allLines;
    QTest::newRow("labour-market figure twice")
        << withChange("8,680 apprenticeships starts last year.",
                      "8,680 apprenticeships starts last year. 8,690 apprenticeships starts last year.")
        << QStringList {u"note line 15: a second figure of apprenticeship starts last year; the one on line 15 is "
                        "kept"_s,
                        u"  text: \"8,690 apprenticeships starts last year.\""_s}
        << allFigures << allLines;
    QTest::newRow("count badly grouped")
        << withChange("548,800 people", "5488,00 people")
        << QStringList {u"note line 15: \"5488,00\" is not a count the reader can read, such as \"548,800\" "
                        "(people in employment)"_s,
                        u"  text: \"5488,00 people in employment, an increase of 35,800 since 2010.\""_s}
        << QStringList {u"population"_s, u"businesses"_s, u"living-wage-beneficiaries"_s, u"apprenticeship-starts"_s}
        << allLines;
    QTest::newRow("increase larger than employment")
        << withChange("an increase of 35,800", "an increase of 635,800")
        << QStringList {u"note line 15: people in employment in 2010 cannot be derived: the increase of 635,800 is "
                        "larger than the 548,800 in employment"_s,
                        u"  text: \"548,800 people in employment, an increase of 635,800 since 2010.\""_s}
        << without(allFigures, u"employment-2010"_s) << allLines;
    QTest::newRow("no businesses") << withChange("Population: 1,126,200 **Businesses:** 46,190",
                                                 "Population: 1,126,200")
                                   << QStringList() << without(allFigures, u"businesses"_s) << allLines;
    QTest::newRow("no case study heading: its paragraph is a note, its money with it")
        << withChange("Case study: Stafford College Science & Technology Centre (STC)", "Stafford College")
        << QStringList {u"note line 21: a paragraph among the figures that the reader could not place"_s,
                        u"  text: \"Stafford College\""_s,
                        u"note line 23: a paragraph among the figures that the reader could not place"_s,
                        u"  text: \"The Stafford College Science and Technology Centre is focusing on developing "
                        "STEMrelated curriculum for young people, primarily at levels 3, 4 and 5. The centre opened "
                        "last year in September 2017 following a £2m investment from the Local Growth Fund and "
                        "houses state-of-the-art science and engineering facilities. It also includes a Lego "
                        "innovation hub, which focuses on the technical aspects of learning through the medium of "
                        "Lego.\""_s}
        << allFigures << without(allLines, u"stafford-college-science-technology-centre"_s);
    QTest::newRow("case study without text")
        << sourceText().left(sourceText().indexOf("The Stafford College Science and Technology Centre is"))
        << QStringList {u"note line 21: a case study's heading with no text after it"_s,
                        u"  text: \"Case study: Stafford College Science & Technology Centre (STC)\""_s}
        << allFigures << allLines.mid(0, 3);
    QTest::newRow("unknown closing line")
        << withChange("For more examples go to bit.ly/IS-map", "For more examples go to bit.ly/IS-map\n\nThanks.")
        << QStringList {u"note line 27: a paragraph among the closing lines that the reader could not place"_s,
                        u"  text: \"Thanks.\""_s}
        << allFigures << allLines;
    QTest::newRow("no partnership") << withChange(
        "Stoke-on-Trent and Staffordshire Local Enterprise Partnership is now working with the "
        "government to develop its Local Industrial Strategy.\n",
        "") << QStringList() << allFigures
                                    << allLines;
    QTest::newRow("carriage return inside a line: a line end")
        << withChange("Population: 1,126,200 ", "Population: 1,126,200\r") << QStringList() << allFigures << allLines;
    const QString tooLarge = u": more than 9,007,199,254,740,991, the largest figure the reader keeps exactly"_s;
    QTest::newRow("a fraction where a count is expected")
        << withChange("Population: 1,126,200 ", "Population: 1,126,200.5 ")
        << QStringList {u"note line 19: \"1,126,200.5\" has a fraction where a count is expected (population)"_s,
                        u"  text: \"Population: 1,126,200.5 **Businesses:** 46,190\""_s}
        << without(allFigures, u"population"_s) << allLines;
    QTest::newRow("a count past 2^53 - 1")
        << withChange("Population: 1,126,200 ", "Population: 9,007,199,254,740,992 ")
        << QStringList {u"note line 19: \"9,007,199,254,740,992\""_s + tooLarge,
                        u"  text: \"Population: 9,007,199,254,740,992 **Businesses:** 46,190\""_s}
        << without(allFigures, u"population"_s) << allLines;
    QTest::newRow("a 21-digit count: a note, as an 18-digit amount")
        << withChange("Population: 1,126,200 ", "Population: 123456789012345678901 ")
        << QStringList {u"note line 19: \"123456789012345678901\""_s + tooLarge,
                        u"  text: \"Population: 123456789012345678901 **Businesses:** 46,190\""_s}
        << without(allFigures, u"population"_s) << allLines;
    QTest::newRow("a fall and a rise: employment read, the change noted with its figures")
        << withChange("an increase of 35,800 since 2010.", "a fall of 1,200 and a rise of 3,000 since 2010.")
        << QStringList {u"note line 15: a change in employment the reader cannot read as one increase or decrease "
                        "since a year, so its figures are not read: \"1,200\", \"3,000\", \"2010\""_s,
                        u"  text: \"548,800 people in employment, a fall of 1,200 and a rise of 3,000 since 2010.\""_s}
        << QStringList {u"population"_s, u"businesses"_s, u"employment"_s, u"living-wage-beneficiaries"_s,
                        u"apprenticeship-starts"_s}
        << allLines;
    QTest::newRow("a minus before employment: noted with its figures, the others read")
        << withChange(" 548,800 people", " -548,800 people")
        << QStringList {u"note line 15: a sign before a count of people in employment, so none of its figures is "
                        "read: \"548,800\", \"35,800\", \"2010\""_s,
                        u"  text: \"-548,800 people in employment, an increase of 35,800 since 2010.\""_s}
        << QStringList {u"population"_s, u"businesses"_s, u"living-wage-beneficiaries"_s, u"apprenticeship-starts"_s}
        << allLines;
    QTest::newRow("derived 2010 employment past 2^53 - 1")
        << withChange("an increase of 35,800", "a decrease of 9,007,199,254,740,991")
        << QStringList {u"note line 15: people in employment in 2010 cannot be derived: 9,007,199,255,289,791"_s
                            + tooLarge,
                        u"  text: \"548,800 people in employment, a decrease of 9,007,199,254,740,991 since 2010.\""_s}
        << QStringList {u"population"_s,
                        u"businesses"_s,
                        u"employment"_s,
                        u"employment-change-since-2010"_s,
                        u"living-wage-beneficiaries"_s,
                        u"apprenticeship-starts"_s}
        << allLines;
    QTest::newRow("national commitment without amount")
        << withChange("We have committed more than £45bn", "We have committed billions")
        << QStringList {u"note line 29: a national commitment without an amount the reader can read"_s,
                        u"  text: \"We have committed billions to Industrial Strategy programmes supporting "
                        "research, local infrastructure, training and business growth throughout the United "
                        "Kingdom.\""_s}
        << allFigures << allLines.mid(0, 4);
}

void TestLocalSummaryText::readsAmountsExactlyOrNotAtAll_data()
{
    QTest::addColumn<QByteArray>("amount"); // as printed, before " to Acme Widgets to build a factory."
    QTest::addColumn<qint64>("value");      // the line's amount; -1: no line of Acme Widgets
    QTest::addColumn<QString>("quote");     // the line's quote
    QTest::addColumn<QString>("reason");    // the note's reason, empty: no note

    const QString notWhole = u" is not an amount in whole pounds the reader can read, such as \"£2.6m\", "
                             "\"£750k\" or \"£3 million\""_s;
    const QString tooLarge = u": more than 9,007,199,254,740,991, the largest figure the reader keeps exactly"_s;
    // Forms with one meaning: read.
    QTest::newRow("spaced thousands") << "£1 000 000"_ba << qint64(1000000) << u"£1 000 000"_s << QString();
    QTest::newRow("Million capitalised") << "£3 Million"_ba << qint64(3000000) << u"£3 Million"_s << QString();
    QTest::newRow("MILLION in capitals") << "£3 MILLION"_ba << qint64(3000000) << u"£3 MILLION"_s << QString();
    QTest::newRow("M capitalised") << "£2.6M"_ba << qint64(2600000) << u"£2.6M"_s << QString();
    // One meaning in British usage (a thousand million is a billion), so read.
    QTest::newRow("thousand million") << "£5 thousand million"_ba << qint64(5000000000) << u"£5 thousand million"_s
                                      << QString();
    QTest::newRow("full-width pound sign") << "\xEF\xBF\xA1"
                                              "5m"_ba
                                           << qint64(5000000) << u"\uFFE15m"_s << QString();
    QTest::newRow("lira sign") << "\xE2\x82\xA4"
                                  "5m"_ba
                               << qint64(5000000) << u"\u20A45m"_s << QString();
    QTest::newRow("GBP") << "GBP 5m"_ba << qint64(5000000) << u"GBP 5m"_s << QString();
    QTest::newRow("a 16-digit amount") << "£9,007,199,200,000,000"_ba << qint64(9007199200000000)
                                       << u"£9,007,199,200,000,000"_s << QString();
    QTest::newRow("share of another amount: one line, the share noted")
        << "£2.6m (50% of £5.2m)"_ba << qint64(2600000) << u"£2.6m"_s
        << u"\"50% of £5.2m\": a share of another amount, not an amount of its own"_s;
    // Forms without one meaning: a note saying why, no amount.
    QTest::newRow("point without decimals") << "£5.m"_ba << qint64(-1) << QString() << u"\"£5.m\""_s + notWhole;
    QTest::newRow("range with an en dash") << "£5\xE2\x80\x93"
                                              "10m"_ba
                                           << qint64(-1) << QString()
                                           << u"\"£5\u2013"
                                              "10m\": a range, not one amount, so no amount is read"_s;
    QTest::newRow("range of two amounts")
        << "£5m-£10m"_ba << qint64(-1) << QString() << u"\"£5m-£10m\": a range, not one amount, so no amount is read"_s;
    QTest::newRow("hyphen before") << "-£3m"_ba << qint64(-1) << QString()
                                   << u"\"-£3m\": a sign before the amount, so no amount is read"_s;
    QTest::newRow("minus sign before") << "\xE2\x88\x92£3m"_ba << qint64(-1) << QString()
                                       << u"\"\u2212£3m\": a sign before the amount, so no amount is read"_s;
    QTest::newRow("right-to-left mark inside")
        << "£2\xE2\x80\x8F.6m"_ba << qint64(-1) << QString()
        << u"\"£2<U+200F>.6m\": an invisible or combining character inside the number, so no amount is read"_s;
    QTest::newRow("zero-width space inside")
        << "£2\xE2\x80\x8B.6m"_ba << qint64(-1) << QString()
        << u"\"£2<U+200B>.6m\": an invisible or combining character inside the number, so no amount is read"_s;
    QTest::newRow("combining mark inside")
        << "£2\xCC\x81.6m"_ba << qint64(-1) << QString()
        << u"\"£2\u0301.6m\": an invisible or combining character inside the number, so no amount is read"_s;
    QTest::newRow("past 2^53 - 1") << "£9,007,199,254,740,992"_ba << qint64(-1) << QString()
                                   << u"\"£9,007,199,254,740,992\""_s + tooLarge;
    QTest::newRow("18 digits: a note, as a 21-digit count")
        << "£123,456,789,012,345,678"_ba << qint64(-1) << QString() << u"\"£123,456,789,012,345,678\""_s + tooLarge;
    QTest::newRow("19 digits") << "£1,234,567,890,123,456,789"_ba << qint64(-1) << QString()
                               << u"\"£1,234,567,890,123,456,789\""_s + tooLarge;
}

void TestLocalSummaryText::readsAmountsExactlyOrNotAtAll()
{
    QFETCH(QByteArray, amount);
    QFETCH(qint64, value);
    QFETCH(QString, quote);
    QFETCH(QString, reason);

    const QString sentence = QString::fromUtf8(amount) + u" to Acme Widgets to build a factory."_s;
    const FactsheetLoadResult result = LocalSummaryText::loadData(
        withChange("£2.6m to Cobra", amount + " to Acme Widgets to build a factory.\n\n£2.6m to Cobra"), u"odd.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const Factsheet &sheet = result.factsheet();
    QStringList lineIds;
    for (const FundingLine &line : sheet.fundingLines)
        lineIds << line.id;
    QCOMPARE(lineIds.mid(lineIds.indexOf(u"cobra-biologics"_s)),
             (QStringList {u"cobra-biologics"_s, u"accelerate-housebuilding"_s, u"bericote-four-ashes-business-park"_s,
                           u"stafford-college-science-technology-centre"_s, u"industrial-strategy-programmes"_s}));
    if (value >= 0) {
        QCOMPARE(lineIds.size(), 6);
        const FundingLine &acme = sheet.fundingLines.front();
        QCOMPARE(acme.id, u"acme-widgets"_s);
        QCOMPARE(acme.amount, value);
        QVERIFY(acme.hasAmount);
        QCOMPARE(acme.quote, quote);
        QCOMPARE(acme.source, sentence);
        QCOMPARE(acme.purpose, u"Build a factory"_s);
    } else {
        QCOMPARE(lineIds.size(), 5);
    }
    QStringList notes;
    for (const Note &note : sheet.notes)
        notes << u"line %1: %2 | %3"_s.arg(note.line).arg(note.reason, note.text);
    QCOMPARE(notes, reason.isEmpty() ? QStringList() : QStringList {u"line 9: %1 | %2"_s.arg(reason, sentence)});
}

void TestLocalSummaryText::toleratesText()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, notes);
    QFETCH(QStringList, figures);
    QFETCH(QStringList, fundingLines);

    const FactsheetLoadResult result = LocalSummaryText::loadData(text, u"odd.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const QStringList dump = dumpFactsheet(result.factsheet());
    const qsizetype firstNote
        = std::find_if(dump.cbegin(), dump.cend(), [](const QString &line) { return line.startsWith(u"note "_s); })
        - dump.cbegin();
    QCOMPARE(dump.mid(firstNote), notes);
    QStringList figureIds;
    for (const Figure &figure : result.factsheet().figures)
        figureIds << figure.id;
    QCOMPARE(figureIds, figures);
    QStringList lineIds;
    for (const FundingLine &line : result.factsheet().fundingLines)
        lineIds << (line.hasAmount ? line.id : line.id + u" (not stated)"_s);
    QCOMPARE(lineIds, fundingLines);
}

void TestLocalSummaryText::rejectsText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    const QString notASummary = u"bad.txt: expected the text of an Industrial Strategy local summary: the area's name "
                                "on its first line and figures (highlights such as \"£2.6m to ...\", people in "
                                "employment, population, businesses), found "_s;
    // Not a summary at all.
    QTest::newRow("empty") << QByteArray("\n  \n")
                           << u"bad.txt: line 1: expected the text of an Industrial "
                              "Strategy local summary, found an empty file"_s;
    QTest::newRow("no figures") << QByteArray("Somewhere\n\nNo figures here, nor any money.\n")
                                << notASummary + u"no figures"_s;
    QTest::newRow("the highlights heading first")
        << withChange("Stoke-on-Trent & Staffordshire\n", "Industrial Strategy highlights include:\n")
        << notASummary + u"no area's name on the first line, but \"Industrial Strategy highlights include:\""_s;
    QTest::newRow("a figure first") << QByteArray("548,800 people in employment.\n\nPopulation: 1,126,200\n")
                                    << notASummary
            + u"no area's name on the first line, but \"548,800 people in employment.\""_s;
    QTest::newRow("the area's figures first")
        << QByteArray("**Population:** 1,126,200\n\n£2m to Leek.\n")
        << notASummary + u"no area's name on the first line, but \"**Population:** 1,126,200\""_s;
    QTest::newRow("a highlight first") << QByteArray("£2.6m to Cobra Biologics to grow.\n")
                                       << notASummary
            + u"no area's name on the first line, but \"£2.6m to Cobra Biologics to grow.\""_s;
    // Not text.
    QTest::newRow("not UTF-8") << withChange("Population:", "Popul\xE2\x28tion:")
                               << u"bad.txt: line 19, column 6: expected text in UTF-8, found the bytes 0xE2 0x28"_s;
    QTest::newRow("not UTF-8: a lone continuation byte") << withChange("Cobra", "Cobr\xA9")
                                                         << u"bad.txt: line 9, column 14: expected text in UTF-8, "
                                                            "found the byte 0xA9"_s;
    QTest::newRow("not UTF-8: cut short at the end") << sourceText()
            + "\xE2\x82"_ba << u"bad.txt: line 29, column 229: expected text in UTF-8, found the bytes 0xE2 0x82"_s;
    // Limits.
    QTest::newRow("NUL in the area's name")
        << withChange("Stoke-on-Trent & Staffordshire\n", "Stoke-on-Trent\0 & Staffordshire\n"_ba)
        << u"bad.txt: line 1: expected text without control characters, found \"Stoke-on-Trent<U+0000> & "
           "Staffordshire\""_s;
    QTest::newRow("escape in a highlight")
        << withChange("£10m to accelerate", "£10m to\x1b accelerate")
        << u"bad.txt: line 11: expected text without control characters, found \"£10m to<U+001B> accelerate "
           "housebuilding by providing the vital ...\""_s;
    QTest::newRow("DEL late in a long line")
        << withChange("ready for patients.", "ready for\x7f patients.")
        << u"bad.txt: line 9: expected text without control characters, found \"...ntific discoveries "
           "into medicines ready for<U+007F> patients.\""_s;
    QTest::newRow("line over 10,000 characters")
        << withChange("Stoke-on-Trent & Staffordshire\n", QByteArray(10001, 'S') + "\n")
        << u"bad.txt: line 1: expected a line of at most 10,000 characters, found 10,001 characters"_s;
    QTest::newRow("50 MB name") << withChange("Stoke-on-Trent & Staffordshire\n", QByteArray(50'000'000, 'S') + "\n")
                                << u"bad.txt: line 1: expected a line of at most 10,000 characters, found "
                                   "50,000,000 characters"_s;
    QTest::newRow("case study over 100,000 characters")
        << withChange("For more examples go to",
                      (QByteArray(9000, 'c') + "\n\n").repeated(12) + "For more examples go to")
        << u"bad.txt: line 47: expected a case study of at most 100,000 characters, found 108,456 characters by the "
           "end of this line"_s;
    QTest::newRow("1,100 highlights at the largest amount")
        << withHighlights(1100, "£9,007,199,254,740,991")
        << u"bad.txt: line 11: expected local amounts that add up to at most £9,007,199,254,740,991, found a local "
           "total of £18,014,398,509,481,982 with this line"_s;
    QTest::newRow("local total passes 2^53 - 1 at the case study")
        << withHighlights(1, "£9,007,199,254,740,000")
        << u"bad.txt: line 19: expected local amounts that add up to at most £9,007,199,254,740,991, found a local "
           "total of £9,007,199,256,740,000 with this line"_s;
}

void TestLocalSummaryText::rejectsText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);

    const FactsheetLoadResult result = LocalSummaryText::loadData(text, u"bad.txt"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().text(), expected);
}

void TestLocalSummaryText::readFileReadsTextByItsContent_data()
{
    QTest::addColumn<QString>("fileName");

    QTest::newRow("named .TXT") << u"Summary.TXT"_s;
    // What a file holds is told from its content, so its name does not matter.
    QTest::newRow("named .json") << u"summary.json"_s;
    QTest::newRow("no extension") << u"summary"_s;
}

void TestLocalSummaryText::readFileReadsTextByItsContent()
{
    QFETCH(QString, fileName);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(withChange("£2.6m to Cobra", "£3.1m to Cobra")) > 0);
    file.close();

    const FactsheetLoadResult result = FactsheetReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().fundingLines[0].amount, Q_INT64_C(3100000));
    QCOMPARE(result.factsheet().sourceInfo.textResource, path);
}

void TestLocalSummaryText::documentOpensTextFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"summary.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(sourceText()) > 0);
    file.close();

    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument document(&model);
    QVERIFY(!document.open(FactsheetReader::embeddedPath()));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!document.open(path));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(document.path(), path);
    QCOMPARE(model.rowCount(), 5 + 7 + 5 + 1);
    const QModelIndex college = model.indexOfEntity(u"fundingLine/stafford-college-science-technology-centre"_s);
    QVERIFY(college.isValid());
    QCOMPARE(college.siblingAtColumn(FactsheetModel::AmountColumn).data().toString(), u"£2,000,000"_s);
    QVERIFY(model.indexOfEntity(u"caseStudy/stafford-college-science-technology-centre"_s).isValid());
}

void TestLocalSummaryText::init()
{
    TestOutput::watch();
}

QTEST_GUILESS_MAIN(TestLocalSummaryText)
#include "tst_localsummarytext.moc"
