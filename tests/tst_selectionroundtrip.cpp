// One selection, every view, both ways: with the table sorted by title and filtered, lines chosen
// in the table, on the funding chart's bars, on the comparison's bars or by a sentence of the
// source text are exactly the lines every other view shows: the table's selected rows, the
// funding chart's highlighted bars, the comparison's bars and words, and the sentences and figures
// highlighted in the source text. Real clicks, with their modifiers, wherever a widget takes one.
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "comparisonpane.h"
#include "factsheetchart.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "provenancepane.h"
#include "testoutput.h"
#include "windowfixture.h"
#include "windowpanes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString bericote = u"Bericote Four Ashes Business Park"_s;
const QString cobra = u"Cobra Biologics"_s;
const QString housing = u"Housebuilding infrastructure"_s;

// The source sentences of those three lines, as the summary prints them.
const QString bericoteSentence
    = u"£2.8m for improvements to infrastructure to open up Bericote Four Ashes Business Park in Wolverhampton."_s;
const QString cobraSentence
    = u"£2.6m to Cobra Biologics to develop cell and gene therapy products that can improve and even save lives, "
      "including helping turn scientific discoveries into medicines ready for patients."_s;
const QString housingSentence
    = u"£10m to accelerate housebuilding by providing the vital infrastructure to access new and existing sites."_s;

} // namespace

class TestSelectionRoundTrip final : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init();
    void cleanup();

    void tableSelectionReachesChartComparisonAndSourceText();
    void chartSelectionReachesTableAndComparison();
    void comparisonBarCtrlClickTakesTheLineOutEverywhere();
    void sentenceClickReachesTableChartAndComparison();

private:
    QTableView *table() const { return panes(*m_window).investments()->table(); }
    ChartWidget *fundingChart() const { return panes(*m_window).fundingChart(); }
    ComparisonPane *comparison() const { return panes(*m_window).comparisonPane(); }
    ProvenancePane *sourceText() const { return panes(*m_window).provenancePane(); }

    // What each view shows, in its own order.
    QStringList tableTitles(bool selectedOnly) const;
    QStringList selectedEntities() const;
    QStringList highlightedFundingBars() const;
    QStringList comparedLines() const;
    QStringList highlightedSentences() const;
    QStringList highlightedFigures() const;

    void clickTableRow(const QString &title, Qt::KeyboardModifiers modifiers);
    void clickFundingBar(const QString &label, Qt::KeyboardModifiers modifiers);
    void clickComparisonBar(const QString &label, Qt::KeyboardModifiers modifiers);
    void clickSentence(const QString &sentence);

    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QSignalSpy> m_barsRebuilt;
};

