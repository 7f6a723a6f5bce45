// The factsheet compiled into the app says what the published summary says: every figure, funding
// line, case-study detail and link, checked against the source text shipped beside it. The
// expected values here are typed from the published summary, not copied from the JSON.
#include "readers/factsheetreader.h"
#include "testoutput.h"
#include "uknumbers.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString sourceTextPath = u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s;
const QString attributionPath = u":/factsheet/source/ATTRIBUTION.txt"_s;

const QString employmentSentence = u"548,800 people in employment, an increase of 35,800 since 2010."_s;
const QString areaFiguresSentence = u"Population: 1,126,200 **Businesses:** 46,190"_s;
const QString openedSentence
    = u"The centre opened last year in September 2017 following a £2m investment from the Local Growth Fund and "
      "houses state-of-the-art science and engineering facilities."_s;
const QString levelsSentence
    = u"The Stafford College Science and Technology Centre is focusing on developing STEMrelated curriculum for "
      "young people, primarily at levels 3, 4 and 5."_s;
const QString legoSentence
    = u"It also includes a Lego innovation hub, which focuses on the technical aspects of learning through the "
      "medium of Lego."_s;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

Q_DECLARE_METATYPE(Scope)

class TestEmbeddedFactsheet final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initTestCase();

    void attribution();
    void sourceInfo();
    void area();

    void fundingLineOrder();
    void fundingLines_data();
    void fundingLines();
    void localTotalExcludesNationalLine();

    void figureOrder();
    void statedFigures_data();
    void statedFigures();
    void derivedFigure();

    void caseStudy();
    void caseStudySentences_data();
    void caseStudySentences();

    void links();

private:
    const Factsheet &sheet() const { return *m_sheet; }
    // Traceability: the sentence stands verbatim in the source, the quote in the sentence, and
    // the quote means the value.
    void verifyTraceable(const QString &sentence, const QString &quote, qint64 value) const;

    QString m_text;
    std::optional<Factsheet> m_sheet;
};

void TestEmbeddedFactsheet::initTestCase()
{
    FactsheetLoadResult result = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    m_sheet = result.takeFactsheet();
    m_text = readResource(sourceTextPath);
    QVERIFY(m_text.startsWith(u"Stoke-on-Trent & Staffordshire\n"_s));
}

void TestEmbeddedFactsheet::verifyTraceable(const QString &sentence, const QString &quote, qint64 value) const
{
    QVERIFY2(m_text.contains(sentence), qPrintable(u"not in the source text: "_s + sentence));
    QVERIFY2(sentence.contains(quote), qPrintable(quote + u" not in: "_s + sentence));
    const std::optional<qint64> quoted = UkNumbers::parseQuotedFigure(quote);
    QVERIFY2(quoted.has_value(), qPrintable(quote));
    QCOMPARE(*quoted, value);
}

void TestEmbeddedFactsheet::attribution()
{
    const QString attribution = readResource(attributionPath);
    QVERIFY(attribution.contains(u"Open Government Licence v3.0"_s));
    QVERIFY(attribution.contains(u"Crown copyright"_s));
}

