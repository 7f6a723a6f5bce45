#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "charts/presentationview.h"

class ChartArea;
class ChartWidget;
class QAbstractItemModel;
class QAction;
class QWidget;

// Getting charts out: export (a chart or the dashboard, through the export dialog), copy, print,
// and the presentation view. The window puts the actions in its menus; the charts' own context
// menus ask the chart area, which this listens to. Every remembered choice goes through
// ExportDialog's store (StoredSettings).
class ChartActions final : public QObject
{
    Q_OBJECT

public:
    // model: the source model; tableRows: the table's proxy (the funding chart as the table shows it).
    ChartActions(ChartArea *charts, QAbstractItemModel *model, QAbstractItemModel *tableRows, QWidget *window);

    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportDashboardAction() const { return m_exportDashboard; }
    QAction *printAction() const { return m_print; }
    QAction *copyAction() const { return m_copy; }
    QAction *presentAction() const { return m_present; }

    void copyChart(ChartWidget *chart);
    void exportChart(const QString &chartName);
    void printChart(const QString &chartName);
    // Shows the chart alone in the presentation view (created if need be); returns the view.
    PresentationView *presentChart(const QString &chartName);
    PresentationView *presentationView() const { return m_presentation; }

signals:
    // For the status bar: "Copied the chart …", "Exported to …".
    void message(const QString &text);

private:
    ChartArea *m_charts;
    QAbstractItemModel *m_model;
    QAbstractItemModel *m_tableRows;
    QWidget *m_window;
    QPointer<PresentationView> m_presentation;
    QAction *m_exportChart;
    QAction *m_exportDashboard;
    QAction *m_print;
    QAction *m_copy;
    QAction *m_present;
};
