#include "actions/tableactions.h"

#include "exportdialog.h"
#include "outputfile.h"
#include "shownname.h"
#include "storedsettings.h"
#include "tableexport.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMessageBox>

namespace {
const QString exportGroup = QStringLiteral("export");
const QString byteOrderMarkKey = QStringLiteral("csvByteOrderMark");
} // namespace

TableActions::TableActions(QItemSelectionModel *selection, QAbstractItemModel *tableRows, QWidget *window)
    : QObject(window), m_selection(selection), m_tableRows(tableRows), m_window(window)
{
    setObjectName(QStringLiteral("tableActions"));
    m_copyWithCitation = new QAction(tr("Copy with C&itation"), this);
    connect(m_copyWithCitation, &QAction::triggered, this, &TableActions::copyWithCitation);
    m_exportTable = new QAction(tr("Export &Table as CSV…"), this);
    m_exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_exportTable, &QAction::triggered, this, &TableActions::exportTable);
    m_byteOrderMark = new QAction(tr("CSV with a Byte-Order &Mark (for Excel)"), this);
    m_byteOrderMark->setObjectName(QStringLiteral("csvByteOrderMark"));
    m_byteOrderMark->setCheckable(true);
    m_byteOrderMark->setChecked(
        StoredSettings(exportGroup).flag(byteOrderMarkKey, tr("a choice of byte-order mark")).value_or(false));
    connect(m_byteOrderMark, &QAction::toggled, this,
            [](bool on) { StoredSettings(exportGroup).settings().setValue(byteOrderMarkKey, on); });
}

void TableActions::copyWithCitation()
{
    QStringList lines;
    for (const QModelIndex &index : m_selection->selectedRows())
        lines << TableExport::withCitation(index);
    if (lines.isEmpty() && m_selection->currentIndex().isValid())
        lines << TableExport::withCitation(m_selection->currentIndex().siblingAtColumn(0));
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    emit message(tr("Copied with its citation."));
}

std::optional<QString> TableActions::writeTable(const QString &path, bool byteOrderMark) const
{
    if (std::optional<QString> problem = OutputFile::check(path))
        return problem;
    return OutputFile::save(path, TableExport::csv(m_tableRows, byteOrderMark));
}

void TableActions::exportTable()
{
    const QString suggested = QDir(ExportDialog::rememberedFolder()).filePath(QStringLiteral("funding-lines.csv"));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export Table as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const std::optional<QString> error = writeTable(path, m_byteOrderMark->isChecked())) {
        QMessageBox::warning(m_window, tr("Cannot Export Table"), *error);
        return;
    }
    emit message(tr("Exported the table to %1.").arg(ShownName::of(QDir::toNativeSeparators(path))));
}
