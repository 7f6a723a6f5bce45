#pragma once

#include "casestudy.h"
#include "closingsentences.h"
#include "figuresentences.h"
#include "highlights.h"
#include "readingstate.h"

// The text reader's walk through a summary's paragraphs: the area's name on the first line, then
// each paragraph by what it says (the summary's own sentences: figures, headings, closing lines)
// or, when it is none of them, by where it stands (a highlight, the case study, a note). The parts
// in the files beside this one read each kind; ReadingState keeps what they read.
namespace SummaryReading {

class SummaryReader
{
    Q_DECLARE_TR_FUNCTIONS(LocalSummaryText)

public:
    SummaryReader(QList<SummaryText::Paragraph> paragraphs, QString fileName);

    // The factsheet the paragraphs give; throws ReadFailure when they are no summary or pass a limit.
    Factsheet read();

private:
    void readTitle();
    void readParagraph(const SummaryText::Paragraph &paragraph);
    void readByPlace();
    bool readKnownSentences();
    bool readKnownSentence(const SummaryText::Span &sentence);

    QList<SummaryText::Paragraph> m_paragraphs;
    ReadingState m_state;
    FigureSentences m_figures {m_state};
    Highlights m_highlights {m_state};
    CaseStudyReader m_caseStudy {m_state};
    ClosingSentences m_closing {m_state};
};

} // namespace SummaryReading
