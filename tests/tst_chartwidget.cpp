// The on-screen chart as a view of the one selection: its bars come from the model's roles and
// are rebuilt only when the model changes; a click (Ctrl+click adds) selects, Esc or a click on
// empty space clears; tooltips stay while the pointer rests on a bar; the context menu; the
// window's palette; the presentation look.
#include "chartmembership.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "embeddedfactsheet.h"
#include "factsheetchart.h"
#include "factsheetmodel.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

FundingLine generatedLine(int number)
{
    FundingLine line;
    line.id = u"generated-%1"_s.arg(number);
    line.title = u"Generated line %1"_s.arg(number);
    line.purpose = u"Test data"_s;
    line.amount = 1000 * number;
    line.category = u"Generated"_s;
    line.scope = Scope::Local;
    line.source = u"Generated for the test."_s;
    return line;
}

struct Fixture
{
    explicit Fixture(const QString &chartName, Factsheet sheet = embeddedFactsheet()) : chart(chartName)
    {
        model.setFactsheet(std::move(sheet));
        chart.setSelectionModel(&selection);
    }
    FactsheetModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QItemSelectionModel selection {&model};
    ChartWidget chart;

    QModelIndex row(const QString &entity) const { return model.indexOfEntity(entity); }
    QString currentEntity() const { return selection.currentIndex().data(FactsheetModel::EntityIdRole).toString(); }
    void select(const QString &entity)
    {
        selection.setCurrentIndex(row(entity), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    bool showAndLayOut(QSize size = QSize(640, 420))
    {
        chart.resize(size);
        chart.show();
        if (!QTest::qWaitForWindowExposed(&chart))
            return false;
        return QTest::qWaitFor([this] { return chart.barCount() == 0 || !chart.barRectInViewport(0).isEmpty(); });
    }
    QPoint barCentre(int bar) const { return chart.barRectInViewport(bar).center(); }
};

// Runs the context menu the event opens, and answers the texts of its actions.
QStringList contextMenuTexts(ChartWidget &chart, QContextMenuEvent::Reason reason)
{
    QStringList texts;
    QTimer::singleShot(0, &chart, [&texts] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                texts << (action->isSeparator() ? u"-"_s : action->text());
            menu->close();
        }
    });
    QContextMenuEvent event(reason, QPoint(10, 10), chart.mapToGlobal(QPoint(10, 10)));
    QCoreApplication::sendEvent(&chart, &event);
    return texts;
}

} // namespace

class TestChartWidget final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void barsComeFromTheModel();
    void modelChangesRebuildSelectionChangesDoNot();
    void barClickSelectsItsRow();
    void ctrlClickAddsAndRemoves();
    void mouseClickOnABarAndOnEmptySpace();
    void escClearsTheSelectionEverywhere();
    void upAndDownWalkTheBars();
    void selectionIsMirroredWholeOnTheBars();
    void toolTipStaysWhileThePointerRests();
    void contextMenu_data();
    void contextMenu();
    void doubleClickAsksToPresent();
    void followsTheWindowPalette();
    void presentationLook();
    void manyLinesSelectWithoutRebuilding();
    void mousePressesAnywhereNeverCrash();
    void wheelIsLeftToTheSurroundingArea();
    void hasAFocusCueAndTakesFocus();
};

void TestChartWidget::barsComeFromTheModel()
{
    Fixture fixture(ChartMembership::employment);
    QCOMPARE(fixture.chart.barCount(), 2);
    QCOMPARE(fixture.chart.sourceIndexOfBar(0), QModelIndex(fixture.row(u"figure/employment-2010"_s)));
    QCOMPARE(fixture.chart.barOfSourceRow(fixture.row(u"figure/employment"_s).row()), 1);
    QCOMPARE(fixture.chart.barOfSourceRow(fixture.row(u"figure/population"_s).row()), -1);
    QCOMPARE(fixture.chart.accessibleDescription(),
             u"Employment in Stoke-on-Trent & Staffordshire: 2010 (derived) 513,000 people; Latest (2018 summary) "
             u"548,800 people. People in employment"_s);
    QCOMPARE(fixture.chart.objectName(), u"employmentChart"_s);
    // The window shows the source elsewhere: no source line on screen.
    for (const FactsheetChart::PlacedText &text : fixture.chart.chart()->placedTexts())
        QVERIFY(text.role != u"source");
}

