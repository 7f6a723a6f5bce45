#pragma once

#include <QList>
#include <QString>

#include <vector>

class QAbstractItemModel;
struct Factsheet;

// Where each figure comes from in the text of its summary: the sentence it quotes and the figure
// as printed within it, by position, both ways. For LEP staff who must know where a number came
// from: selecting an entity finds its sentence, clicking a sentence finds what came from it.
class Provenance final
{
public:
    struct Span
    {
        qsizetype start = -1; // of the sentence in text(); -1 where the text does not hold it
        qsizetype length = 0;
        qsizetype quoteStart = -1; // of the figure as printed, within the sentence; -1 if none
        qsizetype quoteLength = 0;
        bool isValid() const { return start >= 0; }
    };

    // The text the factsheet was read from: a summary's text file, or the source text a JSON
    // factsheet names (the embedded one's is a resource). Empty when there is none to read.
    static QString sourceTextOf(const Factsheet &factsheet);

    // Finds every row's sentence (SourceSentenceRole) and quote (SourceQuoteRole) in text.
    void build(const QAbstractItemModel *model, const QString &text);

    const QString &text() const { return m_text; }
    Span spanOf(int row) const;
    // The rows whose sentence stands at position of the text, in row order; empty if none.
    QList<int> rowsAt(qsizetype position) const;

private:
    QString m_text;
    std::vector<Span> m_spans; // by model row
};
