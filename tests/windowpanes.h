#pragma once

#include "actions/chartactions.h"
#include "actions/fileactions.h"
#include "actions/tableactions.h"
#include "areaheader.h"
#include "charts/chartarea.h"
#include "charts/chartwidget.h"
#include "comparisonpane.h"
#include "detailpane.h"
#include "investmentspanel.h"
#include "notespanel.h"
#include "provenancepane.h"

#include <QDockWidget>
#include <QLabel>
#include <QWidget>

// The main window's panes and workflows, found as a user's tools would find them: by objectName,
// not through accessors of the window. Each lookup fails the test loudly (a null pointer) when a
// pane is renamed.
class WindowPanes
{
public:
    explicit WindowPanes(QWidget &window) : m_window(window) { }

    AreaHeader *areaHeader() const { return find<AreaHeader>("areaHeader"); }
    InvestmentsPanel *investments() const { return find<InvestmentsPanel>("investmentsPanel"); }
    DetailPane *detailPane() const { return find<DetailPane>("detailPane"); }
    ComparisonPane *comparisonPane() const { return find<ComparisonPane>("comparisonPane"); }
    QDockWidget *comparisonDock() const { return find<QDockWidget>("comparisonDock"); }
    ProvenancePane *provenancePane() const { return find<ProvenancePane>("provenancePane"); }
    NotesPanel *notesPanel() const { return find<NotesPanel>("notesPanel"); }
    NotesCount *notesCount() const { return find<NotesCount>("notesCount"); }
    QLabel *summaryLabel() const { return find<QLabel>("tableSummary"); }
    QLabel *selectionLabel() const { return find<QLabel>("selectionSummary"); }

    ChartArea *chartArea() const { return find<ChartArea>("chartArea"); }
    ChartWidget *employmentChart() const { return chartArea()->employmentChart(); }
    ChartWidget *skillsChart() const { return chartArea()->skillsChart(); }
    ChartWidget *fundingChart() const { return chartArea()->fundingChart(); }
    QList<ChartWidget *> charts() const { return chartArea()->charts(); }
    ChartWidget *currentChart() const { return chartArea()->currentChart(); }
    bool chartsBuilt() const { return chartArea()->chartsBuilt(); }

    ChartActions *chartActions() const { return find<ChartActions>("chartActions"); }
    TableActions *tableActions() const { return find<TableActions>("tableActions"); }
    FileActions *fileActions() const { return find<FileActions>("fileActions"); }
    void copyChart(ChartWidget *chart) const { chartActions()->copyChart(chart); }
    PresentationView *presentChart(const QString &name) const { return chartActions()->presentChart(name); }
    PresentationView *presentationView() const { return chartActions()->presentationView(); }
    void copyWithCitation() const { tableActions()->copyWithCitation(); }
    std::optional<QString> writeTable(const QString &path, bool byteOrderMark) const
    {
        return tableActions()->writeTable(path, byteOrderMark);
    }
    bool saveAs(const QString &path) const { return fileActions()->saveAs(path); }

private:
    template<typename T> T *find(const char *name) const { return m_window.findChild<T *>(QString::fromLatin1(name)); }

    QWidget &m_window;
};

inline WindowPanes panes(QWidget &window)
{
    return WindowPanes(window);
}
