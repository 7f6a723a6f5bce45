#include "detailpane.h"

#include "embeddedfactsheet.h"
#include "factsheetmodel.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString emptyState = u"Select a funding line, a bar or the case study to see its details."_s;

const QString caseStudyId = u"caseStudy/stafford-college-stc"_s;
const QString stcLineId = u"fundingLine/stafford-college-stc"_s;

const QString openedSentence
    = u"“The centre opened last year in September 2017 following a £2m investment from the Local Growth Fund and "
      "houses state-of-the-art science and engineering facilities.”"_s;

const QString caseStudyText
    = u"The Stafford College Science and Technology Centre is focusing on developing STEMrelated curriculum for "
      "young people, primarily at levels 3, 4 and 5. The centre opened last year in September 2017 following a £2m "
      "investment from the Local Growth Fund and houses state-of-the-art science and engineering facilities. It also "
      "includes a Lego innovation hub, which focuses on the technical aspects of learning through the medium of Lego."_s;

// The case study as the pane shows it, after its heading lines. A definition table is read as term
// and description on lines of their own, and ends with an empty line.
const QStringList caseStudyBody = {
    u"Opened"_s,
    u"September 2017"_s,
    u"Investment"_s,
    u"£2,000,000 from the Local Growth Fund"_s,
    u"Qualification levels"_s,
    u"Levels 3, 4 and 5"_s,
    QString(),
    u"Facilities"_s,
    u"State-of-the-art science and engineering facilities"_s,
    u"Lego innovation hub: Focuses on the technical aspects of learning through the medium of Lego"_s,
    u"Full text"_s,
    caseStudyText,
    // Each sentence once: the opened sentence is also the first facility's source.
    u"Sources"_s,
    u"“Case study: Stafford College Science & Technology Centre (STC)”"_s,
    openedSentence,
    u"“The Stafford College Science and Technology Centre is focusing on developing STEMrelated curriculum for "
    "young people, primarily at levels 3, 4 and 5.”"_s,
    u"“It also includes a Lego innovation hub, which focuses on the technical aspects of learning through the "
    "medium of Lego.”"_s,
    u"See also"_s,
    u"For more examples go to bit.ly/IS-map"_s,
};

// True when `lines` (one or more lines) appear in `text` as whole, consecutive lines.
bool hasLines(const QString &text, const QString &lines)
{
    return (u'\n' + text + u'\n').contains(u'\n' + lines + u'\n');
}

} // namespace

class TestDetailPane final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEmptyStateWithoutCurrent();
    void showsEntity_data();
    void showsEntity();
    void showsWholeFundingLine();
    void showsWholeCaseStudy_data();
    void showsWholeCaseStudy();
    void quotesEachSourceSentenceOnce();
    void readsLevelsAsEnglishList_data();
    void readsLevelsAsEnglishList();
    void showsEachParagraphOfCaseStudy();
    void followsCurrentRow();
    void modelResetShowsEmptyStateThenNewData();
    void followsOnlyItsOwnSelectionModel();
    void isAccessibleAndSelectable();

private:
    bool select(const QString &entityId);

    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<DetailPane> m_pane;
};

void TestDetailPane::init()
{
    TestOutput::watch();
    m_model = std::make_unique<FactsheetModel>();
    m_model->setFactsheet(embeddedFactsheet());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_selection = std::make_unique<QItemSelectionModel>(m_model.get());
    m_pane = std::make_unique<DetailPane>();
    m_pane->setSelectionModel(m_selection.get());
}

void TestDetailPane::cleanup()
{
    m_pane.reset();
    m_selection.reset();
    m_tester.reset();
    m_model.reset();
}

bool TestDetailPane::select(const QString &entityId)
{
    const QModelIndex index = m_model->indexOfEntity(entityId);
    if (!index.isValid())
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return m_selection->currentIndex() == index;
}

void TestDetailPane::showsEmptyStateWithoutCurrent()
{
    QCOMPARE(m_pane->text(), emptyState);
    DetailPane withoutSelection;
    QCOMPARE(withoutSelection.text(), emptyState);
}

