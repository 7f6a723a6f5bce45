#pragma once

#include "colourscheme.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class AreaHeader;
class ChartPlaceholder;
class ChartWidget;
class ComparisonPane;
class ProvenancePane;
class QDockWidget;
class DetailPane;
class FactsheetDocument;
class FactsheetModel;
class InvestmentsPanel;
class NotesCount;
class NotesPanel;
class PresentationView;
class QActionGroup;
class QItemSelectionModel;
class OpeningProgress;
class QLabel;
class QMenu;
class QSplitter;
class StoredSettings;
struct LoadError;

// Lays out the views and wires them to the one model and the one selection. It computes no
// figures and parses nothing: the document loads, the model holds, the views show.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(FactsheetDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The one record of what is selected, on the source model.
    QItemSelectionModel *selectionModel() const { return m_selection; }
    AreaHeader *areaHeader() const { return m_areaHeader; }
    InvestmentsPanel *investments() const { return m_investments; }
    // The chart views are built just after the window's first frame, so that frame does not wait
    // for Qt Charts; until then cheap placeholders hold their places. Asking for a chart builds
    // them at once.
    ChartWidget *employmentChart();
    ChartWidget *skillsChart();
    ChartWidget *fundingChart();
    // The three, in screen order.
    QList<ChartWidget *> charts();
    // The chart the chart actions act on: the one with focus, else the one that had it last,
    // else the funding chart.
    ChartWidget *currentChart();
    // Whether the chart views exist yet, without building them.
    bool chartsBuilt() const { return m_fundingChart != nullptr; }
    DetailPane *detailPane() const { return m_detailPane; }
    ComparisonPane *comparisonPane() const { return m_comparison; }
    QDockWidget *comparisonDock() const { return m_comparisonDock; }
    // Shows the comparison and moves the focus to it (View > Comparison, Ctrl+4).
    void showComparison();
    ProvenancePane *provenancePane() const { return m_provenance; }
    // Shows the summary's text with the selection's sentences (View > Source Text, Ctrl+5).
    void showProvenance();
    // What the text reader could not place, below the details; its count in the status bar.
    NotesPanel *notesPanel() const { return m_notesPanel; }
    NotesCount *notesCount() const { return m_notesCount; }

    // File > Save As without its dialog: the factsheet shown, notes and all, as a factsheet JSON
    // document at `path`. False, with a message box ("saveErrorBox"), when it cannot be written.
    bool saveAs(const QString &path);
    QLabel *summaryLabel() const { return m_summaryLabel; }
    // "2 selected · £12,600,000 · 72.4% of the local total"
    QLabel *selectionLabel() const { return m_selectionLabel; }

    // Whether closing the window saves its size and splitters for next time (on by default;
    // off for diagnostic runs, which must not change what a user will see next).
    void setRemembersLayout(bool remembers) { m_remembersLayout = remembers; }

    // The colours chosen in View > Colours (remembered); the application applies them at start.
    ColourScheme::Scheme colourScheme() const;

    // Selects an entity by its id ("caseStudy/stafford-college-stc"); false if there is none.
    bool selectEntity(const QString &entityId);

    // Getting charts out, for the menus and the charts' context menus.
    void copyChart(ChartWidget *chart);
    // Every selected figure with its citation, one a line, on the clipboard.
    void copyWithCitation();
    // The table as shown (filtered, sorted, normalised) to a CSV file the user names.
    void exportTable();
    // Writes the table as shown to path; the error in one line otherwise.
    std::optional<QString> writeTable(const QString &path, bool byteOrderMark) const;
    void exportChart(const QString &chartName);
    void printChart(const QString &chartName);
    // Shows the chart alone in the presentation view (created if need be); returns the view.
    PresentationView *presentChart(const QString &chartName);
    PresentationView *presentationView() const;
    // Opens `path` in the background once the window's first frame is done (that frame shows the
    // opening, at 0 %): the read does not compete with the window's start. Start-up uses it.
    void openAfterFirstFrame(const QString &path);
    // Stops the opening in progress, or the one about to start; the factsheet shown stays.
    void cancelOpening();

signals:
    // The charts have painted for the first time, and the frame they are in is done: from here
    // on the window shows everything. Emitted once.
    void chartsPainted();
    // A file opened in the background is on screen: the model has it, the table's rows follow it
    // and the charts have painted it (the frame they are in is done). Once for each file opened.
    void openedFileShown(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildChartsAfterNextFrame();
    void ensureCharts();
    void createMenus();
    void rebuildGoMenu();
    void openFile();
    void saveFileAs();
    void showLoadError(const LoadError &error);
    void announceWhenShown(const QString &path);
    void reportCancelled(const QString &path);
    void showSourceAndLicence();
    void showAbout();
    // The comparison and the source text: docks that come when asked for.
    QDockWidget *addHiddenDock(QWidget *pane, const QString &title, const QString &accessibleName,
                               const QString &objectName, Qt::DockWidgetArea area);
    static void showDock(QDockWidget *dock);
    void prepareChart(ChartWidget *chart) const;
    void showKeyboardShortcuts();
    void showUserGuide();
    void connectChart(ChartWidget *chart);
    QList<QList<int>> selectedBarsFor(const QString &chartName);
    void updateTitle();
    void restoreLayout();
    void restoreSession(StoredSettings &stored);
    void saveLayout() const;
    void createColourMenu(QMenu *view);

    FactsheetDocument *m_document;
    FactsheetModel *m_model;
    QItemSelectionModel *m_selection;
    AreaHeader *m_areaHeader;
    InvestmentsPanel *m_investments;
    ChartWidget *m_employmentChart = nullptr;
    ChartWidget *m_skillsChart = nullptr;
    ChartWidget *m_fundingChart = nullptr;
    QPointer<ChartWidget> m_lastFocusedChart;
    QPointer<PresentationView> m_presentation;
    // Where the charts go until they are built (then deleted, and null).
    ChartPlaceholder *m_employmentPlaceholder;
    ChartPlaceholder *m_skillsPlaceholder;
    ChartPlaceholder *m_fundingPlaceholder;
    DetailPane *m_detailPane;
    ComparisonPane *m_comparison;
    QDockWidget *m_comparisonDock;
    ProvenancePane *m_provenance;
    QDockWidget *m_provenanceDock;
    NotesPanel *m_notesPanel;
    NotesCount *m_notesCount;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    QSplitter *m_chartSplitter;
    QSplitter *m_figureSplitter;
    QLabel *m_summaryLabel;
    QLabel *m_selectionLabel;
    OpeningProgress *m_openingProgress;
    QAction *m_cancelOpening = nullptr;
    QString m_openingAfterFirstFrame; // the file openAfterFirstFrame() will open; empty when none
    QMenu *m_goMenu = nullptr;
    QActionGroup *m_colourSchemes = nullptr;
    bool m_remembersLayout = true;
};
