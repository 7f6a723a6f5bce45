#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QWidget;

// Getting figures out of the table: the selection with its citation on the clipboard, and the
// table as shown (filtered, sorted, normalised) to a CSV file, with or without a byte-order mark
// (a remembered choice, in StoredSettings).
class TableActions final : public QObject
{
    Q_OBJECT

public:
    // selection: the one selection, on the source model; tableRows: the table's proxy, as shown.
    TableActions(QItemSelectionModel *selection, QAbstractItemModel *tableRows, QWidget *window);

    QAction *copyWithCitationAction() const { return m_copyWithCitation; }
    QAction *exportTableAction() const { return m_exportTable; }
    // Checkable: CSV files begin with a byte-order mark, for Excel. Remembered.
    QAction *byteOrderMarkAction() const { return m_byteOrderMark; }

    // Every selected figure with its citation, one a line, on the clipboard.
    void copyWithCitation();
    // The table as shown to a CSV file the user names.
    void exportTable();
    // Writes the table as shown to path; the error in one line otherwise.
    std::optional<QString> writeTable(const QString &path, bool byteOrderMark) const;

signals:
    void message(const QString &text);

private:
    QItemSelectionModel *m_selection;
    QAbstractItemModel *m_tableRows;
    QWidget *m_window;
    QAction *m_copyWithCitation;
    QAction *m_exportTable;
    QAction *m_byteOrderMark;
};
