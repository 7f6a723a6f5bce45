// The export dialog's choices and what it remembers for next time, and printing, which goes
// through the same renderer as the exports (checked on a PDF printer).
#include "chartexport.h"
#include "chartmembership.h"
#include "chartprinting.h"
#include "embeddedfactsheet.h"
#include "exportdialog.h"
#include "factsheetmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QComboBox *combo(ExportDialog &dialog, int index)
{
    return dialog.findChildren<QComboBox *>().value(index);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheSettingsItIsGiven();
    void presetsFillTheSize();
    void scaleAndBackgroundAreForPngOnly();
    void dashboardPdfCanTakeOneChartAPage();
    void remembersTheLastExport();
    void ignoresForeignOrDamagedSettings();
    void printsEveryPageInThePrintTheme();
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Factsheet Explorer Tests"_s);
}

void TestExportDialog::init()
{
    QSettings().clear();
}

void TestExportDialog::showsTheSettingsItIsGiven()
{
    ChartExport::Settings settings;
    settings.chart = ChartMembership::funding;
    settings.size = QSize(1280, 720);
    settings.scale = 3;
    settings.theme = u"print"_s;
    settings.palette = ChartPalette::OkabeIto;
    settings.transparent = true;
    settings.showsSelection = true;
    ExportDialog dialog(settings, ChartExport::Format::Png, QSize(500, 430));
    const ChartExport::Settings shown = dialog.settings();
    QCOMPARE(shown.chart, settings.chart);
    QCOMPARE(shown.size, settings.size);
    QCOMPARE(shown.scale, 3);
    QCOMPARE(shown.theme, u"print"_s);
    QCOMPARE(shown.palette, ChartPalette::OkabeIto);
    QVERIFY(shown.transparent);
    QVERIFY(shown.showsSelection);
    QCOMPARE(dialog.format(), ChartExport::Format::Png);
    // Slide 1280 × 720 is the preset shown; the on-screen size is offered too.
    QComboBox *presets = combo(dialog, 2);
    QCOMPARE(presets->currentText(), u"Slide, 1280 × 720"_s);
    QStringList offered;
    for (int i = 0; i < presets->count(); ++i)
        offered << presets->itemText(i);
    QCOMPARE(offered,
             (QStringList {u"Slide, 1920 × 1080"_s, u"Slide, 1280 × 720"_s, u"A4 landscape at 300 dpi, 3508 × 2480"_s,
                           u"On-screen size, 500 × 430"_s, u"Custom"_s}));
    QStringList charts;
    for (int i = 0; i < combo(dialog, 0)->count(); ++i)
        charts << combo(dialog, 0)->itemData(i).toString();
    QCOMPARE(charts, ChartExport::chartNames());
}

void TestExportDialog::presetsFillTheSize()
{
    ExportDialog dialog(ChartExport::Settings(), ChartExport::Format::Pdf, QSize());
    QComboBox *presets = combo(dialog, 2);
    const QList<QSpinBox *> sides = dialog.findChildren<QSpinBox *>();
    QCOMPARE(sides.size(), 2);
    presets->setCurrentIndex(2); // A4 landscape at 300 dpi
    QCOMPARE(dialog.settings().size, QSize(3508, 2480));
    QVERIFY(!sides.at(0)->isEnabled());
    presets->setCurrentIndex(presets->count() - 1); // custom
    QVERIFY(sides.at(0)->isEnabled());
    sides.at(0)->setValue(1000);
    sides.at(1)->setValue(600);
    QCOMPARE(dialog.settings().size, QSize(1000, 600));
    QCOMPARE(sides.at(0)->maximum(), 16384);
}

void TestExportDialog::scaleAndBackgroundAreForPngOnly()
{
    ChartExport::Settings settings;
    settings.transparent = true;
    ExportDialog dialog(settings, ChartExport::Format::Svg, QSize());
    QComboBox *scale = combo(dialog, 3);
    QComboBox *background = combo(dialog, 4);
    QVERIFY(!scale->isEnabled());
    QVERIFY(!background->isEnabled());
    QVERIFY(!dialog.settings().transparent); // an SVG or PDF is never see-through
    combo(dialog, 1)->setCurrentIndex(0);    // PNG
    QCOMPARE(dialog.format(), ChartExport::Format::Png);
    QVERIFY(scale->isEnabled());
    QVERIFY(dialog.settings().transparent);
}

