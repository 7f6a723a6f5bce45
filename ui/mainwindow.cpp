#include "mainwindow.h"

#include "areaheader.h"
#include "chartexport.h"
#include "chartmembership.h"
#include "chartprinting.h"
#include "charts/chartplaceholder.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "charts/presentationview.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "firstpaintwatcher.h"
#include "investmentspanel.h"
#include "notespanel.h"
#include "readers/factsheetloader.h"
#include "readers/factsheetwriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The details above, the notes below (hidden while there are none).
QSplitter *detailsAndNotes(QWidget *details, QWidget *notes, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    splitter->addWidget(details);
    splitter->addWidget(notes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace

MainWindow::MainWindow(FactsheetDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document), m_model(document->model()),
      m_selection(new QItemSelectionModel(m_model, this))
{
    m_areaHeader = new AreaHeader(m_selection, this);
    m_investments = new InvestmentsPanel(m_selection, this);

    // Created between the table and the details, so their place in the focus chain is the charts'.
    m_employmentPlaceholder = new ChartPlaceholder(QStringLiteral("employmentChartPlaceholder"), this);
    m_skillsPlaceholder = new ChartPlaceholder(QStringLiteral("skillsChartPlaceholder"), this);
    m_fundingPlaceholder = new ChartPlaceholder(QStringLiteral("fundingChartPlaceholder"), this);

    m_detailPane = new DetailPane(this);
    m_detailPane->setSelectionModel(m_selection);

    // The two-bar figure charts stack, so each is wide enough for its category labels.
    m_figureSplitter = new QSplitter(Qt::Vertical, this);
    m_figureSplitter->addWidget(m_employmentPlaceholder);
    m_figureSplitter->addWidget(m_skillsPlaceholder);
    m_chartSplitter = new QSplitter(Qt::Horizontal, this);
    m_chartSplitter->addWidget(m_figureSplitter);
    m_chartSplitter->addWidget(m_fundingPlaceholder);
    m_chartSplitter->setStretchFactor(0, 1);
    m_chartSplitter->setStretchFactor(1, 1);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->addWidget(m_investments);
    m_leftSplitter->addWidget(m_chartSplitter);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_notesPanel = new NotesPanel(m_model, this);
    m_mainSplitter->addWidget(detailsAndNotes(m_detailPane, m_notesPanel, this));
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    for (QSplitter *splitter : {m_figureSplitter, m_chartSplitter, m_leftSplitter, m_mainSplitter})
        splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_areaHeader);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_summaryLabel = new QLabel(this);
    m_loadingLabel = new QLabel(tr("Loading…"), this);
    m_loadingLabel->hide();
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_loadingLabel);
    m_notesCount = new NotesCount(m_model, this);
    statusBar()->addPermanentWidget(m_notesCount);
    m_summaryLabel->setText(m_investments->summaryText());
    connect(m_investments, &InvestmentsPanel::summaryChanged, m_summaryLabel, &QLabel::setText);

    createMenus();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTitle();
        rebuildGoMenu();
    });
    connect(m_document, &FactsheetDocument::loadFailed, this, &MainWindow::showLoadError);
    connect(m_document, &FactsheetDocument::loadingChanged, m_loadingLabel, &QWidget::setVisible);
    updateTitle();
    rebuildGoMenu();
    restoreLayout();
    m_investments->table()->setFocus();

    // Qt Charts costs about a third of start-up (building, laying out and painting three chart
    // views): the first frame shows the placeholders, and the charts follow once it is done.
    buildChartsAfterNextFrame();
}

MainWindow::~MainWindow() = default;

ChartWidget *MainWindow::employmentChart()
{
    ensureCharts();
    return m_employmentChart;
}

ChartWidget *MainWindow::skillsChart()
{
    ensureCharts();
    return m_skillsChart;
}

ChartWidget *MainWindow::fundingChart()
{
    ensureCharts();
    return m_fundingChart;
}

QList<ChartWidget *> MainWindow::charts()
{
    ensureCharts();
    return {m_employmentChart, m_skillsChart, m_fundingChart};
}

ChartWidget *MainWindow::currentChart()
{
    for (ChartWidget *chart : charts()) {
        if (chart->hasFocus())
            return chart;
    }
    return m_lastFocusedChart ? m_lastFocusedChart.data() : m_fundingChart;
}

void MainWindow::buildChartsAfterNextFrame()
{
    auto *frame = new FirstPaintWatcher(this);
    connect(
        frame, &FirstPaintWatcher::firstPainted, this,
        [this, frame] {
            frame->deleteLater();
            // Charts are for a window on screen: one closed before they came (quitting at once)
            // gets them after it is shown and painted again.
            if (isVisible())
                ensureCharts();
            else
                buildChartsAfterNextFrame();
        },
        Qt::QueuedConnection);
}

