#include "closingsentences.h"

#include "summaryphrases.h"

#include <QRegularExpression>

using SummaryPhrases::capitalised;
using SummaryPhrases::pattern;
using SummaryText::Amount;
using SummaryText::Span;

namespace SummaryReading {

ClosingSentences::ClosingSentences(ReadingState &state) : m_state(state) { }

bool ClosingSentences::read(const Span &sentence, const QString &folded)
{
    static const QRegularExpression link
        = pattern(QStringLiteral(R"(^for more examples,? (?:go to|see|visit) (\S+?)\.?$)"));
    static const QRegularExpression partnership
        = pattern(QStringLiteral(R"(^(.+?) (?:is|are) now working with (?:the )?government to develop (?:its|their|a) )"
                                 R"(Local Industrial Strategy\s*\.?$)"));
    static const QRegularExpression national = pattern(QStringLiteral(R"(^we have committed\b)"));
    Factsheet &sheet = m_state.sheet();
    const QString source = m_state.sentenceText(sentence);
    if (const QRegularExpressionMatch match = link.match(folded); match.hasMatch()) {
        m_state.markSection(Section::Closing);
        sheet.links.append({tr("More examples"), m_state.printed(sentence, match, 1), source});
        return true;
    }
    if (const QRegularExpressionMatch match = partnership.match(folded); match.hasMatch()) {
        m_state.markSection(Section::Closing);
        if (!sheet.area.partnership.isEmpty()) {
            m_state.addNote(tr("a second partnership; the one on line %1 is kept").arg(m_partnershipLine), sentence);
            return true;
        }
        sheet.area.partnership = m_state.printed(sentence, match, 1);
        sheet.area.source = source;
        m_partnershipLine = m_state.line();
        return true;
    }
    if (national.match(folded).hasMatch()) {
        m_state.markSection(Section::Closing);
        // Pasted twice, a summary would state its national money twice: read once.
        if (const auto seen = m_nationalSeen.constFind(source); seen != m_nationalSeen.cend()) {
            m_state.addNote(tr("the national commitment on line %1 again, word for word: read once").arg(*seen),
                            sentence);
            return true;
        }
        m_nationalSeen.insert(source, m_state.line());
        readNationalSentence(sentence, folded);
        return true;
    }
    return false;
}

// "We have committed more than £45bn to Industrial Strategy programmes supporting research, ...":
// national money, never in the local total.
void ClosingSentences::readNationalSentence(const Span &sentence, const QString &folded)
{
    static const QRegularExpression words
        = pattern(QStringLiteral(R"(^we have committed (?:(more than|over|up to|almost|nearly|around) )?£\S+ )"
                                 R"(to (.+?)(?: supporting (.+?))?\s*\.?$)"));
    const QString text = m_state.sentenceText(sentence);
    const QList<Amount> found = SummaryText::amounts(text);
    const QRegularExpressionMatch match = words.match(folded);
    bool made = false;
    QList<Amount> unread; // what says why it is not read; else the sentence is noted at the paragraph's end
    for (const Amount &amount : found) {
        if (amount.unread != Amount::Unread::Read && amount.unread != Amount::Unread::NotWhole)
            unread << amount;
    }
    m_state.noteUnread(sentence, unread, QString());
    for (const Amount &amount : found) {
        if (!amount.value)
            continue;
        FundingLine line;
        line.quote = text.mid(amount.span.start, amount.span.length);
        line.amount = *amount.value;
        if (match.hasMatch() && found.size() == 1) {
            line.amountQualifier = m_state.printed(sentence, match, 1);
            line.title = capitalised(m_state.printed(sentence, match, 2));
            line.purpose = match.hasCaptured(3) ? capitalised(m_state.printed(sentence, match, 3)) : line.title;
        } else {
            line.amountQualifier = SummaryPhrases::qualifierBefore(text, amount.span.start);
            line.title = line.purpose = capitalised(SummaryPhrases::withoutFullStop(text));
        }
        line.category = tr("National programmes");
        line.scope = Scope::National;
        line.source = text;
        line.id = m_state.uniqueId(line.title);
        m_state.account(sentence.start + amount.sign);
        m_state.addLine(std::move(line));
        made = true;
    }
    if (!made && unread.isEmpty())
        m_state.addNote(tr("a national commitment without an amount the reader can read"), sentence);
}

} // namespace SummaryReading
