// The window as a whole: every view linked through the one selection, both ways, whatever the
// table's sort and filter; the status bar; loading errors that leave the factsheet as it was; the
// charts built just after the first frame, in the places and state they would have had.
#include "areaheader.h"
#include "chartmembership.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "charts/presentationview.h"
#include "comparisonpane.h"
#include "detailpane.h"
#include "factsheetchart.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "firstpaintwatcher.h"
#include "fundinglinesproxymodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "testoutput.h"
#include "windowpanes.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <memory>

namespace {
const QString cobra = QStringLiteral("fundingLine/cobra-biologics");
const QString housing = QStringLiteral("fundingLine/housebuilding-infrastructure");
const QString bericote = QStringLiteral("fundingLine/bericote-four-ashes");
const QString stcLine = QStringLiteral("fundingLine/stafford-college-stc");
const QString national = QStringLiteral("fundingLine/industrial-strategy-programmes");
const QString caseStudy = QStringLiteral("caseStudy/stafford-college-stc");

// The plot area each chart had when its view first painted: what the user saw first.
class FirstChartFrames final : public QObject
{
public:
    QHash<const QChart *, QRectF> plotAreas;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const auto *view = qobject_cast<QChartView *>(watched->parent());
            if (view && !plotAreas.contains(view->chart()))
                plotAreas.insert(view->chart(), view->chart()->plotArea());
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chartsAreBuiltJustAfterTheFirstPaint();
    void askingForAChartBuildsTheChartsAtOnce();
    void chartsBuiltLateAreLaidOutAsIfBuiltAtOnce();
    void tabReachesTheChartsBetweenTableAndDetails();
    void windowClosedBeforeItsChartsCameGetsThemWhenShownAgain();
    void titleAndAccessibleNames();
    void statusBarSummaryFollowsFilters();
    void tableOpensSortedByAmountDescending();
    void tableRowSelectsBarAndDetails_data();
    void tableRowSelectsBarAndDetails();
    void barClickSelectsRowWhateverSortAndFilter_data();
    void barClickSelectsRowWhateverSortAndFilter();
    void figureBarShowsFigureAndClearsTable();
    void arrowKeysMoveSelectionAndChartsFollow();
    void filteringTheSelectedLineOutDeselectsItEverywhere();
    void filterClearButtonComesWithText();
    void stcLineAndCaseStudyButtonShowTheCaseStudy();
    void goMenuReachesEveryFigureAndTheCaseStudy();
    void badFileLeavesFactsheetUnchanged_data();
    void badFileLeavesFactsheetUnchanged();
    void goodFileReplacesFactsheet_data();
    void goodFileReplacesFactsheet();
    void largeFactsheetSortsAndFiltersInTheBackground();
    void noChartTextIsCutInTheWindow_data();
    void noChartTextIsCutInTheWindow();
    void severalLinesSelectedEverywhere();
    void normalisationSwitchReachesTheTable();
    void noLinesMatchSaysSoInTableAndChart();
    void comparisonTakesPartInTheSelection();
    void hiddenComparisonCatchesUpWhenShown();
    void rowsCopyForSpreadsheetsAndWithCitation();
    void tableExportsAsShown();
    void chartMenusAndShortcuts();
    void copyChartPutsEveryFormatOnTheClipboard();
    void chartActionsActOnTheChartLastFocused();
    void presentationViewShowsOneChartAndSteps();
    void presentationViewTakesPartInTheSelection();

private:
    QModelIndex sourceIndexOf(const QString &entityId) const { return m_model->indexOfEntity(entityId); }
    QString currentEntity() const
    {
        return m_window->selectionModel()->currentIndex().data(FactsheetModel::EntityIdRole).toString();
    }
    QString tableCurrentEntity() const
    {
        QTableView *table = panes(*m_window).investments()->table();
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(FactsheetModel::EntityIdRole).toString() : QString();
    }
    QList<int> selectedFundingBars() const { return panes(*m_window).fundingChart()->selectedBars(); }
    QStringList tableTitles() const
    {
        QStringList titles;
        FundingLinesProxyModel *proxy = panes(*m_window).investments()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            titles << proxy->index(row, FactsheetModel::TitleColumn).data().toString();
        return titles;
    }
    void applyFilter(const QString &text)
    {
        panes(*m_window).investments()->filterEdit()->setText(text);
        panes(*m_window).investments()->applyFilterNow();
    }

    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<FactsheetDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestMainWindow::initTestCase()
{
    // Window layout is remembered in QSettings: keep the tests out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Factsheet Explorer Tests"));
}

void TestMainWindow::init()
{
    TestOutput::watch();
    m_model = std::make_unique<FactsheetModel>();
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_document = std::make_unique<FactsheetDocument>(m_model.get());
    QVERIFY(!m_document->open(FactsheetReader::embeddedPath()));
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(panes(*m_window).investments()->proxy(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_proxyTester.reset();
    m_window.reset();
    m_document.reset();
    m_modelTester.reset();
    m_model.reset();
}

void TestMainWindow::chartsAreBuiltJustAfterTheFirstPaint()
{
    // A window of its own: init() has already shown m_window.
    MainWindow window(m_document.get());
    QVERIFY(!panes(window).chartsBuilt());
    QVERIFY(window.findChildren<ChartWidget *>().isEmpty());
    const QPointer<QWidget> employmentPlace = window.findChild<QWidget *>(QStringLiteral("employmentChartPlaceholder"));
    const QPointer<QWidget> skillsPlace = window.findChild<QWidget *>(QStringLiteral("skillsChartPlaceholder"));
    const QPointer<QWidget> fundingPlace = window.findChild<QWidget *>(QStringLiteral("fundingChartPlaceholder"));
    QVERIFY(employmentPlace && skillsPlace && fundingPlace);
    // Figures stacked on the left of the charts' splitter, funding on its right.
    auto *figureSplitter = qobject_cast<QSplitter *>(employmentPlace->parentWidget());
    auto *chartSplitter = qobject_cast<QSplitter *>(fundingPlace->parentWidget());
    QVERIFY(figureSplitter && chartSplitter);
    QCOMPARE(figureSplitter->indexOf(employmentPlace), 0);
    QCOMPARE(figureSplitter->indexOf(skillsPlace), 1);
    QCOMPARE(chartSplitter->indexOf(figureSplitter), 0);
    QCOMPARE(chartSplitter->indexOf(fundingPlace), 1);
    // Selected before the charts exist: they show it when they come.
    QVERIFY(window.selectEntity(stcLine));

    QSignalSpy painted(&window, &MainWindow::chartsPainted);
    window.show();
    QTRY_COMPARE(painted.count(), 1);
    QVERIFY(panes(window).chartsBuilt()); // without anyone asking for a chart
    QVERIFY(!employmentPlace && !skillsPlace && !fundingPlace);
    QCOMPARE(window.findChildren<ChartWidget *>().size(), 3);
    QCOMPARE(figureSplitter->widget(0), panes(window).employmentChart());
    QCOMPARE(figureSplitter->widget(1), panes(window).skillsChart());
    QCOMPARE(chartSplitter->widget(1), panes(window).fundingChart());
    QCOMPARE(chartSplitter->count(), 2);
    QCOMPARE(panes(window).fundingChart()->sizePolicy().horizontalStretch(), 1); // the stretch factor stays
    QCOMPARE(panes(window).employmentChart()->accessibleName(), QStringLiteral("Employment chart"));
    QCOMPARE(panes(window).skillsChart()->accessibleName(), QStringLiteral("Apprenticeships and wages chart"));
    QCOMPARE(panes(window).fundingChart()->accessibleName(), QStringLiteral("Funding chart"));
    // The funding chart shows the table's lines: it reads the table's proxy and its mirror of the selection.
    QCOMPARE(panes(window).fundingChart()->selectionModel(), panes(window).investments()->table()->selectionModel());
    QCOMPARE(panes(window).employmentChart()->selectionModel(), window.selectionModel());
    QCOMPARE(panes(window).fundingChart()->selectedBars(), QList<int>({3}));
    QCOMPARE(panes(window).employmentChart()->selectedBars(), QList<int>());

    // Once only, whatever paints next.
    panes(window).fundingChart()->update();
    QTest::qWait(50);
    QCOMPARE(painted.count(), 1);
}

void TestMainWindow::askingForAChartBuildsTheChartsAtOnce()
{
    MainWindow window(m_document.get());
    QVERIFY(window.selectEntity(cobra));
    ChartWidget *funding = panes(window).fundingChart();
    QVERIFY(panes(window).chartsBuilt());
    QVERIFY(funding);
    ChartWidget *employment = panes(window).employmentChart();
    ChartWidget *skills = panes(window).skillsChart();
    QVERIFY(employment && skills);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("fundingChartPlaceholder")));
    QCOMPARE(qobject_cast<QSplitter *>(funding->parentWidget())->indexOf(funding), 1);
    QCOMPARE(funding->selectedBars(), QList<int>({2})); // the largest first: Cobra is third

    // The build after the first paint finds them built, and builds nothing more.
    QSignalSpy painted(&window, &MainWindow::chartsPainted);
    window.show();
    QTRY_COMPARE(painted.count(), 1);
    QTest::qWait(50);
    QCOMPARE(panes(window).employmentChart(), employment);
    QCOMPARE(panes(window).skillsChart(), skills);
    QCOMPARE(panes(window).fundingChart(), funding);
    QCOMPARE(window.findChildren<ChartWidget *>().size(), 3);
    QCOMPARE(painted.count(), 1);
}

void TestMainWindow::chartsBuiltLateAreLaidOutAsIfBuiltAtOnce()
{
    FirstChartFrames firstFrames;
    QCoreApplication::instance()->installEventFilter(&firstFrames);
    MainWindow late(m_document.get());
    MainWindow early(m_document.get());
    panes(early).fundingChart();
    QSignalSpy latePainted(&late, &MainWindow::chartsPainted);
    QSignalSpy earlyPainted(&early, &MainWindow::chartsPainted);
    late.show();
    early.show();
    QTRY_COMPARE(latePainted.count(), 1);
    QTRY_COMPARE(earlyPainted.count(), 1);

    const auto geometryIn
        = [](QWidget *window, QWidget *widget) { return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size()); };
    QCOMPARE(geometryIn(&late, panes(late).employmentChart()), geometryIn(&early, panes(early).employmentChart()));
    QCOMPARE(geometryIn(&late, panes(late).skillsChart()), geometryIn(&early, panes(early).skillsChart()));
    QCOMPARE(geometryIn(&late, panes(late).fundingChart()), geometryIn(&early, panes(early).fundingChart()));
    QCOMPARE(geometryIn(&late, panes(late).detailPane()), geometryIn(&early, panes(early).detailPane()));
    QCOMPARE(geometryIn(&late, panes(late).investments()), geometryIn(&early, panes(early).investments()));
    // And so is what they show: the same labels, fitted to the same plot area.
    QCOMPARE(panes(late).fundingChart()->chart()->plotArea(), panes(early).fundingChart()->chart()->plotArea());
    QCOMPARE(panes(late).fundingChart()->chart()->placedTexts().size(),
             panes(early).fundingChart()->chart()->placedTexts().size());
    for (int i = 0; i < panes(late).fundingChart()->chart()->placedTexts().size(); ++i) {
        QCOMPARE(panes(late).fundingChart()->chart()->placedTexts().at(i).text,
                 panes(early).fundingChart()->chart()->placedTexts().at(i).text);
        QCOMPARE(panes(late).fundingChart()->chart()->placedTexts().at(i).rect,
                 panes(early).fundingChart()->chart()->placedTexts().at(i).rect);
    }
    // Their first frame was already laid out: no labels cut for a provisional plot area.
    for (ChartWidget *chart : late.findChildren<ChartWidget *>())
        QCOMPARE(firstFrames.plotAreas.value(chart->chart()), chart->chart()->plotArea());
}

void TestMainWindow::tabReachesTheChartsBetweenTableAndDetails()
{
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QComboBox *categories = panes(*m_window).investments()->categoryBox();
    categories->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), categories);

    // Tab until the details: which charts the focus passed through, in order.
    const QList<QWidget *> charts
        = {panes(*m_window).employmentChart(), panes(*m_window).skillsChart(), panes(*m_window).fundingChart()};
    QList<QWidget *> passed;
    for (int tab = 0; tab < 20 && !panes(*m_window).detailPane()->isAncestorOf(QApplication::focusWidget()); ++tab) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        for (QWidget *chart : charts) {
            if (chart->isAncestorOf(QApplication::focusWidget()) && !passed.contains(chart))
                passed << chart;
        }
    }
    QVERIFY(panes(*m_window).detailPane()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(passed, charts);
}

