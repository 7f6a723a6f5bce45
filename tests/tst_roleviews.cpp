// Roles are the only door: every view of one area, given a model of its own (a QStandardItemModel
// that carries the roles and the AreaFacts in its header data, nothing of FactsheetModel's), shows
// it and writes the selection back, with no cast to a concrete model.
#include "areafacts.h"
#include "areaheader.h"
#include "detailpane.h"
#include "factsheetmodel.h"
#include "notespanel.h"
#include "provenancepane.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QString grantSentence = u"Alpha Works receives £5m to build a test bench."_s;
const QString residentsSentence = u"The area has 1,000 residents."_s;
const QString firmsSentence = u"There are 20 firms."_s;
const QString studySentence = u"The Alpha Centre opened in 2018."_s;

QStandardItem *row(const QList<std::pair<int, QVariant>> &roles)
{
    auto *item = new QStandardItem;
    for (const auto &[role, value] : roles)
        item->setData(value, role);
    return item;
}

} // namespace

class TestRoleViews final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void areaHeaderShowsTheFactsAndHeadlines();
    void notesComeFromTheFacts();
    void provenanceReadsTheFactsText();
    void detailPaneFindsTheCaseStudyByRole();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QItemSelectionModel> m_selection;
};

void TestRoleViews::init()
{
    // The text the area was read from, for the source-text pane.
    const QString textPath = m_dir.filePath(u"testshire.txt"_s);
    QFile text(textPath);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QStringList({residentsSentence, firmsSentence, grantSentence, studySentence}).join(u' ').toUtf8());
    text.close();

    m_model = std::make_unique<QStandardItemModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->appendRow(row({{Qt::DisplayRole, u"Alpha Works"_s},
                            {FactsheetModel::KindRole, FactsheetModel::FundingLineKind},
                            {FactsheetModel::EntityIdRole, u"line/alpha"_s},
                            {FactsheetModel::LabelRole, u"Alpha Works"_s},
                            {FactsheetModel::RawValueRole, qint64(5000000)},
                            {FactsheetModel::HasAmountRole, true},
                            {FactsheetModel::SourceSentenceRole, grantSentence},
                            {FactsheetModel::CaseStudyIdRole, u"study/alpha-centre"_s}}));
    m_model->appendRow(row({{Qt::DisplayRole, u"Residents"_s},
                            {FactsheetModel::KindRole, FactsheetModel::FigureKind},
                            {FactsheetModel::EntityIdRole, u"figure/residents"_s},
                            {FactsheetModel::LabelRole, u"Residents"_s},
                            {FactsheetModel::RawValueRole, qint64(1000)},
                            {FactsheetModel::SourceSentenceRole, residentsSentence},
                            {FactsheetModel::HeadlineRole, 0}}));
    m_model->appendRow(row({{Qt::DisplayRole, u"Firms"_s},
                            {FactsheetModel::KindRole, FactsheetModel::FigureKind},
                            {FactsheetModel::EntityIdRole, u"figure/firms"_s},
                            {FactsheetModel::LabelRole, u"Firms"_s},
                            {FactsheetModel::RawValueRole, qint64(20)},
                            {FactsheetModel::SourceSentenceRole, firmsSentence},
                            {FactsheetModel::HeadlineRole, 1}}));
    CaseStudy study;
    study.id = u"alpha-centre"_s;
    study.title = u"Alpha Centre"_s;
    study.acronym = u"ACC"_s;
    study.text = u"A centre for testing."_s;
    study.source = studySentence;
    m_model->appendRow(row({{Qt::DisplayRole, u"Alpha Centre (ACC)"_s},
                            {FactsheetModel::KindRole, FactsheetModel::CaseStudyKind},
                            {FactsheetModel::EntityIdRole, u"study/alpha-centre"_s},
                            {FactsheetModel::LabelRole, u"Alpha Centre"_s},
                            {FactsheetModel::ShortLabelRole, u"ACC"_s},
                            {FactsheetModel::SourceSentenceRole, studySentence},
                            {FactsheetModel::CaseStudyRole, QVariant::fromValue(study)}}));
    AreaFacts facts;
    facts.areaName = u"Testshire"_s;
    facts.partnership = u"Testshire Partnership"_s;
    facts.source.textResource = textPath;
    facts.notes = {Note {u"An odd paragraph."_s, 3, u"no figure found"_s}};
    QVERIFY(m_model->setHeaderData(0, Qt::Horizontal, QVariant::fromValue(facts), FactsheetModel::AreaFactsRole));
    m_selection = std::make_unique<QItemSelectionModel>(m_model.get());
}

