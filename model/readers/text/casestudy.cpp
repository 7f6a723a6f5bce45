#include "casestudy.h"

#include "readers/loadresult.h"
#include "readers/readerrules.h"
#include "summaryphrases.h"
#include "uknumbers.h"

#include <QRegularExpression>

using SummaryPhrases::nameEnd;
using SummaryPhrases::pattern;
using SummaryPhrases::span;
using SummaryPhrases::withoutFullStop;
using SummaryPhrases::wordsOf;
using SummaryText::Amount;
using SummaryText::Span;

namespace SummaryReading {

CaseStudyReader::CaseStudyReader(ReadingState &state) : m_state(state) { }

void CaseStudyReader::readHeading()
{
    const Section section = m_state.section();
    if (section == Section::CaseStudy || section == Section::SecondCaseStudy || m_state.sheet().hasCaseStudy()) {
        m_state.setSection(Section::SecondCaseStudy);
        m_state.addNote(tr("the heading of a second case study: the reader reads one"));
        return;
    }
    static const QRegularExpression heading
        = pattern(QStringLiteral(R"(^case study\s*(?:[:-]\s*)?(.*?)(?:\s*\(([A-Z][A-Za-z0-9&]*)\))?\s*$)"));
    const QRegularExpressionMatch match = heading.match(m_state.folded());
    const Span whole {0, m_state.text().size()};
    CaseStudy &study = m_state.sheet().caseStudy;
    study.title = match.hasMatch() ? m_state.printed(whole, match, 1) : QString();
    if (study.title.isEmpty())
        study.title = tr("Case study");
    study.acronym = match.hasMatch() ? m_state.printed(whole, match, 2) : QString();
    study.id = SummaryPhrases::slug(study.title);
    study.source = m_state.text();
    m_headingLine = m_state.line();
    m_state.setSection(Section::CaseStudy);
}

void CaseStudyReader::readParagraph()
{
    const QString &text = m_state.text();
    m_length += (m_text.isEmpty() ? 0 : 2) + text.size();
    if (m_length > ReaderRules::maxLongTextLength) {
        throw ReadFailure {
            tr("line %1").arg(m_state.line()),
            tr("expected %1, found %2")
                .arg(tr("a case study of at most %1 characters").arg(UkNumbers::count(ReaderRules::maxLongTextLength)),
                     tr("%1 characters by the end of this line").arg(UkNumbers::count(m_length)))};
    }
    m_text << text;
    for (const Span &sentence : m_state.sentences())
        readSentence(sentence);
}

void CaseStudyReader::finish()
{
    Factsheet &sheet = m_state.sheet();
    sheet.caseStudy.text = m_text.join(QStringLiteral("\n\n")); // paragraphs apart, as printed
    if (sheet.hasCaseStudy() && sheet.caseStudy.text.isEmpty())
        sheet.notes.append({sheet.caseStudy.source, m_headingLine, tr("a case study's heading with no text after it")});
}

// The fund an amount comes from, in the words after it: "£2m investment from the Local Growth
// Fund", "£1m of Local Growth Fund money"; empty when not named.
QString CaseStudyReader::fundAfter(const QString &text)
{
    const QList<QStringView> words = wordsOf(text);
    if (words.size() > 1 && words[0] == u"of") {
        const qsizetype end = nameEnd(words, 1);
        if (end > 1 && words[end - 1].startsWith(u"Fund"))
            return span(text, words, 1, end);
    }
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words[i] != u"from")
            continue;
        const qsizetype first = i + 1 < words.size() && words[i + 1] == u"the" ? i + 2 : i + 1;
        const qsizetype end = nameEnd(words, first);
        if (end > first)
            return span(text, words, first, end);
        return {};
    }
    return {};
}

// The case study's investments (every amount a funding line; the first is the case study's),
// the month or year it opened and its qualification levels, each from the first sentence giving it.
void CaseStudyReader::readSentence(const Span &sentence)
{
    static const QRegularExpression opened = pattern(QStringLiteral(
        R"(\bopen(?:ed|s)?\b.*?\bin (?:(January|February|March|April|May|June|July|August|September|October|)"
        R"(November|December) )?(\d{4})\b)"));
    static const QRegularExpression levels = pattern(QStringLiteral(R"(\blevels? (\d(?:, \d)*(?: and \d)?)\b)"));
    CaseStudy &study = m_state.sheet().caseStudy;
    const QString text = m_state.sentenceText(sentence);
    const QString folded = m_state.foldedText(sentence);
    const QList<Amount> found = SummaryText::amounts(text);
    m_state.noteUnread(sentence, found, tr("\"£2m\""));
    for (qsizetype k = 0; k < found.size(); ++k) {
        const Amount &amount = found[k];
        if (!amount.value)
            continue;
        const QString quote = text.mid(amount.span.start, amount.span.length);
        const qsizetype segmentEnd = k + 1 < found.size() ? found[k + 1].span.start : text.size();
        FundingLine line;
        line.title = study.title;
        line.fund
            = fundAfter(withoutFullStop(QStringView(text).mid(amount.span.end(), segmentEnd - amount.span.end())));
        line.purpose = line.fund.isEmpty() ? tr("The case study's investment")
                                           : tr("The case study's investment, from the %1").arg(line.fund);
        line.quote = quote;
        line.amount = *amount.value;
        line.amountQualifier = SummaryPhrases::qualifierBefore(text, amount.span.start);
        line.category = tr("Case study");
        line.scope = Scope::Local;
        line.source = text;
        line.id = m_state.uniqueId(line.title);
        line.caseStudyId = study.id;
        if (study.fundingLineId.isEmpty())
            study.fundingLineId = line.id;
        m_state.account(sentence.start + amount.sign);
        m_state.addLine(std::move(line));
    }
    if (const QRegularExpressionMatch match = opened.match(folded); match.hasMatch() && !study.opened.isValid()) {
        const int year = match.captured(2).toInt();
        if (match.hasCaptured(1)) {
            const QDate month = UkNumbers::locale().toDate(match.captured(1) + QStringLiteral(" ") + match.captured(2),
                                                           QStringLiteral("MMMM yyyy"));
            study.opened = month;
        } else if (year > 0) {
            study.opened = QDate(year, 1, 1);
            study.openedYearOnly = true;
        }
        if (study.opened.isValid())
            study.openedSource = text;
    }
    if (const QRegularExpressionMatch match = levels.match(folded); match.hasMatch() && study.levels.isEmpty()) {
        static const QRegularExpression digit(QStringLiteral(R"(\d)"));
        for (const QRegularExpressionMatch &level : digit.globalMatch(match.captured(1)))
            study.levels.append(level.captured().toInt());
        study.levelsSource = text;
    }
}

} // namespace SummaryReading
