#pragma once

#include "readingstate.h"

// The highlights: "£2.6m to Cobra Biologics to develop ...". Every amount of every sentence is a
// funding line quoting its sentence, titled by its recipient, the name it mentions or its first
// words; a highlight without any "£" is one line whose amount is not stated. An amount not read
// exactly (text/amounts.h) is in a note saying why; a highlight repeated word for word is read once.
namespace SummaryReading {

class Highlights
{
    Q_DECLARE_TR_FUNCTIONS(LocalSummaryText)

public:
    explicit Highlights(ReadingState &state);

    // The current paragraph, a highlight.
    void readHighlight();
    // One sentence of the current paragraph, whose amounts are highlights.
    void readHighlightSentence(const SummaryText::Span &sentence);

private:
    FundingLine highlightLine(const QString &sentence, QString body);
    static QString titleFromPurpose(const QString &purpose, const QList<QStringView> &words);
    static QString withoutShare(const QString &text, qsizetype from, qsizetype to,
                                const QList<SummaryText::Amount> &found);

    ReadingState &m_state;
    const QString m_highlightsCategory = tr("Highlights");
    QHash<QString, qsizetype> m_seen; // each highlight read, and its line: a repeat is noted
};

} // namespace SummaryReading