void TestChartWidget::modelChangesRebuildSelectionChangesDoNot()
{
    Fixture fixture(ChartMembership::funding);
    QSignalSpy rebuilt(&fixture.chart, &ChartWidget::barsRebuilt);
    fixture.select(u"fundingLine/cobra-biologics"_s);
    fixture.select(u"fundingLine/stafford-college-stc"_s);
    QCOMPARE(rebuilt.count(), 0);
    Factsheet sheet = embeddedFactsheet();
    sheet.fundingLines.push_back(generatedLine(99));
    fixture.model.setFactsheet(std::move(sheet));
    QCOMPARE(rebuilt.count(), 1);
    QCOMPARE(fixture.chart.barCount(), 5);
    QCOMPARE(fixture.chart.description().bars.at(4).label, u"Generated line 99"_s);
}

void TestChartWidget::barClickSelectsItsRow()
{
    Fixture fixture(ChartMembership::funding);
    QSignalSpy current(&fixture.selection, &QItemSelectionModel::currentRowChanged);
    emit fixture.chart.chart()->barClicked(2);
    QCOMPARE(fixture.currentEntity(), u"fundingLine/cobra-biologics"_s);
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({2}));
    QCOMPARE(current.count(), 1);
    // The bar already selected: nothing changes, nothing echoes.
    emit fixture.chart.chart()->barClicked(2);
    QCOMPARE(current.count(), 1);
    emit fixture.chart.chart()->barClicked(0);
    QCOMPARE(fixture.currentEntity(), u"fundingLine/housebuilding-infrastructure"_s);
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({0}));
}

void TestChartWidget::ctrlClickAddsAndRemoves()
{
    Fixture fixture(ChartMembership::funding);
    QVERIFY(fixture.showAndLayOut());
    QWidget *viewport = fixture.chart.chartView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, fixture.barCentre(0));
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({0}));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, fixture.barCentre(3));
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({0, 3}));
    QCOMPARE(fixture.selection.selectedRows().size(), 2);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, fixture.barCentre(0));
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({3}));
    QCOMPARE(fixture.currentEntity(), u"fundingLine/housebuilding-infrastructure"_s);
}

void TestChartWidget::mouseClickOnABarAndOnEmptySpace()
{
    Fixture fixture(ChartMembership::employment);
    QVERIFY(fixture.showAndLayOut());
    QWidget *viewport = fixture.chart.chartView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, fixture.barCentre(1));
    QCOMPARE(fixture.currentEntity(), u"figure/employment"_s);
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({1}));
    // Below the title, left of the bars: nothing there.
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, QPoint(5, viewport->height() - 5));
    QVERIFY(!fixture.selection.hasSelection());
    QVERIFY(!fixture.selection.currentIndex().isValid());
    QCOMPARE(fixture.chart.selectedBars(), QList<int>());
}

void TestChartWidget::escClearsTheSelectionEverywhere()
{
    Fixture fixture(ChartMembership::funding);
    fixture.select(u"fundingLine/cobra-biologics"_s);
    QSignalSpy changed(&fixture.selection, &QItemSelectionModel::selectionChanged);
    QTest::keyClick(&fixture.chart, Qt::Key_Escape);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!fixture.selection.hasSelection());
    QCOMPARE(fixture.chart.selectedBars(), QList<int>());
}

void TestChartWidget::upAndDownWalkTheBars()
{
    Fixture fixture(ChartMembership::funding);
    QTest::keyClick(&fixture.chart, Qt::Key_Down);
    QCOMPARE(fixture.currentEntity(), u"fundingLine/housebuilding-infrastructure"_s);
    QTest::keyClick(&fixture.chart, Qt::Key_Down);
    QCOMPARE(fixture.currentEntity(), u"fundingLine/bericote-four-ashes"_s);
    QTest::keyClick(&fixture.chart, Qt::Key_Up);
    QCOMPARE(fixture.currentEntity(), u"fundingLine/housebuilding-infrastructure"_s);
    QTest::keyClick(&fixture.chart, Qt::Key_Up); // the first stays the first
    QCOMPARE(fixture.currentEntity(), u"fundingLine/housebuilding-infrastructure"_s);
}

