#include "charts/barchartwidget.h"
#include "charts/chartview.h"
#include "charts/figurebarchart.h"
#include "charts/fundingbarchart.h"

#include "factsheetmodel.h"
#include "readers/factsheetloader.h"
#include "readers/factsheetreader.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QItemSelectionModel>
#include <QLegend>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString employmentSource = u"548,800 people in employment, an increase of 35,800 since 2010."_s;

// The one source model with the checks of QAbstractItemModelTester on every change, and the app's
// one selection on it.
struct Fixture
{
    explicit Fixture(Factsheet sheet) { model.setFactsheet(std::move(sheet)); }

    FactsheetModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QItemSelectionModel selection {&model};

    int rowOf(const QString &entityId) const { return model.indexOfEntity(entityId).row(); }
    void makeCurrent(int row)
    {
        selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
};

enum class ChartKind { Employment, Skills, Funding };

std::unique_ptr<BarChartWidget> makeChart(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Employment:
        return std::make_unique<FigureBarChart>(u"Employment"_s,
                                                QStringList {u"figure/employment-2010"_s, u"figure/employment"_s});
    case ChartKind::Skills:
        return std::make_unique<FigureBarChart>(
            u"Apprenticeships and wages"_s,
            QStringList {u"figure/apprenticeship-starts"_s, u"figure/living-wage-beneficiaries"_s});
    case ChartKind::Funding:
        break;
    }
    return std::make_unique<FundingBarChart>();
}

QList<qreal> barValues(const BarChartWidget &chart)
{
    QList<qreal> values;
    for (int bar = 0; bar < chart.barSet()->count(); ++bar)
        values << chart.barSet()->at(bar);
    return values;
}

QBarCategoryAxis *categoryAxis(const BarChartWidget &chart)
{
    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Horizontal, chart.series());
    return axes.size() == 1 ? qobject_cast<QBarCategoryAxis *>(axes.first()) : nullptr;
}

QStringList valueAxisLabels(const BarChartWidget &chart)
{
    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Vertical, chart.series());
    auto *axis = axes.size() == 1 ? qobject_cast<QCategoryAxis *>(axes.first()) : nullptr;
    return axis ? axis->categoriesLabels() : QStringList {u"no single QCategoryAxis"_s};
}

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

int localLineCount(const Factsheet &sheet)
{
    return static_cast<int>(std::count_if(sheet.fundingLines.cbegin(), sheet.fundingLines.cend(),
                                          [](const FundingLine &line) { return line.scope == Scope::Local; }));
}

// Where a bar's middle is, in the chart view's viewport.
QPoint barCentre(const BarChartWidget &chart, int bar)
{
    const QPointF inChart = chart.chart()->mapToPosition(QPointF(bar, chart.barSet()->at(bar) / 2), chart.series());
    return chart.chartView()->mapFromScene(chart.chart()->mapToScene(inChart));
}

// Shows the chart as a window and waits until it has laid out its plot area.
bool showAndLayOut(BarChartWidget &chart, QSize size = QSize(640, 420))
{
    chart.resize(size);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return false;
    return QTest::qWaitFor(
        [&chart] { return chart.chart()->plotArea().width() > 100 && chart.chart()->plotArea().height() > 100; });
}

} // namespace

Q_DECLARE_METATYPE(ChartKind)

class TestBarCharts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void barsComeFromTheModel_data();
    void barsComeFromTheModel();
    void axisLabelHtml_data();
    void axisLabelHtml();
    void shownLabelsFitTheirBars_data();
    void shownLabelsFitTheirBars();
    void missingFigureIdsAreSkipped();
    void looksCalm();
    void toolTips_data();
    void toolTips();
    void hoveringABarShowsItsToolTip();

    void clickedBarBecomesCurrentRow_data();
    void clickedBarBecomesCurrentRow();
    void mouseClickOnBarBecomesCurrentRow_data();
    void mouseClickOnBarBecomesCurrentRow();
    void currentRowIsMirroredOnBars_data();
    void currentRowIsMirroredOnBars();

    void modelResetRedraws();
    void rebuildReappliesSelection();
    void repeatedTitlesKeepOneCategoryPerBar();

    void mousePressesNeverCrash_data();
    void mousePressesNeverCrash();
    void wheelIsLeftToTheSurroundingArea();

    void thousandLinesSelectWithoutRebuild();
    void barsAreCapped();

private:
    Factsheet m_embedded;
};

void TestBarCharts::initTestCase()
{
    FactsheetLoadResult result = FactsheetReader::readFile(FactsheetLoader::embeddedPath());
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    m_embedded = result.takeFactsheet();
}