void TestDetailPane::showsEntity_data()
{
    QTest::addColumn<QString>("entityId");
    // Each entry is one or more whole lines; a definition is its term line, then its description.
    QTest::addColumn<QStringList>("expectedLines");
    // Text that must not appear anywhere.
    QTest::addColumn<QStringList>("absentTexts");

    QTest::newRow("Cobra Biologics line")
        << u"fundingLine/cobra-biologics"_s
        << QStringList {u"Cobra Biologics"_s,
                        u"Recipient\nCobra Biologics"_s,
                        u"Purpose\nDevelop cell and gene therapy products that can improve and even save lives, "
                        "including helping turn scientific discoveries into medicines ready for patients"_s,
                        u"Amount\n£2,600,000"_s,
                        u"Category\nLife sciences"_s,
                        u"Scope\nLocal: part of the area’s local total"_s,
                        u"Source\n“£2.6m to Cobra Biologics to develop cell and gene therapy products that can improve "
                        "and even save lives, including helping turn scientific discoveries into medicines ready for "
                        "patients.”"_s,
                        u"Figure as printed: £2.6m"_s}
        << QStringList {u"Fund"_s, u"Location"_s, u"National"_s, u"Case study"_s};

    QTest::newRow("£45bn national line")
        << u"fundingLine/industrial-strategy-programmes"_s
        << QStringList {u"Industrial Strategy programmes"_s,
                        u"Purpose\nResearch, local infrastructure, training and business growth throughout the United "
                        "Kingdom"_s,
                        u"Amount\nmore than £45,000,000,000"_s,
                        u"Category\nNational programmes"_s,
                        u"Scope\nNational: not part of the area’s local total"_s,
                        u"Source\n“We have committed more than £45bn to Industrial Strategy programmes supporting "
                        "research, local infrastructure, training and business growth throughout the United "
                        "Kingdom.”"_s,
                        u"Figure as printed: £45bn"_s}
        << QStringList {u"Recipient"_s, u"Fund"_s, u"Location"_s, u"Local:"_s};

    QTest::newRow("Bericote line with its location")
        << u"fundingLine/bericote-four-ashes"_s
        << QStringList {u"Bericote Four Ashes Business Park"_s, u"Amount\n£2,800,000"_s,
                        u"Category\nInfrastructure\nLocation\nWolverhampton\nScope"_s, u"Figure as printed: £2.8m"_s}
        << QStringList {u"Recipient"_s, u"Fund"_s};

    QTest::newRow("employment figure")
        << u"figure/employment"_s
        << QStringList {u"People in employment"_s, u"Value\n548,800 people"_s, u"Group\nLabour market"_s,
                        u"Stated on the factsheet as “548,800”"_s,
                        u"Source\n“548,800 people in employment, an increase of 35,800 since 2010.”"_s}
        << QStringList {u"Derived"_s, u"Amount"_s};

    QTest::newRow("derived employment-2010 figure")
        << u"figure/employment-2010"_s
        << QStringList {u"People in employment in 2010"_s, u"Value\n513,000 people"_s, u"Group\nLabour market"_s,
                        u"Derived from figures stated on the factsheet:\n548,800 (people in employment) − 35,800 "
                        "(increase in employment since 2010) = 513,000"_s,
                        u"Source of its figures\n“548,800 people in employment, an increase of 35,800 since 2010.”"_s}
        << QStringList {u"Stated on the factsheet"_s};

    QTest::newRow("case study row")
        << caseStudyId
        << QStringList {u"Stafford College Science & Technology Centre (STC)\nCase study\nOpened"_s,
                        u"Opened\nSeptember 2017"_s,
                        u"Investment\n£2,000,000 from the Local Growth Fund"_s,
                        u"Qualification levels\nLevels 3, 4 and 5"_s,
                        u"Lego innovation hub: Focuses on the technical aspects of learning through the medium of "
                        "Lego"_s,
                        caseStudyText,
                        u"For more examples go to bit.ly/IS-map"_s}
        << QStringList {u"Shown for the funding line"_s};

    QTest::newRow("STC funding line shows the case study")
        << stcLineId
        << QStringList {u"Stafford College Science & Technology Centre (STC)\nCase study\nShown for the funding "
                        "line “Stafford College Science & Technology Centre”."_s,
                        u"Investment\n£2,000,000 from the Local Growth Fund"_s,
                        u"Lego innovation hub: Focuses on the technical aspects of learning through the medium of "
                        "Lego"_s,
                        u"For more examples go to bit.ly/IS-map"_s}
        << QStringList {u"Recipient"_s, u"Figure as printed"_s};
}