void TestMainWindow::windowClosedBeforeItsChartsCameGetsThemWhenShownAgain()
{
    MainWindow window(m_document.get());
    window.setRemembersLayout(false);
    // Closed once its first frame is done, as --quit-after-first-paint does: this watcher is
    // asked before the window's own (the last filter installed goes first), so the close comes
    // before the charts would.
    FirstPaintWatcher firstPaint(&window);
    connect(&firstPaint, &FirstPaintWatcher::firstPainted, &window, &QWidget::close, Qt::QueuedConnection);
    window.show();
    QTRY_VERIFY(!window.isVisible());
    QTest::qWait(50);
    QVERIFY(!panes(window).chartsBuilt());

    QSignalSpy painted(&window, &MainWindow::chartsPainted);
    window.show();
    QTRY_COMPARE(painted.count(), 1);
    QVERIFY(panes(window).chartsBuilt());
}

void TestMainWindow::titleAndAccessibleNames()
{
    // The area and what is open; the embedded factsheet is no file on disk.
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Stoke-on-Trent & Staffordshire — embedded factsheet"));
    QCOMPARE(m_window->windowFilePath(), QString());
    QCOMPARE(panes(*m_window).investments()->table()->accessibleName(), QStringLiteral("Investments table"));
    QCOMPARE(panes(*m_window).employmentChart()->accessibleName(), QStringLiteral("Employment chart"));
    QCOMPARE(panes(*m_window).skillsChart()->accessibleName(), QStringLiteral("Apprenticeships and wages chart"));
    QCOMPARE(panes(*m_window).fundingChart()->accessibleName(), QStringLiteral("Funding chart"));
    QWidgetList paneWidgets = panes(*m_window).detailPane()->findChildren<QWidget *>();
    paneWidgets.prepend(panes(*m_window).detailPane());
    QVERIFY(std::any_of(paneWidgets.cbegin(), paneWidgets.cend(),
                        [](const QWidget *widget) { return widget->accessibleName() == QStringLiteral("Details"); }));
    QCOMPARE(panes(*m_window).employmentChart()->accessibleDescription(),
             QStringLiteral("Employment in Stoke-on-Trent & Staffordshire: 2010 (derived) 513,000 people; Latest "
                            "(2018 summary) 548,800 people. People in employment"));
}