void TestBarCharts::barsComeFromTheModel_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QList<qreal>>("values");
    QTest::addColumn<QStringList>("entityIds");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("valueLabels");
    QTest::addColumn<QString>("description");

    QTest::newRow("employment") << ChartKind::Employment << u"Employment"_s << QList<qreal> {513000, 548800}
                                << QStringList {u"figure/employment-2010"_s, u"figure/employment"_s}
                                << QStringList {u"2010\n513,000"_s, u"Latest (2018 summary)\n548,800"_s}
                                << QStringList {u"0"_s,       u"100,000"_s, u"200,000"_s, u"300,000"_s,
                                                u"400,000"_s, u"500,000"_s, u"600,000"_s}
                                << u"Employment: 2010 513,000; Latest (2018 summary) 548,800"_s;
    QTest::newRow("apprenticeships and wages")
        << ChartKind::Skills << u"Apprenticeships and wages"_s << QList<qreal> {8680, 23500}
        << QStringList {u"figure/apprenticeship-starts"_s, u"figure/living-wage-beneficiaries"_s}
        << QStringList {u"Apprenticeship starts\n8,680"_s, u"National Living/Minimum Wage\n23,500"_s}
        << QStringList {u"0"_s, u"5,000"_s, u"10,000"_s, u"15,000"_s, u"20,000"_s, u"25,000"_s}
        << u"Apprenticeships and wages: Apprenticeship starts 8,680; National Living/Minimum Wage 23,500"_s;
    // Local lines only, in document order: the national £45bn line is not the area's money.
    QTest::newRow("funding")
        << ChartKind::Funding << u"Funding"_s << QList<qreal> {2600000, 10000000, 2800000, 2000000}
        << QStringList {u"fundingLine/cobra-biologics"_s, u"fundingLine/housebuilding-infrastructure"_s,
                        u"fundingLine/bericote-four-ashes"_s, u"fundingLine/stafford-college-stc"_s}
        << QStringList {u"Cobra Biologics"_s, u"Housebuilding infrastructure"_s, u"Bericote Four Ashes Business Park"_s,
                        u"Stafford College Science & Technology Centre"_s}
        << QStringList {u"£0"_s, u"£2m"_s, u"£4m"_s, u"£6m"_s, u"£8m"_s, u"£10m"_s}
        << u"Funding: Cobra Biologics £2,600,000; Housebuilding infrastructure £10,000,000; "
           "Bericote Four Ashes Business Park £2,800,000; Stafford College Science & Technology Centre £2,000,000"_s;
}

void TestBarCharts::barsComeFromTheModel()
{
    QFETCH(ChartKind, kind);
    QFETCH(QString, title);
    QFETCH(QList<qreal>, values);
    QFETCH(QStringList, entityIds);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, valueLabels);
    QFETCH(QString, description);

    Fixture fixture(m_embedded);
    const std::unique_ptr<BarChartWidget> chart = makeChart(kind);
    chart->setSelectionModel(&fixture.selection);

    QCOMPARE(chart->chart()->title(), title);
    QCOMPARE(chart->series()->count(), 1);
    QCOMPARE(chart->series()->barSets().constFirst(), chart->barSet());
    QCOMPARE(chart->barCount(), values.size());
    QCOMPARE(barValues(*chart), values);
    for (int bar = 0; bar < entityIds.size(); ++bar) {
        const int row = fixture.rowOf(entityIds.at(bar));
        QCOMPARE(chart->sourceIndexOfBar(bar), fixture.model.index(row, 0));
        QCOMPARE(chart->barOfSourceRow(row), bar);
    }
    QVERIFY(!chart->sourceIndexOfBar(-1).isValid());
    QVERIFY(!chart->sourceIndexOfBar(values.size()).isValid());
    QCOMPARE(chart->barOfSourceRow(fixture.rowOf(u"fundingLine/industrial-strategy-programmes"_s)), -1);
    QCOMPARE(chart->barOfSourceRow(fixture.model.caseStudyRow()), -1);

    QBarCategoryAxis *axis = categoryAxis(*chart);
    QVERIFY(axis);
    QCOMPARE(chart->categoryLabels(), categories);
    // Not laid out yet: nothing to fit, so lines break only where the label says.
    QVERIFY(chart->chart()->plotArea().isEmpty());
    const QFontMetricsF metrics(axis->labelsFont());
    QStringList shown;
    for (const QString &label : categories)
        shown << BarChartWidget::axisLabelHtml(label, metrics, 0);
    QCOMPARE(axis->categories(), shown);
    QVERIFY(axis->labelsVisible());
    QCOMPARE(valueAxisLabels(*chart), valueLabels);
    QCOMPARE(chart->accessibleDescription(), description);
}