void TestRoleViews::cleanup()
{
    m_selection.reset();
    m_tester.reset();
    m_model.reset();
}

void TestRoleViews::areaHeaderShowsTheFactsAndHeadlines()
{
    AreaHeader header(m_selection.get());
    QStringList labels;
    for (const QLabel *label : header.findChildren<QLabel *>())
        labels << label->text();
    QCOMPARE(labels, QStringList({u"Testshire"_s, u"Testshire Partnership"_s}));
    QToolButton *residents = header.buttonFor(u"figure/residents"_s);
    QToolButton *firms = header.buttonFor(u"figure/firms"_s);
    QVERIFY(residents && firms);
    QCOMPARE(residents->text(), u"Residents: 1,000"_s);
    QCOMPARE(firms->text(), u"Firms: 20"_s);
    QCOMPARE(header.caseStudyButton()->text(), u"Case study: ACC"_s);
    QCOMPARE(header.buttonFor(u"line/alpha"_s), nullptr); // a funding line is no headline

    firms->click();
    QCOMPARE(m_selection->currentIndex().row(), 2);
    QVERIFY(firms->isChecked());
    QVERIFY(!residents->isChecked());
    header.caseStudyButton()->click();
    QCOMPARE(m_selection->currentIndex().row(), 3);

    // New facts in the header are shown at once.
    AreaFacts renamed = AreaFacts::of(m_model.get());
    renamed.areaName = u"Newshire"_s;
    m_model->setHeaderData(0, Qt::Horizontal, QVariant::fromValue(renamed), FactsheetModel::AreaFactsRole);
    QCOMPARE(header.findChildren<QLabel *>().first()->text(), u"Newshire"_s);
}

void TestRoleViews::notesComeFromTheFacts()
{
    QWidget window;
    auto *panel = new NotesPanel(m_model.get(), &window);
    auto *count = new NotesCount(m_model.get(), &window);
    QCOMPARE(panel->count(), 1);
    QCOMPARE(panel->text().split(u'\n', Qt::SkipEmptyParts),
             QStringList({u"Line 3: no figure found"_s, u"“An odd paragraph.”"_s}));
    QCOMPARE(count->text(), u"1 note"_s);
}

void TestRoleViews::provenanceReadsTheFactsText()
{
    ProvenancePane pane(m_selection.get());
    const QString text = pane.provenance().text();
    QVERIFY(text.startsWith(residentsSentence));
    m_selection->setCurrentIndex(m_model->index(1, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(pane.highlightedSentences(), (QList<QPair<qsizetype, qsizetype>>({{0, residentsSentence.size()}})));
    // A click on the grant's sentence selects the grant's row.
    QVERIFY(pane.selectAt(text.indexOf(grantSentence) + 2));
    QCOMPARE(m_selection->currentIndex().row(), 0);
}

void TestRoleViews::detailPaneFindsTheCaseStudyByRole()
{
    DetailPane pane;
    pane.setSelectionModel(m_selection.get());
    // The line has a case study: the pane tells it through the case study, found by its id.
    m_selection->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QVERIFY2(pane.text().contains(u"Alpha Centre"_s), qPrintable(pane.text()));
    QVERIFY2(pane.text().contains(u"A centre for testing."_s), qPrintable(pane.text()));
}

QTEST_MAIN(TestRoleViews)
#include "tst_roleviews.moc"