void TestMainWindow::statusBarSummaryFollowsFilters()
{
    QLabel *summary = panes(*m_window).summaryLabel();
    QCOMPARE(summary->text(), QStringLiteral("5 of 5 funding lines · local total £17,400,000"));

    applyFilter(QStringLiteral("COBRA"));
    QCOMPARE(summary->text(), QStringLiteral("1 of 5 funding lines · local total £2,600,000"));

    applyFilter(QString());
    QComboBox *categories = panes(*m_window).investments()->categoryBox();
    const int nationalIndex = categories->findData(QStringLiteral("National programmes"));
    QVERIFY(nationalIndex > 0);
    categories->setCurrentIndex(nationalIndex);
    // The national line is shown, but never summed into the local total.
    QCOMPARE(summary->text(), QStringLiteral("1 of 5 funding lines · local total £0"));
    categories->setCurrentIndex(0);
    QCOMPARE(summary->text(), QStringLiteral("5 of 5 funding lines · local total £17,400,000"));
}

void TestMainWindow::tableOpensSortedByAmountDescending()
{
    QCOMPARE(
        tableTitles(),
        QStringList({QStringLiteral("Industrial Strategy programmes"), QStringLiteral("Housebuilding infrastructure"),
                     QStringLiteral("Bericote Four Ashes Business Park"), QStringLiteral("Cobra Biologics"),
                     QStringLiteral("Stafford College Science & Technology Centre")}));
    panes(*m_window).investments()->table()->sortByColumn(FactsheetModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(tableTitles().first(), QStringLiteral("Stafford College Science & Technology Centre"));
    QCOMPARE(tableTitles().last(), QStringLiteral("Industrial Strategy programmes"));
}

void TestMainWindow::tableRowSelectsBarAndDetails_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("expectedBar"); // bars are the local lines the table shows, in its order
    QTest::addColumn<QString>("detailTitle");

    // Amount ascending: STC, Cobra, Bericote, housing (then the national line, which has no bar).
    QTest::newRow("amount order, Cobra") << int(FactsheetModel::AmountColumn) << QString() << cobra << 1
                                         << QStringLiteral("Cobra Biologics");
    QTest::newRow("title order, Bericote") << int(FactsheetModel::TitleColumn) << QString() << bericote << 0
                                           << QStringLiteral("Bericote Four Ashes Business Park");
    QTest::newRow("filtered to infrastructure, housing")
        << int(FactsheetModel::TitleColumn) << QStringLiteral("infrastructure") << housing << 1
        << QStringLiteral("Housebuilding infrastructure");
    QTest::newRow("national line, no bar") << int(FactsheetModel::AmountColumn) << QString() << national << -1
                                           << QStringLiteral("Industrial Strategy programmes");
}

void TestMainWindow::tableRowSelectsBarAndDetails()
{
    QFETCH(int, sortColumn);
    QFETCH(QString, filter);
    QFETCH(QString, entity);
    QFETCH(int, expectedBar);
    QFETCH(QString, detailTitle);

    QTableView *table = panes(*m_window).investments()->table();
    table->sortByColumn(sortColumn, Qt::AscendingOrder);
    applyFilter(filter);

    const QModelIndex proxyIndex = panes(*m_window).investments()->proxy()->mapFromSource(sourceIndexOf(entity));
    QVERIFY(proxyIndex.isValid());
    QSignalSpy spy(m_window->selectionModel(), &QItemSelectionModel::currentRowChanged);
    const QRect cell = table->visualRect(proxyIndex.siblingAtColumn(FactsheetModel::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    QCOMPARE(spy.count(), 1);
    QCOMPARE(currentEntity(), entity);
    QCOMPARE(selectedFundingBars(), expectedBar < 0 ? QList<int>() : QList<int>({expectedBar}));
    QVERIFY2(panes(*m_window).detailPane()->text().startsWith(detailTitle),
             qPrintable(panes(*m_window).detailPane()->text()));
}

void TestMainWindow::barClickSelectsRowWhateverSortAndFilter_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("bar");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("expectedTableRow");

    QTest::newRow("amount descending, bar 2 Cobra")
        << int(FactsheetModel::AmountColumn) << int(Qt::DescendingOrder) << QString() << 2 << cobra << 3;
    QTest::newRow("title ascending, bar 3 STC")
        << int(FactsheetModel::TitleColumn) << int(Qt::AscendingOrder) << QString() << 3 << stcLine << 4;
    // Filtered, the chart has the table's lines only.
    QTest::newRow("filtered 'park', bar 0 Bericote")
        << int(FactsheetModel::AmountColumn) << int(Qt::AscendingOrder) << QStringLiteral("park") << 0 << bericote << 0;
    QTest::newRow("filtered 'infrastructure', amount ascending, bar 1 housing")
        << int(FactsheetModel::AmountColumn) << int(Qt::AscendingOrder) << QStringLiteral("infrastructure") << 1
        << housing << 1;
}

void TestMainWindow::barClickSelectsRowWhateverSortAndFilter()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QString, filter);
    QFETCH(int, bar);
    QFETCH(QString, entity);
    QFETCH(int, expectedTableRow);

    QTableView *table = panes(*m_window).investments()->table();
    table->sortByColumn(sortColumn, Qt::SortOrder(order));
    applyFilter(filter);

    QSignalSpy spy(m_window->selectionModel(), &QItemSelectionModel::currentRowChanged);
    ChartWidget *chart = panes(*m_window).fundingChart();
    emit chart->chart()->barClicked(bar);

    QCOMPARE(spy.count(), 1);
    QCOMPARE(currentEntity(), entity);
    QCOMPARE(selectedFundingBars(), QList<int>({bar}));
    QCOMPARE(table->currentIndex().row(), expectedTableRow);
    if (expectedTableRow >= 0) {
        QCOMPARE(tableCurrentEntity(), entity);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    } else {
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    }
    const QString title = m_model->indexOfEntity(entity).data(FactsheetModel::LabelRole).toString();
    QVERIFY2(panes(*m_window).detailPane()->text().contains(title), qPrintable(panes(*m_window).detailPane()->text()));

    // Clicking the bar that is already selected changes nothing: no feedback loop.
    emit chart->chart()->barClicked(bar);
    QCOMPARE(spy.count(), 1);
}