void TestBarCharts::axisLabelHtml_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("widthOf"); // wrap to the width of this text; empty: no limit
    QTest::addColumn<QString>("html");

    QTest::newRow("figure") << u"2010\n513,000"_s << QString() << u"<center>2010<br>513,000</center>"_s;
    QTest::newRow("unwrapped title") << u"Stafford College Science & Technology Centre"_s << QString()
                                     << u"<center>Stafford College Science &amp; Technology Centre</center>"_s;
    QTest::newRow("wrapped title") << u"Stafford College Science & Technology Centre"_s << u"Science & Technology"_s
                                   << u"<center>Stafford College<br>Science &amp; Technology<br>Centre</center>"_s;
    QTest::newRow("wrapped after a slash") << u"National Living/Minimum Wage\n23,500"_s << u"National Living/"_s
                                           << u"<center>National Living/<br>Minimum Wage<br>23,500</center>"_s;
    QTest::newRow("wrapped after a hyphen")
        << u"state-of-the-art science"_s << u"state-of-the-"_s << u"<center>state-of-the-<br>art science</center>"_s;
    // Elided by us, so that Qt does not cut the whole label from its end.
    QTest::newRow("word wider than the bar")
        << u"Supercalifragilistic day"_s << u"day"_s << u"<center>%1<br>day</center>"_s;
    QTest::newRow("markup is text") << u"R&D <lab>"_s << QString() << u"<center>R&amp;D &lt;lab&gt;</center>"_s;
}

void TestBarCharts::axisLabelHtml()
{
    QFETCH(QString, label);
    QFETCH(QString, widthOf);
    QFETCH(QString, html);
    const QFontMetricsF metrics(QFont {});
    const qreal width = widthOf.isEmpty() ? 0 : metrics.horizontalAdvance(widthOf);
    if (html.contains(u"%1"_s)) {
        const QString elided = metrics.elidedText(u"Supercalifragilistic"_s, Qt::ElideRight, width);
        QVERIFY(elided.endsWith(QChar(0x2026)));
        html = html.arg(elided);
    }
    QCOMPARE(BarChartWidget::axisLabelHtml(label, metrics, width), html);
}

void TestBarCharts::shownLabelsFitTheirBars_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("firstLabel");

    // An empty firstLabel: the chart is too narrow for some word, which is elided ("…").
    QTest::newRow("employment") << ChartKind::Employment << 400 << u"<center>2010<br>513,000</center>"_s;
    QTest::newRow("employment, too narrow") << ChartKind::Employment << 300 << QString();
    QTest::newRow("apprenticeships and wages")
        << ChartKind::Skills << 800 << u"<center>Apprenticeship starts<br>8,680</center>"_s;
    QTest::newRow("apprenticeships and wages, too narrow") << ChartKind::Skills << 300 << QString();
    QTest::newRow("funding, narrow") << ChartKind::Funding << 560 << u"<center>Cobra<br>Biologics</center>"_s;
    QTest::newRow("funding, wide") << ChartKind::Funding << 1000 << u"<center>Cobra Biologics</center>"_s;
}

void TestBarCharts::shownLabelsFitTheirBars()
{
    QFETCH(ChartKind, kind);
    QFETCH(int, width);
    QFETCH(QString, firstLabel);

    Fixture fixture(m_embedded);
    const std::unique_ptr<BarChartWidget> chart = makeChart(kind);
    chart->setSelectionModel(&fixture.selection);
    QVERIFY(showAndLayOut(*chart, QSize(width, 420)));
    QBarCategoryAxis *axis = categoryAxis(*chart);
    const QFontMetricsF metrics(axis->labelsFont());
    // What Qt Charts 6.4 gives each label before it cuts it to "...": the axis width over
    // (categories + 2), less 4 px padding either side, measured with a 1 px margin and 1 px more.
    const auto share = [&] { return chart->chart()->plotArea().width() / (chart->barCount() + 2) - 10; };
    const auto fits = [&] {
        const QStringList shown = axis->categories();
        if (shown.size() != chart->barCount())
            return false;
        for (int bar = 0; bar < shown.size(); ++bar) {
            QTextDocument document;
            document.setHtml(shown.at(bar));
            const QStringList lines = document.toPlainText().replace(QChar::LineSeparator, u'\n').split(u'\n');
            // The same text, only wrapped differently (or elided, where a word is wider than a bar).
            const auto unwrapped = [](QString text) { return text.remove(u' ').remove(u'\n'); };
            if (!lines.join(QString()).contains(QChar(0x2026))
                && unwrapped(lines.join(QString())) != unwrapped(chart->categoryLabels().at(bar)))
                return false;
            for (const QString &line : lines) {
                if (metrics.horizontalAdvance(line) > share())
                    return false;
            }
        }
        // And what is on screen: no label cut to "..." by Qt Charts.
        const QList<QGraphicsItem *> items = chart->chart()->scene()->items();
        return std::none_of(items.cbegin(), items.cend(), [](QGraphicsItem *item) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            return text && text->isVisible() && text->toPlainText().endsWith(u"..."_s);
        });
    };
    QTRY_VERIFY(fits());
    // Wrapped only where the bar is too narrow.
    if (firstLabel.isEmpty())
        QVERIFY(axis->categories().join(QString()).contains(QChar(0x2026)));
    else
        QCOMPARE(axis->categories().constFirst(), firstLabel);

    // Fitted again when the chart is resized.
    if (kind == ChartKind::Funding) {
        const bool wide = width >= 1000;
        chart->resize(wide ? 560 : 1000, 420);
        QTRY_COMPARE(axis->categories().constFirst(),
                     wide ? u"<center>Cobra<br>Biologics</center>"_s : u"<center>Cobra Biologics</center>"_s);
        QTRY_VERIFY(fits());
    }
}

