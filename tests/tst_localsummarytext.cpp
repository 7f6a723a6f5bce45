// Reading a local summary from its text: the shipped Stoke-on-Trent & Staffordshire text gives
// exactly the figures the embedded JSON factsheet states (two independent routes to the same
// numbers), every entity quotes its sentence verbatim, and a text that strays from the summaries'
// layout is refused with the file, the line and what was expected.
#include "embeddedfactsheet.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "readers/factsheetreader.h"
#include "readers/localsummarytext.h"
#include "readers/readerrules.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
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
        highlights += amount + " to Cobra Biologics to grow.\n\n";
    return text.left(first) + highlights + text.mid(end);
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
    // Tab is text; a form feed (a page break, as PDF extraction leaves them) at a line's edge is white space.
    const FactsheetLoadResult result = LocalSummaryText::loadData(
        withChange("\nIndustrial Strategy highlights include:", "\n\fIndustrial Strategy highlights include:")
            .replace("to Cobra Biologics to develop", "to Cobra Biologics\tto develop"),
        u"tabs.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().fundingLines[0].source.left(40), u"£2.6m to Cobra Biologics\tto develop cell"_s);
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

void TestLocalSummaryText::rejectsText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray("\n  \n")
                           << u"bad.txt: line 1: expected the text of an Industrial "
                              "Strategy local summary, found an empty file"_s;
    QTest::newRow("not UTF-8") << withChange("Population:", "Popul\xE2\x28tion:")
                               << u"bad.txt: line 19, column 6: expected text in UTF-8, found the bytes 0xE2 0x28"_s;
    QTest::newRow("not UTF-8: a lone continuation byte") << withChange("Cobra", "Cobr\xA9")
                                                         << u"bad.txt: line 9, column 14: expected text in UTF-8, "
                                                            "found the byte 0xA9"_s;
    QTest::newRow("not UTF-8: cut short at the end") << sourceText()
            + "\xE2\x82"_ba << u"bad.txt: line 29, column 229: expected text in UTF-8, found the bytes 0xE2 0x82"_s;
    QTest::newRow("highlights heading first")
        << withChange("Stoke-on-Trent & Staffordshire\n", "Industrial Strategy highlights include:\n")
        << u"bad.txt: line 1: expected the name of the area before the highlights, found \"Industrial Strategy "
           "highlights include:\""_s;
    QTest::newRow("no highlights heading")
        << withChange("Industrial Strategy highlights include:", "Highlights:")
        << u"bad.txt: end of file: expected the line \"Industrial Strategy highlights include:\", found no more "
           "text"_s;
    QTest::newRow("highlight amount with pence")
        << withChange("£2.6m to Cobra", "£2.65 to Cobra")
        << u"bad.txt: line 9: expected an amount in whole pounds, such as \"£2.6m\" or \"£10m\", found \"£2.65\""_s;
    QTest::newRow("highlight without to or for")
        << withChange("£10m to accelerate", "£10m towards accelerating")
        << u"bad.txt: line 11: expected a highlight such as \"£2.6m to Cobra Biologics to develop ...\": its "
           "amount, then \"to\" or \"for\" and what it pays for, found \"£10m towards accelerating housebuilding "
           "by providing the ...\""_s;
    QTest::newRow("highlight without amount")
        << withChange("£10m to accelerate", "Funding to accelerate")
        << u"bad.txt: line 11: expected the labour-market figures, such as \"548,800 people in employment, an "
           "increase of 35,800 since 2010.\", or a highlight starting with its amount, found \"Funding to "
           "accelerate housebuilding by providing the vita...\""_s;
    QTest::newRow("labour-market sentence unknown")
        << withChange("8,680 apprenticeships starts last year.", "8,680 apprentices.")
        << u"bad.txt: line 15: expected the labour-market figures, such as \"548,800 people in employment, an "
           "increase of 35,800 since 2010.\", or a highlight starting with its amount, found \"8,680 "
           "apprentices.\""_s;
    QTest::newRow("labour-market figure missing")
        << withChange(" 23,500 workers directly benefiting from the National Living and Minimum Wages.", "")
        << u"bad.txt: line 15: expected people in employment, workers on the National Living and Minimum Wages "
           "and apprenticeship starts, all three, found \"548,800 people in employment, an increase of 35,800 "
           "since...\""_s;
    QTest::newRow("labour-market figure twice")
        << withChange("8,680 apprenticeships starts last year.",
                      "8,680 apprenticeships starts last year. 8,690 apprenticeships starts last year.")
        << u"bad.txt: line 15: expected each labour-market figure once, found \"8,690 apprenticeships starts last "
           "year.\""_s;
    QTest::newRow("count badly grouped") << withChange(
        "548,800 people",
        "5488,00 people") << u"bad.txt: line 15: expected a count such as \"548,800\", found \"5488,00\""_s;
    QTest::newRow("increase larger than employment")
        << withChange("an increase of 35,800", "an increase of 635,800")
        << u"bad.txt: line 15: expected an increase no larger than the number in employment, found \"548,800 "
           "people in employment, an increase of 635,800 sinc...\""_s;
    QTest::newRow("no population line")
        << withChange("Population: 1,126,200 **Businesses:** 46,190", "Population: 1,126,200")
        << u"bad.txt: line 19: expected the line \"Population: N Businesses: N\", found \"Population: "
           "1,126,200\""_s;
    QTest::newRow("no case study")
        << withChange("Case study: Stafford College Science & Technology Centre (STC)", "Stafford College")
        << u"bad.txt: line 21: expected the case study's heading, \"Case study: its title\", found \"Stafford "
           "College\""_s;
    QTest::newRow("case study without text")
        << sourceText().left(sourceText().indexOf("The Stafford College Science and Technology Centre is"))
        << u"bad.txt: end of file: expected the text of the case study, found no more text"_s;
    QTest::newRow("unknown closing line")
        << withChange("For more examples go to bit.ly/IS-map", "For more examples go to bit.ly/IS-map\n\nThanks.")
        << u"bad.txt: line 27: expected \"For more examples go to ...\", \"... is now working with the government "
           "to develop its Local Industrial Strategy.\" or \"We have committed ...\", each once, found "
           "\"Thanks.\""_s;
    QTest::newRow("closing line twice")
        << withChange("For more examples go to bit.ly/IS-map",
                      "For more examples go to bit.ly/IS-map\n\nFor more examples go to bit.ly/IS-map")
        << u"bad.txt: line 27: expected \"For more examples go to ...\", \"... is now working with the government "
           "to develop its Local Industrial Strategy.\" or \"We have committed ...\", each once, found \"For more "
           "examples go to bit.ly/IS-map\""_s;
    QTest::newRow("no partnership")
        << withChange("Stoke-on-Trent and Staffordshire Local Enterprise Partnership is now working with the "
                      "government to develop its Local Industrial Strategy.\n",
                      "")
        << u"bad.txt: end of file: expected the line \"... is now working with the government to develop its "
           "Local Industrial Strategy.\", which names the partnership, found no more text"_s;
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
    QTest::newRow("carriage return inside a line")
        << withChange("Population: 1,126,200 ", "Population: 1,126,200\r")
        << u"bad.txt: line 19: expected text without control characters, found \"Population: "
           "1,126,200<U+000D>**Businesses:** 46,190\""_s;
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
    QTest::newRow("amount beyond 2^53 - 1")
        << withChange("£2.6m to Cobra", "£9,007,199,254,740,992 to Cobra")
        << u"bad.txt: line 9: expected a figure of at most 9,007,199,254,740,991, found \"£9,007,199,254,740,992\""_s;
    QTest::newRow("1,100 highlights at the largest amount")
        << withHighlights(1100, "£9,007,199,254,740,991")
        << u"bad.txt: line 11: expected local amounts that add up to at most £9,007,199,254,740,991, found a local "
           "total of £18,014,398,509,481,982 with this line"_s;
    QTest::newRow("local total passes 2^53 - 1 at the case study")
        << withHighlights(1, "£9,007,199,254,740,000")
        << u"bad.txt: line 19: expected local amounts that add up to at most £9,007,199,254,740,991, found a local "
           "total of £9,007,199,256,740,000 with this line"_s;
    QTest::newRow("national commitment without amount")
        << withChange("We have committed more than £45bn", "We have committed billions")
        << u"bad.txt: line 29: expected \"We have committed\", an amount such as \"£45bn\", then what it is for, "
           "found \"We have committed billions to Industrial Strategy program...\""_s;
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
    QVERIFY(!document.open(FactsheetLoader::embeddedPath()));
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