void TestMainWindow::figureBarShowsFigureAndClearsTable()
{
    QVERIFY(m_window->selectEntity(cobra));
    QCOMPARE(tableCurrentEntity(), cobra);

    ChartWidget *employment = panes(*m_window).employmentChart();
    emit employment->chart()->barClicked(0);

    QCOMPARE(currentEntity(), QStringLiteral("figure/employment-2010"));
    QCOMPARE(employment->selectedBars(), QList<int>({0}));
    QCOMPARE(selectedFundingBars(), QList<int>());
    QVERIFY(panes(*m_window).investments()->table()->selectionModel()->selectedRows().isEmpty());
    const QString details = panes(*m_window).detailPane()->text();
    QVERIFY2(details.startsWith(QStringLiteral("People in employment in 2010")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("513,000")), qPrintable(details));

    ChartWidget *skills = panes(*m_window).skillsChart();
    emit skills->chart()->barClicked(0);
    QCOMPARE(currentEntity(), QStringLiteral("figure/apprenticeship-starts"));
    QCOMPARE(employment->selectedBars(), QList<int>());
    QCOMPARE(skills->selectedBars(), QList<int>({0}));
    QVERIFY2(panes(*m_window).detailPane()->text().contains(QStringLiteral("8,680")),
             qPrintable(panes(*m_window).detailPane()->text()));
}

void TestMainWindow::arrowKeysMoveSelectionAndChartsFollow()
{
    QTableView *table = panes(*m_window).investments()->table();
    table->sortByColumn(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    // Title order: Bericote, Cobra, Housebuilding, Industrial Strategy, Stafford College.
    QVERIFY(m_window->selectEntity(bericote));
    table->setFocus();
    QSignalSpy spy(m_window->selectionModel(), &QItemSelectionModel::currentRowChanged);

    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(currentEntity(), cobra);
    QCOMPARE(selectedFundingBars(), QList<int>({1})); // bars run in the table's order
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(currentEntity(), housing);
    QCOMPARE(selectedFundingBars(), QList<int>({2}));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(currentEntity(), national);
    QCOMPARE(selectedFundingBars(), QList<int>());
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(currentEntity(), housing);
    QCOMPARE(spy.count(), 4);
    QVERIFY2(panes(*m_window).detailPane()->text().startsWith(QStringLiteral("Housebuilding infrastructure")),
             qPrintable(panes(*m_window).detailPane()->text()));
}

void TestMainWindow::filteringTheSelectedLineOutDeselectsItEverywhere()
{
    QVERIFY(m_window->selectEntity(cobra));
    QCOMPARE(selectedFundingBars(), QList<int>({2}));
    applyFilter(QStringLiteral("housebuilding"));
    // A line the table no longer shows is selected nowhere: no bar stays red for it.
    QVERIFY(panes(*m_window).investments()->table()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!m_window->selectionModel()->hasSelection());
    QCOMPARE(currentEntity(), QString());
    QCOMPARE(selectedFundingBars(), QList<int>());
    QCOMPARE(panes(*m_window).selectionLabel()->text(), QString());

    // A figure is not the table's to hide: it stays selected whatever the filter.
    QVERIFY(m_window->selectEntity(QStringLiteral("figure/employment")));
    applyFilter(QStringLiteral("cobra"));
    QCOMPARE(currentEntity(), QStringLiteral("figure/employment"));
    applyFilter(QString());
    QCOMPARE(currentEntity(), QStringLiteral("figure/employment"));
}

void TestMainWindow::filterClearButtonComesWithText()
{
    QLineEdit *filter = panes(*m_window).investments()->filterEdit();
    // Not before the first frame: its icon would load Qt's image plugins first.
    QVERIFY(!filter->isClearButtonEnabled());

    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("cobra"));
    QVERIFY(filter->isClearButtonEnabled());
    auto *clear = filter->findChild<QToolButton *>();
    QVERIFY(clear);
    QTRY_VERIFY(clear->isVisible());

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(filter->text(), QString());
    panes(*m_window).investments()->applyFilterNow();
    QCOMPARE(tableTitles().size(), 5);
    QVERIFY(filter->isClearButtonEnabled()); // and stays for the next text
}

