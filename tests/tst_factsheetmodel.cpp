// The one source model: its row layout, every role as documented in factsheetmodel.h, headers,
// flags, entity lookup and resets.
#include "embeddedfactsheet.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "readers/factsheetreader.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Normalisation)

namespace {

const QString cobra = u"fundingLine/cobra-biologics"_s;
const QString stcLine = u"fundingLine/stafford-college-stc"_s;
const QString nationalLine = u"fundingLine/industrial-strategy-programmes"_s;
const QString employment = u"figure/employment"_s;
const QString employment2010 = u"figure/employment-2010"_s;
const QString caseStudy = u"caseStudy/stafford-college-stc"_s;

const QString employmentSentence = u"548,800 people in employment, an increase of 35,800 since 2010."_s;
const QString employmentDerivation
    = u"548,800 (people in employment) − 35,800 (increase in employment since 2010) = 513,000"_s;
const QString stcSentence
    = u"The centre opened last year in September 2017 following a £2m investment from the Local Growth Fund and "
      "houses state-of-the-art science and engineering facilities."_s;
const QString cobraSentence
    = u"£2.6m to Cobra Biologics to develop cell and gene therapy products that can improve and even save lives, "
      "including helping turn scientific discoveries into medicines ready for patients."_s;
const QString nationalSentence
    = u"We have committed more than £45bn to Industrial Strategy programmes supporting research, local "
      "infrastructure, training and business growth throughout the United Kingdom."_s;
const QString caseStudyHeading = u"Case study: Stafford College Science & Technology Centre (STC)"_s;

FundingLine line(const QString &id, const QString &category)
{
    FundingLine line;
    line.id = id;
    line.title = id;
    line.category = category;
    line.amount = 1;
    return line;
}

} // namespace

class TestFactsheetModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void passesModelTesterBeforeAndAfterLoading();
    void emptyBeforeLoading();
    void rowLayout();
    void chartRowsByMatch();
    void fundingChartRowsAsTheRolesSay();
    void typedAccess();

    void roles_data();
    void roles();
    void areaFacts();
    void display_data();
    void display();
    void toolTips_data();
    void toolTips();
    void presentationRoles();
    void caseStudyRole();
    void linksRole();

    void headerData();
    void flagsAreReadOnly();
    void indexOfEntity_data();
    void indexOfEntity();
    void entityIdHelpers();
    void roleNames();

    void secondSetFactsheetResetsOnce();
    void categoriesSortedForPeople();

private:
    FactsheetModel m_model;
};

void TestFactsheetModel::init()
{
    TestOutput::watch();
    m_model.setFactsheet(embeddedFactsheet());
    QCOMPARE(m_model.rowCount(), 18);
}

void TestFactsheetModel::passesModelTesterBeforeAndAfterLoading()
{
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument document(&model);
    QVERIFY(!document.open(FactsheetReader::embeddedPath()));
    QCOMPARE(model.rowCount(), 18);
    model.setFactsheet(embeddedFactsheet());
    QCOMPARE(model.rowCount(), 18);
    Factsheet small;
    small.fundingLines.push_back(line(u"only"_s, u"Skills"_s));
    model.setFactsheet(small);
    // No case study, no case-study row.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.caseStudyRow(), -1);
    small.caseStudy.id = u"study"_s;
    model.setFactsheet(small);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.caseStudyRow(), 1);
}

void TestFactsheetModel::emptyBeforeLoading()
{
    const FactsheetModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FactsheetModel::ColumnCount));
    QCOMPARE(model.fundingLineCount(), 0);
    QCOMPARE(model.caseStudyRow(), -1);
    QVERIFY(!model.isFundingLineRow(0));
    QVERIFY(model.categories().isEmpty());
    QVERIFY(!model.indexOfEntity(caseStudy).isValid());
    QVERIFY(!model.index(0, 0).isValid());
}

void TestFactsheetModel::chartRowsByMatch()
{
    // The model's own match() for a chart gives exactly the rows whose ChartRole says so, in order.
    const auto entitiesOf = [](const QModelIndexList &indexes) {
        QStringList entities;
        for (const QModelIndex &index : indexes)
            entities << index.data(FactsheetModel::EntityIdRole).toString();
        return entities;
    };
    const QModelIndex first = m_model.index(0, 0);
    QCOMPARE(entitiesOf(m_model.match(first, FactsheetModel::ChartRole, u"employment"_s, -1, Qt::MatchExactly)),
             (QStringList {employment, employment2010}));
    QCOMPARE(entitiesOf(
                 m_model.match(first, FactsheetModel::ChartRole, u"apprenticeships-and-wages"_s, -1, Qt::MatchExactly)),
             (QStringList {u"figure/living-wage-beneficiaries"_s, u"figure/apprenticeship-starts"_s}));
    QCOMPARE(entitiesOf(m_model.match(first, FactsheetModel::ChartRole, u"funding"_s, -1, Qt::MatchExactly)),
             (QStringList {cobra, u"fundingLine/housebuilding-infrastructure"_s, u"fundingLine/bericote-four-ashes"_s,
                           stcLine}));
    QVERIFY(m_model.match(first, FactsheetModel::ChartRole, u"nothing"_s, -1, Qt::MatchExactly).isEmpty());
    // Any other question is the base class's: the first hit only, here.
    QCOMPARE(entitiesOf(m_model.match(first, FactsheetModel::ChartRole, u"funding"_s, 1, Qt::MatchExactly)),
             QStringList {cobra});
    // And the same rows as asking each row.
    for (const QString &chart : {u"employment"_s, u"apprenticeships-and-wages"_s, u"funding"_s}) {
        QModelIndexList asked;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            if (m_model.index(row, 0).data(FactsheetModel::ChartRole).toString() == chart)
                asked << m_model.index(row, 0);
        }
        QCOMPARE(m_model.match(first, FactsheetModel::ChartRole, chart, -1, Qt::MatchExactly), asked);
    }
}

