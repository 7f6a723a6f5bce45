#pragma once

#include <QWidget>

class FactsheetDocument;
class QLabel;
class QProgressBar;
class QPushButton;

// What the status bar shows while a file opens in the background: the file's name, how far the
// read has come, and a button that stops it (the factsheet on screen stays). Hidden otherwise.
class OpeningProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit OpeningProgress(FactsheetDocument *document, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void showOpening(bool loading);

    FactsheetDocument *m_document;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
