// Charts drawn without any window: the description laid out by FactsheetChart at the sizes people
// use, with nothing cut; the themes; and the exports (PNG, SVG, PDF, clipboard data) with their
// sizes, colours, texts and metadata; every refused request with its exact message.
#include "chartexport.h"
#include "chartmembership.h"
#include "chartrenderer.h"
#include "charttheme.h"
#include "embeddedfactsheet.h"
#include "factsheetchart.h"
#include "factsheetmodel.h"
#include "testoutput.h"
#include "uknumbers.h"
#include "valuelabels.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QBuffer>
#include <QFile>
#include <QGraphicsScene>
#include <QImageReader>
#include <QMimeData>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString expectedSourceLine
    = u"Source: Industrial Strategy local summary, Stoke-on-Trent & Staffordshire, Department for Business, Energy "
      u"& Industrial Strategy, December 2018. Open Government Licence v3.0."_s;
// The PNG's Source chunk: its key says "Source" already.
const QString expectedSourceChunk
    = u"Industrial Strategy local summary, Stoke-on-Trent & Staffordshire, Department for Business, Energy "
      u"& Industrial Strategy, December 2018. Open Government Licence v3.0."_s;

// Lines of very different size, as in the issue: £1.2bn beside £750k and £500k.
ChartDescription linesOfVeryDifferentSize()
{
    ChartDescription chart;
    chart.name = u"funding"_s;
    chart.title = u"Local funding"_s;
    chart.subtitle = u"Four lines"_s;
    chart.valueAxisTitle = u"Pounds (£)"_s;
    chart.valueKind = ChartValueKind::Pounds;
    const QList<std::pair<QString, double>> lines {
        {u"Growth deal"_s, 1.2e9}, {u"Skills capital"_s, 6.5e6}, {u"Enterprise zone"_s, 750e3}, {u"Digital"_s, 500e3}};
    for (const auto &[label, value] : lines) {
        ChartBar bar;
        bar.label = label;
        bar.value = value;
        bar.valueText = UkNumbers::pounds(static_cast<qint64>(value));
        chart.bars << bar;
    }
    return chart;
}

QString placedText(const FactsheetChart &chart, const QString &role)
{
    for (const FactsheetChart::PlacedText &text : chart.placedTexts()) {
        if (text.role == role)
            return text.text;
    }
    return {};
}

QString subtitleOf(const FactsheetChart &chart)
{
    return placedText(chart, u"subtitle"_s);
}

FactsheetModel &model()
{
    static FactsheetModel shared;
    static QAbstractItemModelTester tester(&shared, QAbstractItemModelTester::FailureReportingMode::Fatal);
    if (shared.rowCount() == 0)
        shared.setFactsheet(embeddedFactsheet());
    return shared;
}

ChartDescription describe(const QString &name)
{
    return ChartDescriptions::describe(&model(), name);
}

// A chart laid out at a size in a scene of its own, as an export lays it out.
struct LaidOut
{
    QGraphicsScene scene;
    FactsheetChart *chart = new FactsheetChart;

    LaidOut(const ChartDescription &description, const ChartTheme &theme, const QSizeF &size, bool source = true)
    {
        scene.addItem(chart);
        chart->setChartTheme(theme);
        chart->setShowsSourceLine(source);
        chart->setDescription(description);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layOutNow();
    }
};

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return dark;
}

ChartTheme themeNamed(const QString &name, const QSizeF &size, const QPalette &palette = QPalette())
{
    return *ChartTheme::named(name, size, palette, QFont(u"DejaVu Sans"_s, 10));
}

// The text of an SVG's text elements, in order, joined by spaces: wrapped lines read as one.
QString svgText(const QByteArray &svg, QString *error = nullptr)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            element = xml.name().toString();
        else if (xml.isCharacters() && !xml.isWhitespace() && (element == u"text" || element == u"tspan"))
            texts << xml.text().toString();
    }
    if (error)
        *error = xml.errorString();
    // A line may break after a hyphen or a slash ("Stoke-on-" / "Trent"): join those back.
    return texts.join(u' ').simplified().replace(u"- "_s, u"-"_s).replace(u"/ "_s, u"/"_s);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestChartRender final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initTestCase();

    void nothingIsCut_data();
    void nothingIsCut();
    void everyBarCarriesItsLabelAndValue();
    void derivedBarIsOutlined();
    void selectedBarsTakeTheSelectedColourOnlyWhenAsked();
    void themes();
    void darkWindowThemeReadsAtAA();
    void okabeItoPalette();

    void pngHasTheRequestedPixelsColoursAndText_data();
    void pngHasTheRequestedPixelsColoursAndText();
    void transparentPng();
    void svgKeepsTextEditable();
    void pdfIsVectorWithItsTextAndMetadata();
    void dashboardHasAllThreeCharts();
    void clipboardOffersEveryFormat();

    void refusedRequests_data();
    void refusedRequests();
    void aRefusedExportLeavesTheOldFile();
    void valueLabelsInSvg_data();
    void valueLabelsInSvg();
    void logAxisLabelsDecadesAndShowsEveryBar();
    void subtitleSuggestsTheLogAxis();
    void sourceChunkText_data();
    void sourceChunkText();
    void sizeParsing_data();
    void sizeParsing();
};

