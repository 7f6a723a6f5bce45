#pragma once

#include "provenance.h"

#include <QPointer>
#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QTextBrowser;

// The text of the summary the factsheet was read from, with the sentence of every selected entity
// highlighted and the figure as printed marked in it; a click on a sentence (or Enter at the text
// cursor) selects everything that came from it, and says so when nothing did. A view of the one
// selection, like the others.
class ProvenancePane final : public QWidget
{
    Q_OBJECT

public:
    // selection: the app's one selection, on the source model; read through roles and AreaFacts.
    explicit ProvenancePane(QItemSelectionModel *selection, QWidget *parent = nullptr);

    const Provenance &provenance() const { return m_provenance; }
    QTextBrowser *textView() const { return m_text; }
    QLabel *statusLabel() const { return m_status; }
    // Selects what came from the sentence at this position of the text; false if nothing did.
    bool selectAt(qsizetype position);
    // The highlighted ranges, for tests and screen readers: sentences, then figures.
    QList<QPair<qsizetype, qsizetype>> highlightedSentences() const;
    QList<QPair<qsizetype, qsizetype>> highlightedFigures() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showSelection();

    QPointer<QItemSelectionModel> m_selection;
    Provenance m_provenance;
    QTextBrowser *m_text;
    QLabel *m_status;
    QList<QPair<qsizetype, qsizetype>> m_sentences;
    QList<QPair<qsizetype, qsizetype>> m_figures;
};