void TestSelectionRoundTrip::init()
{
    TestOutput::watch();
    QVERIFY(openWindow());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(panes(*m_window).investments()->proxy(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
    m_window->showComparison();
    m_window->showProvenance();
    QTRY_VERIFY(comparison()->isVisible() && sourceText()->isVisible());

    // Sorted by title with a click on its header (it opens sorted by amount, largest first).
    QHeaderView *header = table()->horizontalHeader();
    const QPoint titleHeader(header->sectionViewportPosition(FactsheetModel::TitleColumn)
                                 + header->sectionSize(FactsheetModel::TitleColumn) / 2,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, titleHeader);
    QCOMPARE(header->sortIndicatorSection(), int(FactsheetModel::TitleColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // "to" is in three purposes: Cobra's ("into medicines"), the housebuilding's ("to access") and
    // Bericote's ("to open up"); the Stafford College centre and the national programme go.
    QTest::keyClicks(panes(*m_window).investments()->filterEdit(), u"to"_s);
    panes(*m_window).investments()->applyFilterNow();
    QTRY_VERIFY(!panes(*m_window).investments()->proxy()->isBusy());

    QCOMPARE(tableTitles(false), (QStringList {bericote, cobra, housing}));
    // The funding chart shows the table's lines in the table's order.
    QCOMPARE(fundingChart()->barCount(), 3);
    for (int bar = 0; bar < 3; ++bar)
        QCOMPARE(fundingChart()->description().bars.at(bar).label, tableTitles(false).at(bar));
    QVERIFY(m_window->selectionModel()->selection().isEmpty());
    QCOMPARE(comparison()->wordsView()->toPlainText(),
             u"Select funding lines to compare them: Ctrl+click or Shift+click in the table or on the bars."_s);
    // From here on a selection only selects: the chart is never built anew for one.
    m_barsRebuilt = std::make_unique<QSignalSpy>(fundingChart(), &ChartWidget::barsRebuilt);
}

void TestSelectionRoundTrip::cleanup()
{
    if (m_barsRebuilt)
        QCOMPARE(m_barsRebuilt->count(), 0);
    m_barsRebuilt.reset();
    m_proxyTester.reset();
    closeWindow();
}

QStringList TestSelectionRoundTrip::tableTitles(bool selectedOnly) const
{
    QStringList titles;
    const QAbstractItemModel *proxy = table()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (!selectedOnly || table()->selectionModel()->isRowSelected(row))
            titles << proxy->index(row, FactsheetModel::TitleColumn).data().toString();
    }
    return titles;
}

QStringList TestSelectionRoundTrip::selectedEntities() const
{
    QStringList entities;
    for (const QModelIndex &index : m_window->selectionModel()->selectedRows())
        entities << index.data(FactsheetModel::EntityIdRole).toString();
    entities.sort();
    return entities;
}

QStringList TestSelectionRoundTrip::highlightedFundingBars() const
{
    QStringList labels;
    for (int bar : fundingChart()->selectedBars())
        labels << fundingChart()->description().bars.at(bar).label;
    return labels;
}

// "label: amount" for each compared bar, largest first, as the comparison has it; checked against
// what its chart draws and its words say, so that what is shown is what was compared.
QStringList TestSelectionRoundTrip::comparedLines() const
{
    QStringList lines;
    const Comparison &compared = comparison()->comparison();
    for (const ChartBar &bar : compared.chart.bars)
        lines << bar.label + u": "_s + bar.valueText;
    QStringList drawn;
    for (const ChartBar &bar : comparison()->chart()->description().bars)
        drawn << bar.label + u": "_s + bar.valueText;
    if (drawn != lines)
        return {u"drawn: "_s + drawn.join(u", "_s) + u"; compared: "_s + lines.join(u", "_s)};
    if (comparison()->wordsView()->toPlainText() != compared.text())
        return {u"words: "_s + comparison()->wordsView()->toPlainText()};
    return lines;
}

QStringList TestSelectionRoundTrip::highlightedSentences() const
{
    QStringList sentences;
    for (const auto &[start, length] : sourceText()->highlightedSentences())
        sentences << sourceText()->provenance().text().mid(start, length);
    return sentences;
}

QStringList TestSelectionRoundTrip::highlightedFigures() const
{
    QStringList figures;
    for (const auto &[start, length] : sourceText()->highlightedFigures())
        figures << sourceText()->provenance().text().mid(start, length);
    return figures;
}

void TestSelectionRoundTrip::clickTableRow(const QString &title, Qt::KeyboardModifiers modifiers)
{
    const int row = static_cast<int>(tableTitles(false).indexOf(title));
    QVERIFY2(row >= 0, qPrintable(title));
    const QModelIndex cell = table()->model()->index(row, FactsheetModel::TitleColumn);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, table()->visualRect(cell).center());
}

void TestSelectionRoundTrip::clickFundingBar(const QString &label, Qt::KeyboardModifiers modifiers)
{
    int bar = -1;
    for (int candidate = 0; candidate < fundingChart()->barCount(); ++candidate) {
        if (fundingChart()->description().bars.at(candidate).label == label)
            bar = candidate;
    }
    QVERIFY2(bar >= 0, qPrintable(label));
    const QRect where = fundingChart()->barRectInViewport(bar);
    QVERIFY2(!where.isEmpty(), qPrintable(label));
    QTest::mouseClick(fundingChart()->chartView()->viewport(), Qt::LeftButton, modifiers, where.center());
}

void TestSelectionRoundTrip::clickComparisonBar(const QString &label, Qt::KeyboardModifiers modifiers)
{
    FactsheetChart *chart = comparison()->chart();
    int bar = -1;
    for (int candidate = 0; candidate < chart->barCount(); ++candidate) {
        if (chart->description().bars.at(candidate).label == label)
            bar = candidate;
    }
    QVERIFY2(bar >= 0, qPrintable(label));
    QGraphicsView *view = chart->scene()->views().constFirst();
    const QRect where = view->mapFromScene(chart->mapRectToScene(chart->barRect(bar))).boundingRect();
    QVERIFY2(!where.isEmpty(), qPrintable(label));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, where.center());
}

void TestSelectionRoundTrip::clickSentence(const QString &sentence)
{
    QTextBrowser *text = sourceText()->textView();
    const qsizetype start = sourceText()->provenance().text().indexOf(sentence);
    QVERIFY2(start >= 0, qPrintable(sentence));
    // Scrolled into view as a reader would, then clicked a few characters in.
    QTextCursor cursor(text->document());
    cursor.setPosition(static_cast<int>(start + 5));
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(cursor).center());
}

