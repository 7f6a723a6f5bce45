#include "mainwindow.h"

#include "actions/chartactions.h"
#include "actions/fileactions.h"
#include "actions/helpactions.h"
#include "actions/tableactions.h"
#include "areaheader.h"
#include "charts/chartarea.h"
#include "charts/chartview.h"
#include "charts/chartwidget.h"
#include "colourscheme.h"
#include "comparisonpane.h"
#include "detailpane.h"
#include "documentrows.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "firstpaintwatcher.h"
#include "fundinglinesproxymodel.h"
#include "investmentspanel.h"
#include "mnemonics.h"
#include "notespanel.h"
#include "openingprogress.h"
#include "provenancepane.h"
#include "readers/loadresult.h"
#include "selectionsummary.h"
#include "shownname.h"
#include "storedsettings.h"
#include "windowfit.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
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
    auto *areaHeader = new AreaHeader(m_selection, this);
    areaHeader->setObjectName(QStringLiteral("areaHeader"));
    m_investments = new InvestmentsPanel(m_selection, this);
    m_investments->setObjectName(QStringLiteral("investmentsPanel"));
    connect(m_investments, &InvestmentsPanel::normalisationChosen, m_model, &FactsheetModel::setNormalisation);

    // Created between the table and the details, so their place in the focus chain is the charts'.
    m_charts = new ChartArea(m_selection, m_investments->table()->selectionModel(), this);
    connect(m_charts, &ChartArea::chartsPainted, this, &MainWindow::chartsPainted);

    m_detailPane = new DetailPane(this);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_detailPane->setSelectionModel(m_selection);

    // Councillors compare what they selected: a dock, hidden until asked for (View > Comparison).
    auto *comparison = new ComparisonPane(m_selection, this);
    comparison->setObjectName(QStringLiteral("comparisonPane"));
    m_comparisonDock = addHiddenDock(comparison, tr("Comparison"), tr("Comparison"), QStringLiteral("comparisonDock"),
                                     Qt::BottomDockWidgetArea);

    // Where every figure comes from: the summary's text, its sentences linked to the selection.
    m_provenanceDock = addHiddenDock(new ProvenancePane(m_selection, this), tr("Source Text"), tr("Source text"),
                                     QStringLiteral("provenanceDock"), Qt::RightDockWidgetArea);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->addWidget(m_investments);
    m_leftSplitter->addWidget(m_charts);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(detailsAndNotes(m_detailPane, new NotesPanel(m_model, this), this));
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    for (QSplitter *splitter : {m_leftSplitter, m_mainSplitter})
        splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(areaHeader);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    auto *summaryLabel = new QLabel(this);
    summaryLabel->setObjectName(QStringLiteral("tableSummary"));
    auto *selectionLabel = new QLabel(this);
    selectionLabel->setObjectName(QStringLiteral("selectionSummary"));
    m_openingProgress = new OpeningProgress(m_document, this);
    statusBar()->addWidget(summaryLabel, 1);
    statusBar()->addWidget(selectionLabel);
    connect(m_selection, &QItemSelectionModel::selectionChanged, selectionLabel,
            [this, selectionLabel] { selectionLabel->setText(SelectionSummary::describe(m_selection)); });
    connect(m_model, &QAbstractItemModel::modelReset, selectionLabel, &QLabel::clear);
    statusBar()->addPermanentWidget(m_openingProgress);
    statusBar()->addPermanentWidget(new NotesCount(m_model, this));
    summaryLabel->setText(m_investments->summaryText());
    connect(m_investments, &InvestmentsPanel::summaryChanged, summaryLabel, &QLabel::setText);

    // The workflows, each in an object of its own; the window puts their actions in menus.
    m_chartActions = new ChartActions(m_charts, m_model, m_investments->proxy(), this);
    m_tableActions = new TableActions(m_selection, m_investments->proxy(), this);
    m_fileActions = new FileActions(m_document, this);
    connect(m_chartActions, &ChartActions::message, this, &MainWindow::showMessage);
    connect(m_tableActions, &TableActions::message, this, &MainWindow::showMessage);
    connect(m_fileActions, &FileActions::message, this, &MainWindow::showMessage);
    connect(m_investments, &InvestmentsPanel::copyWithCitationRequested, m_tableActions,
            &TableActions::copyWithCitation);
    connect(m_investments, &InvestmentsPanel::exportTableRequested, m_tableActions, &TableActions::exportTable);

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
}

