#pragma once

#include "normalisation.h"

#include <QWidget>

class FundingLinesProxyModel;
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QItemSelectionModel;
class QLineEdit;
class QTableView;
class QTimer;
class SelectionMirror;

// The sortable, filterable investments table with its filter bar. It shows the app's one selection
// through its proxy (a FundingLinesProxyModel over the selection's model) and writes clicks and
// arrow keys back to it. It reads the model through roles and AreaFacts only.
class InvestmentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InvestmentsPanel(QItemSelectionModel *selection, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *categoryBox() const { return m_categoryBox; }
    // How amounts are shown: absolute pounds, or set against the area (normalisationChosen()).
    QComboBox *normalisationBox() const { return m_normalisationBox; }
    FundingLinesProxyModel *proxy() const { return m_proxy; }

    // "No funding lines match", over the table while the filter lets none through.
    QLabel *noMatchLabel() const { return m_noMatch; }

    // "4 of 5 funding lines · local total £17,400,000", for the status bar.
    QString summaryText() const;

    // Applies the typed filter now instead of after the typing pause.
    void applyFilterNow();

    // The selected rows as the table shows them, for a spreadsheet: tab-separated text and an HTML
    // table (with raw numbers in number cells) on the clipboard. Ctrl+C in the table.
    void copySelectedRows();

signals:
    void summaryChanged(const QString &summary);
    // The user chose how amounts are shown: whoever holds the model applies it (the model's
    // AreaFacts then say it, and this box follows them).
    void normalisationChosen(Normalisation normalisation);
    // From the table's context menu; the window does them.
    void copyWithCitationRequested();
    void exportTableRequested();

private:
    void refillCategories();
    void showWhetherAnythingMatches();
    void showNormalisationInForce();

    QAbstractItemModel *m_model;
    FundingLinesProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filterEdit;
    QComboBox *m_categoryBox;
    QComboBox *m_normalisationBox;
    QTimer *m_filterDelay;
    QLabel *m_noMatch;
    SelectionMirror *m_mirror = nullptr;
    bool m_fitColumnsWhenSettled = false;
};