void TestSelectionRoundTrip::tableSelectionReachesChartComparisonAndSourceText()
{
    QSignalSpy sourceChanged(m_window->selectionModel(), &QItemSelectionModel::selectionChanged);
    clickTableRow(bericote, Qt::NoModifier);
    clickTableRow(housing, Qt::ControlModifier);
    // Each click changes the one selection once: the table's mirror writes it in one go.
    QCOMPARE(sourceChanged.count(), 2);

    QCOMPARE(tableTitles(true), (QStringList {bericote, housing}));
    QCOMPARE(selectedEntities(),
             (QStringList {u"fundingLine/bericote-four-ashes"_s, u"fundingLine/housebuilding-infrastructure"_s}));
    QCOMPARE(highlightedFundingBars(), (QStringList {bericote, housing}));
    QCOMPARE(comparedLines(),
             (QStringList {u"Housebuilding infrastructure: £10,000,000"_s,
                           u"Bericote Four Ashes Business Park: £2,800,000"_s}));
    QCOMPARE(comparison()->comparison().differences,
             QStringList {u"Housebuilding infrastructure (£10,000,000) is 3.6 times Bericote Four Ashes Business Park "
                          "(£2,800,000); £7,200,000 more"_s});
    QCOMPARE(comparison()->comparison().shares,
             (QStringList {u"Housebuilding infrastructure: 57.5% of the local total (£17,400,000)"_s,
                           u"Bericote Four Ashes Business Park: 16.1% of the local total (£17,400,000)"_s}));
    QCOMPARE(highlightedSentences(), (QStringList {housingSentence, bericoteSentence}));
    QCOMPARE(highlightedFigures(), (QStringList {u"£10m"_s, u"£2.8m"_s}));
    QCOMPARE(panes(*m_window).selectionLabel()->text(), u"2 selected · £12,800,000 · 73.6% of the local total"_s);
}

void TestSelectionRoundTrip::chartSelectionReachesTableAndComparison()
{
    clickFundingBar(cobra, Qt::NoModifier);
    QCOMPARE(tableTitles(true), QStringList {cobra});
    QCOMPARE(comparedLines(), QStringList {u"Cobra Biologics: £2,600,000"_s});

    clickFundingBar(housing, Qt::ControlModifier);
    QCOMPARE(highlightedFundingBars(), (QStringList {cobra, housing}));
    QCOMPARE(tableTitles(true), (QStringList {cobra, housing}));
    QCOMPARE(selectedEntities(),
             (QStringList {u"fundingLine/cobra-biologics"_s, u"fundingLine/housebuilding-infrastructure"_s}));
    QCOMPARE(comparedLines(),
             (QStringList {u"Housebuilding infrastructure: £10,000,000"_s, u"Cobra Biologics: £2,600,000"_s}));
    QCOMPARE(comparison()->comparison().differences,
             QStringList {u"Housebuilding infrastructure (£10,000,000) is 3.8 times Cobra Biologics (£2,600,000); "
                          "£7,400,000 more"_s});
    QCOMPARE(highlightedSentences(), (QStringList {cobraSentence, housingSentence}));

    // Ctrl+click on a highlighted bar takes its line out, everywhere.
    clickFundingBar(housing, Qt::ControlModifier);
    QCOMPARE(highlightedFundingBars(), QStringList {cobra});
    QCOMPARE(tableTitles(true), QStringList {cobra});
    QCOMPARE(comparedLines(), QStringList {u"Cobra Biologics: £2,600,000"_s});
    QCOMPARE(comparison()->comparison().chart.subtitle, u"One line selected"_s);
    QCOMPARE(highlightedSentences(), QStringList {cobraSentence});
}

