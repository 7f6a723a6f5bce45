#pragma once

#include "colourscheme.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class ChartActions;
class ChartArea;
class DetailPane;
class FactsheetDocument;
class FactsheetModel;
class FileActions;
class InvestmentsPanel;
class OpeningProgress;
class QActionGroup;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;
class StoredSettings;
class TableActions;
struct LoadError;

// Lays out the views and wires them to the one model and the one selection; the workflows are
// the action objects' (ui/actions/), the charts the chart area's. It computes no figures and
// parses nothing: the document loads, the model holds, the views show. Tests find its panes by
// objectName ("investmentsPanel", "chartArea", "detailPane", "comparisonDock", ...).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(FactsheetDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The one record of what is selected, on the source model.
    QItemSelectionModel *selectionModel() const { return m_selection; }
    // Selects an entity by its id ("caseStudy/stafford-college-stc"); false if there is none.
    bool selectEntity(const QString &entityId);
    // Shows the comparison and moves the focus to it (View > Comparison, Ctrl+4).
    void showComparison();
    // Shows the summary's text with the selection's sentences (View > Source Text, Ctrl+5).
    void showProvenance();

    // Whether closing the window saves its size and splitters for next time (on by default;
    // off for diagnostic runs, which must not change what a user will see next).
    void setRemembersLayout(bool remembers) { m_remembersLayout = remembers; }
    // The colours chosen in View > Colours (remembered); the application applies them at start.
    ColourScheme::Scheme colourScheme() const;

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
    void createMenus();
    void rebuildGoMenu();
    void showMessage(const QString &text);
    void showLoadError(const LoadError &error);
    void announceWhenShown(const QString &path);
    void reportCancelled(const QString &path);
    // The comparison and the source text: docks that come when asked for.
    QDockWidget *addHiddenDock(QWidget *pane, const QString &title, const QString &accessibleName,
                               const QString &objectName, Qt::DockWidgetArea area);
    static void showDock(QDockWidget *dock);
    void updateTitle();
    void restoreLayout();
    void restoreSession(StoredSettings &stored);
    void saveLayout() const;
    void createColourMenu(QMenu *view);

    FactsheetDocument *m_document;
    FactsheetModel *m_model;
    QItemSelectionModel *m_selection;
    InvestmentsPanel *m_investments;
    ChartArea *m_charts;
    DetailPane *m_detailPane;
    QDockWidget *m_comparisonDock;
    QDockWidget *m_provenanceDock;
    ChartActions *m_chartActions;
    TableActions *m_tableActions;
    FileActions *m_fileActions;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    OpeningProgress *m_openingProgress;
    QAction *m_cancelOpening = nullptr;
    QString m_openingAfterFirstFrame; // the file openAfterFirstFrame() will open; empty when none
    QMenu *m_goMenu = nullptr;
    QActionGroup *m_colourSchemes = nullptr;
    bool m_remembersLayout = true;
};
