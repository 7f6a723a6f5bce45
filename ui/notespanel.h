#pragma once

#include <QLabel>
#include <QWidget>

class QAbstractItemModel;
class QTextBrowser;

// What the text reader could not place (Factsheet::notes): each paragraph with its line and why,
// so that nothing of a summary is out of sight. Hidden while the factsheet has no notes; it only
// reads the model's AreaFacts, and follows it on every reset. Read-only and selectable, wrapped at words.
class NotesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    int count() const { return m_count; }
    // The plain text shown, for tests and accessibility: for each note, "Line N: why", then its text.
    QString text() const;

signals:
    void countChanged(int count);

private:
    void refresh();

    QAbstractItemModel *m_model;
    QLabel *m_heading;
    QTextBrowser *m_view;
    int m_count = -1;
};

// "3 notes" in the status bar, at a glance: empty and hidden while there are none.
class NotesCount final : public QLabel
{
    Q_OBJECT

public:
    explicit NotesCount(QAbstractItemModel *model, QWidget *parent = nullptr);

    // "1 note", "3 notes": also the panel's heading.
    static QString countText(int count);

private:
    void refresh();

    QAbstractItemModel *m_model;
};
