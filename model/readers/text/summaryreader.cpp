#include "summaryreader.h"

#include "readers/loadresult.h"

#include <algorithm>

using SummaryText::Paragraph;
using SummaryText::Span;

namespace {

bool isHighlightsHeading(const QString &folded)
{
    constexpr Qt::CaseSensitivity anyCase = Qt::CaseInsensitive;
    return (folded.startsWith(QLatin1String("industrial strategy highlights"), anyCase) && folded.size() < 60)
        || folded.compare(QLatin1String("highlights"), anyCase) == 0
        || folded.compare(QLatin1String("highlights:"), anyCase) == 0;
}

} // namespace

namespace SummaryReading {

SummaryReader::SummaryReader(QList<Paragraph> paragraphs, QString fileName)
    : m_paragraphs(std::move(paragraphs)), m_state(std::move(fileName))
{
}

Factsheet SummaryReader::read()
{
    // Room for a line per paragraph with money in it, made once: grown by doubling, a million
    // highlights would hold the old lines and the new at once.
    qsizetype withMoney = 0;
    for (const Paragraph &paragraph : std::as_const(m_paragraphs))
        withMoney += SummaryText::hasPoundSign(paragraph.text) ? 1 : 0;
    m_state.sheet().fundingLines.reserve(size_t(withMoney));
    readTitle();
    for (qsizetype i = 1; i < m_paragraphs.size(); ++i)
        readParagraph(m_paragraphs[i]);
    m_caseStudy.finish();
    m_figures.finish();
    Factsheet &sheet = m_state.sheet();
    if (sheet.fundingLines.empty() && sheet.figures.empty())
        m_state.refuseAsNoSummary(tr("no figures"));
    std::stable_sort(sheet.notes.begin(), sheet.notes.end(),
                     [](const Note &a, const Note &b) { return a.line < b.line; });
    sheet.indexCategories();
    return m_state.take();
}

void SummaryReader::readTitle()
{
    const Paragraph &title = m_paragraphs.first();
    m_state.beginParagraph(title);
    const QString lower = m_state.folded().toLower();
    constexpr qsizetype longestTitle = 200;
    // No area's name starts with a figure, or is one of the summary's headings or figures.
    const QString start = lower.trimmed();
    if (SummaryText::startsWithPoundSign(title.text) || (!start.isEmpty() && start[0].isDigit())
        || start.startsWith(QLatin1String("industrial strategy highlights"))
        || start.startsWith(QLatin1String("case study")) || start.startsWith(QLatin1String("population"))
        || start.startsWith(QLatin1String("businesses")) || title.text.size() > longestTitle)
        m_state.refuseAsNoSummary(tr("no area's name on the first line, but %1").arg(LoadError::found(title.text)));
    Factsheet &sheet = m_state.sheet();
    sheet.area.name = title.text;
    SourceInfo &info = sheet.sourceInfo;
    info.title = tr("Industrial Strategy: local summaries - %1").arg(title.text);
    // Not in the text: the series' own.
    info.publisher = QStringLiteral("Department for Business, Energy & Industrial Strategy");
    info.published = QStringLiteral("2018-12");
    info.copyright = QStringLiteral("Crown copyright");
    info.licence = QStringLiteral("Open Government Licence v3.0");
    info.textResource = m_state.fileName();
    m_state.finishParagraph();
}

void SummaryReader::readParagraph(const Paragraph &paragraph)
{
    m_state.beginParagraph(paragraph);
    // Compared in place, whatever the case: a summary may have a million paragraphs.
    const QString &folded = m_state.folded();
    if (isHighlightsHeading(folded)) {
        m_state.setSection(Section::Highlights);
    } else if (folded.startsWith(QLatin1String("case study"), Qt::CaseInsensitive)) {
        m_caseStudy.readHeading();
    } else if (!readKnownSentences()) {
        readByPlace();
    }
    m_state.finishParagraph();
}

// A paragraph that is none of the summary's own sentences: what it is depends on where it stands.
void SummaryReader::readByPlace()
{
    const QString &text = m_state.text();
    const bool amountFirst = SummaryText::startsWithPoundSign(text);
    switch (m_state.section()) {
    case Section::CaseStudy:
        m_caseStudy.readParagraph();
        return;
    case Section::SecondCaseStudy:
        m_state.addNote(tr("part of a second case study: the reader reads one"));
        return;
    case Section::Highlights:
        m_highlights.readHighlight();
        return;
    case Section::Introduction:
        if (amountFirst) {
            m_state.setSection(Section::Highlights);
            m_highlights.readHighlight();
        } else if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })
                   || SummaryText::hasPoundSign(text)) {
            m_state.addNote(tr("a paragraph of the introduction with figures in it, which the reader could not place"));
        }
        // Else the introduction, which says the same in every summary and holds no figures.
        return;
    case Section::Figures:
    case Section::Closing:
        if (amountFirst)
            m_highlights.readHighlight();
        else
            m_state.addNote(m_state.section() == Section::Figures
                                ? tr("a paragraph among the figures that the reader could not place")
                                : tr("a paragraph among the closing lines that the reader could not place"));
        return;
    }
}

// The labour market's, the area's and the closing sentences, wherever they stand; false when the
// paragraph holds none of them. Its other sentences with figures are highlights or notes.
bool SummaryReader::readKnownSentences()
{
    QList<Span> others;
    bool any = false;
    for (const Span &sentence : m_state.sentences()) {
        const bool read = readKnownSentence(sentence);
        any = any || read;
        if (!read)
            others << sentence;
    }
    if (!any)
        return false;
    for (const Span &sentence : std::as_const(others)) {
        const QString text = m_state.sentenceText(sentence);
        if (!SummaryText::amounts(text).isEmpty() && m_state.section() == Section::CaseStudy)
            m_caseStudy.readSentence(sentence);
        else if (!SummaryText::amounts(text).isEmpty() && m_state.section() != Section::Closing)
            m_highlights.readHighlightSentence(sentence);
        else if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
            m_state.addNote(tr("a sentence with figures that the reader could not place"), sentence);
        // Else words around the figures ("This money is already starting to be spent on the ground.").
    }
    return true;
}

// One of the labour market's, the area's or the closing sentences, read; false if it is none.
bool SummaryReader::readKnownSentence(const Span &sentence)
{
    // None starts with an amount, and most sentences of a long summary are highlights that do.
    const QStringView start = QStringView(m_state.folded()).mid(sentence.start, sentence.length).trimmed();
    if (SummaryText::startsWithPoundSign(start))
        return false;
    const QString folded = start.size() == sentence.length ? start.toString() : m_state.foldedText(sentence);
    const auto has = [start](const char *words) { return start.contains(QLatin1String(words), Qt::CaseInsensitive); };
    return ((has("employment") || has("wage") || has("apprentice")) && m_figures.readLabourSentence(sentence, folded))
        || ((has("population") || has("businesses")) && m_figures.readAreaSentence(sentence, folded))
        || ((has("for more examples") || has("we have committed") || has("now working with"))
            && m_closing.read(sentence, folded));
}

} // namespace SummaryReading
