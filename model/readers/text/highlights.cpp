#include "highlights.h"

#include "readers/loadresult.h"
#include "summaryphrases.h"

#include <QStringList>

#include <algorithm>

using SummaryPhrases::capitalised;
using SummaryPhrases::isConnective;
using SummaryPhrases::nameEnd;
using SummaryPhrases::span;
using SummaryPhrases::withoutFullStop;
using SummaryPhrases::wordsOf;
using SummaryText::Amount;
using SummaryText::Span;

namespace SummaryReading {

Highlights::Highlights(ReadingState &state) : m_state(state) { }

void Highlights::readHighlight()
{
    bool anyPound = false;
    // Pasted twice, a summary would count its money twice: a repeat, word for word, is read once.
    const QString &paragraph = m_state.text();
    if (const auto seen = m_seen.constFind(paragraph); seen != m_seen.cend()) {
        m_state.addNote(tr("the highlight on line %1 again, word for word: read once").arg(*seen));
        return;
    }
    m_seen.insert(paragraph, m_state.line());
    for (const Span &sentence : m_state.sentences()) {
        if (SummaryText::hasPoundSign(QStringView(m_state.text()).mid(sentence.start, sentence.length))) {
            anyPound = true;
            readHighlightSentence(sentence);
        }
    }
    if (anyPound)
        return;
    const Span first = m_state.sentences().value(0);
    const QString sentence = m_state.sentenceText(first);
    const QList<QStringView> words = wordsOf(sentence);
    const auto hasLetters
        = [](QStringView word) { return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }); };
    if (std::count_if(words.cbegin(), words.cend(), hasLetters) < 2) {
        m_state.addNote(tr("too short for a highlight: no amount and fewer than two words"));
        return;
    }
    FundingLine line = highlightLine(sentence, withoutFullStop(sentence));
    line.hasAmount = false; // "amount not stated": never summed, never drawn
    m_state.addLine(std::move(line));
}

void Highlights::readHighlightSentence(const Span &sentence)
{
    const QString text = m_state.sentenceText(sentence);
    const QList<Amount> found = SummaryText::amounts(text);
    QList<Amount> read;
    for (const Amount &amount : found) {
        if (amount.value)
            read << amount;
    }
    m_state.noteUnread(sentence, found, tr("\"£2.6m\", \"£750k\" or \"£3 million\""));
    for (qsizetype k = 0; k < read.size(); ++k) {
        const Amount &amount = read[k];
        const QString quote = text.mid(amount.span.start, amount.span.length);
        // What the amount pays for: the words after it, up to the next amount. The first amount
        // leads its sentence when only joining words stand before it ("A further £1.5m for ...");
        // every later one does, the words before it being the earlier one's.
        const qsizetype segmentEnd = k + 1 < read.size() ? read[k + 1].span.start : text.size();
        const QString qualifier = SummaryPhrases::qualifierBefore(text, amount.span.start);
        bool leads = k > 0;
        if (!leads) {
            QString before = withoutFullStop(QStringView(text).left(amount.span.start));
            before.chop(qualifier.size());
            const QList<QStringView> beforeWords = wordsOf(before);
            leads = std::all_of(beforeWords.cbegin(), beforeWords.cend(), isConnective);
        }
        QString body = leads ? withoutShare(text, amount.span.end(), segmentEnd, found) : text;
        body = withoutFullStop(body);
        // Connectives left before the next amount: "£2m to A and" + "£1m to B".
        while (k + 1 < read.size()) {
            const qsizetype space = body.lastIndexOf(u' ');
            if (space < 0 || !isConnective(QStringView(body).mid(space + 1)))
                break;
            body = withoutFullStop(QStringView(body).left(space));
        }
        FundingLine line = highlightLine(text, body.isEmpty() ? withoutFullStop(text) : body);
        line.quote = quote;
        line.amount = *amount.value;
        line.amountQualifier = qualifier;
        m_state.account(sentence.start + amount.sign);
        m_state.addLine(std::move(line));
    }
}

