#pragma once

#include "amounts.h"
#include "factsheet.h"
#include "readers/summarytext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpressionMatch>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

// What the text reader has read so far and the paragraph it is reading, with the rules every part
// of it keeps: every "£" of a paragraph ends as a funding line's quote or in a note (finishParagraph),
// line ids are unique, the local total stays within ReaderRules::largestWhole (a figure past it is a
// note: text/amounts.h, FigureSentences), and a limit passed refuses the whole file (ReadFailure, caught at
// LocalSummaryText::loadData).
namespace SummaryReading {

// Thrown by the reader's parts, caught at its boundary: a limit passed refuses the file wherever
// the reader is.
struct ReadFailure
{
    QString place;
    QString message;
};

// Where in the summary the reader stands: what a paragraph that is none of the summary's own
// sentences is depends on it.
enum class Section { Introduction, Highlights, Figures, CaseStudy, SecondCaseStudy, Closing };

class ReadingState
{
    Q_DECLARE_TR_FUNCTIONS(LocalSummaryText)

public:
    explicit ReadingState(QString fileName);

    Factsheet &sheet() { return m_sheet; }
    const QString &fileName() const { return m_fileName; }
    Factsheet take() { return std::move(m_sheet); }

    Section section() const { return m_section; }
    void setSection(Section section) { m_section = section; }
    // Figures and closing lines end the highlights and the case study, never the other way round.
    void markSection(Section section);

    void beginParagraph(const SummaryText::Paragraph &paragraph);
    // Every "£" not accounted for yet puts its sentence in a note.
    void finishParagraph();

    // The paragraph being read: its text as printed and folded for matching, its sentences, its line.
    const QString &text() const { return m_current.paragraph->text; }
    const QString &folded() const { return m_current.folded; }
    const QList<SummaryText::Span> &sentences() const { return m_current.sentences; }
    qsizetype line() const { return m_current.paragraph->line; }
    QString sentenceText(const SummaryText::Span &sentence) const;
    QString foldedText(const SummaryText::Span &sentence) const;
    // The captured text of a match on the folded sentence, as printed.
    QString printed(const SummaryText::Span &sentence, const QRegularExpressionMatch &match, int group) const;

    // The sign of pounds at `at` of the current paragraph is a line's quote or in a note.
    void account(qsizetype at);
    // The amounts of a sentence that were not read, in notes: one per reason, each naming the
    // amounts as printed (the first few of a long list). `example` says what would have been read.
    void noteUnread(const SummaryText::Span &sentence, const QList<SummaryText::Amount> &found, const QString &example);
    // Why a figure as printed is not read, the same words for amounts and counts.
    static QString tooLarge(const QString &quotes);
    // A note of part of the current paragraph (all of it by default); its "£" are accounted for.
    void addNote(const QString &reason, std::optional<SummaryText::Span> part = std::nullopt);
    // National money is never summed with local lines; the local total must stay within what the
    // app can show exactly (ReaderRules::largestWhole).
    void addLine(FundingLine line);
    // The title's slug, numbered from "-2" when another line has it: a summary may name one
    // recipient twice. Each base remembers its next number, so a thousand repeats stay linear.
    QString uniqueId(const QString &title);

    [[noreturn]] void failAt(qsizetype line, const QString &expected, const QString &found) const;
    [[noreturn]] void refuseAsNoSummary(const QString &found) const;

private:
    // The paragraph being read: every "£" in it either becomes a funding line's quote or is in a
    // note by the time it is done (finishParagraph), so no money is ever dropped without a word.
    struct Current
    {
        const SummaryText::Paragraph *paragraph = nullptr;
        QString folded;
        QList<SummaryText::Span> sentences;
        std::vector<bool> accounted; // by position: each sign of pounds that is a quote or in a note
        qsizetype accountedCount = 0;
    };

    QString m_fileName;
    Factsheet m_sheet;
    Current m_current;
    Section m_section = Section::Introduction;
    QSet<QString> m_lineIds;
    QHash<QString, int> m_nextSuffix;
    qint64 m_localTotal = 0;
};

} // namespace SummaryReading