void TestMainWindow::stcLineAndCaseStudyButtonShowTheCaseStudy()
{
    QVERIFY(m_window->selectEntity(stcLine));
    QString details = panes(*m_window).detailPane()->text();
    QVERIFY2(details.contains(QStringLiteral("Stafford College Science & Technology Centre (STC)")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Lego innovation hub")), qPrintable(details));
    QCOMPARE(selectedFundingBars(), QList<int>({3}));

    QVERIFY(m_window->selectEntity(cobra));
    QToolButton *button = panes(*m_window).areaHeader()->caseStudyButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Case study: STC"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(currentEntity(), caseStudy);
    QVERIFY(button->isChecked());
    details = panes(*m_window).detailPane()->text();
    QVERIFY2(details.contains(QStringLiteral("September 2017")), qPrintable(details));
    QVERIFY(panes(*m_window).investments()->table()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(selectedFundingBars(), QList<int>());

    QToolButton *population = panes(*m_window).areaHeader()->buttonFor(QStringLiteral("figure/population"));
    QVERIFY(population);
    QCOMPARE(population->text(), QStringLiteral("Population: 1,126,200"));
    QTest::mouseClick(population, Qt::LeftButton);
    QCOMPARE(currentEntity(), QStringLiteral("figure/population"));
    QVERIFY(!button->isChecked());
}

void TestMainWindow::goMenuReachesEveryFigureAndTheCaseStudy()
{
    QMenu *go = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Go"))
            go = action->menu();
    }
    QVERIFY(go);
    QStringList texts;
    for (QAction *action : go->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    // The "&" of the title is doubled: shown as itself, not taken as a mnemonic.
    QCOMPARE(
        texts,
        QStringList({QStringLiteral("Population"), QStringLiteral("Businesses"), QStringLiteral("People in employment"),
                     QStringLiteral("Increase in employment since 2010"),
                     QStringLiteral("Workers directly benefiting from the National Living and Minimum Wages"),
                     QStringLiteral("Apprenticeship starts last year"), QStringLiteral("People in employment in 2010"),
                     QStringLiteral("Employment growth since 2010"),
                     QStringLiteral("Apprenticeship starts per 1,000 residents"),
                     QStringLiteral("Workers on the National Living and Minimum Wages per 1,000 in employment"),
                     QStringLiteral("Local funding per resident"), QStringLiteral("Local funding per business"),
                     QStringLiteral("Case Study: Stafford College Science && Technology Centre (STC)")}));
    go->actions().last()->trigger();
    QCOMPARE(currentEntity(), caseStudy);
}

void TestMainWindow::badFileLeavesFactsheetUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error"); // after the path

    QTest::newRow("factsheet JSON") << QStringLiteral(
        "broken.json") << QByteArray("{\n  \"format\": \"factsheet-explorer\",\n  \"formatVersion\": 7\n}\n")
                                    << QStringLiteral(": formatVersion: expected format version 1 or 2, got 7");
    QTest::newRow("summary text") << QStringLiteral("broken.txt")
                                  << QByteArray("Test Area\n\nIndustrial Strategy highlights include:\n\n£2.6x to "
                                                "Cobra Biologics to grow.\n")
                                  << QStringLiteral(
                                         ": expected the text of an Industrial Strategy local summary: the area's "
                                         "name on its first line and figures (highlights such as \"£2.6m to ...\", "
                                         "people in employment, population, businesses), found no figures");
}

void TestMainWindow::badFileLeavesFactsheetUnchanged()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);

    QVERIFY(m_window->selectEntity(cobra));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    QSignalSpy failed(m_document.get(), &FactsheetDocument::loadFailed);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_document->openInBackground(path);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<LoadError>().text(), path + error);
    QCOMPARE(reset.count(), 0);

    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("loadErrorBox"));
    QVERIFY(box);
    QCOMPARE(box->informativeText(), path + error);
    box->close();

    QCOMPARE(m_model->fundingLineCount(), 5);
    QCOMPARE(currentEntity(), cobra);
    QCOMPARE(panes(*m_window).summaryLabel()->text(), QStringLiteral("5 of 5 funding lines · local total £17,400,000"));
    QCOMPARE(m_document->path(), FactsheetReader::embeddedPath());
}

void TestMainWindow::goodFileReplacesFactsheet_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("areaFrom");
    QTest::addColumn<QByteArray>("areaTo");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("titles"); // as the table opens: largest amount first

    QTest::newRow("factsheet JSON")
        << FactsheetReader::embeddedPath() << QStringLiteral("area.json")
        << QByteArray("\"name\": \"Stoke-on-Trent & Staffordshire\"") << QByteArray("\"name\": \"Test Area\"")
        << QStringList {QStringLiteral("All categories"),      QStringLiteral("Housing"),
                        QStringLiteral("Infrastructure"),      QStringLiteral("Life sciences"),
                        QStringLiteral("National programmes"), QStringLiteral("Skills")}
        << QStringList {QStringLiteral("Industrial Strategy programmes"),
                        QStringLiteral("Housebuilding infrastructure"),
                        QStringLiteral("Bericote Four Ashes Business Park"), QStringLiteral("Cobra Biologics"),
                        QStringLiteral("Stafford College Science & Technology Centre")};
    // A summary's own text: the same figures, with the titles and categories the text gives.
    QTest::newRow("summary text") << QStringLiteral(":/factsheet/source/stoke-on-trent-and-staffordshire.txt")
                                  << QStringLiteral("area.txt") << QByteArray("Stoke-on-Trent & Staffordshire\n")
                                  << QByteArray("Test Area\n")
                                  << QStringList {QStringLiteral("All categories"), QStringLiteral("Case study"),
                                                  QStringLiteral("Highlights"), QStringLiteral("National programmes")}
                                  << QStringList {QStringLiteral("Industrial Strategy programmes"),
                                                  QStringLiteral("Accelerate housebuilding"),
                                                  QStringLiteral("Bericote Four Ashes Business Park"),
                                                  QStringLiteral("Cobra Biologics"),
                                                  QStringLiteral("Stafford College Science & Technology Centre")};
}

void TestMainWindow::goodFileReplacesFactsheet()
{
    QFETCH(QString, source);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, areaFrom);
    QFETCH(QByteArray, areaTo);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, titles);

    QFile original(source);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray content = original.readAll();
    QVERIFY(content.contains(areaFrom));
    content.replace(areaFrom, areaTo);
    QTemporaryDir directory;
    const QString path = directory.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    QSignalSpy loaded(m_document.get(), &FactsheetDocument::loaded);
    m_document->openInBackground(path);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toString(), path);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Test Area — %1").arg(fileName));
    QCOMPARE(m_window->windowFilePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(panes(*m_window).summaryLabel()->text(), QStringLiteral("5 of 5 funding lines · local total £17,400,000"));
    QComboBox *categoryBox = panes(*m_window).investments()->categoryBox();
    QStringList shownCategories;
    for (int i = 0; i < categoryBox->count(); ++i)
        shownCategories << categoryBox->itemText(i);
    QCOMPARE(shownCategories, categories);
    QTRY_COMPARE(tableTitles(), titles);
}