void TestFactsheetModel::fundingChartRowsAsTheRolesSay()
{
    // The rows the funding chart is described from, read from the factsheet at once: the same
    // rows, orders and amounts as asking each row's roles, and no bar for a line without an amount.
    Factsheet sheet = embeddedFactsheet();
    sheet.fundingLines[1].hasAmount = false;
    sheet.fundingLines[1].amount = 0;
    sheet.fundingLines[1].quote.clear();
    m_model.setFactsheet(sheet);
    QStringList asked;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex index = m_model.index(row, 0);
        const QVariant value = index.data(FactsheetModel::RawValueRole);
        if (index.data(FactsheetModel::ChartRole).toString() == u"funding" && value.isValid())
            asked << u"%1 %2 %3"_s.arg(index.data(FactsheetModel::EntityIdRole).toString())
                         .arg(index.data(FactsheetModel::ChartOrderRole).toInt())
                         .arg(value.toLongLong());
    }
    QStringList read;
    for (const ChartMembership::Row &row : m_model.fundingChartRows())
        read
            << u"%1 %2 %3"_s.arg(row.index.data(FactsheetModel::EntityIdRole).toString()).arg(row.order).arg(row.value);
    QCOMPARE(read, asked);
    QCOMPARE(read,
             (QStringList {cobra + u" 0 2600000"_s, u"fundingLine/bericote-four-ashes 2 2800000"_s,
                           stcLine + u" 3 2000000"_s}));
}

void TestFactsheetModel::rowLayout()
{
    QStringList entities;
    QList<int> kinds;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex index = m_model.index(row, 0);
        entities << index.data(FactsheetModel::EntityIdRole).toString();
        kinds << index.data(FactsheetModel::KindRole).toInt();
    }
    // Funding lines in document order, then stated figures, then derived ones, then the case study.
    const QStringList expectedEntities = {
        cobra,
        u"fundingLine/housebuilding-infrastructure"_s,
        u"fundingLine/bericote-four-ashes"_s,
        stcLine,
        nationalLine,
        u"figure/population"_s,
        u"figure/businesses"_s,
        employment,
        u"figure/employment-increase-since-2010"_s,
        u"figure/living-wage-beneficiaries"_s,
        u"figure/apprenticeship-starts"_s,
        employment2010,
        // What the model derives from the stated figures, with its working.
        u"figure/employment-growth-since-2010"_s,
        u"figure/apprenticeship-starts-per-1000-residents"_s,
        u"figure/living-wage-workers-per-1000-employed"_s,
        u"figure/local-funding-per-resident"_s,
        u"figure/local-funding-per-business"_s,
        caseStudy,
    };
    QCOMPARE(entities, expectedEntities);
    const int line = FactsheetModel::FundingLineKind;
    const int figure = FactsheetModel::FigureKind;
    const QList<int> expectedKinds
        = {line,   line,   line,   line,   line,   figure, figure, figure, figure,
           figure, figure, figure, figure, figure, figure, figure, figure, FactsheetModel::CaseStudyKind};
    QCOMPARE(kinds, expectedKinds);
    QCOMPARE(m_model.fundingLineCount(), 5);
    QCOMPARE(m_model.caseStudyRow(), 17);
    QVERIFY(m_model.isFundingLineRow(0));
    QVERIFY(m_model.isFundingLineRow(4));
    QVERIFY(!m_model.isFundingLineRow(5));
    QVERIFY(!m_model.isFundingLineRow(-1));
    QCOMPARE(m_model.columnCount(), 7);
    // Bounds-checked.
    QVERIFY(!m_model.index(18, 0).isValid());
    QVERIFY(!m_model.index(0, FactsheetModel::ColumnCount).isValid());
    QVERIFY(!m_model.data(QModelIndex()).isValid());
    QVERIFY(!m_model.data(QModelIndex(), FactsheetModel::EntityIdRole).isValid());
    // A table: no children anywhere.
    QCOMPARE(m_model.rowCount(m_model.index(0, 0)), 0);
    QCOMPARE(m_model.columnCount(m_model.index(0, 0)), 0);
}

void TestFactsheetModel::typedAccess()
{
    QCOMPARE(m_model.fundingLineAt(0).id, u"cobra-biologics"_s);
    QCOMPARE(m_model.fundingLineAt(4).amount, qint64(45000000000));
    QCOMPARE(m_model.factsheet().area.name, u"Stoke-on-Trent & Staffordshire"_s);
}