void TestDetailPane::showsEntity()
{
    QFETCH(QString, entityId);
    QFETCH(QStringList, expectedLines);
    QFETCH(QStringList, absentTexts);

    QVERIFY(select(entityId));
    const QString text = m_pane->text();
    for (const QString &lines : std::as_const(expectedLines))
        QVERIFY2(hasLines(text, lines), qPrintable(u"Missing lines:\n%1\nin:\n%2"_s.arg(lines, text)));
    for (const QString &absent : std::as_const(absentTexts))
        QVERIFY2(!text.contains(absent), qPrintable(u"Unexpected \"%1\" in:\n%2"_s.arg(absent, text)));
}

void TestDetailPane::showsWholeFundingLine()
{
    QVERIFY(select(u"fundingLine/cobra-biologics"_s));
    const QStringList expected = {
        u"Cobra Biologics"_s,
        u"Recipient"_s,
        u"Cobra Biologics"_s,
        u"Purpose"_s,
        u"Develop cell and gene therapy products that can improve and even save lives, including helping turn "
        "scientific discoveries into medicines ready for patients"_s,
        u"Amount"_s,
        u"£2,600,000"_s,
        u"Category"_s,
        u"Life sciences"_s,
        u"Scope"_s,
        u"Local: part of the area’s local total"_s,
        QString(),
        u"Source"_s,
        u"“£2.6m to Cobra Biologics to develop cell and gene therapy products that can improve and even save lives, "
        "including helping turn scientific discoveries into medicines ready for patients.”"_s,
        u"Figure as printed: £2.6m"_s,
    };
    QCOMPARE(m_pane->text(), expected.join(u'\n'));
}

void TestDetailPane::showsWholeCaseStudy_data()
{
    QTest::addColumn<QString>("entityId");
    QTest::addColumn<QStringList>("headingLines");

    const QStringList heading = {u"Stafford College Science & Technology Centre (STC)"_s, u"Case study"_s};
    QTest::newRow("case study row") << caseStudyId << heading;
    QTest::newRow("STC funding line")
        << stcLineId
        << (heading + QStringList {u"Shown for the funding line “Stafford College Science & Technology Centre”."_s});
}

void TestDetailPane::showsWholeCaseStudy()
{
    QFETCH(QString, entityId);
    QFETCH(QStringList, headingLines);

    QVERIFY(select(entityId));
    QCOMPARE(m_pane->text(), (headingLines + caseStudyBody).join(u'\n'));
}

void TestDetailPane::quotesEachSourceSentenceOnce()
{
    QVERIFY(select(caseStudyId));
    // The opened sentence is the source of the opening date and of the first facility.
    QCOMPARE(m_pane->text().count(openedSentence), 1);
}

void TestDetailPane::readsLevelsAsEnglishList_data()
{
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<QString>("expectedLine");

    QTest::newRow("one level") << QList<int> {3} << u"Level 3"_s;
    QTest::newRow("two levels") << QList<int> {3, 4} << u"Levels 3 and 4"_s;
    QTest::newRow("four levels") << QList<int> {2, 3, 4, 5} << u"Levels 2, 3, 4 and 5"_s;
}

void TestDetailPane::readsLevelsAsEnglishList()
{
    QFETCH(QList<int>, levels);
    QFETCH(QString, expectedLine);

    Factsheet factsheet = m_model->factsheet();
    factsheet.caseStudy.levels = levels;
    m_model->setFactsheet(std::move(factsheet));
    QVERIFY(select(caseStudyId));
    const QString text = m_pane->text();
    QVERIFY2(hasLines(text, u"Qualification levels\n"_s + expectedLine), qPrintable(text));
}