void TestChartRender::initTestCase()
{
    QVERIFY(model().rowCount() > 0);
}

void TestChartRender::nothingIsCut_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("log");
    for (const QString &chart : ChartMembership::chartNames()) {
        for (const QString &theme : ChartTheme::names()) {
            // A chart in a 1280×720 window is about 440×280; slides are 1280×720 and 1920×1080.
            for (const QSize size : {QSize(440, 280), QSize(1280, 720), QSize(1920, 1080), QSize(3508, 2480)}) {
                QTest::addRow("%s, %s, %dx%d", qPrintable(chart), qPrintable(theme), size.width(), size.height())
                    << chart << theme << size << false;
            }
            for (const QSize size : {QSize(440, 280), QSize(1920, 1080)}) {
                QTest::addRow("%s, %s, %dx%d, log axis", qPrintable(chart), qPrintable(theme), size.width(),
                              size.height())
                    << chart << theme << size << true;
            }
        }
    }
}

void TestChartRender::nothingIsCut()
{
    QFETCH(QString, chart);
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    QFETCH(bool, log);
    const ChartDescription description = describe(chart);
    ChartTheme chartTheme = themeNamed(theme, size);
    chartTheme.valueAxis = log ? ValueAxisScale::Log : ValueAxisScale::Linear;
    LaidOut laidOut(description, chartTheme, size);
    const QRectF frame(QPointF(0, 0), size);
    const QList<FactsheetChart::PlacedText> texts = laidOut.chart->placedTexts();
    QVERIFY(!texts.isEmpty());
    QList<QRectF> labels;
    for (const FactsheetChart::PlacedText &text : texts) {
        const QString what = u"%1 \"%2\" at %3,%4 %5x%6"_s.arg(text.role, text.text)
                                 .arg(text.rect.x())
                                 .arg(text.rect.y())
                                 .arg(text.rect.width())
                                 .arg(text.rect.height());
        QVERIFY2(!text.text.contains(u'…') && !text.text.contains(u"..."_s), qPrintable(what));
        QVERIFY2(text.fits, qPrintable(what));
        QVERIFY2(frame.adjusted(-0.5, -0.5, 0.5, 0.5).contains(text.rect), qPrintable(what));
        if (text.role == u"label")
            labels << text.rect;
    }
    // Category labels never run into each other.
    for (int i = 1; i < labels.size(); ++i)
        QVERIFY2(labels.at(i - 1).bottom() <= labels.at(i).top() + 0.5, qPrintable(u"label %1"_s.arg(i)));
    // Each value label starts right of its bar, and the tick labels are whole.
    for (int bar = 0; bar < laidOut.chart->barCount(); ++bar) {
        const FactsheetChart::PlacedText value = texts.at(static_cast<int>(std::distance(
            texts.cbegin(), std::find_if(texts.cbegin(), texts.cend(), [&](const FactsheetChart::PlacedText &t) {
                return t.role == u"value"
                    && t.text
                    == ValueLabels::barText(description.bars.at(bar), description.valueKind, chartTheme.valueLabels);
            }))));
        QVERIFY(value.rect.left() >= laidOut.chart->barRect(bar).right());
    }
    for (const QString &tick : laidOut.chart->tickLabels())
        QVERIFY2(!tick.contains(u'…'), qPrintable(tick));
    QVERIFY(laidOut.chart->tickLabels().size() >= 2);
}