void MainWindow::ensureCharts()
{
    if (chartsBuilt())
        return;
    // Which figures each chart shows is the model's to say (ChartRole): the window names charts only.
    m_employmentChart = new ChartWidget(ChartMembership::employment, this);
    m_employmentChart->setAccessibleName(tr("Employment chart"));
    m_skillsChart = new ChartWidget(ChartMembership::apprenticeshipsAndWages, this);
    m_skillsChart->setAccessibleName(tr("Apprenticeships and wages chart"));
    m_fundingChart = new ChartWidget(ChartMembership::funding, this);
    m_fundingChart->setAccessibleName(tr("Funding chart"));
    for (ChartWidget *chart : {m_employmentChart, m_skillsChart, m_fundingChart}) {
        chart->setSelectionModel(m_selection);
        connectChart(chart);
    }
    // The menus' chart actions act on the chart the user was last in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget * /*old*/, QWidget *now) {
        auto *chart = qobject_cast<ChartWidget *>(now);
        if (chart && chart->window() == this)
            m_lastFocusedChart = chart;
    });

    // In the order they were added, so the splitters' children end up as they would have been.
    ChartPlaceholder::replace(m_employmentPlaceholder, m_employmentChart);
    ChartPlaceholder::replace(m_skillsPlaceholder, m_skillsChart);
    ChartPlaceholder::replace(m_fundingPlaceholder, m_fundingChart);
    m_employmentPlaceholder = m_skillsPlaceholder = m_fundingPlaceholder = nullptr;
    // Qt Charts lays a chart out in posted events, the axis labels (fitted to the plot area) a
    // round after the rest: lay the charts out now, or their first frame would show labels cut
    // for a provisional plot area, replaced a moment later.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    // The three charts paint in the same frame; chartsPainted waits until that frame is done.
    auto *painted = new FirstPaintWatcher(m_fundingChart->chartView()->viewport());
    connect(painted, &FirstPaintWatcher::firstPainted, this, &MainWindow::chartsPainted, Qt::QueuedConnection);
}

void MainWindow::connectChart(ChartWidget *chart)
{
    connect(chart, &ChartWidget::copyRequested, this, [this, chart] { copyChart(chart); });
    connect(chart, &ChartWidget::exportRequested, this, [this, chart] { exportChart(chart->chartName()); });
    connect(chart, &ChartWidget::printRequested, this, [this, chart] { printChart(chart->chartName()); });
    connect(chart, &ChartWidget::presentRequested, this, [this, chart] { presentChart(chart->chartName()); });
}

QList<QList<int>> MainWindow::selectedBarsFor(const QString &chartName)
{
    QList<QList<int>> bars;
    for (ChartWidget *chart : charts()) {
        if (chartName == ChartMembership::dashboard || chart->chartName() == chartName)
            bars << chart->selectedBars();
    }
    return bars;
}

void MainWindow::copyChart(ChartWidget *chart)
{
    // Several formats at once: the receiving program takes the best it can read.
    QGuiApplication::clipboard()->setMimeData(
        ChartExport::mimeData(chart->description(), ExportDialog::rememberedSettings()));
    statusBar()->showMessage(tr("Copied the chart “%1”.").arg(chart->description().title), 5000);
}