void TestFactsheetModel::roles_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    const auto add = [](const char *name, const QString &entity, int role, const QVariant &expected) {
        QTest::newRow(name) << entity << role << expected;
    };
    const QVariant none;
    const int local = int(Scope::Local);
    const int national = int(Scope::National);

    // A local funding line with a named recipient.
    add("line: kind", cobra, FactsheetModel::KindRole, int(FactsheetModel::FundingLineKind));
    add("line: entity id", cobra, FactsheetModel::EntityIdRole, cobra);
    add("line: raw value", cobra, FactsheetModel::RawValueRole, qint64(2600000));
    add("line: unit", cobra, FactsheetModel::UnitRole, u"GBP"_s);
    add("line: source sentence", cobra, FactsheetModel::SourceSentenceRole, cobraSentence);
    add("line: source quote", cobra, FactsheetModel::SourceQuoteRole, u"£2.6m"_s);
    add("line: derived", cobra, FactsheetModel::DerivedRole, false);
    add("line: derivation", cobra, FactsheetModel::DerivationRole, none);
    add("line: scope", cobra, FactsheetModel::ScopeRole, local);
    add("line: label", cobra, FactsheetModel::LabelRole, u"Cobra Biologics"_s);
    add("line: short label", cobra, FactsheetModel::ShortLabelRole, u"Cobra Biologics"_s);
    add("line: group", cobra, FactsheetModel::GroupRole, none);
    add("line: recipient", cobra, FactsheetModel::RecipientRole, u"Cobra Biologics"_s);
    add("line: purpose", cobra, FactsheetModel::PurposeRole,
        u"Develop cell and gene therapy products that can improve and even save lives, including helping turn "
        "scientific discoveries into medicines ready for patients"_s);
    add("line: category", cobra, FactsheetModel::CategoryRole, u"Life sciences"_s);
    add("line: fund", cobra, FactsheetModel::FundRole, QString());
    add("line: location", cobra, FactsheetModel::LocationRole, QString());
    add("line: amount qualifier", cobra, FactsheetModel::AmountQualifierRole, QString());
    add("line: case study id", cobra, FactsheetModel::CaseStudyIdRole, QString());
    add("line: case study", cobra, FactsheetModel::CaseStudyRole, none);
    add("line: links", cobra, FactsheetModel::LinksRole, none);

    // The line the case study belongs to, with its fund.
    add("STC line: fund", stcLine, FactsheetModel::FundRole, u"Local Growth Fund"_s);
    add("STC line: recipient", stcLine, FactsheetModel::RecipientRole, u"Stafford College"_s);
    add("STC line: case study id", stcLine, FactsheetModel::CaseStudyIdRole, caseStudy);
    add("STC line: raw value", stcLine, FactsheetModel::RawValueRole, qint64(2000000));

    // The national line: qualified, and never summed with the local ones.
    add("national: raw value", nationalLine, FactsheetModel::RawValueRole, qint64(45000000000));
    add("national: amount qualifier", nationalLine, FactsheetModel::AmountQualifierRole, u"more than"_s);
    add("national: scope", nationalLine, FactsheetModel::ScopeRole, national);
    add("national: source quote", nationalLine, FactsheetModel::SourceQuoteRole, u"£45bn"_s);
    add("national: recipient", nationalLine, FactsheetModel::RecipientRole, QString());

    // A stated figure.
    add("figure: kind", employment, FactsheetModel::KindRole, int(FactsheetModel::FigureKind));
    add("figure: entity id", employment, FactsheetModel::EntityIdRole, employment);
    add("figure: raw value", employment, FactsheetModel::RawValueRole, qint64(548800));
    add("figure: unit", employment, FactsheetModel::UnitRole, u"people"_s);
    add("figure: source sentence", employment, FactsheetModel::SourceSentenceRole, employmentSentence);
    add("figure: source quote", employment, FactsheetModel::SourceQuoteRole, u"548,800"_s);
    add("figure: derived", employment, FactsheetModel::DerivedRole, false);
    add("figure: derivation", employment, FactsheetModel::DerivationRole, QString());
    add("figure: scope", employment, FactsheetModel::ScopeRole, local);
    add("figure: label", employment, FactsheetModel::LabelRole, u"People in employment"_s);
    add("figure: short label", employment, FactsheetModel::ShortLabelRole, u"Latest (2018 summary)"_s);
    add("figure: group", employment, FactsheetModel::GroupRole, u"labourMarket"_s);
    add("figure: recipient", employment, FactsheetModel::RecipientRole, none);
    add("figure: category", employment, FactsheetModel::CategoryRole, none);
    add("figure: case study id", employment, FactsheetModel::CaseStudyIdRole, none);
    add("area figure: group", u"figure/population"_s, FactsheetModel::GroupRole, u"area"_s);
    add("area figure: unit", u"figure/businesses"_s, FactsheetModel::UnitRole, u"businesses"_s);

    // A derived figure: computed, with its derivation and no quote of its own.
    add("derived: kind", employment2010, FactsheetModel::KindRole, int(FactsheetModel::FigureKind));
    add("derived: raw value", employment2010, FactsheetModel::RawValueRole, qint64(513000));
    add("derived: unit", employment2010, FactsheetModel::UnitRole, u"people"_s);
    add("derived: source sentence", employment2010, FactsheetModel::SourceSentenceRole, employmentSentence);
    add("derived: source quote", employment2010, FactsheetModel::SourceQuoteRole, QString());
    add("derived: derived", employment2010, FactsheetModel::DerivedRole, true);
    add("derived: derivation", employment2010, FactsheetModel::DerivationRole, employmentDerivation);
    add("derived: label", employment2010, FactsheetModel::LabelRole, u"People in employment in 2010"_s);
    add("derived: short label", employment2010, FactsheetModel::ShortLabelRole, u"2010"_s);

    // The case study: money is that of its funding line.
    add("case study: kind", caseStudy, FactsheetModel::KindRole, int(FactsheetModel::CaseStudyKind));
    add("case study: entity id", caseStudy, FactsheetModel::EntityIdRole, caseStudy);
    add("case study: raw value", caseStudy, FactsheetModel::RawValueRole, qint64(2000000));
    add("case study: unit", caseStudy, FactsheetModel::UnitRole, u"GBP"_s);
    add("case study: source sentence", caseStudy, FactsheetModel::SourceSentenceRole, caseStudyHeading);
    add("case study: derived", caseStudy, FactsheetModel::DerivedRole, false);
    add("case study: scope", caseStudy, FactsheetModel::ScopeRole, local);
    add("case study: label", caseStudy, FactsheetModel::LabelRole, u"Stafford College Science & Technology Centre"_s);
    add("case study: short label", caseStudy, FactsheetModel::ShortLabelRole, u"STC"_s);
    add("case study: fund", caseStudy, FactsheetModel::FundRole, u"Local Growth Fund"_s);
    add("case study: case study id", caseStudy, FactsheetModel::CaseStudyIdRole, caseStudy);
    add("case study: group", caseStudy, FactsheetModel::GroupRole, none);

    // What a figure measures, and the chart each row is drawn in: data, not a view's choice.
    add("figure: measure", employment, FactsheetModel::MeasureRole, u"employment"_s);
    add("derived: measure", employment2010, FactsheetModel::MeasureRole, u"earlierEmployment"_s);
    add("increase: measure", u"figure/employment-increase-since-2010"_s, FactsheetModel::MeasureRole,
        u"employmentChange"_s);
    add("line: no measure", cobra, FactsheetModel::MeasureRole, none);
    add("derived: chart", employment2010, FactsheetModel::ChartRole, u"employment"_s);
    add("derived: chart order", employment2010, FactsheetModel::ChartOrderRole, 0);
    add("figure: chart", employment, FactsheetModel::ChartRole, u"employment"_s);
    add("figure: chart order", employment, FactsheetModel::ChartOrderRole, 1);
    add("increase: in no chart", u"figure/employment-increase-since-2010"_s, FactsheetModel::ChartRole, QString());
    add("increase: no chart order", u"figure/employment-increase-since-2010"_s, FactsheetModel::ChartOrderRole, -1);
    add("starts: chart", u"figure/apprenticeship-starts"_s, FactsheetModel::ChartRole, u"apprenticeships-and-wages"_s);
    add("starts: chart order", u"figure/apprenticeship-starts"_s, FactsheetModel::ChartOrderRole, 0);
    add("wages: chart", u"figure/living-wage-beneficiaries"_s, FactsheetModel::ChartRole,
        u"apprenticeships-and-wages"_s);
    add("wages: chart order", u"figure/living-wage-beneficiaries"_s, FactsheetModel::ChartOrderRole, 1);
    add("population: in no chart", u"figure/population"_s, FactsheetModel::ChartRole, QString());
    add("line: chart", cobra, FactsheetModel::ChartRole, u"funding"_s);
    add("line: chart order is document order", stcLine, FactsheetModel::ChartOrderRole, 3);
    add("national: in no chart", nationalLine, FactsheetModel::ChartRole, QString());
    add("national: no chart order", nationalLine, FactsheetModel::ChartOrderRole, -1);
    add("case study: in no chart", caseStudy, FactsheetModel::ChartRole, none);

    // Figures derived by the model, rounded by the rule: ratios to one decimal, pounds to the penny.
    const QString growth = u"figure/employment-growth-since-2010"_s;
    add("growth: value", growth, FactsheetModel::RawValueRole, 7.0);
    add("growth: shown", growth, FactsheetModel::ValueTextRole, u"7.0%"_s);
    add("growth: derived", growth, FactsheetModel::DerivedRole, true);
    add("growth: working", growth, FactsheetModel::DerivationRole,
        u"548,800 (people in employment) / 513,000 (people in employment in 2010) − 1 = 7.0%"_s);
    add("growth: source sentence", growth, FactsheetModel::SourceSentenceRole, employmentSentence);
    add("starts per 1,000 residents", u"figure/apprenticeship-starts-per-1000-residents"_s,
        FactsheetModel::RawValueRole, 7.7);
    add("starts per 1,000 residents: working", u"figure/apprenticeship-starts-per-1000-residents"_s,
        FactsheetModel::DerivationRole,
        u"8,680 (apprenticeship starts last year) / 1,126,200 (population) × 1,000 = 7.7"_s);
    add("wage workers per 1,000 employed", u"figure/living-wage-workers-per-1000-employed"_s,
        FactsheetModel::ValueTextRole, u"42.8"_s);
    add("funding per resident", u"figure/local-funding-per-resident"_s, FactsheetModel::RawValueRole, 15.45);
    add("funding per resident: shown", u"figure/local-funding-per-resident"_s, FactsheetModel::ValueTextRole,
        u"£15.45"_s);
    add("funding per resident: working", u"figure/local-funding-per-resident"_s, FactsheetModel::DerivationRole,
        u"£17,400,000 (local funding lines) / 1,126,200 (population) = £15.45"_s);
    add("funding per business: shown", u"figure/local-funding-per-business"_s, FactsheetModel::ValueTextRole,
        u"£376.70"_s);
    add("funding per business: in no chart", u"figure/local-funding-per-business"_s, FactsheetModel::ChartRole,
        QString());

    // The headline figures, by what they measure: population first, then businesses.
    add("population: headline", u"figure/population"_s, FactsheetModel::HeadlineRole, 0);
    add("businesses: headline", u"figure/businesses"_s, FactsheetModel::HeadlineRole, 1);
    add("employment: no headline", employment, FactsheetModel::HeadlineRole, -1);
    add("line: no headline", cobra, FactsheetModel::HeadlineRole, QVariant());

    // Every row knows how to cite the factsheet it comes from (a quote is of one row); the other
    // facts of the document are the document's (areaFacts()).
    const QString citation = u"Industrial Strategy local summary, Stoke-on-Trent & Staffordshire, Department for "
                             u"Business, Energy & Industrial Strategy, December 2018 (Open Government Licence v3.0)"_s;
    add("line: citation", cobra, FactsheetModel::CitationRole, citation);
    add("case study: citation", caseStudy, FactsheetModel::CitationRole, citation);
}