void TestChartRender::everyBarCarriesItsLabelAndValue()
{
    LaidOut laidOut(describe(ChartMembership::funding), ChartTheme::presentation(QSizeF(1920, 1080)),
                    QSizeF(1920, 1080));
    QStringList labels;
    QStringList values;
    QString title;
    QString source;
    for (const FactsheetChart::PlacedText &text : laidOut.chart->placedTexts()) {
        if (text.role == u"label")
            labels << text.text;
        else if (text.role == u"value")
            values << text.text;
        else if (text.role == u"title")
            title = text.text;
        else if (text.role == u"source")
            source = text.text;
    }
    QCOMPARE(labels,
             (QStringList {u"Housebuilding infrastructure"_s, u"Bericote Four Ashes Business Park"_s,
                           u"Cobra Biologics"_s, u"Stafford College Science & Technology Centre"_s}));
    // The presentation theme prints money as the summary does; the exact figure stays in the tooltip.
    QCOMPARE(values, (QStringList {u"£10m"_s, u"£2.8m"_s, u"£2.6m"_s, u"£2m"_s}));
    QCOMPARE(describe(ChartMembership::funding).bars.at(2).toolTip.section(u'\n', 0, 0),
             u"Cobra Biologics: £2,600,000"_s);
    QCOMPARE(title, u"Local funding in Stoke-on-Trent & Staffordshire"_s);
    QCOMPARE(source, expectedSourceLine);
    // The axis runs on past £10m only as far as the largest value's label needs.
    QCOMPARE(laidOut.chart->tickLabels(), (QStringList {u"£0"_s, u"£2m"_s, u"£4m"_s, u"£6m"_s, u"£8m"_s, u"£10m"_s}));
    // Bars run top to bottom in the description's order, and are as long as their values.
    const qreal perPound = laidOut.chart->barRect(0).width() / 10000000.0;
    for (int bar = 1; bar < 4; ++bar) {
        QVERIFY(laidOut.chart->barRect(bar - 1).top() < laidOut.chart->barRect(bar).top());
        QCOMPARE(qRound(laidOut.chart->barRect(bar).width()),
                 qRound(perPound * static_cast<qreal>(describe(ChartMembership::funding).bars.at(bar).value)));
    }
}

void TestChartRender::derivedBarIsOutlined()
{
    const ChartTheme theme = ChartTheme::presentation(QSizeF(1920, 1080));
    LaidOut laidOut(describe(ChartMembership::employment), theme, QSizeF(1920, 1080));
    QBarSet *derived = laidOut.chart->barSetOf(0);
    QBarSet *stated = laidOut.chart->barSetOf(1);
    QVERIFY(derived != stated);
    QCOMPARE(derived->pen().style(), Qt::DashLine);
    QCOMPARE(derived->pen().color(), theme.bar);
    QVERIFY(derived->brush().color() != theme.bar); // a pale fill inside the outline
    QCOMPARE(stated->brush().color(), theme.bar);
    // Each bar is in one set only.
    QCOMPARE(derived->at(1), 513000.0); // category 1 is the top bar
    QCOMPARE(derived->at(0), 0.0);
    QCOMPARE(stated->at(0), 548800.0);
    // The legend note says what the outline means, in every theme.
    QStringList notes;
    for (const FactsheetChart::PlacedText &text : laidOut.chart->placedTexts()) {
        if (text.role == u"note")
            notes << text.text;
    }
    QCOMPARE(notes, QStringList {describe(ChartMembership::employment).derivedNote});
}

void TestChartRender::selectedBarsTakeTheSelectedColourOnlyWhenAsked()
{
    const ChartDescription funding = describe(ChartMembership::funding);
    ChartExport::Settings settings;
    settings.chart = ChartMembership::funding;
    settings.size = QSize(960, 540);
    LaidOut laidOut(funding, ChartTheme::presentation(QSizeF(settings.size)), QSizeF(settings.size));
    const QPoint cobra = laidOut.chart->barRect(2).center().toPoint();
    const ChartTheme theme = ChartTheme::presentation(QSizeF(settings.size));

    QCOMPARE(ChartExport::image({funding}, settings, {{2}}).pixelColor(cobra), theme.bar);
    settings.showsSelection = true;
    QCOMPARE(ChartExport::image({funding}, settings, {{2}}).pixelColor(cobra), theme.selectedBar);
}

void TestChartRender::themes()
{
    const QSizeF slide(1920, 1080);
    const ChartTheme presentation = ChartTheme::presentation(slide);
    const ChartTheme print = ChartTheme::print(slide);
    const ChartTheme window = ChartTheme::window(QPalette(), QFont(u"DejaVu Sans"_s, 10));
    // Readable at the back of a room: the title at least 1/25 of the height, no grid.
    QVERIFY(presentation.titleSize >= slide.height() / 25);
    QCOMPARE(presentation.titleSize, 50.0);
    QVERIFY(!presentation.gridVisible);
    QVERIFY(presentation.barThickness > window.barThickness);
    // Paper: black text, a light grid.
    QCOMPARE(print.text, QColor(Qt::black));
    QVERIFY(print.gridVisible);
    QVERIFY(contrastRatio(print.grid, print.background) < 1.5);
    // The window's: its own palette and font.
    QCOMPARE(window.background, QPalette().color(QPalette::Base));
    QCOMPARE(window.text, QPalette().color(QPalette::Text));
    QCOMPARE(window.fontFamily, QFont(u"DejaVu Sans"_s, 10).family());
    // Type scales with the target.
    QCOMPARE(ChartTheme::presentation(QSizeF(3840, 2160)).titleSize, 99.0);
    QCOMPARE(ChartTheme::names(), (QStringList {u"window"_s, u"presentation"_s, u"print"_s}));
    QVERIFY(!ChartTheme::named(u"neon"_s, slide, QPalette(), QFont()));
    // The theme's colours reach the drawn chart.
    LaidOut laidOut(describe(ChartMembership::funding), print, slide);
    QCOMPARE(laidOut.chart->backgroundBrush().color(), print.background);
    QCOMPARE(laidOut.chart->barSetOf(0)->color(), print.bar);
}