void TestChartWidget::selectionIsMirroredWholeOnTheBars()
{
    Fixture fixture(ChartMembership::funding);
    QItemSelection rows;
    for (const QString &entity : {u"fundingLine/cobra-biologics"_s, u"fundingLine/industrial-strategy-programmes"_s,
                                  u"fundingLine/stafford-college-stc"_s})
        rows.select(fixture.row(entity), fixture.row(entity));
    fixture.selection.select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({2, 3})); // the national line has no bar
    // A chart built after the selection shows it at once.
    ChartWidget late(ChartMembership::funding);
    late.setSelectionModel(&fixture.selection);
    QCOMPARE(late.selectedBars(), QList<int>({2, 3}));
    fixture.selection.clearSelection();
    QCOMPARE(late.selectedBars(), QList<int>());
}

void TestChartWidget::toolTipStaysWhileThePointerRests()
{
    Fixture fixture(ChartMembership::employment);
    QVERIFY(fixture.showAndLayOut());
    QWidget *viewport = fixture.chart.chartView()->viewport();
    QTest::mouseMove(viewport, fixture.barCentre(0) + QPoint(-10, 0));
    QTest::mouseMove(viewport, fixture.barCentre(0));
    QTRY_VERIFY(QToolTip::isVisible());
    QTest::qWait(2000);
    QVERIFY(QToolTip::isVisible());
    QTextDocument shown;
    shown.setHtml(QToolTip::text());
    QCOMPARE(shown.toPlainText(), fixture.chart.description().bars.at(0).toolTip);
    QToolTip::hideText();
}

void TestChartWidget::contextMenu_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<int>("reason");
    for (const QString &chart : ChartMembership::chartNames()) {
        QTest::addRow("%s, right click", qPrintable(chart)) << chart << int(QContextMenuEvent::Mouse);
        QTest::addRow("%s, Menu key", qPrintable(chart)) << chart << int(QContextMenuEvent::Keyboard);
    }
}

