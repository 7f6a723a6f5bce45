// Every figure linked to its sentence in the summary's text, both ways: an entity finds its
// sentence and the figure as printed in it; a sentence finds everything that came from it; a
// sentence nothing came from says so.
#include "embeddedfactsheet.h"
#include "factsheetmodel.h"
#include "provenance.h"
#include "provenancepane.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestProvenance final : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestOutput::watch(); }
    void everyEntityFindsItsSentenceAndBack();
    void eachSentenceLookedUpWhenFirstAskedFor();
    void selectingHighlightsSentenceAndFigure();
    void aSentenceNothingCameFromSaysSo();
    void clickingASentenceSelectsWhatCameFromIt();
};

namespace {

struct Fixture
{
    Fixture() { model.setFactsheet(embeddedFactsheet()); }
    FactsheetModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QItemSelectionModel selection {&model};
    int row(const QString &entity) const { return model.indexOfEntity(entity).row(); }
};

// The model's rows, counting each time a row's sentence is asked for.
class SentenceCounter final : public QIdentityProxyModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == FactsheetModel::SourceSentenceRole)
            ++asked;
        return QIdentityProxyModel::data(index, role);
    }
    mutable int asked = 0;
};

} // namespace

void TestProvenance::eachSentenceLookedUpWhenFirstAskedFor()
{
    // Building asks no row (a million-line factsheet opens without a look at each); a span is
    // looked up once, when first asked for; a position asks every row, once.
    Fixture fixture;
    SentenceCounter counter;
    counter.setSourceModel(&fixture.model);
    QAbstractItemModelTester tester(&counter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    counter.asked = 0;
    Provenance provenance;
    provenance.build(&counter, Provenance::sourceTextOf(fixture.model.factsheet()));
    QCOMPARE(counter.asked, 0);
    const int cobra = fixture.row(u"fundingLine/cobra-biologics"_s);
    const Provenance::Span span = provenance.spanOf(cobra);
    QCOMPARE(counter.asked, 1);
    QCOMPARE(provenance.text().mid(span.quoteStart, span.quoteLength), u"£2.6m"_s);
    QCOMPARE(provenance.spanOf(cobra).start, span.start);
    QCOMPARE(counter.asked, 1);
    QCOMPARE(provenance.rowsAt(span.start), QList<int> {cobra});
    QCOMPARE(counter.asked, fixture.model.rowCount());
    provenance.rowsAt(span.start);
    QCOMPARE(counter.asked, fixture.model.rowCount());
}

void TestProvenance::everyEntityFindsItsSentenceAndBack()
{
    Fixture fixture;
    Provenance provenance;
    provenance.build(&fixture.model, Provenance::sourceTextOf(fixture.model.factsheet()));
    QVERIFY(provenance.text().startsWith(u"Stoke-on-Trent & Staffordshire\n"_s));
    for (int row = 0; row < fixture.model.rowCount(); ++row) {
        const QModelIndex index = fixture.model.index(row, 0);
        const QString entity = index.data(FactsheetModel::EntityIdRole).toString();
        const QString sentence = index.data(FactsheetModel::SourceSentenceRole).toString();
        const Provenance::Span span = provenance.spanOf(row);
        QVERIFY2(span.isValid(), qPrintable(entity));
        QCOMPARE(provenance.text().mid(span.start, span.length), sentence);
        const QString quote = index.data(FactsheetModel::SourceQuoteRole).toString();
        if (!quote.isEmpty())
            QCOMPARE(provenance.text().mid(span.quoteStart, span.quoteLength), quote);
        // And back: the sentence's rows include this one, at its first and last character.
        QVERIFY2(provenance.rowsAt(span.start).contains(row), qPrintable(entity));
        QVERIFY2(provenance.rowsAt(span.start + span.length - 1).contains(row), qPrintable(entity));
    }
    // One sentence, several figures: population and businesses share theirs, and the funding per
    // resident and per business derived from them quote it too.
    const Provenance::Span population = provenance.spanOf(fixture.row(u"figure/population"_s));
    QCOMPARE(provenance.rowsAt(population.start),
             (QList<int> {fixture.row(u"figure/population"_s), fixture.row(u"figure/businesses"_s),
                          fixture.row(u"figure/local-funding-per-resident"_s),
                          fixture.row(u"figure/local-funding-per-business"_s)}));
}

void TestProvenance::selectingHighlightsSentenceAndFigure()
{
    Fixture fixture;
    ProvenancePane pane(&fixture.selection);
    fixture.selection.setCurrentIndex(fixture.model.indexOfEntity(u"fundingLine/cobra-biologics"_s),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString text = pane.provenance().text();
    QCOMPARE(pane.highlightedSentences().size(), 1);
    const auto [start, length] = pane.highlightedSentences().first();
    QVERIFY(text.mid(start, length).startsWith(u"£2.6m to Cobra Biologics to develop cell"_s));
    QCOMPARE(pane.highlightedFigures().size(), 1);
    QCOMPARE(text.mid(pane.highlightedFigures().first().first, pane.highlightedFigures().first().second), u"£2.6m"_s);
    QCOMPARE(pane.textView()->extraSelections().size(), 2);
    // Several selected: each sentence once.
    fixture.selection.select(fixture.model.indexOfEntity(u"figure/businesses"_s),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    fixture.selection.select(fixture.model.indexOfEntity(u"figure/population"_s),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(pane.highlightedSentences().size(), 2);
    QCOMPARE(pane.highlightedFigures().size(), 3); // £2.6m, 1,126,200 and 46,190
    QCOMPARE(pane.accessibleName(), u"Source text"_s);
}

void TestProvenance::aSentenceNothingCameFromSaysSo()
{
    Fixture fixture;
    ProvenancePane pane(&fixture.selection);
    const qsizetype intro = pane.provenance().text().indexOf(u"Our modern Industrial Strategy"_s);
    QVERIFY(intro > 0);
    fixture.selection.setCurrentIndex(fixture.model.index(0, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!pane.selectAt(intro + 5));
    QCOMPARE(pane.statusLabel()->text(), u"Nothing in the factsheet comes from this sentence."_s);
    QCOMPARE(fixture.selection.selectedRows().size(), 1); // left as it was
}

void TestProvenance::clickingASentenceSelectsWhatCameFromIt()
{
    Fixture fixture;
    ProvenancePane pane(&fixture.selection);
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // The employment sentence gave three figures: the latest, the increase and the derived 2010 (and
    // the model's growth since 2010, computed from it).
    const qsizetype at = pane.provenance().text().indexOf(u"548,800 people in employment"_s);
    QTextCursor cursor(pane.textView()->document());
    cursor.setPosition(static_cast<int>(at + 3));
    const QPoint where = pane.textView()->cursorRect(cursor).center();
    QTest::mouseClick(pane.textView()->viewport(), Qt::LeftButton, {}, where);
    QStringList selected;
    for (const QModelIndex &index : fixture.selection.selectedRows())
        selected << index.data(FactsheetModel::EntityIdRole).toString();
    selected.sort();
    QCOMPARE(selected,
             (QStringList {u"figure/employment"_s, u"figure/employment-2010"_s,
                           u"figure/employment-growth-since-2010"_s, u"figure/employment-increase-since-2010"_s}));
    QCOMPARE(fixture.selection.currentIndex().data(FactsheetModel::EntityIdRole).toString(), u"figure/employment"_s);
    QCOMPARE(pane.statusLabel()->text(), u"4 selected from this sentence."_s);
}

QTEST_MAIN(TestProvenance)
#include "tst_provenance.moc"