void MainWindow::exportChart(const QString &chartName)
{
    ChartExport::Settings settings = ExportDialog::rememberedSettings();
    settings.chart = chartName;
    QSize onScreen;
    for (ChartWidget *chart : charts()) {
        if (chart->chartName() == chartName)
            onScreen = chart->chartView()->viewport()->size();
    }
    ExportDialog dialog(settings, ExportDialog::rememberedFormat(), onScreen, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings = dialog.settings();
    const ChartExport::Format format = dialog.format();
    const QString extension = format == ChartExport::Format::Svg ? QStringLiteral("svg")
        : format == ChartExport::Format::Pdf                     ? QStringLiteral("pdf")
                                                                 : QStringLiteral("png");
    const QString suggested
        = QDir(ExportDialog::rememberedFolder()).filePath(settings.chart + QLatin1Char('.') + extension);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested,
                                                      tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    ExportDialog::remember(settings, format, QFileInfo(path).absolutePath());
    if (const std::optional<QString> error
        = ChartExport::write(m_model, settings, path, selectedBarsFor(settings.chart))) {
        QMessageBox::warning(this, tr("Cannot Export Chart"), *error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::printChart(const QString &chartName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(ExportDialog::chartTitle(chartName));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartPrinting::print(&printer, {ChartExport::describe(m_model, chartName)},
                         ExportDialog::rememberedSettings().palette);
}

PresentationView *MainWindow::presentationView() const
{
    return m_presentation;
}

PresentationView *MainWindow::presentChart(const QString &chartName)
{
    if (!m_presentation) {
        m_presentation = new PresentationView(m_selection, ChartMembership::chartNames(), this);
        m_presentation->showFullScreen();
    }
    m_presentation->showChart(chartName);
    m_presentation->raise();
    m_presentation->activateWindow();
    return m_presentation;
}

bool MainWindow::selectEntity(const QString &entityId)
{
    const QModelIndex index = m_model->indexOfEntity(entityId);
    if (!index.isValid())
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &Embedded Factsheet"), this,
                    [this] { m_document->openInBackground(FactsheetLoader::embeddedPath()); });
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveFileAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *exportChart
        = file->addAction(tr("E&xport Chart…"), this, [this] { this->exportChart(currentChart()->chartName()); });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportDashboard
        = file->addAction(tr("Export &Dashboard…"), this, [this] { this->exportChart(ChartMembership::dashboard); });
    exportDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print Chart…"), this, [this] { printChart(currentChart()->chartName()); });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Chart"), this, [this] { copyChart(currentChart()); });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *filter = view->addAction(tr("&Filter Funding Lines"), this, [this] {
        m_investments->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_investments->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence::Find);
    QAction *table = view->addAction(tr("&Investments Table"), this,
                                     [this] { m_investments->table()->setFocus(Qt::ShortcutFocusReason); });
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *details
        = view->addAction(tr("&Details"), this, [this] { m_detailPane->setFocus(Qt::ShortcutFocusReason); });
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    QAction *present
        = view->addAction(tr("&Present Chart"), this, [this] { presentChart(currentChart()->chartName()); });
    present->setShortcut(QKeySequence(Qt::Key_F11));

    // Every figure and the case study, from the keyboard as well as from the charts.
    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Source and Licence"), this, &MainWindow::showSourceAndLicence);
    help->addAction(tr("&About Factsheet Explorer"), this, &MainWindow::showAbout);
}

void MainWindow::rebuildGoMenu()
{
    m_goMenu->clear();
    for (int row = m_model->fundingLineCount(); row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool caseStudy = index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::CaseStudyKind;
        if (caseStudy)
            m_goMenu->addSeparator();
        QAction *action
            = m_goMenu->addAction(caseStudy ? tr("Case Study: %1").arg(index.data(Qt::DisplayRole).toString())
                                            : index.data(FactsheetModel::LabelRole).toString());
        const QString entityId = index.data(FactsheetModel::EntityIdRole).toString();
        connect(action, &QAction::triggered, this, [this, entityId] { selectEntity(entityId); });
        if (caseStudy)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    }
}

void MainWindow::openFile()
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Factsheet"), directory,
        tr("Factsheets (*.json *.txt *.pdf);;Factsheet JSON (*.json);;Local summary text (*.txt);;Local summary PDF "
           "(*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    m_document->openInBackground(path);
}

void MainWindow::saveFileAs()
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("lastDirectory")).toString();
    const QString area = m_model->factsheet().area.name;
    QString name = area.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = (name.isEmpty() ? QStringLiteral("factsheet") : name) + QStringLiteral(".json");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Factsheet As"), QDir(directory).filePath(name),
                                                tr("Factsheet JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    saveAs(path);
}

bool MainWindow::saveAs(const QString &path)
{
    if (const std::optional<QString> error = FactsheetWriter::save(m_model->factsheet(), path)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save Factsheet"),
                                    tr("The factsheet was not saved."), QMessageBox::Ok, this);
        box->setInformativeText(*error);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::showLoadError(const LoadError &error)
{
    // Window-modal but not blocking: the factsheet on screen stays as it was, and usable.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Factsheet"),
                                tr("The factsheet was not opened; the one shown is unchanged."), QMessageBox::Ok, this);
    box->setInformativeText(error.text());
    box->setObjectName(QStringLiteral("loadErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showSourceAndLicence()
{
    const SourceInfo &source = m_model->factsheet().sourceInfo;
    QMessageBox::about(this, tr("Source and Licence"),
                       tr("<p><b>%1</b></p><p>%2, published %3.</p><p>%4. Licensed under the %5.</p>"
                          "<p>Every figure shown quotes the sentence it comes from; select it to see the "
                          "sentence in the details pane.</p>")
                           .arg(source.title.toHtmlEscaped(), source.publisher.toHtmlEscaped(),
                                source.published.toHtmlEscaped(), source.copyright.toHtmlEscaped(),
                                source.licence.toHtmlEscaped()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Factsheet Explorer"),
                       tr("<p><b>Factsheet Explorer</b> %1</p><p>Browse the figures, funding lines and case "
                          "study of an Industrial Strategy local summary.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::updateTitle()
{
    const QString area = m_model->factsheet().area.name;
    setWindowTitle(area.isEmpty() ? tr("Factsheet Explorer") : tr("%1 — Factsheet Explorer").arg(area));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1500, 920);
    // First run: a short table (the factsheet has few lines), charts tall enough to read, and a
    // details pane wide enough for the case study.
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({1100, 400});
    if (!m_leftSplitter->restoreState(settings.value(QStringLiteral("leftSplitter")).toByteArray()))
        m_leftSplitter->setSizes({250, 550});
    if (!m_chartSplitter->restoreState(settings.value(QStringLiteral("chartSplitter")).toByteArray()))
        m_chartSplitter->setSizes({520, 580});
    m_figureSplitter->restoreState(settings.value(QStringLiteral("figureSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("chartSplitter"), m_chartSplitter->saveState());
    settings.setValue(QStringLiteral("figureSplitter"), m_figureSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersLayout)
        saveLayout();
    event->accept();
}