void TestChartWidget::contextMenu()
{
    QFETCH(QString, chart);
    QFETCH(int, reason);
    Fixture fixture(chart);
    QVERIFY(fixture.showAndLayOut());
    QCOMPARE(contextMenuTexts(fixture.chart, QContextMenuEvent::Reason(reason)),
             (QStringList {u"&Copy Chart"_s, u"&Export Chart…"_s, u"&Print Chart…"_s, u"-"_s, u"P&resent Chart"_s,
                           u"C&lear Selection"_s}));
    QCOMPARE(fixture.chart.copyAction()->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
    QCOMPARE(fixture.chart.presentAction()->shortcut(), QKeySequence(Qt::Key_F11));
    // Each asks the window for what it names.
    QSignalSpy copy(&fixture.chart, &ChartWidget::copyRequested);
    QSignalSpy exporting(&fixture.chart, &ChartWidget::exportRequested);
    QSignalSpy print(&fixture.chart, &ChartWidget::printRequested);
    QSignalSpy present(&fixture.chart, &ChartWidget::presentRequested);
    fixture.chart.copyAction()->trigger();
    fixture.chart.exportAction()->trigger();
    fixture.chart.printAction()->trigger();
    fixture.chart.presentAction()->trigger();
    QCOMPARE(copy.count() + exporting.count() + print.count() + present.count(), 4);
    QCOMPARE(present.count(), 1);
}

void TestChartWidget::doubleClickAsksToPresent()
{
    Fixture fixture(ChartMembership::funding);
    QVERIFY(fixture.showAndLayOut());
    QSignalSpy present(&fixture.chart, &ChartWidget::presentRequested);
    QTest::mouseDClick(fixture.chart.chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, fixture.barCentre(1));
    QCOMPARE(present.count(), 1);
}

void TestChartWidget::followsTheWindowPalette()
{
    Fixture fixture(ChartMembership::funding);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    fixture.chart.setPalette(dark);
    QCOMPARE(fixture.chart.chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(fixture.chart.chart()->chartTheme().text, QColor(0xee, 0xee, 0xee));
    QVERIFY(contrastRatio(fixture.chart.chart()->chartTheme().secondaryText, QColor(0x1e, 0x1e, 0x1e)) >= 4.5);
}

void TestChartWidget::presentationLook()
{
    Fixture fixture(ChartMembership::apprenticeshipsAndWages);
    fixture.chart.setLook(ChartWidget::Look::Presentation);
    QVERIFY(fixture.showAndLayOut(QSize(1280, 720)));
    const QSize viewport = fixture.chart.chartView()->viewport()->size();
    QCOMPARE(fixture.chart.chart()->chartTheme().titleSize, ChartTheme::presentation(QSizeF(viewport)).titleSize);
    QStringList sources;
    for (const FactsheetChart::PlacedText &text : fixture.chart.chart()->placedTexts()) {
        if (text.role == u"source")
            sources << text.text;
    }
    QCOMPARE(sources, QStringList {fixture.chart.description().sourceLine});
}

void TestChartWidget::manyLinesSelectWithoutRebuilding()
{
    Factsheet sheet = embeddedFactsheet();
    for (int number = 1; number <= 1000; ++number)
        sheet.fundingLines.push_back(generatedLine(number));
    Fixture fixture(ChartMembership::funding, std::move(sheet));
    QCOMPARE(fixture.chart.barCount(), 12);
    QCOMPARE(fixture.chart.description().bars.last().label, u"993 other lines"_s);
    QSignalSpy rebuilt(&fixture.chart, &ChartWidget::barsRebuilt);
    fixture.select(u"fundingLine/generated-1000"_s); // £1,000,000: after the four local lines
    QCOMPARE(fixture.chart.selectedBars(), QList<int>({4}));
    fixture.select(u"fundingLine/generated-3"_s); // among the others: no bar of its own
    QCOMPARE(fixture.chart.selectedBars(), QList<int>());
    // The bar of the others selects nothing.
    emit fixture.chart.chart()->barClicked(11);
    QCOMPARE(fixture.currentEntity(), u"fundingLine/generated-3"_s);
    QCOMPARE(rebuilt.count(), 0);
}

void TestChartWidget::mousePressesAnywhereNeverCrash()
{
    // QTBUG-118669: a press where no chart item is has crashed QChartView 6.4.
    Fixture fixture(ChartMembership::funding);
    QVERIFY(fixture.showAndLayOut(QSize(300, 200)));
    QWidget *viewport = fixture.chart.chartView()->viewport();
    for (const QPoint point : {QPoint(1, 1), QPoint(viewport->width() - 2, viewport->height() - 2),
                               QPoint(viewport->width() / 2, viewport->height() / 2)}) {
        for (const Qt::MouseButton button : {Qt::LeftButton, Qt::RightButton, Qt::MiddleButton})
            QTest::mouseClick(viewport, button, Qt::NoModifier, point);
    }
    QVERIFY(fixture.chart.isVisible());
}

void TestChartWidget::wheelIsLeftToTheSurroundingArea()
{
    Fixture fixture(ChartMembership::funding);
    QVERIFY(fixture.showAndLayOut());
    QWheelEvent wheel(QPointF(50, 50), fixture.chart.mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(fixture.chart.chartView()->viewport(), &wheel);
    QVERIFY(!wheel.isAccepted());
}

void TestChartWidget::hasAFocusCueAndTakesFocus()
{
    Fixture fixture(ChartMembership::funding);
    QVERIFY(fixture.showAndLayOut());
    QCOMPARE(fixture.chart.focusPolicy(), Qt::StrongFocus);
    QCOMPARE(fixture.chart.chartView()->focusPolicy(), Qt::NoFocus);
    QApplication::setActiveWindow(&fixture.chart);
    fixture.chart.setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(fixture.chart.hasFocus());
    // The frame in the palette's highlight, around the chart.
    const QImage grabbed = fixture.chart.grab().toImage();
    QCOMPARE(grabbed.pixelColor(1, grabbed.height() / 2), fixture.chart.palette().color(QPalette::Highlight));
    fixture.chart.clearFocus();
    const QImage unfocused = fixture.chart.grab().toImage();
    QVERIFY(unfocused.pixelColor(1, unfocused.height() / 2) != fixture.chart.palette().color(QPalette::Highlight));
}

void TestChartWidget::init()
{
    TestOutput::watch();
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