void TestMainWindow::largeFactsheetSortsAndFiltersInTheBackground()
{
    // 30,000 lines: above the panel's threshold, so the window never waits for a sort or scan.
    Factsheet sheet = m_model->factsheet();
    const FundingLine model = sheet.fundingLines.front();
    for (int i = 0; i < 30000; ++i) {
        FundingLine line = model;
        line.id = QStringLiteral("generated-%1").arg(i);
        line.title = QStringLiteral("Generated line %1").arg(i);
        line.amount = 1000 + i;
        line.quote.clear();
        sheet.fundingLines.push_back(line);
    }
    FundingLinesProxyModel *proxy = panes(*m_window).investments()->proxy();
    QSignalSpy settled(proxy, &FundingLinesProxyModel::rowsSettled);
    m_model->setFactsheet(sheet);
    QVERIFY(settled.wait(10000));
    QCOMPARE(proxy->rowCount(), 30005);
    QVERIFY(m_window->selectEntity(cobra));

    applyFilter(QStringLiteral("generated line 2999"));
    QCOMPARE(proxy->rowCount(), 30005); // still the previous rows
    QVERIFY(panes(*m_window).summaryLabel()->text().endsWith(QStringLiteral(" · updating…")));
    QVERIFY(settled.wait(10000));
    // "Generated line 2999" and "Generated line 29990" .. "29999".
    QCOMPARE(proxy->rowCount(), 11);
    // Amounts are 1,000 + i: 3,999 + (30,990 + ... + 30,999) = 3,999 + 309,945.
    QCOMPARE(panes(*m_window).summaryLabel()->text(),
             QStringLiteral("11 of 30,005 funding lines · local total £313,944"));
    // Cobra, now filtered out, is deselected everywhere, and stays so when the lines come back.
    QCOMPARE(currentEntity(), QString());
    applyFilter(QString());
    QVERIFY(settled.wait(10000));
    QCOMPARE(proxy->rowCount(), 30005);
    QCOMPARE(tableCurrentEntity(), QString());
}