void TestEmbeddedFactsheet::sourceInfo()
{
    const SourceInfo &info = sheet().sourceInfo;
    QCOMPARE(info.title, u"Industrial Strategy: local summaries - Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(info.publisher, u"Department for Business, Energy & Industrial Strategy"_s);
    QCOMPARE(info.published, u"2018-12"_s);
    QCOMPARE(info.copyright, u"Crown copyright"_s);
    QCOMPARE(info.licence, u"Open Government Licence v3.0"_s);
    QCOMPARE(info.textResource, sourceTextPath);
}

void TestEmbeddedFactsheet::area()
{
    const Area &area = sheet().area;
    QCOMPARE(area.name, u"Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(area.partnership, u"Stoke-on-Trent and Staffordshire Local Enterprise Partnership"_s);
    QVERIFY(m_text.startsWith(area.name));
    QVERIFY(area.source.contains(area.partnership));
    QVERIFY(m_text.contains(area.source));
}

void TestEmbeddedFactsheet::fundingLineOrder()
{
    QStringList ids;
    for (const FundingLine &line : sheet().fundingLines)
        ids << line.id;
    const QStringList expected = {u"cobra-biologics"_s, u"housebuilding-infrastructure"_s, u"bericote-four-ashes"_s,
                                  u"stafford-college-stc"_s, u"industrial-strategy-programmes"_s};
    QCOMPARE(ids, expected);
}

void TestEmbeddedFactsheet::fundingLines_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("fund");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("caseStudy");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("Cobra Biologics")
        << u"cobra-biologics"_s << u"Cobra Biologics"_s << u"Cobra Biologics"_s << qint64(2600000) << QString()
        << Scope::Local << u"Life sciences"_s << QString() << QString() << QString() << u"£2.6m"_s
        << u"£2.6m to Cobra Biologics to develop cell and gene therapy products that can improve and even save "
           "lives, including helping turn scientific discoveries into medicines ready for patients."_s;
    QTest::newRow("Housebuilding infrastructure")
        << u"housebuilding-infrastructure"_s << u"Housebuilding infrastructure"_s << QString() << qint64(10000000)
        << QString() << Scope::Local << u"Housing"_s << QString() << QString() << QString() << u"£10m"_s
        << u"£10m to accelerate housebuilding by providing the vital infrastructure to access new and existing "
           "sites."_s;
    QTest::newRow("Bericote Four Ashes Business Park")
        << u"bericote-four-ashes"_s << u"Bericote Four Ashes Business Park"_s << QString() << qint64(2800000)
        << QString() << Scope::Local << u"Infrastructure"_s << QString() << u"Wolverhampton"_s << QString()
        << u"£2.8m"_s
        << u"£2.8m for improvements to infrastructure to open up Bericote Four Ashes Business Park in "
           "Wolverhampton."_s;
    QTest::newRow("Stafford College Science & Technology Centre")
        << u"stafford-college-stc"_s << u"Stafford College Science & Technology Centre"_s << u"Stafford College"_s
        << qint64(2000000) << QString() << Scope::Local << u"Skills"_s << u"Local Growth Fund"_s << QString()
        << u"stafford-college-stc"_s << u"£2m"_s << openedSentence;
    QTest::newRow("Industrial Strategy programmes")
        << u"industrial-strategy-programmes"_s << u"Industrial Strategy programmes"_s << QString()
        << qint64(45000000000) << u"more than"_s << Scope::National << u"National programmes"_s << QString()
        << QString() << QString() << u"£45bn"_s
        << u"We have committed more than £45bn to Industrial Strategy programmes supporting research, local "
           "infrastructure, training and business growth throughout the United Kingdom."_s;
}

void TestEmbeddedFactsheet::fundingLines()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QString, recipient);
    QFETCH(qint64, amount);
    QFETCH(QString, qualifier);
    QFETCH(Scope, scope);
    QFETCH(QString, category);
    QFETCH(QString, fund);
    QFETCH(QString, location);
    QFETCH(QString, caseStudy);
    QFETCH(QString, quote);
    QFETCH(QString, sentence);

    const FundingLine *line = sheet().fundingLine(id);
    QVERIFY(line);
    QCOMPARE(line->title, title);
    QCOMPARE(line->recipient, recipient);
    QCOMPARE(line->amount, amount);
    QCOMPARE(line->amountQualifier, qualifier);
    QCOMPARE(line->scope, scope);
    QCOMPARE(line->category, category);
    QCOMPARE(line->fund, fund);
    QCOMPARE(line->location, location);
    QCOMPARE(line->caseStudyId, caseStudy);
    QCOMPARE(line->quote, quote);
    QCOMPARE(line->source, sentence);
    QVERIFY(!line->purpose.isEmpty());
    verifyTraceable(line->source, line->quote, line->amount);
    // What qualifies the amount is printed right before it ("more than £45bn").
    if (!qualifier.isEmpty())
        QVERIFY(line->source.contains(qualifier + u' ' + quote));
    // The fund and the location are in the sentence too; the recipient in it or in the case study
    // the sentence belongs to ("The centre opened ...").
    QVERIFY(line->source.contains(recipient)
            || (!caseStudy.isEmpty() && sheet().caseStudy.text.contains(line->source)
                && sheet().caseStudy.text.contains(recipient)));
    QVERIFY(line->source.contains(fund));
    QVERIFY(line->source.contains(location));
}