void TestBarCharts::missingFigureIdsAreSkipped()
{
    Fixture fixture(m_embedded);
    FigureBarChart chart(u"Employment"_s, {u"figure/no-such-figure"_s, u"figure/employment"_s});
    QCOMPARE(chart.chart()->title(), u"Employment"_s);
    QCOMPARE(chart.barCount(), 0); // no model yet
    chart.setSelectionModel(&fixture.selection);
    QCOMPARE(chart.barCount(), 1);
    QCOMPARE(barValues(chart), QList<qreal> {548800});
    QCOMPARE(chart.sourceIndexOfBar(0).data(FactsheetModel::EntityIdRole).toString(), u"figure/employment"_s);
    QCOMPARE(chart.accessibleDescription(), u"Employment: Latest (2018 summary) 548,800"_s);

    chart.setTitle(u"Beschäftigung"_s);
    QCOMPARE(chart.chart()->title(), u"Beschäftigung"_s);
    QCOMPARE(chart.accessibleDescription(), u"Beschäftigung: Latest (2018 summary) 548,800"_s);
}

void TestBarCharts::looksCalm()
{
    Fixture fixture(m_embedded);
    FundingBarChart chart;
    chart.setSelectionModel(&fixture.selection);
    QVERIFY(!chart.chart()->legend()->isVisible());
    QCOMPARE(chart.chart()->animationOptions(), QChart::NoAnimation);
    QVERIFY(chart.chartView()->renderHints().testFlag(QPainter::Antialiasing));
    QCOMPARE(chart.barSet()->color(), BarChartWidget::barColor());
    QCOMPARE(chart.barSet()->selectedColor(), BarChartWidget::selectedBarColor());
    QVERIFY(BarChartWidget::selectedBarColor() != BarChartWidget::barColor());
    QVERIFY(!chart.series()->isLabelsVisible());
}

void TestBarCharts::toolTips_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<int>("bar");
    QTest::addColumn<QString>("toolTip");

    QTest::newRow("derived figure") << ChartKind::Employment << 0
                                    << u"People in employment in 2010: 513,000\n"
                                       "Derived: 548,800 (people in employment) − 35,800 (increase in employment "
                                       "since 2010) = 513,000\n"
                                       "Source: “"_s
            + employmentSource + u"”"_s;
    QTest::newRow("stated figure") << ChartKind::Employment << 1
                                   << u"People in employment: 548,800\nSource: “"_s + employmentSource + u"”"_s;
    QTest::newRow("apprenticeships") << ChartKind::Skills << 0
                                     << u"Apprenticeship starts last year: 8,680\n"
                                        "Source: “8,680 apprenticeships starts last year.”"_s;
    QTest::newRow("funding line")
        << ChartKind::Funding << 0
        << u"Cobra Biologics: £2,600,000\nSource: “£2.6m to Cobra Biologics to develop cell and gene therapy products "
           "that can improve and even save lives, including helping turn scientific discoveries into medicines ready "
           "for patients.”"_s;
    QTest::newRow("funding line of the case study")
        << ChartKind::Funding << 3
        << u"Stafford College Science & Technology Centre: £2,000,000\nSource: “The centre opened last year in "
           "September 2017 following a £2m investment from the Local Growth Fund and houses state-of-the-art science "
           "and engineering facilities.”"_s;
    QTest::newRow("no such bar") << ChartKind::Funding << 4 << QString();
}

void TestBarCharts::toolTips()
{
    QFETCH(ChartKind, kind);
    QFETCH(int, bar);
    QFETCH(QString, toolTip);

    Fixture fixture(m_embedded);
    const std::unique_ptr<BarChartWidget> chart = makeChart(kind);
    chart->setSelectionModel(&fixture.selection);
    QCOMPARE(chart->toolTipForBar(bar), toolTip);
}

void TestBarCharts::hoveringABarShowsItsToolTip()
{
    Fixture fixture(m_embedded);
    FigureBarChart chart(u"Employment"_s, {u"figure/employment-2010"_s, u"figure/employment"_s});
    chart.setSelectionModel(&fixture.selection);
    QVERIFY(showAndLayOut(chart));

    emit chart.series()->hovered(true, 0, chart.barSet());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), Qt::convertFromPlainText(chart.toolTipForBar(0)));
    // Rich text so that it wraps, saying just what toolTipForBar() says.
    QTextDocument shown;
    shown.setHtml(QToolTip::text());
    QCOMPARE(shown.toPlainText().replace(QChar::LineSeparator, u'\n'), chart.toolTipForBar(0));
    emit chart.series()->hovered(false, 0, chart.barSet());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestBarCharts::clickedBarBecomesCurrentRow_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<int>("bar");
    QTest::addColumn<QString>("entityId");

    QTest::newRow("employment 2010") << ChartKind::Employment << 0 << u"figure/employment-2010"_s;
    QTest::newRow("employment latest") << ChartKind::Employment << 1 << u"figure/employment"_s;
    QTest::newRow("living wage") << ChartKind::Skills << 1 << u"figure/living-wage-beneficiaries"_s;
    QTest::newRow("cobra") << ChartKind::Funding << 0 << u"fundingLine/cobra-biologics"_s;
    QTest::newRow("stafford college") << ChartKind::Funding << 3 << u"fundingLine/stafford-college-stc"_s;
}

