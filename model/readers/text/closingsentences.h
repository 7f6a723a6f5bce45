#pragma once

#include "readingstate.h"

// The summary's closing sentences: "For more examples go to ...", "... Local Enterprise Partnership
// is now working with the government to develop its Local Industrial Strategy." and "We have
// committed more than £45bn to ...", national money, never in the local total.
namespace SummaryReading {

class ClosingSentences
{
    Q_DECLARE_TR_FUNCTIONS(LocalSummaryText)

public:
    explicit ClosingSentences(ReadingState &state);

    // One of the closing sentences, read; false if it is none.
    bool read(const SummaryText::Span &sentence, const QString &folded);

private:
    void readNationalSentence(const SummaryText::Span &sentence, const QString &folded);

    ReadingState &m_state;
    qsizetype m_partnershipLine = 0;
    QHash<QString, qsizetype> m_nationalSeen; // each national sentence read, and its line
};

} // namespace SummaryReading