MainWindow::~MainWindow() = default;

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 5000);
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
    file->addAction(m_fileActions->openAction());
    file->addAction(m_fileActions->openEmbeddedAction());
    m_cancelOpening = file->addAction(tr("&Cancel Opening"), this, &MainWindow::cancelOpening);
    m_cancelOpening->setObjectName(QStringLiteral("cancelOpeningAction"));
    m_cancelOpening->setEnabled(false);
    connect(m_document, &FactsheetDocument::loadingChanged, m_cancelOpening, &QAction::setEnabled);
    file->addAction(m_fileActions->saveAsAction());
    file->addSeparator();
    file->addAction(m_chartActions->exportChartAction());
    file->addAction(m_chartActions->exportDashboardAction());
    file->addAction(m_tableActions->exportTableAction());
    file->addAction(m_tableActions->byteOrderMarkAction());
    file->addAction(m_chartActions->printAction());
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
            m_tableActions->copyWithCitation();
        else
            m_chartActions->copyAction()->trigger();
    });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addAction(m_tableActions->copyWithCitationAction());

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
        = view->addAction(tr("&Charts"), this, [this] { m_charts->currentChart()->setFocus(Qt::ShortcutFocusReason); });
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *comparison = view->addAction(tr("Co&mparison"), this, &MainWindow::showComparison);
    comparison->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *provenance = view->addAction(tr("Source &Text"), this, &MainWindow::showProvenance);
    provenance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addSeparator();
    view->addAction(m_chartActions->presentAction());
    createColourMenu(view);

    // Every figure and the case study, from the keyboard as well as from the charts.
    m_goMenu = menuBar()->addMenu(tr("&Go"));

    (new HelpActions(m_model, this))->addTo(menuBar()->addMenu(tr("&Help")));
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
            StoredSettings(QStringLiteral("appearance"))
                .settings()
                .setValue(QStringLiteral("colourScheme"), ColourScheme::name(scheme));
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
    for (const QModelIndex &index : DocumentRows::afterFundingLines(m_model)) {
        const bool caseStudy = index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::CaseStudyKind;
        if (caseStudy)
            m_goMenu->addSeparator();
        // The factsheet's words, with any "&" shown as itself rather than taken as a mnemonic.
        QAction *action = m_goMenu->addAction(
            caseStudy ? tr("Case Study: %1").arg(escapedMnemonics(index.data(Qt::DisplayRole).toString()))
                      : escapedMnemonics(index.data(FactsheetModel::LabelRole).toString()));
        const QPersistentModelIndex row(index);
        connect(action, &QAction::triggered, this, [this, row] {
            if (row.isValid())
                m_selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        });
        if (caseStudy)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    }
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
        if (!m_charts->chartsBuilt()) {
            connect(
                this, &MainWindow::chartsPainted, this, [this, path] { emit openedFileShown(path); },
                Qt::SingleShotConnection);
            return;
        }
        QWidget *viewport = m_charts->fundingChart()->chartView()->viewport();
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

void MainWindow::updateTitle()
{
    // The area and where it comes from; the desktop adds the program's name (the application's
    // display name). A file on disk is also the window's file path, for desktops that show or
    // offer it; the embedded factsheet is no file of the user's.
    const QString path = m_document->path();
    const bool embedded = path.isEmpty() || path.startsWith(QLatin1Char(':'));
    setWindowFilePath(embedded ? QString() : QFileInfo(path).absoluteFilePath());
    const QString source = embedded ? tr("embedded factsheet") : ShownName::of(QFileInfo(path).fileName());
    const QString area = m_model->facts().areaName;
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
    splitter(QStringLiteral("chartSplitter"), m_charts, {520, 580});
    splitter(QStringLiteral("figureSplitter"), m_charts->figureSplitter(), {});
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
    StoredSettings stored(QStringLiteral("mainWindow"));
    QSettings &settings = stored.settings();
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("chartSplitter"), m_charts->saveState());
    settings.setValue(QStringLiteral("figureSplitter"), m_charts->figureSplitter()->saveState());
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