void TestBarCharts::clickedBarBecomesCurrentRow()
{
    QFETCH(ChartKind, kind);
    QFETCH(int, bar);
    QFETCH(QString, entityId);

    Fixture fixture(m_embedded);
    const std::unique_ptr<BarChartWidget> chart = makeChart(kind);
    chart->setSelectionModel(&fixture.selection);
    QSignalSpy currentRows(&fixture.selection, &QItemSelectionModel::currentRowChanged);

    emit chart->series()->clicked(bar, chart->barSet());
    QCOMPARE(currentRows.count(), 1);
    const int row = fixture.rowOf(entityId);
    QCOMPARE(fixture.selection.currentIndex().row(), row);
    QCOMPARE(fixture.selection.selectedRows(), QModelIndexList {fixture.model.index(row, 0)});
    QCOMPARE(chart->barSet()->selectedBars(), QList<int> {bar});

    // Clicking the bar of the row that is already current changes nothing.
    emit chart->series()->clicked(bar, chart->barSet());
    QCOMPARE(currentRows.count(), 1);
    QCOMPARE(chart->barSet()->selectedBars(), QList<int> {bar});

    // A click reported for a bar that does not exist, or for another set, is ignored.
    emit chart->series()->clicked(chart->barCount(), chart->barSet());
    QBarSet stranger(u"stranger"_s);
    emit chart->series()->clicked(0, &stranger);
    QCOMPARE(currentRows.count(), 1);
    QCOMPARE(fixture.selection.currentIndex().row(), row);
}

void TestBarCharts::mouseClickOnBarBecomesCurrentRow_data()
{
    clickedBarBecomesCurrentRow_data();
}

void TestBarCharts::mouseClickOnBarBecomesCurrentRow()
{
    QFETCH(ChartKind, kind);
    QFETCH(int, bar);
    QFETCH(QString, entityId);

    Fixture fixture(m_embedded);
    const std::unique_ptr<BarChartWidget> chart = makeChart(kind);
    chart->setSelectionModel(&fixture.selection);
    QVERIFY(showAndLayOut(*chart));
    QSignalSpy currentRows(&fixture.selection, &QItemSelectionModel::currentRowChanged);
    QSignalSpy clicks(chart->series(), &QAbstractBarSeries::clicked);

    QTest::mouseClick(chart->chartView()->viewport(), Qt::LeftButton, {}, barCentre(*chart, bar));
    QCOMPARE(clicks.count(), 1);
    QCOMPARE(clicks.constFirst().at(0).toInt(), bar);
    QCOMPARE(currentRows.count(), 1);
    QCOMPARE(fixture.selection.currentIndex().row(), fixture.rowOf(entityId));
    QCOMPARE(chart->barSet()->selectedBars(), QList<int> {bar});
}

void TestBarCharts::currentRowIsMirroredOnBars_data()
{
    QTest::addColumn<QString>("entityId");
    QTest::addColumn<QList<int>>("employmentBars");
    QTest::addColumn<QList<int>>("skillsBars");
    QTest::addColumn<QList<int>>("fundingBars");

    QTest::newRow("funding line") << u"fundingLine/bericote-four-ashes"_s << QList<int> {} << QList<int> {}
                                  << QList<int> {2};
    QTest::newRow("national line") << u"fundingLine/industrial-strategy-programmes"_s << QList<int> {} << QList<int> {}
                                   << QList<int> {};
    QTest::newRow("derived figure") << u"figure/employment-2010"_s << QList<int> {0} << QList<int> {} << QList<int> {};
    QTest::newRow("stated figure") << u"figure/living-wage-beneficiaries"_s << QList<int> {} << QList<int> {1}
                                   << QList<int> {};
    QTest::newRow("figure on no chart") << u"figure/population"_s << QList<int> {} << QList<int> {} << QList<int> {};
    QTest::newRow("case study") << u"caseStudy/stafford-college-stc"_s << QList<int> {} << QList<int> {}
                                << QList<int> {};
}

