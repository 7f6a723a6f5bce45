#include "mainwindow.h"

#include "aboutdialog.h"
#include "areaheader.h"
#include "chartexport.h"
#include "chartmembership.h"
#include "chartprinting.h"
#include "charts/chartplaceholder.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "charts/presentationview.h"
#include "colourscheme.h"
#include "comparisonpane.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "firstpaintwatcher.h"
#include "fundinglinesproxymodel.h"
#include "investmentspanel.h"
#include "mnemonics.h"
#include "notespanel.h"
#include "openingprogress.h"
#include "outputfile.h"
#include "provenancepane.h"
#include "readers/factsheetreader.h"
#include "readers/factsheetwriter.h"
#include "selectionsummary.h"
#include "shortcutsdialog.h"
#include "shownname.h"
#include "storedsettings.h"
#include "tableexport.h"
#include "userguidedialog.h"
#include "windowfit.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
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

#include <array>
#include <utility>

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
    // Before anything reads a setting: only the first reader of a damaged file is told so.
    StoredSettings::discardIfUnreadable();
    m_areaHeader = new AreaHeader(m_selection, this);
    m_investments = new InvestmentsPanel(m_selection, this);

    // Created between the table and the details, so their place in the focus chain is the charts'.
    m_employmentPlaceholder = new ChartPlaceholder(QStringLiteral("employmentChartPlaceholder"), this);
    m_skillsPlaceholder = new ChartPlaceholder(QStringLiteral("skillsChartPlaceholder"), this);
    m_fundingPlaceholder = new ChartPlaceholder(QStringLiteral("fundingChartPlaceholder"), this);

    m_detailPane = new DetailPane(this);
    m_detailPane->setSelectionModel(m_selection);

    // Councillors compare what they selected: a dock, hidden until asked for (View > Comparison).
    m_comparison = new ComparisonPane(m_selection, this);
    m_comparisonDock = addHiddenDock(m_comparison, tr("Comparison"), tr("Comparison"), QStringLiteral("comparisonDock"),
                                     Qt::BottomDockWidgetArea);

    // Where every figure comes from: the summary's text, its sentences linked to the selection.
    m_provenance = new ProvenancePane(m_selection, this);
    m_provenanceDock = addHiddenDock(m_provenance, tr("Source Text"), tr("Source text"),
                                     QStringLiteral("provenanceDock"), Qt::RightDockWidgetArea);

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
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionSummary"));
    m_openingProgress = new OpeningProgress(m_document, this);
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addWidget(m_selectionLabel);
    connect(m_selection, &QItemSelectionModel::selectionChanged, m_selectionLabel,
            [this] { m_selectionLabel->setText(SelectionSummary::describe(m_selection)); });
    connect(m_model, &QAbstractItemModel::modelReset, m_selectionLabel, [this] { m_selectionLabel->clear(); });
    statusBar()->addPermanentWidget(m_openingProgress);
    m_notesCount = new NotesCount(m_model, this);
    statusBar()->addPermanentWidget(m_notesCount);
    m_summaryLabel->setText(m_investments->summaryText());
    connect(m_investments, &InvestmentsPanel::summaryChanged, m_summaryLabel, &QLabel::setText);
    connect(m_investments, &InvestmentsPanel::copyWithCitationRequested, this, &MainWindow::copyWithCitation);
    connect(m_investments, &InvestmentsPanel::exportTableRequested, this, &MainWindow::exportTable);

    createMenus();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTitle();
        rebuildGoMenu();
    });
    connect(m_document, &FactsheetDocument::loadFailed, this, &MainWindow::showLoadError);
    // The document knows its new path only once the model has the new factsheet.
    connect(m_document, &FactsheetDocument::loaded, this, &MainWindow::updateTitle);
    connect(m_document, &FactsheetDocument::loaded, this, &MainWindow::announceWhenShown);
    connect(m_document, &FactsheetDocument::loadCancelled, this, &MainWindow::reportCancelled);
    connect(m_openingProgress, &OpeningProgress::cancelRequested, this, &MainWindow::cancelOpening);
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
    FirstPaintWatcher::afterNextPaint(this, this, [this] {
        // Charts are for a window on screen: one closed before they came (quitting at once) gets
        // them after it is shown and painted again.
        if (isVisible())
            ensureCharts();
        else
            buildChartsAfterNextFrame();
    });
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
        prepareChart(chart);
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
    // for a provisional plot area, replaced a moment later. A window not shown yet is laid out
    // when it is, at the size it is shown at (laid out now, its charts would keep this size).
    if (isVisible())
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    // The three charts paint in the same frame; chartsPainted waits until that frame is done.
    FirstPaintWatcher::afterNextPaint(m_fundingChart->chartView()->viewport(), this, [this] { emit chartsPainted(); });
}

