#include "actions/fileactions.h"

#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "readers/factsheetreader.h"
#include "readers/factsheetwriter.h"
#include "shownname.h"
#include "storedsettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>

namespace {
const QString lastDirectoryKey = QStringLiteral("lastDirectory");
} // namespace

FileActions::FileActions(FactsheetDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    setObjectName(QStringLiteral("fileActions"));
    m_open = new QAction(tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &FileActions::open);
    m_openEmbedded = new QAction(tr("Open the &Embedded Factsheet"), this);
    m_openEmbedded->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openEmbedded, &QAction::triggered, this,
            [this] { m_document->openInBackground(FactsheetReader::embeddedPath()); });
    m_saveAs = new QAction(tr("Save &As…"), this);
    // QKeySequence::SaveAs is empty on some platforms.
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveWithDialog);
}

void FileActions::open()
{
    StoredSettings stored;
    const QString directory = stored.text(lastDirectoryKey, tr("a folder")).value_or(QString());
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Factsheet"), directory,
        tr("Factsheets (*.json *.txt *.pdf);;Factsheet JSON (*.json);;Local summary text (*.txt);;Local summary PDF "
           "(*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    stored.settings().setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    m_document->openInBackground(path);
}

void FileActions::saveWithDialog()
{
    StoredSettings stored;
    const QString directory = stored.text(lastDirectoryKey, tr("a folder")).value_or(QString());
    const QString area = m_document->model()->facts().areaName;
    QString name = area.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = (name.isEmpty() ? QStringLiteral("factsheet") : name) + QStringLiteral(".json");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Factsheet As"), QDir(directory).filePath(name),
                                                tr("Factsheet JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    stored.settings().setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    saveAs(path);
}

bool FileActions::saveAs(const QString &path)
{
    if (const std::optional<QString> error = FactsheetWriter::save(m_document->model()->factsheet(), path)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save Factsheet"),
                                    tr("The factsheet was not saved."), QMessageBox::Ok, m_window);
        box->setInformativeText(*error);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    emit message(tr("Saved to %1.").arg(ShownName::of(QDir::toNativeSeparators(path))));
    return true;
}