void TestBarCharts::currentRowIsMirroredOnBars()
{
    QFETCH(QString, entityId);
    QFETCH(QList<int>, employmentBars);
    QFETCH(QList<int>, skillsBars);
    QFETCH(QList<int>, fundingBars);

    Fixture fixture(m_embedded);
    const std::unique_ptr<BarChartWidget> employment = makeChart(ChartKind::Employment);
    const std::unique_ptr<BarChartWidget> skills = makeChart(ChartKind::Skills);
    const std::unique_ptr<BarChartWidget> funding = makeChart(ChartKind::Funding);
    for (BarChartWidget *chart : {employment.get(), skills.get(), funding.get()})
        chart->setSelectionModel(&fixture.selection);

    // Start from a bar selected on every chart's neighbour, so deselection is exercised too.
    fixture.makeCurrent(fixture.rowOf(u"fundingLine/housebuilding-infrastructure"_s));
    QCOMPARE(funding->barSet()->selectedBars(), QList<int> {1});
    fixture.makeCurrent(fixture.rowOf(u"figure/employment"_s));
    QCOMPARE(funding->barSet()->selectedBars(), QList<int> {});
    QCOMPARE(employment->barSet()->selectedBars(), QList<int> {1});
    QBarSet *const fundingSet = funding->barSet();

    fixture.makeCurrent(fixture.rowOf(entityId));
    QCOMPARE(employment->barSet()->selectedBars(), employmentBars);
    QCOMPARE(skills->barSet()->selectedBars(), skillsBars);
    QCOMPARE(funding->barSet()->selectedBars(), fundingBars);
    QCOMPARE(funding->barSet(), fundingSet); // a selection change never rebuilds

    fixture.selection.clearCurrentIndex();
    for (BarChartWidget *chart : {employment.get(), skills.get(), funding.get()})
        QCOMPARE(chart->barSet()->selectedBars(), QList<int> {});
}

void TestBarCharts::modelResetRedraws()
{
    Fixture fixture(m_embedded);
    FundingBarChart chart;
    chart.setSelectionModel(&fixture.selection);
    QSignalSpy rebuilt(&chart, &BarChartWidget::barsRebuilt);

    Factsheet changed = m_embedded;
    changed.fundingLines[1].amount = 12500000;
    fixture.model.setFactsheet(changed);
    QCOMPARE(rebuilt.count(), 1);
    QCOMPARE(barValues(chart), (QList<qreal> {2600000, 12500000, 2800000, 2000000}));
    QCOMPARE(valueAxisLabels(chart), (QStringList {u"£0"_s, u"£2.5m"_s, u"£5m"_s, u"£7.5m"_s, u"£10m"_s, u"£12.5m"_s}));
    QCOMPARE(chart.accessibleDescription(),
             u"Funding: Cobra Biologics £2,600,000; Housebuilding infrastructure £12,500,000; "
             "Bericote Four Ashes Business Park £2,800,000; Stafford College Science & Technology Centre £2,000,000"_s);
    QCOMPARE(chart.toolTipForBar(1).section(u'\n', 0, 0), u"Housebuilding infrastructure: £12,500,000"_s);

    // The reset cleared the current row; selecting again is shown on the new set, in the
    // selected colour.
    QCOMPARE(chart.barSet()->selectedBars(), QList<int> {});
    fixture.makeCurrent(1);
    QCOMPARE(chart.barSet()->selectedBars(), QList<int> {1});
    QCOMPARE(chart.barSet()->selectedColor(), BarChartWidget::selectedBarColor());

    // A factsheet with fewer local lines: fewer bars.
    changed.fundingLines.erase(changed.fundingLines.begin());
    fixture.model.setFactsheet(changed);
    QCOMPARE(rebuilt.count(), 2);
    QCOMPARE(barValues(chart), (QList<qreal> {12500000, 2800000, 2000000}));
    QCOMPARE(chart.categoryLabels(),
             (QStringList {u"Housebuilding infrastructure"_s, u"Bericote Four Ashes Business Park"_s,
                           u"Stafford College Science & Technology Centre"_s}));
}

void TestBarCharts::rebuildReappliesSelection()
{
    Fixture fixture(m_embedded);
    FigureBarChart chart(u"Employment"_s, {u"figure/employment-2010"_s, u"figure/employment"_s});
    chart.setSelectionModel(&fixture.selection);
    fixture.makeCurrent(fixture.rowOf(u"figure/employment"_s));
    QBarSet *const before = chart.barSet();
    QSignalSpy rebuilt(&chart, &BarChartWidget::barsRebuilt);
    QSignalSpy currentRows(&fixture.selection, &QItemSelectionModel::currentRowChanged);

    // A data change and a layout change keep the current row: the new set shows it again.
    const int row = fixture.rowOf(u"figure/employment"_s);
    emit fixture.model.dataChanged(fixture.model.index(row, 0),
                                   fixture.model.index(row, FactsheetModel::ColumnCount - 1));
    QCOMPARE(rebuilt.count(), 1);
    QVERIFY(chart.barSet() != before);
    QCOMPARE(chart.barSet()->selectedBars(), QList<int> {1});
    QCOMPARE(chart.barSet()->selectedColor(), BarChartWidget::selectedBarColor());

    emit fixture.model.layoutAboutToBeChanged();
    emit fixture.model.layoutChanged();
    QCOMPARE(rebuilt.count(), 2);
    QCOMPARE(chart.barSet()->selectedBars(), QList<int> {1});
    QCOMPARE(barValues(chart), (QList<qreal> {513000, 548800}));
    QCOMPARE(currentRows.count(), 0); // redrawing never writes the selection
}

