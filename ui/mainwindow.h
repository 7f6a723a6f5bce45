#pragma once

#include <QMainWindow>

class AreaHeader;
class DetailPane;
class FactsheetDocument;
class FactsheetModel;
class FigureBarChart;
class FundingBarChart;
class InvestmentsPanel;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;
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
    FigureBarChart *employmentChart() const { return m_employmentChart; }
    FigureBarChart *skillsChart() const { return m_skillsChart; }
    FundingBarChart *fundingChart() const { return m_fundingChart; }
    DetailPane *detailPane() const { return m_detailPane; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

    // Whether closing the window saves its size and splitters for next time (on by default;
    // off for diagnostic runs, which must not change what a user will see next).
    void setRemembersLayout(bool remembers) { m_remembersLayout = remembers; }

    // Selects an entity by its id ("caseStudy/stafford-college-stc"); false if there is none.
    bool selectEntity(const QString &entityId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildGoMenu();
    void openFile();
    void showLoadError(const LoadError &error);
    void showSourceAndLicence();
    void showAbout();
    void updateTitle();
    void restoreLayout();
    void saveLayout() const;

    FactsheetDocument *m_document;
    FactsheetModel *m_model;
    QItemSelectionModel *m_selection;
    AreaHeader *m_areaHeader;
    InvestmentsPanel *m_investments;
    FigureBarChart *m_employmentChart;
    FigureBarChart *m_skillsChart;
    FundingBarChart *m_fundingChart;
    DetailPane *m_detailPane;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    QSplitter *m_chartSplitter;
    QSplitter *m_figureSplitter;
    QLabel *m_summaryLabel;
    QLabel *m_loadingLabel;
    QMenu *m_goMenu = nullptr;
    bool m_remembersLayout = true;
};