void TestChartRender::darkWindowThemeReadsAtAA()
{
    const ChartTheme dark = ChartTheme::window(darkPalette(), QFont(u"DejaVu Sans"_s, 10));
    QCOMPARE(dark.background, QColor(0x1e, 0x1e, 0x1e));
    for (const QColor &text : {dark.text, dark.secondaryText})
        QVERIFY2(contrastRatio(text, dark.background) >= 4.5, qPrintable(text.name()));
    for (const ChartTheme &theme : {ChartTheme::presentation(QSizeF(1920, 1080)), ChartTheme::print(QSizeF(1920, 1080)),
                                    ChartTheme::window(QPalette(), QFont())}) {
        QVERIFY2(contrastRatio(theme.text, theme.background) >= 4.5, qPrintable(theme.name));
        QVERIFY2(contrastRatio(theme.secondaryText, theme.background) >= 4.5, qPrintable(theme.name));
    }
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);
}

void TestChartRender::okabeItoPalette()
{
    for (const QString &name : ChartTheme::names()) {
        const ChartTheme theme
            = *ChartTheme::named(name, QSizeF(1920, 1080), QPalette(), QFont(), ChartPalette::OkabeIto);
        QCOMPARE(theme.bar, QColor(0x00, 0x72, 0xb2));         // blue
        QCOMPARE(theme.selectedBar, QColor(0xd5, 0x5e, 0x00)); // vermillion
    }
    QCOMPARE(ChartTheme::paletteFromName(u"okabe-ito"_s), ChartPalette::OkabeIto);
    QCOMPARE(ChartTheme::paletteFromName(u"default"_s), ChartPalette::Default);
    QVERIFY(!ChartTheme::paletteFromName(u"rainbow"_s));
}

void TestChartRender::pngHasTheRequestedPixelsColoursAndText_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<int>("scale");
    for (const QString &chart : ChartMembership::chartNames()) {
        QTest::addRow("%s at 1x", qPrintable(chart)) << chart << 1;
        QTest::addRow("%s at 3x", qPrintable(chart)) << chart << 3;
    }
}

void TestChartRender::pngHasTheRequestedPixelsColoursAndText()
{
    QFETCH(QString, chart);
    QFETCH(int, scale);
    QTemporaryDir folder;
    const QString path = folder.filePath(chart + u".png"_s);
    ChartExport::Settings settings;
    settings.chart = chart;
    settings.scale = scale;
    settings.palette = ChartPalette::OkabeIto;
    QCOMPARE(ChartExport::write(&model(), settings, path), std::nullopt);

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.text(u"Title"_s), describe(chart).title);
    QCOMPARE(reader.text(u"Source"_s), expectedSourceChunk);
    QCOMPARE(reader.text(u"Copyright"_s),
             u"Contains public sector information: Crown copyright, licensed under the Open "
             u"Government Licence v3.0."_s);
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(1920 * scale, 1080 * scale));
    // Rendered for the target: the top bar's middle is the theme's bar colour at every scale
    // (the employment chart's top bar is derived: pale inside a dashed outline).
    const ChartTheme theme = ChartTheme::presentation(QSizeF(1920, 1080), ChartPalette::OkabeIto);
    LaidOut laidOut(describe(chart), theme, QSizeF(1920, 1080));
    const int bar = chart == ChartMembership::employment ? 1 : 0;
    const QPointF middle = laidOut.chart->barRect(bar).center() * scale;
    QCOMPARE(image.pixelColor(middle.toPoint()), theme.bar);
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    // Crisp at 3×: a bar's edge goes from background to bar colour within two pixels.
    const QRectF rect = laidOut.chart->barRect(bar);
    const int y = qRound(rect.center().y() * scale);
    const int edge = qRound(rect.right() * scale);
    QCOMPARE(image.pixelColor(edge - 3, y), theme.bar);
    QVERIFY(image.pixelColor(edge + 3, y) != theme.bar);
}

void TestChartRender::transparentPng()
{
    ChartExport::Settings settings;
    settings.chart = ChartMembership::employment;
    settings.transparent = true;
    const QImage image = ChartExport::image(ChartExport::describe(&model(), settings.chart), settings);
    QCOMPARE(image.pixelColor(2, 2).alpha(), 0);
    settings.transparent = false;
    QCOMPARE(ChartExport::image(ChartExport::describe(&model(), settings.chart), settings).pixelColor(2, 2).alpha(),
             255);
}

