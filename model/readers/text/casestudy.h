#pragma once

#include "readingstate.h"

#include <QStringList>

// The case study: "Case study: Stafford College Science & Technology Centre (STC)" and the
// paragraphs after it. Its investments are funding lines (the first is the case study's), and the
// month or year it opened and its qualification levels come from the first sentence giving them.
// The reader reads one case study; a second is noted.
namespace SummaryReading {

class CaseStudyReader
{
    Q_DECLARE_TR_FUNCTIONS(LocalSummaryText)

public:
    explicit CaseStudyReader(ReadingState &state);

    // The current paragraph, a case study's heading.
    void readHeading();
    // The current paragraph, part of the case study.
    void readParagraph();
    // One sentence of the current paragraph, part of the case study.
    void readSentence(const SummaryText::Span &sentence);
    // Its text, its paragraphs apart as printed; a note when a heading had no text after it.
    void finish();

private:
    static QString fundAfter(const QString &text);

    ReadingState &m_state;
    QStringList m_text;
    qsizetype m_length = 0;
    qsizetype m_headingLine = 0;
};

} // namespace SummaryReading
