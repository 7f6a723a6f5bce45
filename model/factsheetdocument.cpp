#include "factsheetdocument.h"

#include "factsheetmodel.h"

#include <QtConcurrent/QtConcurrentRun>

FactsheetDocument::FactsheetDocument(FactsheetModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FactsheetDocument::finishBackgroundLoad);
}

FactsheetDocument::~FactsheetDocument()
{
    // The worker only reads its file; wait so it never outlives what it reports to.
    m_watcher.waitForFinished();
}

std::optional<LoadError> FactsheetDocument::open(const QString &path)
{
    FactsheetLoadResult result = FactsheetReader::readFile(path);
    if (!result.ok())
        return result.error();
    m_model->setFactsheet(result.takeFactsheet());
    m_path = path;
    emit loaded(path);
    return std::nullopt;
}

void FactsheetDocument::openInBackground(const QString &path)
{
    m_pendingPath = path;
    const bool wasLoading = isLoading();
    m_watcher.setFuture(QtConcurrent::run([path] { return FactsheetReader::readFile(path); }));
    if (!wasLoading)
        emit loadingChanged(true);
}

void FactsheetDocument::finishBackgroundLoad()
{
    // A superseded load also finishes: only the latest one's result counts.
    if (m_watcher.isRunning())
        return;
    FactsheetLoadResult result = m_watcher.result();
    emit loadingChanged(false);
    if (!result.ok()) {
        emit loadFailed(result.error());
        return;
    }
    m_model->setFactsheet(result.takeFactsheet());
    m_path = m_pendingPath;
    emit loaded(m_path);
}