void TestChartRender::svgKeepsTextEditable()
{
    ChartExport::Settings settings;
    settings.chart = ChartMembership::funding;
    const QByteArray svg = ChartExport::svg(ChartExport::describe(&model(), settings.chart), settings);
    QXmlStreamReader xml(svg);
    QString title;
    QString description;
    QString viewBox;
    QStringList texts;
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            if (element == u"svg")
                viewBox = xml.attributes().value(u"viewBox"_s).toString();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            if (element == u"title")
                title += xml.text();
            else if (element == u"desc")
                description += xml.text();
            else if (element == u"text" || element == u"tspan")
                texts << xml.text().toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(viewBox, u"0 0 1920 1080"_s);
    QCOMPARE(title, u"Local funding in Stoke-on-Trent & Staffordshire"_s);
    QVERIFY2(description.startsWith(expectedSourceLine), qPrintable(description));
    // Labels stay text: every label, value and the source line is in the SVG's text (Qt writes
    // a text run per line, so the wrapped and the unwrapped both count).
    const QString allText = texts.join(u' ');
    for (const QString &expected : {u"Housebuilding infrastructure"_s, u"Cobra Biologics"_s, u"£10m"_s, u"£2.6m"_s,
                                    u"£2m"_s, u"Pounds (£)"_s, u"Local funding in Stoke-on-Trent & Staffordshire"_s})
        QVERIFY2(allText.contains(expected), qPrintable(expected + u" not in: "_s + allText));
    QVERIFY2(allText.contains(u"Department for Business, Energy & Industrial Strategy, December 2018."_s),
             qPrintable(allText));
}

void TestChartRender::pdfIsVectorWithItsTextAndMetadata()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        QFAIL("pdftotext and pdfinfo are needed: install poppler-utils (.ci/setup-debian does)");
    QTemporaryDir folder;
    ChartExport::Settings settings;
    settings.chart = ChartMembership::dashboard;
    const QString onePage = folder.filePath(u"dashboard.pdf"_s);
    QCOMPARE(ChartExport::write(&model(), settings, onePage), std::nullopt);
    QFile file(onePage);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(!bytes.contains("/Subtype /Image")); // vector: no picture of the chart inside
    QVERIFY(bytes.contains("<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>Source: Industrial Strategy local"));

    const QString info = run(pdfinfo, {onePage});
    QVERIFY2(info.contains(u"Pages:           1\n"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Title:           Stoke-on-Trent & Staffordshire: Industrial Strategy local summary\n"_s),
             qPrintable(info));
    QVERIFY2(info.contains(u"Page size:       1440 x 810 pts"_s), qPrintable(info));
    const QString text = run(pdftotext, {u"-raw"_s, onePage, u"-"_s}).simplified();
    for (const QString &expected : {u"Stoke-on-Trent & Staffordshire"_s, u"Employment"_s, u"548,800 people"_s,
                                    u"23,500 workers"_s, u"£2.6m"_s, u"December 2018. Open Government Licence v3.0."_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));

    // One chart a page.
    const QByteArray three = ChartExport::pdf({{describe(ChartMembership::employment)},
                                               {describe(ChartMembership::apprenticeshipsAndWages)},
                                               {describe(ChartMembership::funding)}},
                                              settings);
    const QString threePages = folder.filePath(u"three.pdf"_s);
    QCOMPARE(ChartExport::saveFile(threePages, three), std::nullopt);
    QVERIFY2(run(pdfinfo, {threePages}).contains(u"Pages:           3\n"_s), qPrintable(run(pdfinfo, {threePages})));
}

void TestChartRender::dashboardHasAllThreeCharts()
{
    ChartExport::Settings settings;
    const QList<ChartDescription> charts = ChartExport::describe(&model(), ChartMembership::dashboard);
    QCOMPARE(charts.size(), 3);
    QCOMPARE(charts.at(0).name, ChartMembership::employment);
    QCOMPARE(charts.at(2).name, ChartMembership::funding);
    QString error;
    const QString text = svgText(ChartExport::svg(charts, settings), &error);
    QCOMPARE(error, QString());
    // The area once in the heading, each chart by its topic.
    QVERIFY2(text.startsWith(u"Stoke-on-Trent & Staffordshire Industrial Strategy local summary"_s), qPrintable(text));
    QCOMPARE(text.count(u"Staffordshire"_s), 2); // the heading and the source line
    for (const ChartDescription &chart : charts)
        QVERIFY2(text.contains(chart.topic), qPrintable(chart.topic + u" not in: "_s + text));
    QCOMPARE((QStringList {charts.at(0).topic, charts.at(1).topic, charts.at(2).topic}),
             (QStringList {u"Employment"_s, u"Apprenticeships and wages"_s, u"Local funding"_s}));
    // The source once, at the foot of the picture.
    QCOMPARE(text.count(u"Open Government Licence v3.0."_s), 1);
    const QImage image = ChartExport::image(charts, settings);
    QCOMPARE(image.size(), QSize(1920, 1080));
}