void TestFactsheetModel::areaFacts()
{
    // In one place, the header data, and the same through the table's proxy.
    const AreaFacts facts = AreaFacts::of(&m_model);
    QCOMPARE(facts.areaName, u"Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(facts.partnership, u"Stoke-on-Trent and Staffordshire Local Enterprise Partnership"_s);
    QCOMPARE(facts.citation,
             u"Industrial Strategy local summary, Stoke-on-Trent & Staffordshire, Department for Business, Energy & "
             u"Industrial Strategy, December 2018 (Open Government Licence v3.0)"_s);
    QCOMPARE(facts.sourceLine,
             u"Source: Industrial Strategy local summary, Stoke-on-Trent & Staffordshire, Department for Business, "
             u"Energy & Industrial Strategy, December 2018. Open Government Licence v3.0."_s);
    QCOMPARE(facts.source.textResource, u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s);
    QCOMPARE(facts.normalisation, Normalisation::Absolute);
    QCOMPARE(facts.denominators.population, qint64(1126200));
    QCOMPARE(facts.denominators.localTotal, qint64(17400000));
    QCOMPARE(facts.categories, m_model.categories());
    QCOMPARE(facts.notes.size(), 0);
    QVERIFY(!m_model.headerData(1, Qt::Horizontal, FactsheetModel::AreaFactsRole).isValid());
    QVERIFY(!m_model.index(0, 0).data(FactsheetModel::AreaFactsRole).isValid()); // not on every row

    FundingLinesProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&m_model);
    proxy.setFilterText(u"no line says this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(AreaFacts::of(&proxy).areaName, facts.areaName); // no rows, the facts still there

    // A new normalisation is a header change of the facts' section, announced once.
    QSignalSpy header(&m_model, &QAbstractItemModel::headerDataChanged);
    m_model.setNormalisation(Normalisation::PerBusiness);
    QCOMPARE(header.count(), 1);
    QCOMPARE(header.first().at(1).toInt(), 0);
    QCOMPARE(AreaFacts::of(&m_model).normalisation, Normalisation::PerBusiness);
    QCOMPARE(AreaFacts::of(&proxy).normalisation, Normalisation::PerBusiness);
    // ... and kept across a new factsheet, as the table keeps it.
    m_model.setFactsheet(embeddedFactsheet());
    QCOMPARE(AreaFacts::of(&m_model).normalisation, Normalisation::PerBusiness);
    QCOMPARE(AreaFacts::of(nullptr).areaName, QString());
    m_model.setNormalisation(Normalisation::Absolute); // the model is shared by the tests that follow
}

void TestFactsheetModel::roles()
{
    QFETCH(QString, entity);
    QFETCH(int, role);
    QFETCH(QVariant, expected);

    const QModelIndex index = m_model.indexOfEntity(entity);
    QVERIFY(index.isValid());
    const QVariant actual = index.data(role);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        // The documented type, not only an equal value: qint64 for money, int for enums, ...
        QCOMPARE(QByteArray(actual.metaType().name()), QByteArray(expected.metaType().name()));
        QCOMPARE(actual, expected);
    }
    // Roles describe the row, whatever the column.
    QCOMPARE(index.siblingAtColumn(FactsheetModel::ScopeColumn).data(role), actual);
}