void MainWindow::prepareChart(ChartWidget *chart) const
{
    // The funding chart shows the table's lines as the table shows them: filtered, sorted,
    // normalised. It reads the table's proxy, and takes part in the one selection through the
    // table's mirror of it.
    if (chart->chartName() == ChartMembership::funding) {
        chart->setFundingOrder(ChartDescriptions::FundingOrder::ModelOrder);
        chart->setSelectionModel(m_investments->table()->selectionModel());
    } else {
        chart->setSelectionModel(m_selection);
    }
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
        = ChartExport::write(m_model, settings, path, selectedBarsFor(settings.chart), m_investments->proxy())) {
        QMessageBox::warning(this, tr("Cannot Export Chart"), *error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(ShownName::of(QDir::toNativeSeparators(path))), 5000);
}

void MainWindow::printChart(const QString &chartName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(ExportDialog::chartTitle(chartName));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartPrinting::print(&printer, {ChartExport::describe(m_model, chartName, m_investments->proxy())},
                         ExportDialog::rememberedSettings().palette);
}

PresentationView *MainWindow::presentationView() const
{
    return m_presentation;
}

PresentationView *MainWindow::presentChart(const QString &chartName)
{
    if (!m_presentation) {
        m_presentation = new PresentationView([this](ChartWidget *chart) { prepareChart(chart); },
                                              ChartMembership::chartNames(), this);
        m_presentation->showFullScreen();
    }
    m_presentation->showChart(chartName);
    m_presentation->raise();
    m_presentation->activateWindow();
    return m_presentation;
}

void MainWindow::copyWithCitation()
{
    QStringList lines;
    for (const QModelIndex &index : m_selection->selectedRows())
        lines << TableExport::withCitation(index);
    if (lines.isEmpty() && m_selection->currentIndex().isValid())
        lines << TableExport::withCitation(m_selection->currentIndex().siblingAtColumn(0));
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied with its citation."), 5000);
}

std::optional<QString> MainWindow::writeTable(const QString &path, bool byteOrderMark) const
{
    if (std::optional<QString> problem = OutputFile::check(path))
        return problem;
    return OutputFile::save(path, TableExport::csv(m_investments->proxy(), byteOrderMark));
}

