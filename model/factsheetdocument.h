#pragma once

#include "preparedfactsheet.h"
#include "readers/factsheetreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class FactsheetModel;

// Opens factsheet files for a FactsheetModel, through the one way in (FactsheetReader::readFile).
// Parsing runs on a worker thread (a large file must not freeze the window), reporting its progress
// and stopping when cancelled; only a whole, valid factsheet ever reaches the model, on this thread:
// a file refused, or a read cancelled, leaves the model as it was.
class FactsheetDocument final : public QObject
{
    Q_OBJECT

public:
    // Progress goes from 0 to this, in steps of a thousandth.
    static constexpr int progressMaximum = 1000;

    explicit FactsheetDocument(FactsheetModel *model, QObject *parent = nullptr);
    ~FactsheetDocument() override;

    FactsheetModel *model() const { return m_model; }
    // The file shown now; the embedded factsheet's resource path when none was opened.
    QString path() const { return m_path; }
    bool isLoading() const { return m_watcher.isRunning(); }
    // The file opened in the background last: the one being opened while isLoading().
    QString pendingPath() const { return m_pendingPath; }

    // Blocking: for start-up, where there is no window to keep alive yet.
    std::optional<LoadError> open(const QString &path);
    // Non-blocking: progress arrives as loadProgress(), the result as loaded(), loadFailed() or
    // (after cancelLoading()) loadCancelled(). A second call while one is running cancels the first.
    void openInBackground(const QString &path);
    // Stops the background read soon (it checks between chunks and lines); the model keeps what it has.
    void cancelLoading();

signals:
    void loadingChanged(bool loading);
    void loadProgress(int thousandths);
    void loaded(const QString &path);
    void loadFailed(const LoadError &error);
    void loadCancelled(const QString &path);

private:
    // What the worker hands back: the factsheet read and prepared for the model, or why it was not.
    struct Opened
    {
        std::optional<LoadError> error;
        PreparedFactsheet prepared;
    };
    void finishBackgroundLoad();

    FactsheetModel *m_model;
    QString m_path;
    QString m_pendingPath;
    bool m_reading = false; // from openInBackground() until its end is reported
    QFutureWatcher<Opened> m_watcher;
};
