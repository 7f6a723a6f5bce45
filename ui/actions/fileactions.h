#pragma once

#include <QObject>
#include <QString>

class FactsheetDocument;
class QAction;
class QWidget;

// Opening and saving the factsheet: File > Open (the last folder remembered, in StoredSettings),
// the embedded factsheet, and Save As (a factsheet JSON document, notes and all).
class FileActions final : public QObject
{
    Q_OBJECT

public:
    FileActions(FactsheetDocument *document, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *openEmbeddedAction() const { return m_openEmbedded; }
    QAction *saveAsAction() const { return m_saveAs; }

    // File > Save As without its dialog: the factsheet shown, notes and all, at `path`. False, with
    // a message box ("saveErrorBox"), when it cannot be written.
    bool saveAs(const QString &path);

signals:
    void message(const QString &text);

private:
    void open();
    void saveWithDialog();

    FactsheetDocument *m_document;
    QWidget *m_window;
    QAction *m_open;
    QAction *m_openEmbedded;
    QAction *m_saveAs;
};