void TestFactsheetModel::display_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const auto add = [](const char *name, const QString &entity, int column, const QString &expected) {
        QTest::newRow(name) << entity << column << expected;
    };
    add("line: title", cobra, FactsheetModel::TitleColumn, u"Cobra Biologics"_s);
    add("line: purpose", cobra, FactsheetModel::PurposeColumn,
        u"Develop cell and gene therapy products that can improve and even save lives, including helping turn "
        "scientific discoveries into medicines ready for patients"_s);
    add("line: category", cobra, FactsheetModel::CategoryColumn, u"Life sciences"_s);
    add("line: amount", cobra, FactsheetModel::AmountColumn, u"£2,600,000"_s);
    add("line: fund (none)", cobra, FactsheetModel::FundColumn, QString());
    add("line: location (none)", cobra, FactsheetModel::LocationColumn, QString());
    add("line: scope", cobra, FactsheetModel::ScopeColumn, u"Local"_s);
    add("located line: location", u"fundingLine/bericote-four-ashes"_s, FactsheetModel::LocationColumn,
        u"Wolverhampton"_s);
    add("located line: amount", u"fundingLine/bericote-four-ashes"_s, FactsheetModel::AmountColumn, u"£2,800,000"_s);
    add("round millions", u"fundingLine/housebuilding-infrastructure"_s, FactsheetModel::AmountColumn,
        u"£10,000,000"_s);
    add("STC line: fund", stcLine, FactsheetModel::FundColumn, u"Local Growth Fund"_s);
    add("national: amount", nationalLine, FactsheetModel::AmountColumn, u"more than £45,000,000,000"_s);
    add("national: scope", nationalLine, FactsheetModel::ScopeColumn, u"National"_s);

    add("figure: title", employment, FactsheetModel::TitleColumn, u"People in employment"_s);
    add("figure: purpose (stated)", employment, FactsheetModel::PurposeColumn, QString());
    add("figure: category", employment, FactsheetModel::CategoryColumn, u"Labour market"_s);
    add("figure: amount", employment, FactsheetModel::AmountColumn, u"548,800"_s);
    add("figure: fund", employment, FactsheetModel::FundColumn, QString());
    add("figure: scope", employment, FactsheetModel::ScopeColumn, u"Local"_s);
    add("area figure: category", u"figure/population"_s, FactsheetModel::CategoryColumn, u"Area"_s);
    add("area figure: amount", u"figure/population"_s, FactsheetModel::AmountColumn, u"1,126,200"_s);
    add("small figure: amount", u"figure/apprenticeship-starts"_s, FactsheetModel::AmountColumn, u"8,680"_s);

    add("derived: title", employment2010, FactsheetModel::TitleColumn, u"People in employment in 2010"_s);
    add("derived: purpose", employment2010, FactsheetModel::PurposeColumn, employmentDerivation);
    add("derived: amount", employment2010, FactsheetModel::AmountColumn, u"513,000"_s);

    add("case study: title", caseStudy, FactsheetModel::TitleColumn,
        u"Stafford College Science & Technology Centre (STC)"_s);
    add("case study: category", caseStudy, FactsheetModel::CategoryColumn, u"Case study"_s);
    add("case study: amount", caseStudy, FactsheetModel::AmountColumn, u"£2,000,000"_s);
    add("case study: fund", caseStudy, FactsheetModel::FundColumn, u"Local Growth Fund"_s);
    add("case study: location", caseStudy, FactsheetModel::LocationColumn, QString());
    add("case study: scope", caseStudy, FactsheetModel::ScopeColumn, u"Local"_s);
}

