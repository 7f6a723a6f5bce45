#include "actions/chartactions.h"

#include "chartexport.h"
#include "chartmembership.h"
#include "chartprinting.h"
#include "charts/chartarea.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "charts/presentationview.h"
#include "exportdialog.h"
#include "shownname.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

ChartActions::ChartActions(ChartArea *charts, QAbstractItemModel *model, QAbstractItemModel *tableRows, QWidget *window)
    : QObject(window), m_charts(charts), m_model(model), m_tableRows(tableRows), m_window(window)
{
    setObjectName(QStringLiteral("chartActions"));
    m_exportChart = new QAction(tr("E&xport Chart…"), this);
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportChart, &QAction::triggered, this, [this] { exportChart(m_charts->currentChart()->chartName()); });
    m_exportDashboard = new QAction(tr("Export &Dashboard…"), this);
    m_exportDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportDashboard, &QAction::triggered, this, [this] { exportChart(ChartMembership::dashboard); });
    m_print = new QAction(tr("&Print Chart…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, [this] { printChart(m_charts->currentChart()->chartName()); });
    m_copy = new QAction(tr("&Copy Chart"), this);
    connect(m_copy, &QAction::triggered, this, [this] { copyChart(m_charts->currentChart()); });
    m_present = new QAction(tr("&Present Chart"), this);
    m_present->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_present, &QAction::triggered, this, [this] { presentChart(m_charts->currentChart()->chartName()); });

    connect(m_charts, &ChartArea::copyRequested, this, &ChartActions::copyChart);
    connect(m_charts, &ChartArea::exportRequested, this, &ChartActions::exportChart);
    connect(m_charts, &ChartArea::printRequested, this, &ChartActions::printChart);
    connect(m_charts, &ChartArea::presentRequested, this, &ChartActions::presentChart);
}

void ChartActions::copyChart(ChartWidget *chart)
{
    // Several formats at once: the receiving program takes the best it can read.
    QGuiApplication::clipboard()->setMimeData(
        ChartExport::mimeData(chart->description(), ExportDialog::rememberedSettings()));
    emit message(tr("Copied the chart “%1”.").arg(chart->description().title));
}

void ChartActions::exportChart(const QString &chartName)
{
    ChartExport::Settings settings = ExportDialog::rememberedSettings();
    settings.chart = chartName;
    QSize onScreen;
    for (ChartWidget *chart : m_charts->charts()) {
        if (chart->chartName() == chartName)
            onScreen = chart->chartView()->viewport()->size();
    }
    ExportDialog dialog(settings, ExportDialog::rememberedFormat(), onScreen, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings = dialog.settings();
    const ChartExport::Format format = dialog.format();
    const QString extension = format == ChartExport::Format::Svg ? QStringLiteral("svg")
        : format == ChartExport::Format::Pdf                     ? QStringLiteral("pdf")
                                                                 : QStringLiteral("png");
    const QString suggested
        = QDir(ExportDialog::rememberedFolder()).filePath(settings.chart + QLatin1Char('.') + extension);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Chart"), suggested,
                                                      tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    ExportDialog::remember(settings, format, QFileInfo(path).absolutePath());
    if (const std::optional<QString> error
        = ChartExport::write(m_model, settings, path, m_charts->selectedBarsFor(settings.chart), m_tableRows)) {
        QMessageBox::warning(m_window, tr("Cannot Export Chart"), *error);
        return;
    }
    emit message(tr("Exported to %1.").arg(ShownName::of(QDir::toNativeSeparators(path))));
}

void ChartActions::printChart(const QString &chartName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(ExportDialog::chartTitle(chartName));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartPrinting::print(&printer, {ChartExport::describe(m_model, chartName, m_tableRows)},
                         ExportDialog::rememberedSettings().palette);
}

PresentationView *ChartActions::presentChart(const QString &chartName)
{
    if (!m_presentation) {
        m_presentation = new PresentationView([this](ChartWidget *chart) { m_charts->prepare(chart); },
                                              ChartMembership::chartNames(), m_window);
        m_presentation->showFullScreen();
    }
    m_presentation->showChart(chartName);
    m_presentation->raise();
    m_presentation->activateWindow();
    return m_presentation;
}