void TestEmbeddedFactsheet::localTotalExcludesNationalLine()
{
    qint64 local = 0;
    qint64 all = 0;
    for (const FundingLine &line : sheet().fundingLines) {
        all += line.amount;
        if (line.scope == Scope::Local)
            local += line.amount;
    }
    // £2.6m + £10m + £2.8m + £2m; the national £45bn is not the area's money.
    QCOMPARE(local, qint64(17400000));
    QCOMPARE(all - local, qint64(45000000000));
}

void TestEmbeddedFactsheet::figureOrder()
{
    QStringList ids;
    for (const Figure &figure : sheet().figures)
        ids << figure.id;
    // Stated figures first, then derived ones.
    const QStringList expected = {u"population"_s,
                                  u"businesses"_s,
                                  u"employment"_s,
                                  u"employment-increase-since-2010"_s,
                                  u"living-wage-beneficiaries"_s,
                                  u"apprenticeship-starts"_s,
                                  u"employment-2010"_s};
    QCOMPARE(ids, expected);
}

void TestEmbeddedFactsheet::statedFigures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("group");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("population") << u"population"_s << u"area"_s << qint64(1126200) << u"people"_s << u"1,126,200"_s
                                << areaFiguresSentence;
    QTest::newRow("businesses") << u"businesses"_s << u"area"_s << qint64(46190) << u"businesses"_s << u"46,190"_s
                                << areaFiguresSentence;
    QTest::newRow("employment") << u"employment"_s << u"labourMarket"_s << qint64(548800) << u"people"_s << u"548,800"_s
                                << employmentSentence;
    QTest::newRow("increase since 2010") << u"employment-increase-since-2010"_s << u"labourMarket"_s << qint64(35800)
                                         << u"people"_s << u"35,800"_s << employmentSentence;
    QTest::newRow("living-wage beneficiaries")
        << u"living-wage-beneficiaries"_s << u"labourMarket"_s << qint64(23500) << u"workers"_s << u"23,500"_s
        << u"23,500 workers directly benefiting from the National Living and Minimum Wages."_s;
    QTest::newRow("apprenticeship starts")
        << u"apprenticeship-starts"_s << u"labourMarket"_s << qint64(8680) << u"apprenticeship starts"_s << u"8,680"_s
        << u"8,680 apprenticeships starts last year."_s;
}

void TestEmbeddedFactsheet::statedFigures()
{
    QFETCH(QString, id);
    QFETCH(QString, group);
    QFETCH(qint64, value);
    QFETCH(QString, unit);
    QFETCH(QString, quote);
    QFETCH(QString, sentence);

    const Figure *figure = sheet().figure(id);
    QVERIFY(figure);
    QCOMPARE(figure->group, group);
    QCOMPARE(figure->value, value);
    QCOMPARE(figure->unit, unit);
    QCOMPARE(figure->quote, quote);
    QCOMPARE(figure->source, sentence);
    QCOMPARE(figure->derived, false);
    QVERIFY(figure->derivation.isEmpty());
    QVERIFY(!figure->label.isEmpty());
    QVERIFY(!figure->shortLabel.isEmpty());
    verifyTraceable(figure->source, figure->quote, figure->value);
}