void TestDetailPane::showsEachParagraphOfCaseStudy()
{
    // A case study read from a summary's text keeps its paragraphs apart with a blank line.
    Factsheet factsheet = m_model->factsheet();
    factsheet.caseStudy.text = u"First paragraph.\n\nSecond paragraph."_s;
    m_model->setFactsheet(std::move(factsheet));
    QVERIFY(select(caseStudyId));
    const QString text = m_pane->text();
    QVERIFY2(hasLines(text, u"Full text\nFirst paragraph.\nSecond paragraph.\nSources"_s), qPrintable(text));
}

void TestDetailPane::followsCurrentRow()
{
    QSignalSpy currentRowSpy(m_selection.get(), &QItemSelectionModel::currentRowChanged);

    QVERIFY(select(u"fundingLine/cobra-biologics"_s));
    QCOMPARE(currentRowSpy.count(), 1);
    QVERIFY(m_pane->text().startsWith(u"Cobra Biologics\n"_s));

    QVERIFY(select(u"figure/employment"_s));
    QCOMPARE(currentRowSpy.count(), 2);
    QVERIFY(m_pane->text().startsWith(u"People in employment\n"_s));

    m_selection->clearCurrentIndex();
    QCOMPARE(currentRowSpy.count(), 3);
    QCOMPARE(m_pane->text(), emptyState);
}

void TestDetailPane::modelResetShowsEmptyStateThenNewData()
{
    QVERIFY(select(u"fundingLine/cobra-biologics"_s));
    QVERIFY(hasLines(m_pane->text(), u"Amount\n£2,600,000"_s));

    Factsheet factsheet = m_model->factsheet();
    factsheet.fundingLines.front().title = u"Cobra Biologics Ltd"_s;
    factsheet.fundingLines.front().amount = 3100000;
    factsheet.fundingLines.front().quote = u"£3.1m"_s;

    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy currentRowSpy(m_selection.get(), &QItemSelectionModel::currentRowChanged);
    m_model->setFactsheet(std::move(factsheet));
    QCOMPARE(resetSpy.count(), 1);
    // The selection model drops its current index on a reset without a currentRowChanged: the pane
    // has to notice the reset itself.
    QCOMPARE(currentRowSpy.count(), 0);
    QVERIFY(!m_selection->currentIndex().isValid());
    QCOMPARE(m_pane->text(), emptyState);

    QVERIFY(select(u"fundingLine/cobra-biologics"_s));
    const QString text = m_pane->text();
    QVERIFY2(text.startsWith(u"Cobra Biologics Ltd\n"_s), qPrintable(text));
    QVERIFY2(hasLines(text, u"Amount\n£3,100,000"_s), qPrintable(text));
    QVERIFY2(hasLines(text, u"Figure as printed: £3.1m"_s), qPrintable(text));
}

void TestDetailPane::followsOnlyItsOwnSelectionModel()
{
    QItemSelectionModel other(m_model.get());
    m_pane->setSelectionModel(&other);
    QCOMPARE(m_pane->selectionModel(), &other);

    QVERIFY(select(u"figure/employment"_s)); // on the old selection model
    QCOMPARE(m_pane->text(), emptyState);

    other.setCurrentIndex(m_model->indexOfEntity(caseStudyId), QItemSelectionModel::ClearAndSelect);
    QVERIFY(m_pane->text().startsWith(u"Stafford College Science & Technology Centre (STC)\n"_s));
}

void TestDetailPane::isAccessibleAndSelectable()
{
    auto *browser = m_pane->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QCOMPARE(browser->accessibleName(), u"Details"_s);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(browser);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), u"Details"_s);

    // Focus given to the pane goes to the text, which can be selected and copied from the keyboard.
    QCOMPARE(m_pane->focusProxy(), browser);
    QVERIFY(browser->focusPolicy() & Qt::TabFocus);
    QVERIFY(browser->isReadOnly());
    QVERIFY(browser->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QVERIFY(browser->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(!browser->openLinks());
    QVERIFY(!browser->openExternalLinks());

    QVERIFY(select(u"figure/employment"_s));
    QCOMPARE(browser->toPlainText(), m_pane->text());
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