void TestChartRender::clipboardOffersEveryFormat()
{
    const ChartDescription chart = describe(ChartMembership::apprenticeshipsAndWages);
    ChartExport::Settings settings;
    settings.size = QSize(800, 450);
    std::unique_ptr<QMimeData> mime(ChartExport::mimeData(chart, settings));
    QVERIFY(mime->formats().contains(u"image/png"_s));
    QVERIFY(mime->formats().contains(u"image/svg+xml"_s));
    QVERIFY(mime->formats().contains(u"text/html"_s));
    QVERIFY(mime->formats().contains(u"text/plain"_s));
    QVERIFY(mime->hasImage());
    const QImage png = QImage::fromData(mime->data(u"image/png"_s), "PNG");
    QCOMPARE(png.size(), QSize(1600, 900)); // 2× the chart's size
    QVERIFY(mime->data(u"image/svg+xml"_s).startsWith("<?xml"));
    QCOMPARE(mime->html(), chart.htmlTable());
    QCOMPARE(mime->text(), chart.plainText());
    QVERIFY(mime->text().endsWith(expectedSourceLine));
}

void TestChartRender::refusedRequests_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("output"); // in a temporary folder; "missing/" names a folder that is not there
    QTest::addColumn<QString>("message");

    const QSize slide(1920, 1080);
    QTest::newRow("unknown chart") << u"pie"_s << slide << 1 << u"presentation"_s << u"out.png"_s
                                   << u"unknown chart \"pie\"; expected one of: employment, apprenticeships-and-wages, "
                                      u"funding, dashboard"_s;
    QTest::newRow("unknown theme") << u"funding"_s << slide << 1 << u"neon"_s << u"out.png"_s
                                   << u"unknown theme \"neon\"; expected one of: window, presentation, print"_s;
    QTest::newRow("zero width")
        << u"funding"_s << QSize(0, 1080) << 1 << u"print"_s << u"out.png"_s
        << u"size 0x1080: expected WIDTHxHEIGHT, each a whole number of pixels from 1 to 16384"_s;
    QTest::newRow("too tall") << u"funding"_s << QSize(100, 16385) << 1 << u"print"_s << u"out.png"_s
                              << u"size 100x16385: expected WIDTHxHEIGHT, each a whole number of pixels from 1 to "
                                 u"16384"_s;
    QTest::newRow("scale 0") << u"funding"_s << slide << 0 << u"print"_s << u"out.png"_s
                             << u"scale 0: expected a whole number from 1 to 4"_s;
    QTest::newRow("scale 5") << u"funding"_s << slide << 5 << u"print"_s << u"out.png"_s
                             << u"scale 5: expected a whole number from 1 to 4"_s;
    QTest::newRow("unknown extension") << u"funding"_s << slide << 1 << u"print"_s << u"out.gif"_s
                                       << u"%1/out.gif: unknown extension \".gif\"; expected .png, .svg or .pdf"_s;
    QTest::newRow("no extension") << u"funding"_s << slide << 1 << u"print"_s << u"out"_s
                                  << u"%1/out: unknown extension (none); expected .png, .svg or .pdf"_s;
    QTest::newRow("missing folder") << u"funding"_s << slide << 1 << u"print"_s << u"missing/out.png"_s
                                    << u"%1/missing/out.png: the folder %1/missing does not exist"_s;
    QTest::newRow("a folder") << u"funding"_s << slide << 1 << u"print"_s << u"folder.png"_s
                              << u"%1/folder.png: is a folder, not a file"_s;
    QTest::newRow("PNG too large") << u"funding"_s << QSize(16384, 16384) << 2 << u"print"_s << u"out.png"_s
                                   << u"%1/out.png: a PNG of 32768x32768 pixels is too large; at most 268435456 "
                                      u"pixels (16384x16384)"_s;
}

void TestChartRender::refusedRequests()
{
    QFETCH(QString, chart);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, theme);
    QFETCH(QString, output);
    QFETCH(QString, message);
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkdir(u"folder.png"_s));
    ChartExport::Settings settings;
    settings.chart = chart;
    settings.size = size;
    settings.scale = scale;
    settings.theme = theme;
    const QString path = folder.filePath(output);
    QCOMPARE(ChartExport::write(&model(), settings, path),
             message.contains(u"%1"_s) ? message.arg(folder.path()) : message);
    // Nothing written: the folder holds what it held.
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList {u"folder.png"_s});
}