void TestEmbeddedFactsheet::derivedFigure()
{
    const Figure *figure = sheet().figure(u"employment-2010"_s);
    QVERIFY(figure);
    QCOMPARE(figure->label, u"People in employment in 2010"_s);
    QCOMPARE(figure->shortLabel, u"2010"_s);
    QCOMPARE(figure->group, u"labourMarket"_s);
    QCOMPARE(figure->unit, u"people"_s);
    // 548,800 in employment now, 35,800 more than in 2010.
    QCOMPARE(figure->value, qint64(513000));
    QCOMPARE(figure->derived, true);
    QCOMPARE(figure->derivation,
             u"548,800 (people in employment) − 35,800 (increase in employment since 2010) = 513,000"_s);
    QVERIFY(figure->quote.isEmpty());
    // Its sentence is that of the figure it starts from, and both operands are quoted there.
    QCOMPARE(figure->source, employmentSentence);
    QVERIFY(m_text.contains(figure->source));
    const Figure *employment = sheet().figure(u"employment"_s);
    const Figure *increase = sheet().figure(u"employment-increase-since-2010"_s);
    QVERIFY(employment && increase);
    QCOMPARE(figure->value, employment->value - increase->value);
}

void TestEmbeddedFactsheet::caseStudy()
{
    const CaseStudy &study = sheet().caseStudy;
    QCOMPARE(study.id, u"stafford-college-stc"_s);
    QCOMPARE(study.title, u"Stafford College Science & Technology Centre"_s);
    QCOMPARE(study.acronym, u"STC"_s);
    QCOMPARE(study.fundingLineId, u"stafford-college-stc"_s);
    QCOMPARE(study.opened, QDate(2017, 9, 1));
    QCOMPARE(study.openedSource, openedSentence);
    QCOMPARE(study.levels, QList<int>({3, 4, 5}));
    QCOMPARE(study.levelsSource, levelsSentence);
    QCOMPARE(study.source, u"Case study: Stafford College Science & Technology Centre (STC)"_s);
    QCOMPARE(study.text, levelsSentence + u' ' + openedSentence + u' ' + legoSentence);

    QStringList facilities;
    for (const Facility &facility : study.facilities)
        facilities << facility.name;
    QCOMPARE(facilities,
             QStringList({u"State-of-the-art science and engineering facilities"_s, u"Lego innovation hub"_s}));
    QCOMPARE(study.facilities.at(0).source, openedSentence);
    QVERIFY(study.facilities.at(0).description.isEmpty());
    QCOMPARE(study.facilities.at(1).description,
             u"Focuses on the technical aspects of learning through the medium of Lego"_s);
    QCOMPARE(study.facilities.at(1).source, legoSentence);

    // The investment it tells the story of is the £2m funding line, quoted in its opening sentence.
    const FundingLine *investment = sheet().fundingLine(study.fundingLineId);
    QVERIFY(investment);
    QCOMPARE(investment->caseStudyId, study.id);
    verifyTraceable(study.openedSource, investment->quote, investment->amount);
}

void TestEmbeddedFactsheet::caseStudySentences_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");

    const CaseStudy &study = sheet().caseStudy;
    QTest::newRow("heading") << study.source << u"(%1)"_s.arg(study.acronym);
    QTest::newRow("whole text") << study.text << u"Stafford College Science and Technology Centre"_s;
    QTest::newRow("opened") << study.openedSource << UkNumbers::month(study.opened);
    QTest::newRow("levels") << study.levelsSource << u"levels 3, 4 and 5"_s;
    QTest::newRow("facility: science and engineering")
        << study.facilities.value(0).source << u"state-of-the-art science and engineering facilities"_s;
    QTest::newRow("facility: Lego") << study.facilities.value(1).source << u"Lego innovation hub"_s;
}

void TestEmbeddedFactsheet::caseStudySentences()
{
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QVERIFY2(m_text.contains(sentence), qPrintable(sentence));
    QVERIFY2(sentence.contains(quote), qPrintable(quote));
}

void TestEmbeddedFactsheet::links()
{
    const QList<Link> &links = sheet().links;
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).label, u"More examples"_s);
    QCOMPARE(links.at(0).url, u"bit.ly/IS-map"_s);
    QCOMPARE(links.at(0).source, u"For more examples go to bit.ly/IS-map"_s);
    QVERIFY(m_text.contains(links.at(0).source));
    QVERIFY(links.at(0).source.contains(links.at(0).url));
}

void TestEmbeddedFactsheet::init()
{
    TestOutput::watch();
}

QTEST_GUILESS_MAIN(TestEmbeddedFactsheet)
#include "tst_embeddedfactsheet.moc"
