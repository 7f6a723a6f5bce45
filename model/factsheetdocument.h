#pragma once

#include "readers/factsheetreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class FactsheetModel;

// Opens factsheet files for a FactsheetModel, through the one way in (FactsheetReader::readFile).
// Parsing runs on a worker thread (a large file must not freeze the window); only a whole, valid
// factsheet ever reaches the model, on this thread: a file refused leaves the model as it was.
class FactsheetDocument final : public QObject
{
    Q_OBJECT

public:
    explicit FactsheetDocument(FactsheetModel *model, QObject *parent = nullptr);
    ~FactsheetDocument() override;

    FactsheetModel *model() const { return m_model; }
    // The file shown now; the embedded factsheet's resource path when none was opened.
    QString path() const { return m_path; }
    bool isLoading() const { return m_watcher.isRunning(); }

    // Blocking: for start-up, where there is no window to keep alive yet.
    std::optional<LoadError> open(const QString &path);
    // Non-blocking: the result arrives as loaded() or loadFailed(). A second call while one is
    // running supersedes it (the earlier result is dropped).
    void openInBackground(const QString &path);

signals:
    void loadingChanged(bool loading);
    void loaded(const QString &path);
    void loadFailed(const LoadError &error);

private:
    void finishBackgroundLoad();

    FactsheetModel *m_model;
    QString m_path;
    QString m_pendingPath;
    QFutureWatcher<FactsheetLoadResult> m_watcher;
};