void TestBarCharts::repeatedTitlesKeepOneCategoryPerBar()
{
    Factsheet sheet = m_embedded;
    FundingLine again = sheet.fundingLines.front();
    again.id = u"cobra-biologics-again"_s;
    again.amount = 1000000;
    sheet.fundingLines.push_back(again);
    Fixture fixture(sheet);
    FundingBarChart chart;
    chart.setSelectionModel(&fixture.selection);

    QCOMPARE(chart.barCount(), 5);
    QCOMPARE(
        chart.categoryLabels(),
        (QStringList {u"Cobra Biologics"_s, u"Housebuilding infrastructure"_s, u"Bericote Four Ashes Business Park"_s,
                      u"Stafford College Science & Technology Centre"_s, u"Cobra Biologics (2)"_s}));
    QCOMPARE(chart.barOfSourceRow(fixture.rowOf(u"fundingLine/cobra-biologics-again"_s)), 4);
}

void TestBarCharts::mousePressesNeverCrash_data()
{
    QTest::addColumn<bool>("rubberBand");
    QTest::addColumn<bool>("backgroundVisible");
    QTest::addColumn<bool>("smallChart");
    QTest::addColumn<Qt::MouseButton>("button");
    QTest::addColumn<QString>("where");

    const QStringList places {u"top-left corner"_s, u"bottom-right corner"_s, u"empty plot area"_s,
                              u"value axis"_s,      u"category axis"_s,       u"bar"_s};
    for (const bool rubberBand : {true, false}) {
        for (const bool backgroundVisible : {false, true}) {
            for (const bool smallChart : {true, false}) {
                for (const Qt::MouseButton button : {Qt::LeftButton, Qt::RightButton}) {
                    for (const QString &where : places) {
                        const QString name = u"%1, %2, %3, %4, %5"_s.arg(
                            rubberBand ? u"rubber band"_s : u"no rubber band"_s,
                            backgroundVisible ? u"background"_s : u"no background"_s,
                            smallChart ? u"chart smaller than view"_s : u"chart fills view"_s,
                            button == Qt::LeftButton ? u"left"_s : u"right"_s, where);
                        QTest::newRow(qPrintable(name))
                            << rubberBand << backgroundVisible << smallChart << button << where;
                    }
                }
            }
        }
    }
}

void TestBarCharts::mousePressesNeverCrash()
{
    QFETCH(bool, rubberBand);
    QFETCH(bool, backgroundVisible);
    QFETCH(bool, smallChart);
    QFETCH(Qt::MouseButton, button);
    QFETCH(QString, where);

    Fixture fixture(m_embedded);
    FundingBarChart chart;
    chart.setSelectionModel(&fixture.selection);
    if (rubberBand)
        chart.chartView()->setRubberBand(QChartView::RectangleRubberBand);
    chart.chart()->setBackgroundVisible(backgroundVisible);
    QVERIFY(showAndLayOut(chart));
    if (smallChart) {
        // Leaves empty view around the chart, where nothing is under the cursor (QTBUG-118669).
        chart.chart()->setMaximumSize(QSizeF(400, 280));
        QTRY_VERIFY(chart.chart()->size().width() <= 400 && chart.chart()->plotArea().right() < 400);
    }

    const QRectF plot = chart.chart()->plotArea();
    const auto toView = [&chart](const QPointF &inChart) {
        return chart.chartView()->mapFromScene(chart.chart()->mapToScene(inChart));
    };
    QPoint position;
    if (where == u"top-left corner"_s)
        position = QPoint(1, 1);
    else if (where == u"bottom-right corner"_s)
        position = QPoint(chart.chartView()->viewport()->width() - 2, chart.chartView()->viewport()->height() - 2);
    else if (where == u"empty plot area"_s) // above the shortest bar, below the top of the axis
        position = toView(chart.chart()->mapToPosition(QPointF(3, 9000000), chart.series()));
    else if (where == u"value axis"_s)
        position = toView(QPointF(plot.left() - 12, plot.center().y()));
    else if (where == u"category axis"_s)
        position = toView(QPointF(plot.center().x(), plot.bottom() + 8));
    else
        position = barCentre(chart, 1);
    QVERIFY(chart.chartView()->viewport()->rect().contains(position));

    QWidget *viewport = chart.chartView()->viewport();
    QTest::mousePress(viewport, button, {}, position);
    QTest::mouseMove(viewport, position + QPoint(5, 5));
    QTest::mouseRelease(viewport, button, {}, position + QPoint(5, 5));
    QTest::mouseClick(viewport, button, {}, position);
    QTest::mouseDClick(viewport, button, {}, position);

    // Still a working chart; away from the bars nothing was selected.
    QCOMPARE(chart.barCount(), 4);
    if (where != u"bar"_s)
        QVERIFY(!fixture.selection.currentIndex().isValid());
}