void TestFactsheetModel::display()
{
    QFETCH(QString, entity);
    QFETCH(int, column);
    QFETCH(QString, expected);

    const QModelIndex index = m_model.indexOfEntity(entity, column);
    QVERIFY(index.isValid());
    QCOMPARE(index.column(), column);
    QCOMPARE(index.data().toString(), expected);
}

void TestFactsheetModel::toolTips_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("expected");

    QTest::newRow("funding line: its sentence") << cobra << cobraSentence;
    QTest::newRow("figure: its sentence") << employment << employmentSentence;
    QTest::newRow("derived figure: its derivation") << employment2010 << employmentDerivation;
    QTest::newRow("case study: its heading") << caseStudy << caseStudyHeading;
}

void TestFactsheetModel::toolTips()
{
    QFETCH(QString, entity);
    QFETCH(QString, expected);
    QCOMPARE(m_model.indexOfEntity(entity).data(Qt::ToolTipRole).toString(), expected);
}

void TestFactsheetModel::presentationRoles()
{
    const QModelIndex localAmount = m_model.indexOfEntity(cobra, FactsheetModel::AmountColumn);
    const QModelIndex nationalAmount = m_model.indexOfEntity(nationalLine, FactsheetModel::AmountColumn);
    const QModelIndex figureAmount = m_model.indexOfEntity(employment, FactsheetModel::AmountColumn);
    const QVariant right = QVariant(Qt::AlignRight | Qt::AlignVCenter);

    // Amounts line up on the right; text does not ask for an alignment.
    QCOMPARE(localAmount.data(Qt::TextAlignmentRole), right);
    QCOMPARE(figureAmount.data(Qt::TextAlignmentRole), right);
    QVERIFY(!localAmount.siblingAtColumn(FactsheetModel::TitleColumn).data(Qt::TextAlignmentRole).isValid());

    // The national line stands apart; local lines use the view's defaults.
    QVERIFY(!localAmount.data(Qt::FontRole).isValid());
    QVERIFY(!localAmount.data(Qt::BackgroundRole).isValid());
    QVERIFY(nationalAmount.data(Qt::FontRole).value<QFont>().italic());
    // Its tint is the view's to choose from the palette (FundingLineDelegate): no colour here.
    QVERIFY(!nationalAmount.data(Qt::BackgroundRole).isValid());
    QCOMPARE(nationalAmount.data(FactsheetModel::ScopeRole).toInt(), static_cast<int>(Scope::National));
}