void TestSelectionRoundTrip::comparisonBarCtrlClickTakesTheLineOutEverywhere()
{
    clickTableRow(bericote, Qt::NoModifier);
    clickTableRow(housing, Qt::ShiftModifier); // the range: all three lines
    QCOMPARE(tableTitles(true), (QStringList {bericote, cobra, housing}));
    QCOMPARE(comparedLines(),
             (QStringList {u"Housebuilding infrastructure: £10,000,000"_s,
                           u"Bericote Four Ashes Business Park: £2,800,000"_s, u"Cobra Biologics: £2,600,000"_s}));
    QCOMPARE(comparison()->comparison().chart.subtitle, u"3 lines selected, largest first"_s);

    clickComparisonBar(bericote, Qt::ControlModifier);
    QCOMPARE(tableTitles(true), (QStringList {cobra, housing}));
    QCOMPARE(highlightedFundingBars(), (QStringList {cobra, housing}));
    // The comparison redraws once the click is delivered: the bar clicked must outlive it.
    QTRY_COMPARE(comparedLines(),
                 (QStringList {u"Housebuilding infrastructure: £10,000,000"_s, u"Cobra Biologics: £2,600,000"_s}));
    // The line taken out is the current one still (its details show), so its sentence stays marked.
    QCOMPARE(m_window->selectionModel()->currentIndex().data(FactsheetModel::EntityIdRole).toString(),
             u"fundingLine/bericote-four-ashes"_s);
    QCOMPARE(highlightedSentences(), (QStringList {cobraSentence, housingSentence, bericoteSentence}));
}

void TestSelectionRoundTrip::sentenceClickReachesTableChartAndComparison()
{
    clickTableRow(bericote, Qt::NoModifier);
    clickTableRow(housing, Qt::ControlModifier);
    QCOMPARE(tableTitles(true), (QStringList {bericote, housing}));

    // A sentence chooses what came from it, instead of what was selected.
    QSignalSpy sourceChanged(m_window->selectionModel(), &QItemSelectionModel::selectionChanged);
    clickSentence(cobraSentence);
    QCOMPARE(sourceChanged.count(), 1);
    QCOMPARE(sourceText()->statusLabel()->text(), u"1 selected from this sentence."_s);
    QCOMPARE(selectedEntities(), QStringList {u"fundingLine/cobra-biologics"_s});
    QCOMPARE(m_window->selectionModel()->currentIndex().data(FactsheetModel::EntityIdRole).toString(),
             u"fundingLine/cobra-biologics"_s);
    QCOMPARE(tableTitles(true), QStringList {cobra});
    QCOMPARE(table()->currentIndex().row(), 1);
    QCOMPARE(highlightedFundingBars(), QStringList {cobra});
    QCOMPARE(comparedLines(), QStringList {u"Cobra Biologics: £2,600,000"_s});
    QCOMPARE(comparison()->comparison().shares,
             QStringList {u"Cobra Biologics: 14.9% of the local total (£17,400,000)"_s});
    QCOMPARE(highlightedSentences(), QStringList {cobraSentence});
    QCOMPARE(highlightedFigures(), QStringList {u"£2.6m"_s});

    // And another, added to nothing: the housebuilding sentence replaces Cobra's.
    clickSentence(housingSentence);
    QCOMPARE(tableTitles(true), QStringList {housing});
    QCOMPARE(highlightedFundingBars(), QStringList {housing});
    QCOMPARE(comparedLines(), QStringList {u"Housebuilding infrastructure: £10,000,000"_s});
    QCOMPARE(highlightedSentences(), QStringList {housingSentence});
}

QTEST_MAIN(TestSelectionRoundTrip)
#include "tst_selectionroundtrip.moc"
