#pragma once

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class QEvent;
class QItemSelectionModel;
class QModelIndex;
class QTextBrowser;

// Everything the factsheet says about the current entity of the app's one selection: a funding
// line, a figure or the case study, with the sentence it comes from. Read-only and selectable, so
// people can copy a figure; it only reads the model by role and never changes the selection.
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    // The selection on the FactsheetModel (the source model); its current index is what is shown.
    void setSelectionModel(QItemSelectionModel *selection);
    QItemSelectionModel *selectionModel() const;

    // The plain text shown, for tests and accessibility.
    QString text() const;

    // Narrow as a splitter may make it, a line still holds a few words and the pane a few lines.
    QSize minimumSizeHint() const override;
    static constexpr int minimumCharacters = 28;
    static constexpr int minimumLines = 8;

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectModel();
    void disconnectAll(QList<QMetaObject::Connection> &connections);
    void retranslate();
    void showCurrent();
    QString htmlFor(const QModelIndex &index) const;
    QString styleSheet() const;

    QTextBrowser *m_browser;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_selectionConnections;
    QList<QMetaObject::Connection> m_modelConnections;
};
