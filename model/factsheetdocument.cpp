#include "factsheetdocument.h"

#include "factsheetmodel.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

FactsheetDocument::FactsheetDocument(FactsheetModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FactsheetDocument::finishBackgroundLoad);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &FactsheetDocument::loadProgress);
}

FactsheetDocument::~FactsheetDocument()
{
    // The worker only reads its file; stop it, and wait so it never outlives what it reports to.
    // (Only while it runs: a future whose result was taken cannot be waited for.)
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
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
    const bool wasLoading = isLoading();
    // The earlier read is no longer wanted: it stops at its next check, and its end is not reported.
    m_watcher.cancel();
    m_pendingPath = path;
    m_reading = true;
    m_watcher.setFuture(QtConcurrent::run([path](QPromise<Opened> &promise) {
        promise.setProgressRange(0, progressMaximum);
        const ReadProgress progress([&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(std::lround(fraction * progressMaximum)));
            return !promise.isCanceled();
        });
        FactsheetLoadResult result = FactsheetReader::readFile(path, FactsheetReader::maxFileSize, progress);
        if (!result.ok()) {
            promise.addResult(Opened {result.error(), {}});
            return;
        }
        // Prepared here too, so that the UI thread only swaps the factsheet in.
        Opened opened {std::nullopt, PreparedFactsheet::of(result.takeFactsheet())};
        // Read to the end: say so (Qt passes on only some of the values before, to spare the UI
        // thread, but always the maximum).
        promise.setProgressValue(progressMaximum);
        promise.addResult(std::move(opened));
    }));
    if (!wasLoading)
        emit loadingChanged(true);
}

void FactsheetDocument::cancelLoading()
{
    if (isLoading())
        m_watcher.cancel();
}

void FactsheetDocument::finishBackgroundLoad()
{
    // A cancelled future has no result (QPromise drops it), and that of a superseded one is not
    // wanted: only the latest, uncancelled read counts.
    if (m_watcher.isRunning() || !m_reading)
        return;
    // Once per read: the watcher may report the end of a future whose result was taken again.
    m_reading = false;
    emit loadingChanged(false);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        emit loadCancelled(m_pendingPath);
        return;
    }
    // Moved out, not copied: a million lines are not held twice, even for a moment. (A read that
    // stopped for a cancel has no result here: the cancelled promise dropped it.)
    Opened opened = m_watcher.future().takeResult();
    if (opened.error) {
        emit loadFailed(*opened.error);
        return;
    }
    m_model->setFactsheet(std::move(opened.prepared));
    m_path = m_pendingPath;
    emit loaded(m_path);
}