void MainWindow::exportTable()
{
    const QString suggested = QDir(ExportDialog::rememberedFolder()).filePath(QStringLiteral("funding-lines.csv"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const bool byteOrderMark = QSettings().value(QStringLiteral("export/csvByteOrderMark"), false).toBool();
    if (const std::optional<QString> error = writeTable(path, byteOrderMark)) {
        QMessageBox::warning(this, tr("Cannot Export Table"), *error);
        return;
    }
    statusBar()->showMessage(tr("Exported the table to %1.").arg(ShownName::of(QDir::toNativeSeparators(path))), 5000);
}

QDockWidget *MainWindow::addHiddenDock(QWidget *pane, const QString &title, const QString &accessibleName,
                                       const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setAccessibleName(accessibleName);
    dock->setWidget(pane);
    addDockWidget(area, dock);
    dock->hide();
    return dock;
}

void MainWindow::showDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    dock->widget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showProvenance()
{
    showDock(m_provenanceDock);
}

void MainWindow::showComparison()
{
    showDock(m_comparisonDock);
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
    QAction *openEmbedded = file->addAction(tr("Open the &Embedded Factsheet"), this,
                                            [this] { m_document->openInBackground(FactsheetReader::embeddedPath()); });
    openEmbedded->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_cancelOpening = file->addAction(tr("&Cancel Opening"), this, &MainWindow::cancelOpening);
    m_cancelOpening->setObjectName(QStringLiteral("cancelOpeningAction"));
    m_cancelOpening->setEnabled(false);
    connect(m_document, &FactsheetDocument::loadingChanged, m_cancelOpening, &QAction::setEnabled);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveFileAs);
    saveAs->setShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)); // QKeySequence::SaveAs is empty on some platforms
    file->addSeparator();
    QAction *exportChart
        = file->addAction(tr("E&xport Chart…"), this, [this] { this->exportChart(currentChart()->chartName()); });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportDashboard
        = file->addAction(tr("Export &Dashboard…"), this, [this] { this->exportChart(ChartMembership::dashboard); });
    exportDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *exportTable = file->addAction(tr("Export &Table as CSV…"), this, &MainWindow::exportTable);
    exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *byteOrderMark = file->addAction(tr("CSV with a Byte-Order &Mark (for Excel)"));
    byteOrderMark->setObjectName(QStringLiteral("csvByteOrderMark"));
    byteOrderMark->setCheckable(true);
    byteOrderMark->setChecked(QSettings().value(QStringLiteral("export/csvByteOrderMark"), false).toBool());
    connect(byteOrderMark, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/csvByteOrderMark"), on); });
    QAction *print = file->addAction(tr("&Print Chart…"), this, [this] { printChart(currentChart()->chartName()); });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // QKeySequence::Quit is empty where the platform names none (offscreen, some desktops).
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // One key, by where the user is: in the table or the details it copies the figures with their
    // citation, anywhere else the chart last used.
    QAction *copy = edit->addAction(tr("&Copy Chart"), this, [this] {
        QWidget *focus = QApplication::focusWidget();
        QWidget *table = m_investments->table();
        const bool quoting = focus
            && (focus == table || table->isAncestorOf(focus) || focus == m_detailPane
                || m_detailPane->isAncestorOf(focus));
        if (quoting)
            copyWithCitation();
        else
            copyChart(currentChart());
    });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addAction(tr("Copy with C&itation"), this, &MainWindow::copyWithCitation);

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
    QAction *chart
        = view->addAction(tr("&Charts"), this, [this] { currentChart()->setFocus(Qt::ShortcutFocusReason); });
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *comparison = view->addAction(tr("Co&mparison"), this, &MainWindow::showComparison);
    comparison->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *provenance = view->addAction(tr("Source &Text"), this, &MainWindow::showProvenance);
    provenance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addSeparator();
    QAction *present
        = view->addAction(tr("&Present Chart"), this, [this] { presentChart(currentChart()->chartName()); });
    present->setShortcut(QKeySequence(Qt::Key_F11));
    createColourMenu(view);

    // Every figure and the case study, from the keyboard as well as from the charts.
    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(tr("&Source and Licence"), this, &MainWindow::showSourceAndLicence);
    help->addAction(tr("&About Factsheet Explorer"), this, &MainWindow::showAbout);
}

