#pragma once

#include <QList>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QAbstractItemModel;
struct Factsheet;
struct SourceInfo;

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
    static QString sourceTextOf(const SourceInfo &source);

    Provenance();
    ~Provenance();

    // Finds the rows' sentences (SourceSentenceRole) and quotes (SourceQuoteRole) in text, each
    // when first asked for: a factsheet of a million lines opens without a look at each of them.
    void build(const QAbstractItemModel *model, const QString &text);

    const QString &text() const { return m_text; }
    Span spanOf(int row) const;
    // The rows whose sentence stands at position of the text, in row order; empty if none. Looks
    // up every row's sentence the first time.
    QList<int> rowsAt(qsizetype position) const;

private:
    class SentenceFinder;
    Span lookUp(int row) const;

    QPointer<const QAbstractItemModel> m_model;
    QString m_text;
    std::unique_ptr<const SentenceFinder> m_finder;
    mutable std::vector<Span> m_spans; // by model row, each looked up when first asked for
    mutable bool m_allLookedUp = false;
};