void TestChartRender::aRefusedExportLeavesTheOldFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"chart.png"_s);
    ChartExport::Settings settings;
    settings.chart = ChartMembership::employment;
    QCOMPARE(ChartExport::write(&model(), settings, path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    settings.scale = 9;
    QVERIFY(ChartExport::write(&model(), settings, path).has_value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), good);
    // A write that cannot happen leaves nothing behind either (QSaveFile), and says why.
    const QString gone = folder.filePath(u"gone/out.png"_s);
    const QString error = ChartExport::saveFile(gone, good).value_or(QString());
    QVERIFY2(error.startsWith(gone + u": cannot write: "_s) && error.size() > gone.size() + 16, qPrintable(error));
    QVERIFY(!QFile::exists(gone));
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList {u"chart.png"_s});
}

void TestChartRender::sizeParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("expected"); // invalid: refused
    QTest::newRow("slide") << u"1920x1080"_s << QSize(1920, 1080);
    QTest::newRow("largest") << u"16384x16384"_s << QSize(16384, 16384);
    QTest::newRow("smallest") << u"1x1"_s << QSize(1, 1);
    QTest::newRow("zero") << u"0x100"_s << QSize();
    QTest::newRow("negative") << u"-5x100"_s << QSize();
    QTest::newRow("over") << u"16385x100"_s << QSize();
    QTest::newRow("words") << u"widexhigh"_s << QSize();
    QTest::newRow("one number") << u"1920"_s << QSize();
    QTest::newRow("capital X") << u"1920X1080"_s << QSize();
}

void TestChartRender::sizeParsing()
{
    QFETCH(QString, text);
    QFETCH(QSize, expected);
    QCOMPARE(ChartExport::parseSize(text).value_or(QSize()), expected);
}

void TestChartRender::init()
{
    TestOutput::watch();
}

void TestChartRender::valueLabelsInSvg_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("labels"); // "" for the theme's own
    QTest::addColumn<QString>("values"); // the funding chart's value labels, top to bottom
    QTest::addColumn<QString>("ticks");  // the value axis's labels, left to right

    QTest::newRow("presentation: short by default")
        << u"presentation"_s << QString() << u"£10m £2.8m £2.6m £2m"_s << u"£0 £2m £4m £6m £8m £10m"_s;
    QTest::newRow("presentation, exact") << u"presentation"_s << u"exact"_s
                                         << u"£10,000,000 £2,800,000 £2,600,000 £2,000,000"_s
                                         << u"£0 £5,000,000 £10,000,000"_s;
    QTest::newRow("print: exact by default")
        << u"print"_s << QString() << u"£10,000,000 £2,800,000 £2,600,000 £2,000,000"_s
        << u"£0 £2,500,000 £5,000,000 £7,500,000 £10,000,000"_s;
    QTest::newRow("print, short") << u"print"_s << u"short"_s << u"£10m £2.8m £2.6m £2m"_s
                                  << u"£0 £2m £4m £6m £8m £10m"_s;
}

void TestChartRender::valueLabelsInSvg()
{
    QFETCH(QString, theme);
    QFETCH(QString, labels);
    QFETCH(QString, values);
    QFETCH(QString, ticks);
    ChartExport::Settings settings;
    settings.chart = ChartMembership::funding;
    settings.theme = theme;
    if (!labels.isEmpty())
        settings.valueLabels = ValueLabels::styleFromName(labels);
    const QList<ChartDescription> charts = ChartExport::describe(&model(), settings.chart);
    const QString text = svgText(ChartExport::svg(charts, settings));
    // The same chart laid out as the export lays it out says which text is which.
    ChartTheme chartTheme = themeNamed(theme, QSizeF(settings.size));
    chartTheme.valueLabels = settings.valueLabels.value_or(chartTheme.valueLabels);
    LaidOut laidOut(charts.first(), chartTheme, QSizeF(settings.size));
    QStringList shown;
    for (const FactsheetChart::PlacedText &placed : laidOut.chart->placedTexts()) {
        if (placed.role == u"value")
            shown << placed.text;
    }
    QCOMPARE(shown.join(u' '), values);
    QCOMPARE(laidOut.chart->tickLabels().join(u' '), ticks);
    // Every tick but the first, at the axis start, which Qt Charts 6.4 leaves out of exports.
    for (const QString &expected : shown + laidOut.chart->tickLabels().mid(1))
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    // Never both forms of one figure.
    if (values.contains(u"£2.6m"_s))
        QVERIFY2(!text.contains(u"£2,600,000"_s), qPrintable(text));
    else
        QVERIFY2(!text.contains(u"£2.6m"_s), qPrintable(text));
}