void TestFactsheetModel::caseStudyRole()
{
    const QVariant value = m_model.indexOfEntity(caseStudy).data(FactsheetModel::CaseStudyRole);
    QVERIFY(value.canConvert<CaseStudy>());
    const CaseStudy study = value.value<CaseStudy>();
    QCOMPARE(study.id, u"stafford-college-stc"_s);
    QCOMPARE(study.acronym, u"STC"_s);
    QCOMPARE(study.fundingLineId, u"stafford-college-stc"_s);
    QCOMPARE(study.opened, QDate(2017, 9, 1));
    QCOMPARE(study.levels, QList<int>({3, 4, 5}));
    QCOMPARE(study.facilities.size(), 2);
    QCOMPARE(study.facilities.at(1).name, u"Lego innovation hub"_s);
    QVERIFY(study.text.contains(stcSentence));
    QCOMPARE(m_model.indexOfEntity(caseStudy).data(Qt::DisplayRole).toString().isEmpty(), false);
}

void TestFactsheetModel::linksRole()
{
    const QVariant value = m_model.indexOfEntity(caseStudy).data(FactsheetModel::LinksRole);
    QVERIFY(value.canConvert<QList<Link>>());
    const QList<Link> links = value.value<QList<Link>>();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).url, u"bit.ly/IS-map"_s);
    QCOMPARE(links.at(0).label, u"More examples"_s);
    QCOMPARE(links.at(0).source, u"For more examples go to bit.ly/IS-map"_s);
}

void TestFactsheetModel::headerData()
{
    QStringList headers;
    for (int column = 0; column < m_model.columnCount(); ++column)
        headers << m_model.headerData(column, Qt::Horizontal).toString();
    const QStringList expected
        = {u"Recipient or project"_s, u"Purpose"_s, u"Category"_s, u"Amount"_s, u"Fund"_s, u"Location"_s, u"Scope"_s};
    QCOMPARE(headers, expected);
    QVERIFY(!m_model.headerData(FactsheetModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!m_model.headerData(-1, Qt::Horizontal).isValid());
    QVERIFY(!m_model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    // Rows are numbered as Qt numbers them.
    QCOMPARE(m_model.headerData(0, Qt::Vertical).toInt(), 1);
}

void TestFactsheetModel::flagsAreReadOnly()
{
    const Qt::ItemFlags expected = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        for (int column = 0; column < m_model.columnCount(); ++column) {
            const QModelIndex index = m_model.index(row, column);
            QCOMPARE(m_model.flags(index), expected);
            QVERIFY(!m_model.setData(index, u"changed"_s));
        }
    }
    QCOMPARE(m_model.flags(QModelIndex()), Qt::ItemFlags(Qt::NoItemFlags));
}

void TestFactsheetModel::indexOfEntity_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");

    QTest::newRow("first funding line") << cobra << 0 << 0;
    QTest::newRow("national funding line") << nationalLine << 0 << 4;
    QTest::newRow("stated figure") << employment << 0 << 7;
    QTest::newRow("derived figure") << employment2010 << 0 << 11;
    QTest::newRow("case study") << caseStudy << 0 << 17;
    QTest::newRow("another column") << employment << int(FactsheetModel::AmountColumn) << 7;
    QTest::newRow("unknown funding line") << u"fundingLine/nope"_s << 0 << -1;
    QTest::newRow("id without its kind") << u"cobra-biologics"_s << 0 << -1;
    QTest::newRow("right id, wrong kind") << u"figure/cobra-biologics"_s << 0 << -1;
    QTest::newRow("case-study kind, figure id") << u"caseStudy/employment"_s << 0 << -1;
    QTest::newRow("kind only") << u"figure/"_s << 0 << -1;
    QTest::newRow("empty") << QString() << 0 << -1;
    QTest::newRow("column out of range") << cobra << int(FactsheetModel::ColumnCount) << -1;
}

void TestFactsheetModel::indexOfEntity()
{
    QFETCH(QString, entity);
    QFETCH(int, column);
    QFETCH(int, row);

    const QModelIndex index = m_model.indexOfEntity(entity, column);
    if (row < 0) {
        QVERIFY(!index.isValid());
        return;
    }
    QVERIFY(index.isValid());
    QCOMPARE(index.model(), static_cast<const QAbstractItemModel *>(&m_model));
    QCOMPARE(index.row(), row);
    QCOMPARE(index.column(), column);
    QCOMPARE(index.data(FactsheetModel::EntityIdRole).toString(), entity);
}