void MainWindow::createColourMenu(QMenu *view)
{
    QMenu *colours = view->addMenu(tr("C&olours"));
    auto *group = new QActionGroup(this);
    using Choice = std::pair<ColourScheme::Scheme, QString>;
    const std::array<Choice, 3> schemes {{
        {ColourScheme::Scheme::Desktop, tr("Follow the &Desktop")},
        {ColourScheme::Scheme::Light, tr("&Light")},
        {ColourScheme::Scheme::Dark, tr("D&ark")},
    }};
    StoredSettings stored(QStringLiteral("appearance"));
    const ColourScheme::Scheme chosen
        = ColourScheme::fromName(
              stored.text(QStringLiteral("colourScheme"), tr("a colour scheme"), ColourScheme::names())
                  .value_or(QString()))
              .value_or(ColourScheme::Scheme::Desktop);
    for (const auto &[scheme, text] : schemes) {
        QAction *action = colours->addAction(text);
        action->setCheckable(true);
        action->setChecked(scheme == chosen);
        action->setData(ColourScheme::name(scheme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [scheme = scheme] {
            ColourScheme::apply(scheme);
            QSettings().setValue(QStringLiteral("appearance/colourScheme"), ColourScheme::name(scheme));
        });
    }
    m_colourSchemes = group;
}

ColourScheme::Scheme MainWindow::colourScheme() const
{
    const QAction *checked = m_colourSchemes->checkedAction();
    return ColourScheme::fromName(checked ? checked->data().toString() : QString())
        .value_or(ColourScheme::Scheme::Desktop);
}

void MainWindow::rebuildGoMenu()
{
    m_goMenu->clear();
    for (int row = m_model->fundingLineCount(); row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool caseStudy = index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::CaseStudyKind;
        if (caseStudy)
            m_goMenu->addSeparator();
        // The factsheet's words, with any "&" shown as itself rather than taken as a mnemonic.
        QAction *action = m_goMenu->addAction(
            caseStudy ? tr("Case Study: %1").arg(escapedMnemonics(index.data(Qt::DisplayRole).toString()))
                      : escapedMnemonics(index.data(FactsheetModel::LabelRole).toString()));
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
    if (const std::optional<QString> error = OutputFile::save(path, FactsheetWriter::toJson(m_model->factsheet()))) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save Factsheet"),
                                    tr("The factsheet was not saved."), QMessageBox::Ok, this);
        box->setInformativeText(*error);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1.").arg(ShownName::of(QDir::toNativeSeparators(path))), 5000);
    return true;
}

void MainWindow::openAfterFirstFrame(const QString &path)
{
    m_openingAfterFirstFrame = path;
    m_openingProgress->showOpening(path);
    m_cancelOpening->setEnabled(true);
    FirstPaintWatcher::afterNextPaint(this, this, [this] {
        if (!m_openingAfterFirstFrame.isEmpty())
            m_document->openInBackground(std::exchange(m_openingAfterFirstFrame, QString()));
    });
}

void MainWindow::cancelOpening()
{
    if (m_openingAfterFirstFrame.isEmpty()) {
        m_document->cancelLoading();
        return;
    }
    m_openingProgress->hide();
    m_cancelOpening->setEnabled(false);
    reportCancelled(std::exchange(m_openingAfterFirstFrame, QString()));
}

void MainWindow::reportCancelled(const QString &path)
{
    statusBar()->showMessage(
        tr("Opening %1 cancelled; the factsheet shown is unchanged.").arg(ShownName::of(QFileInfo(path).fileName())),
        5000);
}

void MainWindow::announceWhenShown(const QString &path)
{
    // The table's rows may still be planned on a worker (a large factsheet); then the charts show
    // them in their next frame, or in their first if they are not built yet.
    const auto whenPainted = [this, path] {
        if (!m_fundingChart) {
            connect(
                this, &MainWindow::chartsPainted, this, [this, path] { emit openedFileShown(path); },
                Qt::SingleShotConnection);
            return;
        }
        QWidget *viewport = m_fundingChart->chartView()->viewport();
        FirstPaintWatcher::afterNextPaint(viewport, this, [this, path] { emit openedFileShown(path); });
        viewport->update();
    };
    FundingLinesProxyModel *rows = m_investments->proxy();
    if (rows->isBusy())
        connect(rows, &FundingLinesProxyModel::rowsSettled, this, whenPainted, Qt::SingleShotConnection);
    else
        whenPainted();
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

void MainWindow::showKeyboardShortcuts()
{
    // Built now from the actions as they are (the Go menu follows the factsheet).
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_model->factsheet().sourceInfo, QApplication::applicationVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUserGuide()
{
    // One guide, raised again if it is open already.
    auto *guide = findChild<UserGuideDialog *>();
    if (!guide) {
        guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::updateTitle()
{
    // The area and where it comes from; the desktop adds the program's name (the application's
    // display name). A file on disk is also the window's file path, for desktops that show or
    // offer it; the embedded factsheet is no file of the user's.
    const QString path = m_document->path();
    const bool embedded = path.isEmpty() || path.startsWith(QLatin1Char(':'));
    setWindowFilePath(embedded ? QString() : QFileInfo(path).absoluteFilePath());
    const QString source = embedded ? tr("embedded factsheet") : ShownName::of(QFileInfo(path).fileName());
    const QString area = m_model->factsheet().area.name;
    setWindowTitle(area.isEmpty() ? source : tr("%1 — %2").arg(area, source));
}

void MainWindow::restoreLayout()
{
    // The settings may be damaged or written by something else: each value is taken only as this
    // program saves it, and one that is not is ignored with a warning (StoredSettings).
    StoredSettings::discardIfUnreadable();
    StoredSettings stored(QStringLiteral("mainWindow"));
    const auto restore = [&stored](const QString &key, const QString &what, const auto &apply) {
        const std::optional<QByteArray> bytes = stored.bytes(key, what);
        if (!bytes)
            return false;
        if (apply(*bytes))
            return true;
        stored.ignore(key, what);
        return false;
    };
    const QString splitterLayout = tr("a splitter layout");
    // Within the screen it lands on, whatever screen the settings were saved on.
    if (restore(QStringLiteral("geometry"), tr("a window geometry"),
                [this](const QByteArray &bytes) { return restoreGeometry(bytes); }))
        WindowFit::clampToScreen(this);
    else
        WindowFit::placeFirstWindow(this);
    restore(QStringLiteral("state"), tr("a window state"),
            [this](const QByteArray &bytes) { return restoreState(bytes); });
    // First run: a short table (the factsheet has few lines), charts tall enough to read, and a
    // details pane wide enough for the case study.
    const auto splitter = [&](const QString &key, QSplitter *splitter, const QList<int> &sizes) {
        if (!restore(key, splitterLayout, [splitter](const QByteArray &bytes) { return splitter->restoreState(bytes); })
            && !sizes.isEmpty())
            splitter->setSizes(sizes);
    };
    splitter(QStringLiteral("mainSplitter"), m_mainSplitter, {1100, 400});
    splitter(QStringLiteral("leftSplitter"), m_leftSplitter, {250, 550});
    splitter(QStringLiteral("chartSplitter"), m_chartSplitter, {520, 580});
    splitter(QStringLiteral("figureSplitter"), m_figureSplitter, {});
    restoreSession(stored);
}

void MainWindow::restoreSession(StoredSettings &stored)
{
    // The table's column widths and sort, as the user left them.
    QHeaderView *header = m_investments->table()->horizontalHeader();
    if (const std::optional<QByteArray> columns = stored.bytes(QStringLiteral("table"), tr("a table layout"))) {
        if (!header->restoreState(*columns))
            stored.ignore(QStringLiteral("table"), tr("a table layout"));
    }
    // The last selection, by entity id: in another factsheet it may not exist, and nothing is selected.
    if (const std::optional<QString> entity = stored.text(QStringLiteral("selection"), tr("an entity id")))
        selectEntity(*entity);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("chartSplitter"), m_chartSplitter->saveState());
    settings.setValue(QStringLiteral("figureSplitter"), m_figureSplitter->saveState());
    settings.setValue(QStringLiteral("table"), m_investments->table()->horizontalHeader()->saveState());
    const QString entity = m_selection->currentIndex().data(FactsheetModel::EntityIdRole).toString();
    if (entity.isEmpty())
        settings.remove(QStringLiteral("selection"));
    else
        settings.setValue(QStringLiteral("selection"), entity);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersLayout)
        saveLayout();
    event->accept();
}