void TestChartRender::logAxisLabelsDecadesAndShowsEveryBar()
{
    const ChartDescription chart = linesOfVeryDifferentSize();
    ChartExport::Settings settings;
    settings.chart = ChartMembership::funding;
    settings.axis = ValueAxisScale::Log;
    ChartTheme theme = ChartTheme::presentation(QSizeF(settings.size));
    theme.valueAxis = ValueAxisScale::Log;
    LaidOut laidOut(chart, theme, QSizeF(settings.size));
    // The axis starts a decade below the smallest bar (£500k: at £100k), one tick a decade.
    QCOMPARE(laidOut.chart->tickLabels(), (QStringList {u"£100k"_s, u"£1m"_s, u"£10m"_s, u"£100m"_s, u"£1bn"_s}));
    // Equal ratios, equal lengths: £1.2bn is as much longer than £6.5m as log10(1.2e9 / 6.5e6) decades.
    const qreal decade = laidOut.chart->barRect(0).width() / std::log10(1.2e9 / 1e5);
    QCOMPARE(qRound(laidOut.chart->barRect(3).width()), qRound(decade * std::log10(5.0)));
    QCOMPARE(qRound(laidOut.chart->barRect(1).width()), qRound(decade * std::log10(65.0)));
    // Every bar at least visibly long: the smallest more than a quarter of a decade.
    for (int bar = 0; bar < laidOut.chart->barCount(); ++bar)
        QVERIFY2(laidOut.chart->barRect(bar).width() > decade / 4, qPrintable(QString::number(bar)));
    // The value labels keep their figures.
    QStringList values;
    for (const FactsheetChart::PlacedText &placed : laidOut.chart->placedTexts()) {
        if (placed.role == u"value")
            values << placed.text;
    }
    QCOMPARE(values, (QStringList {u"£1.2bn"_s, u"£6.5m"_s, u"£750k"_s, u"£500k"_s}));
    // The axis says it is logarithmic; the subtitle no longer suggests it.
    QCOMPARE(placedText(*laidOut.chart, u"axisTitle"_s), u"Pounds (£), logarithmic scale"_s);
    QCOMPARE(subtitleOf(*laidOut.chart), u"Four lines"_s);

    // Exported: the decades are text in the SVG, in the label style chosen.
    const QString shortText = svgText(ChartExport::svg({chart}, settings));
    for (const QString &expected : {u"£1m"_s, u"£10m"_s, u"£100m"_s, u"£1bn"_s, u"Pounds (£), logarithmic scale"_s})
        QVERIFY2(shortText.contains(expected), qPrintable(expected + u" not in: "_s + shortText));
    settings.valueLabels = ValueLabels::Style::Exact;
    const QString exactText = svgText(ChartExport::svg({chart}, settings));
    for (const QString &expected :
         {u"£1,000,000"_s, u"£10,000,000"_s, u"£100,000,000"_s, u"£1,000,000,000"_s, u"£1,200,000,000"_s})
        QVERIFY2(exactText.contains(expected), qPrintable(expected + u" not in: "_s + exactText));
    QVERIFY2(!exactText.contains(u"£1bn"_s), qPrintable(exactText));
}

void TestChartRender::subtitleSuggestsTheLogAxis()
{
    const QSizeF size(1920, 1080);
    // £1.2bn over £500k is 2,400 times: on a linear axis the small lines are no bars at all.
    LaidOut linear(linesOfVeryDifferentSize(), ChartTheme::presentation(size), size);
    QCOMPARE(subtitleOf(*linear.chart),
             u"Four lines\nThe largest bar is more than 100 times the smallest: a logarithmic axis shows every bar."_s);
    // The embedded funding chart's lines are within 5 times of each other: nothing to say.
    LaidOut funding(describe(ChartMembership::funding), ChartTheme::presentation(size), size);
    QCOMPARE(subtitleOf(*funding.chart), describe(ChartMembership::funding).subtitle);
    // Exactly 100 times is not more than 100 times.
    ChartDescription hundred = linesOfVeryDifferentSize();
    hundred.bars = {hundred.bars.at(1), hundred.bars.at(1)};
    hundred.bars[1].value = 65e3;
    hundred.bars[1].valueText = u"£65,000"_s;
    LaidOut atHundred(hundred, ChartTheme::presentation(size), size);
    QCOMPARE(subtitleOf(*atHundred.chart), u"Four lines"_s);
    hundred.bars[1].value = 64e3;
    hundred.bars[1].valueText = u"£64,000"_s;
    atHundred.chart->setDescription(hundred);
    atHundred.chart->layOutNow();
    QVERIFY(subtitleOf(*atHundred.chart).endsWith(u"a logarithmic axis shows every bar."_s));
}

void TestChartRender::sourceChunkText_data()
{
    QTest::addColumn<QString>("sourceLine");
    QTest::addColumn<QString>("chunk");
    QTest::newRow("the embedded factsheet's") << expectedSourceLine << expectedSourceChunk;
    QTest::newRow("no Source: prefix") << u"Industrial Strategy local summary."_s
                                       << u"Industrial Strategy local summary."_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestChartRender::sourceChunkText()
{
    QFETCH(QString, sourceLine);
    QFETCH(QString, chunk);
    QCOMPARE(ChartExport::sourceChunkText(sourceLine), chunk);
}

QTEST_MAIN(TestChartRender)
#include "tst_chartrender.moc"