void TestFactsheetModel::entityIdHelpers()
{
    QCOMPARE(FactsheetModel::fundingLineEntityId(u"cobra-biologics"_s), cobra);
    QCOMPARE(FactsheetModel::figureEntityId(u"employment"_s), employment);
    QCOMPARE(FactsheetModel::caseStudyEntityId(u"stafford-college-stc"_s), caseStudy);

    // Lookups follow a reset: a row that moved is found at its new place.
    Factsheet sheet = embeddedFactsheet();
    std::swap(sheet.fundingLines.front(), sheet.fundingLines.back());
    m_model.setFactsheet(std::move(sheet));
    QCOMPARE(m_model.indexOfEntity(cobra).row(), 4);
    QCOMPARE(m_model.indexOfEntity(nationalLine).row(), 0);
}

void TestFactsheetModel::roleNames()
{
    const QHash<int, QByteArray> names = m_model.roleNames();
    const QList<QPair<int, QByteArray>> expected = {
        {Qt::DisplayRole, "display"},
        {FactsheetModel::KindRole, "kind"},
        {FactsheetModel::EntityIdRole, "entityId"},
        {FactsheetModel::RawValueRole, "rawValue"},
        {FactsheetModel::UnitRole, "unit"},
        {FactsheetModel::SourceSentenceRole, "sourceSentence"},
        {FactsheetModel::SourceQuoteRole, "sourceQuote"},
        {FactsheetModel::DerivedRole, "derived"},
        {FactsheetModel::DerivationRole, "derivation"},
        {FactsheetModel::ScopeRole, "scope"},
        {FactsheetModel::LabelRole, "label"},
        {FactsheetModel::ShortLabelRole, "shortLabel"},
        {FactsheetModel::GroupRole, "group"},
        {FactsheetModel::RecipientRole, "recipient"},
        {FactsheetModel::PurposeRole, "purpose"},
        {FactsheetModel::CategoryRole, "category"},
        {FactsheetModel::FundRole, "fund"},
        {FactsheetModel::LocationRole, "location"},
        {FactsheetModel::AmountQualifierRole, "amountQualifier"},
        {FactsheetModel::CaseStudyIdRole, "caseStudyId"},
        {FactsheetModel::CaseStudyRole, "caseStudy"},
        {FactsheetModel::LinksRole, "links"},
        {FactsheetModel::MeasureRole, "measure"},
        {FactsheetModel::ChartRole, "chart"},
        {FactsheetModel::ChartOrderRole, "chartOrder"},
        {FactsheetModel::CitationRole, "citation"},
        {FactsheetModel::HeadlineRole, "headline"},
        {FactsheetModel::AreaFactsRole, "areaFacts"},
    };
    for (const auto &[role, name] : expected)
        QCOMPARE(names.value(role), name);
    // The roles are numbered from Qt::UserRole + 1 without gaps.
    QCOMPARE(int(FactsheetModel::KindRole), Qt::UserRole + 1);
    QCOMPARE(int(FactsheetModel::LinksRole), Qt::UserRole + 21);
    // Every name is unique, so a QML delegate can tell them apart.
    const QList<QByteArray> values = names.values();
    QCOMPARE(QSet<QByteArray>(values.cbegin(), values.cend()).size(), values.size());
}

void TestFactsheetModel::secondSetFactsheetResetsOnce()
{
    QStringList events;
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [&events] { events << u"aboutToBeReset"_s; });
    connect(&m_model, &QAbstractItemModel::modelReset, this,
            [&events, this] { events << u"reset, %1 rows"_s.arg(m_model.rowCount()); });
    QSignalSpy aboutToReset(&m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);

    Factsheet sheet = embeddedFactsheet();
    sheet.fundingLines.pop_back();
    m_model.setFactsheet(std::move(sheet));

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(events, QStringList({u"aboutToBeReset"_s, u"reset, 17 rows"_s}));
    disconnect(&m_model, nullptr, this, nullptr);
    QVERIFY(!m_model.indexOfEntity(nationalLine).isValid());
    QCOMPARE(m_model.caseStudyRow(), 16);
}

void TestFactsheetModel::categoriesSortedForPeople()
{
    QCOMPARE(
        m_model.categories(),
        QStringList({u"Housing"_s, u"Infrastructure"_s, u"Life sciences"_s, u"National programmes"_s, u"Skills"_s}));

    // Distinct, and in the order a person expects: case does not come first.
    Factsheet sheet;
    for (const QString &category : {u"cherry"_s, u"Banana"_s, u"apple"_s, u"Banana"_s, u"Åland"_s})
        sheet.fundingLines.push_back(line(category + u" line"_s, category));
    m_model.setFactsheet(std::move(sheet));
    QCOMPARE(m_model.categories(), QStringList({u"Åland"_s, u"apple"_s, u"Banana"_s, u"cherry"_s}));
}

QTEST_GUILESS_MAIN(TestFactsheetModel)
#include "tst_factsheetmodel.moc"