// The words from `from` to `to` of a sentence, without a share of the amount just before them in
// brackets: "£2.6m (50% of £5.2m) to Acme" pays "to Acme".
QString Highlights::withoutShare(const QString &text, qsizetype from, qsizetype to, const QList<Amount> &found)
{
    const QStringView words = QStringView(text).mid(from, to - from);
    const QStringView trimmed = words.trimmed();
    const qsizetype close = trimmed.startsWith(u'(') ? trimmed.indexOf(u')') : -1;
    if (close > 0) {
        const qsizetype open = from + (trimmed.data() - words.data());
        const bool holdsShare = std::any_of(found.cbegin(), found.cend(), [&](const Amount &amount) {
            return amount.unread == Amount::Unread::Share && amount.span.start > open
                && amount.span.end() <= open + close;
        });
        if (holdsShare)
            return trimmed.mid(close + 1).trimmed().toString();
    }
    return words.toString();
}

// A highlight's line from what its amount pays for: "to Cobra Biologics to develop ...": a name
// straight after "to" is the recipient; "... Business Park in Wolverhampton": a place name at the
// very end is where; the title is the recipient, else the name it mentions, else its first words.
FundingLine Highlights::highlightLine(const QString &sentence, QString body)
{
    body = withoutFullStop(body);
    FundingLine line;
    line.source = sentence;
    line.category = m_highlightsCategory;
    line.scope = Scope::Local;
    const bool viaTo = body.startsWith(QLatin1String("to "));
    if (viaTo)
        body.remove(0, 3);
    else if (body.startsWith(QLatin1String("for ")))
        body.remove(0, 4);
    QList<QStringView> words = wordsOf(body);
    if (viaTo) {
        const qsizetype end = nameEnd(words, 0);
        if (end > 0 && end + 1 < words.size() && (words[end] == u"to" || words[end] == u"for")) {
            line.recipient = span(body, words, 0, end);
            body = span(body, words, end + 1, words.size());
            words = wordsOf(body);
        } else if (end > 0 && end == words.size() && sentence.size() > body.size() + 8) {
            // "£2m to Cobra Biologics and £1m to ...": a name alone; what for, its sentence says.
            line.recipient = body;
            body = withoutFullStop(sentence);
            words = wordsOf(body);
        }
    }
    for (qsizetype in = words.size() - 2; in > 0; --in) {
        if (words[in] == u"in" && nameEnd(words, in + 1) == words.size()) {
            line.location = span(body, words, in + 1, words.size());
            body = span(body, words, 0, in);
            words = wordsOf(body);
            break;
        }
    }
    line.purpose = capitalised(body);
    line.title = line.recipient.isEmpty() ? titleFromPurpose(body, words) : line.recipient;
    line.id = m_state.uniqueId(line.title);
    return line;
}

// What the table calls a line with no recipient: the name it mentions ("Bericote Four Ashes
// Business Park"), else its words up to the first "by", "to", ... ("Accelerate housebuilding"),
// at most six.
QString Highlights::titleFromPurpose(const QString &purpose, const QList<QStringView> &words)
{
    for (qsizetype first = 1; first < words.size(); ++first) {
        const qsizetype end = nameEnd(words, first);
        if (end - first >= 2)
            return span(purpose, words, first, end);
        first = std::max(first, end);
    }
    constexpr qsizetype mostWords = 6;
    static const QStringList clauseWords {QStringLiteral("by"), QStringLiteral("to"),   QStringLiteral("for"),
                                          QStringLiteral("in"), QStringLiteral("with"), QStringLiteral("through")};
    qsizetype end = 1;
    while (end < words.size() && end <= mostWords && !words[end - 1].endsWith(u',')
           && !clauseWords.contains(words[end]))
        ++end;
    if (words.isEmpty())
        return capitalised(purpose);
    if (end > mostWords)
        return capitalised(span(purpose, words, 0, mostWords)) + QStringLiteral("…");
    return capitalised(span(purpose, words, 0, end));
}

} // namespace SummaryReading
