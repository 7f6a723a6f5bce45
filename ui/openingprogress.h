#pragma once

#include <QWidget>

class FactsheetDocument;
class QLabel;
class QProgressBar;
class QPushButton;

// What the status bar shows while a file opens in the background: the file's name, how far the
// read has come, and a button that asks to stop it (the factsheet on screen stays). It follows the
// document's reads, and can be shown for one about to start (showOpening()). Hidden otherwise.
class OpeningProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit OpeningProgress(FactsheetDocument *document, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Shows the opening of `path`, at 0 %.
    void showOpening(const QString &path);

signals:
    void cancelRequested();

private:
    FactsheetDocument *m_document;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