void TestExportDialog::dashboardPdfCanTakeOneChartAPage()
{
    ChartExport::Settings settings;
    settings.chart = ChartMembership::dashboard;
    settings.onePerPage = true;
    ExportDialog dialog(settings, ChartExport::Format::Pdf, QSize());
    QCheckBox *onePerPage = dialog.findChildren<QCheckBox *>().value(1);
    QVERIFY(onePerPage->isEnabled());
    QVERIFY(dialog.settings().onePerPage);
    combo(dialog, 0)->setCurrentIndex(0); // one chart: no pages to choose
    QVERIFY(!onePerPage->isEnabled());
    QVERIFY(!dialog.settings().onePerPage);

    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        QFAIL("pdfinfo is needed: install poppler-utils (.ci/setup-debian does)");
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(embeddedFactsheet());
    QTemporaryDir folder;
    const QString three = folder.filePath(u"three.pdf"_s);
    const QString one = folder.filePath(u"one.pdf"_s);
    QCOMPARE(ChartExport::write(&model, settings, three), std::nullopt);
    settings.onePerPage = false;
    QCOMPARE(ChartExport::write(&model, settings, one), std::nullopt);
    QVERIFY(run(pdfinfo, {three}).contains(u"Pages:           3\n"_s));
    QVERIFY(run(pdfinfo, {one}).contains(u"Pages:           1\n"_s));
}

void TestExportDialog::remembersTheLastExport()
{
    // The defaults, before anything was exported.
    QCOMPARE(ExportDialog::rememberedSettings().size, QSize(1920, 1080));
    QCOMPARE(ExportDialog::rememberedSettings().theme, u"presentation"_s);
    QCOMPARE(ExportDialog::rememberedFormat(), ChartExport::Format::Png);

    ChartExport::Settings settings;
    settings.chart = ChartMembership::employment;
    settings.size = QSize(800, 600);
    settings.scale = 2;
    settings.theme = u"window"_s;
    settings.palette = ChartPalette::OkabeIto;
    settings.transparent = true;
    ExportDialog::remember(settings, ChartExport::Format::Svg, u"/tmp/slides"_s);
    const ChartExport::Settings back = ExportDialog::rememberedSettings();
    QCOMPARE(back.chart, settings.chart);
    QCOMPARE(back.size, settings.size);
    QCOMPARE(back.scale, 2);
    QCOMPARE(back.theme, u"window"_s);
    QCOMPARE(back.palette, ChartPalette::OkabeIto);
    QVERIFY(back.transparent);
    QVERIFY(!back.showsSelection);
    QCOMPARE(ExportDialog::rememberedFormat(), ChartExport::Format::Svg);
    QCOMPARE(ExportDialog::rememberedFolder(), u"/tmp/slides"_s);
}

void TestExportDialog::ignoresForeignOrDamagedSettings()
{
    QSettings store;
    store.setValue(u"export/theme"_s, u"neon"_s);
    store.setValue(u"export/size"_s, u"enormous"_s);
    store.setValue(u"export/scale"_s, 99);
    store.setValue(u"export/format"_s, u"gif"_s);
    const ChartExport::Settings settings = ExportDialog::rememberedSettings();
    QCOMPARE(settings.theme, u"presentation"_s);
    QCOMPARE(settings.size, QSize(1920, 1080));
    QCOMPARE(settings.scale, 1);
    QCOMPARE(ExportDialog::rememberedFormat(), ChartExport::Format::Png);
}

void TestExportDialog::printsEveryPageInThePrintTheme()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        QFAIL("pdftotext and pdfinfo are needed: install poppler-utils (.ci/setup-debian does)");
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(embeddedFactsheet());
    QTemporaryDir folder;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setOutputFileName(folder.filePath(u"printed.pdf"_s));
    ChartPrinting::print(&printer,
                         {ChartExport::describe(&model, ChartMembership::funding),
                          ChartExport::describe(&model, ChartMembership::dashboard)},
                         ChartPalette::Default);
    const QString info = run(pdfinfo, {printer.outputFileName()});
    QVERIFY2(info.contains(u"Pages:           2\n"_s), qPrintable(info));
    QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
    const QString text = run(pdftotext, {u"-raw"_s, printer.outputFileName(), u"-"_s}).simplified();
    for (const QString &expected : {u"Local funding in Stoke-on-Trent & Staffordshire"_s, u"£10,000,000"_s,
                                    u"8,680 apprenticeship starts"_s, u"Open Government Licence v3.0."_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