void TestBarCharts::wheelIsLeftToTheSurroundingArea()
{
    Fixture fixture(m_embedded);
    FundingBarChart chart;
    chart.setSelectionModel(&fixture.selection);
    QVERIFY(showAndLayOut(chart));
    // Give the graphics view room to scroll itself, as QGraphicsView would then take the wheel.
    ChartView *view = chart.chartView();
    view->setSceneRect(QRectF(QPointF(0, 0), QSizeF(view->width(), view->height() * 4)));
    QVERIFY(view->verticalScrollBar()->maximum() > 0);

    QWidget *viewport = view->viewport();
    const QPoint position = viewport->rect().center();
    QWheelEvent wheel(position, viewport->mapToGlobal(position), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    // Ignored, so QApplication hands a real wheel event on to the parents (a scroll area).
    // (QApplication does not propagate a synthesized one, so the hand-over itself is Qt's part.)
    QVERIFY(!wheel.isAccepted());
    QCOMPARE(view->verticalScrollBar()->value(), 0);
}

void TestBarCharts::thousandLinesSelectWithoutRebuild()
{
    Factsheet sheet = m_embedded;
    const int generated = 1000 - localLineCount(sheet);
    for (int number = 1; number <= generated; ++number)
        sheet.fundingLines.push_back(generatedLine(number));
    Fixture fixture(sheet);
    FundingBarChart chart;
    chart.setSelectionModel(&fixture.selection);

    QCOMPARE(chart.barCount(), 1000);
    QCOMPARE(chart.chart()->title(), u"Funding"_s);
    QCOMPARE(chart.barSet()->count(), 1000);
    QVERIFY(!categoryAxis(chart)->labelsVisible()); // a thousand labels would be unreadable
    QCOMPARE(categoryAxis(chart)->count(), 1000);
    QCOMPARE(chart.categoryLabels(), QStringList {});
    // The national line (row 4) is skipped; generated lines follow it.
    QCOMPARE(chart.barOfSourceRow(4), -1);
    QCOMPARE(chart.barOfSourceRow(5), 4);
    QCOMPARE(chart.barSet()->at(4), 1000.0);
    QCOMPARE(chart.toolTipForBar(999).section(u'\n', 0, 0), u"Generated line 996: £996,000"_s);
    QVERIFY(chart.accessibleDescription().endsWith(u"; Generated line 996 £996,000"_s));

    QBarSet *const set = chart.barSet();
    QSignalSpy added(chart.series(), &QAbstractBarSeries::barsetsAdded);
    QSignalSpy rebuilt(&chart, &BarChartWidget::barsRebuilt);
    QSignalSpy selectedBars(set, &QBarSet::selectedBarsChanged);
    fixture.makeCurrent(500);
    QCOMPARE(set->selectedBars(), QList<int> {499});
    fixture.makeCurrent(900);
    QCOMPARE(set->selectedBars(), QList<int> {899});
    fixture.makeCurrent(fixture.rowOf(u"figure/employment"_s));
    QCOMPARE(set->selectedBars(), QList<int> {});
    QCOMPARE(chart.barSet(), set);
    QCOMPARE(added.count(), 0);
    QCOMPARE(rebuilt.count(), 0);
    // One change per bar selected or deselected, not one per bar of the chart.
    QCOMPARE(selectedBars.count(), 4);
}

void TestBarCharts::barsAreCapped()
{
    Factsheet sheet = m_embedded;
    const int generated = 2500 - localLineCount(sheet);
    for (int number = 1; number <= generated; ++number)
        sheet.fundingLines.push_back(generatedLine(number));
    Fixture fixture(sheet);
    FundingBarChart chart;
    chart.setSelectionModel(&fixture.selection);

    QCOMPARE(FundingBarChart::maxBars, 2000);
    QCOMPARE(chart.barCount(), 2000);
    QCOMPARE(chart.chart()->title(), u"Funding (first 2,000 of 2,500 local lines)"_s);
    QVERIFY(chart.accessibleDescription().startsWith(
        u"Funding (first 2,000 of 2,500 local lines): Cobra Biologics £2,600,000; "_s));
    // The first lines in document order: bar 1,999 is the line in row 2,000 (after the national one).
    QCOMPARE(chart.sourceIndexOfBar(1999).row(), 2000);
    QCOMPARE(chart.barOfSourceRow(2001), -1);

    fixture.makeCurrent(2001);
    QCOMPARE(chart.barSet()->selectedBars(), QList<int> {});
    fixture.makeCurrent(2000);
    QCOMPARE(chart.barSet()->selectedBars(), QList<int> {1999});
}

QTEST_MAIN(TestBarCharts)
#include "tst_barcharts.moc"