namespace {

QAction *actionNamed(QMenuBar *bar, const QString &menu, const QString &text)
{
    for (QAction *top : bar->actions()) {
        if (top->text() != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

void TestMainWindow::noChartTextIsCutInTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMainWindow::noChartTextIsCutInTheWindow()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
    for (ChartWidget *chart : panes(*m_window).charts()) {
        QTRY_VERIFY(!chart->chart()->plotArea().isEmpty());
        QCoreApplication::processEvents();
        const QRectF frame = chart->chart()->rect();
        for (const FactsheetChart::PlacedText &text : chart->chart()->placedTexts()) {
            const QString what = QStringLiteral("%1: %2 \"%3\"").arg(chart->chartName(), text.role, text.text);
            QVERIFY2(text.fits && !text.text.contains(QChar(0x2026)), qPrintable(what));
            QVERIFY2(frame.adjusted(-0.5, -0.5, 0.5, 0.5).contains(text.rect), qPrintable(what));
        }
        for (int bar = 0; bar < chart->barCount(); ++bar)
            QVERIFY(!chart->barRectInViewport(bar).isEmpty());
    }
}

void TestMainWindow::severalLinesSelectedEverywhere()
{
    QTableView *table = panes(*m_window).investments()->table();
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
    // Amount order, largest first: national, housing, Bericote, Cobra, STC.
    const auto cellOf = [this, table](const QString &entity) {
        const QModelIndex proxyIndex = panes(*m_window).investments()->proxy()->mapFromSource(sourceIndexOf(entity));
        return table->visualRect(proxyIndex.siblingAtColumn(FactsheetModel::TitleColumn)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellOf(housing));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cellOf(cobra));
    QCOMPARE(m_window->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(selectedFundingBars(), QList<int>({0, 2}));
    QCOMPARE(panes(*m_window).selectionLabel()->text(),
             QStringLiteral("2 selected · £12,600,000 · 72.4% of the local total"));
    QCOMPARE(currentEntity(), cobra);

    // Shift+click: the range from housing to STC.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellOf(housing));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellOf(stcLine));
    QCOMPARE(selectedFundingBars(), QList<int>({0, 1, 2, 3}));
    QCOMPARE(panes(*m_window).selectionLabel()->text(),
             QStringLiteral("4 selected · £17,400,000 · 100.0% of the local total"));

    // Ctrl+A: every line shown; the national one is never in the local sum.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->selectionModel()->selectedRows().size(), 5);
    QCOMPARE(panes(*m_window).selectionLabel()->text(),
             QStringLiteral("5 selected · £17,400,000 · 100.0% of the local total · the national programmes are not "
                            "in the sum"));

    // A Ctrl+click on a bar adds it, and the table shows both, whatever its sort.
    table->sortByColumn(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(m_window->selectEntity(bericote));
    // Title order: Bericote, Cobra, housing, (the national line,) STC.
    ChartWidget *funding = panes(*m_window).fundingChart();
    QTRY_VERIFY(!funding->barRectInViewport(3).isEmpty());
    QTest::mouseClick(funding->chartView()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      funding->barRectInViewport(3).center());
    QCOMPARE(currentEntity(), stcLine);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(m_window->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(selectedFundingBars(), QList<int>({0, 3}));
    QCOMPARE(panes(*m_window).selectionLabel()->text(),
             QStringLiteral("2 selected · £4,800,000 · 27.6% of the local total"));
}

void TestMainWindow::normalisationSwitchReachesTheTable()
{
    QComboBox *amounts = panes(*m_window).investments()->normalisationBox();
    QCOMPARE(amounts->currentText(), QStringLiteral("Pounds"));
    QCOMPARE(amounts->accessibleName(), QStringLiteral("Amounts"));
    amounts->setCurrentIndex(amounts->findData(QStringLiteral("per-resident")));
    QCOMPARE(m_model->normalisation(), Normalisation::PerResident);
    FundingLinesProxyModel *proxy = panes(*m_window).investments()->proxy();
    QCOMPARE(proxy->headerData(FactsheetModel::AmountColumn, Qt::Horizontal).toString(),
             QStringLiteral("Amount per resident (population 1,126,200)"));
    QCOMPARE(proxy->mapFromSource(sourceIndexOf(cobra)).siblingAtColumn(FactsheetModel::AmountColumn).data().toString(),
             QStringLiteral("£2.31"));
    QCOMPARE(
        proxy->mapFromSource(sourceIndexOf(national)).siblingAtColumn(FactsheetModel::AmountColumn).data().toString(),
        QStringLiteral("national programme — not comparable per resident"));
    // The same switch reaches the funding chart: its bars, in the table's order, and its axis.
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
    const ChartDescription &funding = panes(*m_window).fundingChart()->description();
    QStringList values;
    for (const ChartBar &bar : funding.bars)
        values << bar.valueText;
    QCOMPARE(values,
             (QStringList {QStringLiteral("£8.88"), QStringLiteral("£2.49"), QStringLiteral("£2.31"),
                           QStringLiteral("£1.78")}));
    QCOMPARE(funding.valueAxisTitle, QStringLiteral("Amount per resident (population 1,126,200)"));
    QCOMPARE(funding.valueKind, ChartValueKind::Pence);
    amounts->setCurrentIndex(amounts->findData(QStringLiteral("share-of-local-total")));
    QCOMPARE(panes(*m_window).fundingChart()->description().bars.first().valueText, QStringLiteral("57.5%"));
    // The details show it too, with its denominator.
    amounts->setCurrentIndex(amounts->findData(QStringLiteral("per-resident")));
    QVERIFY(m_window->selectEntity(cobra));
    QVERIFY2(
        panes(*m_window).detailPane()->text().contains(QStringLiteral("£2.31 per resident — population 1,126,200")),
        qPrintable(panes(*m_window).detailPane()->text()));
    QVERIFY(m_window->selectEntity(national));
    QVERIFY(panes(*m_window).detailPane()->text().contains(
        QStringLiteral("national programme — not comparable per resident")));
    amounts->setCurrentIndex(0);
    QCOMPARE(m_model->normalisation(), Normalisation::Absolute);
    QCOMPARE(panes(*m_window).fundingChart()->description().bars.first().valueText, QStringLiteral("£10,000,000"));
}

void TestMainWindow::noLinesMatchSaysSoInTableAndChart()
{
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
    QVERIFY(!panes(*m_window).investments()->noMatchLabel()->isVisible());
    applyFilter(QStringLiteral("no such words anywhere"));
    QVERIFY(panes(*m_window).investments()->noMatchLabel()->isVisible());
    QCOMPARE(panes(*m_window).investments()->noMatchLabel()->text(), QStringLiteral("No funding lines match"));
    QVERIFY(panes(*m_window).fundingChart()->description().isEmpty());
    QCOMPARE(panes(*m_window).fundingChart()->description().emptyText, QStringLiteral("No funding lines match."));
    QStringList shown;
    for (const FactsheetChart::PlacedText &text : panes(*m_window).fundingChart()->chart()->placedTexts())
        shown << text.text;
    QVERIFY(shown.contains(QStringLiteral("No funding lines match.")));
    applyFilter(QString());
    QVERIFY(!panes(*m_window).investments()->noMatchLabel()->isVisible());
    QCOMPARE(panes(*m_window).fundingChart()->barCount(), 4);
}

void TestMainWindow::comparisonTakesPartInTheSelection()
{
    QDockWidget *dock = panes(*m_window).comparisonDock();
    QVERIFY(!dock->isVisible());
    QCOMPARE(dock->accessibleName(), QStringLiteral("Comparison"));
    QCOMPARE(actionNamed(m_window->menuBar(), QStringLiteral("&View"), QStringLiteral("Co&mparison"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+4")));
    m_window->showComparison();
    QVERIFY(dock->isVisible());
    ComparisonPane *pane = panes(*m_window).comparisonPane();
    QCOMPARE(pane->accessibleName(), QStringLiteral("Comparison"));

    // Two lines chosen in the table: compared in words, and read out.
    QTableView *table = panes(*m_window).investments()->table();
    const auto cellOf = [this, table](const QString &entity) {
        const QModelIndex proxyIndex = panes(*m_window).investments()->proxy()->mapFromSource(sourceIndexOf(entity));
        return table->visualRect(proxyIndex.siblingAtColumn(FactsheetModel::TitleColumn)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellOf(cobra));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cellOf(housing));
    QCOMPARE(pane->comparison().differences,
             QStringList {QStringLiteral("Housebuilding infrastructure (£10,000,000) is 3.8 times Cobra Biologics "
                                         "(£2,600,000); £7,400,000 more")});
    QVERIFY(pane->wordsView()->toPlainText().contains(QStringLiteral("£7,400,000 more")));
    QVERIFY(pane->accessibleDescription().contains(QStringLiteral("57.5% of the local total")));

    // A click on a compared bar makes that line current; the comparison keeps both.
    emit pane->chart()->barClicked(1);
    QCOMPARE(currentEntity(), cobra);
    QCOMPARE(m_window->selectionModel()->selectedRows().size(), 2);
    QVERIFY(panes(*m_window).detailPane()->text().startsWith(QStringLiteral("Cobra Biologics")));
    QCOMPARE(pane->comparison().chart.bars.size(), 2);
}

void TestMainWindow::hiddenComparisonCatchesUpWhenShown()
{
    ComparisonPane *pane = panes(*m_window).comparisonPane();
    QVERIFY(!pane->isVisible());
    QVERIFY(m_window->selectEntity(cobra));
    m_window->selectionModel()->select(sourceIndexOf(housing), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // Hidden, it compares what is selected (read out as its description) but draws nothing yet.
    QCOMPARE(pane->comparison().chart.bars.size(), 2);
    QVERIFY(pane->accessibleDescription().contains(QStringLiteral("is 3.8 times Cobra Biologics")));
    QVERIFY(pane->chart()->description().bars.isEmpty());
    QCOMPARE(pane->wordsView()->toPlainText(), QString());

    m_window->showComparison();
    QVERIFY(pane->isVisible());
    QStringList drawn;
    for (const ChartBar &bar : pane->chart()->description().bars)
        drawn << bar.label + QStringLiteral(": ") + bar.valueText;
    QCOMPARE(drawn,
             (QStringList {QStringLiteral("Housebuilding infrastructure: £10,000,000"),
                           QStringLiteral("Cobra Biologics: £2,600,000")}));
    QCOMPARE(pane->wordsView()->toPlainText(), pane->comparison().text());
    QVERIFY(pane->wordsView()->toPlainText().contains(QStringLiteral("£7,400,000 more")));
    QVERIFY(pane->wordsView()->isReadOnly());
    // Its five lines of words (two amounts, their difference, two shares) fit without scrolling.
    QCOMPARE(pane->wordsView()->document()->blockCount(), 5);
    QTRY_COMPARE(pane->wordsView()->verticalScrollBar()->maximum(), 0);
}

void TestMainWindow::rowsCopyForSpreadsheetsAndWithCitation()
{
    QTableView *table = panes(*m_window).investments()->table();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->selectEntity(cobra));
    m_window->selectionModel()->select(sourceIndexOf(housing), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasHtml());
    const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header, then the rows as the table shows them: housing above Cobra
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Recipient or project\tPurpose\tCategory\tAmount (£)\t")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Housebuilding infrastructure\t")));
    QVERIFY(lines.at(2).contains(QStringLiteral("\t2600000\t£2,600,000\t")));
    QVERIFY(mime->html().contains(QStringLiteral("<td>2600000</td><td>£2,600,000</td>")));

    // Ctrl+Shift+C in the table: the figures with their citation, ready to quote.
    QVERIFY(m_window->selectEntity(cobra));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("£2,600,000 to Cobra Biologics — Industrial Strategy local summary, Stoke-on-Trent & "
                            "Staffordshire, Department for Business, Energy & Industrial Strategy, December 2018 (Open "
                            "Government Licence v3.0)"));
    QVERIFY(m_window->selectEntity(QStringLiteral("figure/employment-2010")));
    panes(*m_window).copyWithCitation();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("People in employment in 2010: 513,000 people (derived: 548,800 (people in employment) − "
                       "35,800 (increase in employment since 2010) = 513,000) — Industrial Strategy local summary")));
}

void TestMainWindow::tableExportsAsShown()
{
    applyFilter(QStringLiteral("infrastructure"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shown.csv"));
    QCOMPARE(panes(*m_window).writeTable(path, true), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFRecipient or project,"));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 5); // header, three lines, and the end after the last CRLF
    // Amount order, largest first, filtered: national, housing, Bericote.
    QVERIFY(lines.at(1).startsWith("Industrial Strategy programmes,"));
    QVERIFY(lines.at(2).startsWith("Housebuilding infrastructure,"));
    QVERIFY(lines.at(3).startsWith("Bericote Four Ashes Business Park,"));
    QCOMPARE(panes(*m_window).writeTable(folder.filePath(QStringLiteral("none/x.csv")), false),
             QStringLiteral("%1/none/x.csv: the folder %1/none does not exist").arg(folder.path()));
}

void TestMainWindow::chartMenusAndShortcuts()
{
    QMenuBar *bar = m_window->menuBar();
    const struct
    {
        const char *menu, *text, *keys;
    } expected[] = {
        {"&File", "E&xport Chart…", "Ctrl+E"}, {"&File", "Export &Dashboard…", "Ctrl+Shift+E"},
        {"&File", "&Print Chart…", "Ctrl+P"},  {"&Edit", "&Copy Chart", "Ctrl+Shift+C"},
        {"&View", "&Present Chart", "F11"},
    };
    for (const auto &item : expected) {
        QAction *action = actionNamed(bar, QString::fromUtf8(item.menu), QString::fromUtf8(item.text));
        QVERIFY2(action, item.text);
        QCOMPARE(action->shortcut(), QKeySequence(QString::fromUtf8(item.keys)));
    }
}

void TestMainWindow::copyChartPutsEveryFormatOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    panes(*m_window).copyChart(panes(*m_window).employmentChart());
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    for (const QString &format : {QStringLiteral("image/png"), QStringLiteral("image/svg+xml"),
                                  QStringLiteral("text/html"), QStringLiteral("text/plain")})
        QVERIFY2(mime->formats().contains(format), qPrintable(format));
    QCOMPARE(mime->text(), panes(*m_window).employmentChart()->description().plainText());
    QVERIFY(mime->text().startsWith(QStringLiteral("Employment in Stoke-on-Trent & Staffordshire\n")));
}

void TestMainWindow::chartActionsActOnTheChartLastFocused()
{
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(panes(*m_window).currentChart(), panes(*m_window).fundingChart()); // before any chart had focus
    panes(*m_window).skillsChart()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(panes(*m_window).currentChart(), panes(*m_window).skillsChart());
    // Still the last one in, once the focus has gone on to the filter box.
    panes(*m_window).investments()->filterEdit()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(panes(*m_window).investments()->filterEdit()->hasFocus());
    QCOMPARE(panes(*m_window).currentChart(), panes(*m_window).skillsChart());
    // Ctrl+Shift+C from the menu copies that chart.
    QGuiApplication::clipboard()->clear();
    actionNamed(m_window->menuBar(), QStringLiteral("&Edit"), QStringLiteral("&Copy Chart"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Apprenticeships and wages in ")));
}

void TestMainWindow::presentationViewShowsOneChartAndSteps()
{
    PresentationView *view = panes(*m_window).presentChart(ChartMembership::funding);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QCOMPARE(view->currentChart(), ChartMembership::funding);
    QCOMPARE(view->chartWidget()->look(), ChartWidget::Look::Presentation);
    QCOMPARE(view->chartWidget()->chart()->chartTheme().name, QStringLiteral("presentation"));
    QStringList roles;
    for (const FactsheetChart::PlacedText &text : view->chartWidget()->chart()->placedTexts())
        roles << text.role;
    QVERIFY(roles.contains(QStringLiteral("title")) && roles.contains(QStringLiteral("source")));
    // Asking again shows another chart in the same view.
    QCOMPARE(panes(*m_window).presentChart(ChartMembership::employment), view);
    QCOMPARE(view->currentChart(), ChartMembership::employment);
    QTest::keyClick(view->chartWidget(), Qt::Key_Right);
    QCOMPARE(view->currentChart(), ChartMembership::apprenticeshipsAndWages);
    QTest::keyClick(view->chartWidget(), Qt::Key_PageDown);
    QCOMPARE(view->currentChart(), ChartMembership::funding);
    QTest::keyClick(view->chartWidget(), Qt::Key_Right); // round to the first
    QCOMPARE(view->currentChart(), ChartMembership::employment);
    QTest::keyClick(view->chartWidget(), Qt::Key_Left);
    QCOMPARE(view->currentChart(), ChartMembership::funding);
    QTest::keyClick(view->chartWidget(), Qt::Key_PageUp);
    QCOMPARE(view->currentChart(), ChartMembership::apprenticeshipsAndWages);
    const QPointer<PresentationView> watched(view);
    QTest::keyClick(view->chartWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!watched);
    QVERIFY(!panes(*m_window).presentationView());
}

void TestMainWindow::presentationViewTakesPartInTheSelection()
{
    QVERIFY(m_window->selectEntity(bericote));
    PresentationView *view = panes(*m_window).presentChart(ChartMembership::funding);
    QCOMPARE(view->chartWidget()->selectedBars(), QList<int>({1}));
    emit view->chartWidget()->chart()->barClicked(2);
    QCOMPARE(currentEntity(), cobra);
    QCOMPARE(selectedFundingBars(), QList<int>({2}));
    // Double-clicking a chart in the window presents it.
    view->close();
    QTRY_VERIFY(!panes(*m_window).presentationView());
    emit panes(*m_window).employmentChart()->presentRequested();
    QVERIFY(panes(*m_window).presentationView());
    QCOMPARE(panes(*m_window).presentationView()->currentChart(), ChartMembership::employment);
    panes(*m_window).presentationView()->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
