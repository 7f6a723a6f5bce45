#include "readingstate.h"

#include "readers/loadresult.h"
#include "readers/readerrules.h"
#include "summaryphrases.h"
#include "uknumbers.h"

#include <QStringList>

using SummaryText::Amount;
using SummaryText::Span;

namespace SummaryReading {

ReadingState::ReadingState(QString fileName) : m_fileName(std::move(fileName)) { }

void ReadingState::markSection(Section section)
{
    if (m_section == Section::CaseStudy && section == Section::Figures)
        return;
    if (m_section != Section::Closing || section == Section::Closing)
        m_section = section;
}

void ReadingState::beginParagraph(const SummaryText::Paragraph &paragraph)
{
    m_current = Current {};
    m_current.paragraph = &paragraph;
    m_current.folded = SummaryText::folded(paragraph.text);
    m_current.sentences = SummaryText::sentences(paragraph.text);
}

void ReadingState::finishParagraph()
{
    const QString &text = m_current.paragraph->text;
    qsizetype signs = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        signs += UkNumbers::poundSignLength(text, i) > 0 ? 1 : 0;
    if (signs == m_current.accountedCount)
        return; // every one accounted for
    const auto accounted
        = [this](qsizetype at) { return at < qsizetype(m_current.accounted.size()) && m_current.accounted[at]; };
    for (const Span &sentence : std::as_const(m_current.sentences)) {
        QStringList missed;
        for (const Amount &amount : SummaryText::amounts(QStringView(text).mid(sentence.start, sentence.length))) {
            if (!accounted(sentence.start + amount.sign))
                missed << LoadError::found(
                    QStringView(text).mid(sentence.start + amount.span.start, amount.span.length));
        }
        if (!missed.isEmpty())
            addNote(tr("holds %1, which is not part of any figure the reader knows").arg(missed.join(tr(", "))),
                    sentence);
    }
}

QString ReadingState::sentenceText(const Span &sentence) const
{
    return m_current.paragraph->text.mid(sentence.start, sentence.length);
}

QString ReadingState::foldedText(const Span &sentence) const
{
    return m_current.folded.mid(sentence.start, sentence.length);
}

QString ReadingState::printed(const Span &sentence, const QRegularExpressionMatch &match, int group) const
{
    return m_current.paragraph->text.mid(sentence.start + match.capturedStart(group), match.capturedLength(group));
}

void ReadingState::account(qsizetype at)
{
    // Allocated on the first sign of a paragraph, so paragraphs without money cost nothing.
    if (m_current.accounted.empty())
        m_current.accounted.resize(m_current.paragraph->text.size(), false);
    if (!m_current.accounted[at])
        ++m_current.accountedCount;
    m_current.accounted[at] = true;
}

void ReadingState::addNote(const QString &reason, std::optional<Span> part)
{
    const QString &text = m_current.paragraph->text;
    const Span span = part.value_or(Span {0, text.size()});
    for (qsizetype i = span.start; i < span.end(); ++i) {
        if (UkNumbers::poundSignLength(text, i) > 0)
            account(i);
    }
    // A note of the whole paragraph shares its text rather than copying it.
    const QString noted = span.length == text.size() ? text : text.mid(span.start, span.length);
    m_sheet.notes.append({noted, m_current.paragraph->line, reason});
}

QString ReadingState::tooLarge(const QString &quotes)
{
    return tr("%1: more than %2, the largest figure the reader keeps exactly")
        .arg(quotes, UkNumbers::count(ReaderRules::largestWhole));
}

void ReadingState::noteUnread(const Span &sentence, const QList<Amount> &found, const QString &example)
{
    using Unread = Amount::Unread;
    const QString text = sentenceText(sentence);
    for (const Unread reason :
         {Unread::NotWhole, Unread::TooLarge, Unread::Invisible, Unread::Range, Unread::Sign, Unread::Share}) {
        // The first few, as printed, and how many more: a note a person can read, whatever the sentence.
        constexpr qsizetype listed = 5;
        QStringList quotes;
        qsizetype count = 0;
        for (const Amount &amount : found) {
            if (amount.unread != reason)
                continue;
            if (++count <= listed)
                quotes << LoadError::found(QStringView(text).mid(amount.span.start, amount.span.length));
        }
        if (count == 0)
            continue;
        QString named = quotes.join(tr(", "));
        if (count > listed)
            named = tr("%1 and %2 more").arg(named, UkNumbers::count(count - listed));
        QString why;
        switch (reason) {
        case Unread::NotWhole:
            why = (count == 1 ? tr("%1 is not an amount in whole pounds the reader can read, such as %2")
                              : tr("%1 are not amounts in whole pounds the reader can read, such as %2"))
                      .arg(named, example);
            break;
        case Unread::TooLarge:
            why = tooLarge(named);
            break;
        case Unread::Invisible:
            why = tr("%1: an invisible or combining character inside the number, so no amount is read").arg(named);
            break;
        case Unread::Range:
            why = tr("%1: a range, not one amount, so no amount is read").arg(named);
            break;
        case Unread::Sign:
            why = tr("%1: a sign before the amount, so no amount is read").arg(named);
            break;
        case Unread::Share:
            why = tr("%1: a share of another amount, not an amount of its own").arg(named);
            break;
        case Unread::Read:
            break;
        }
        addNote(why, sentence);
    }
}

void ReadingState::addLine(FundingLine line)
{
    if (line.scope == Scope::Local && line.hasAmount && !ReaderRules::addToLocalTotal(m_localTotal, line.amount)) {
        failAt(m_current.paragraph->line,
               tr("local amounts that add up to at most %1").arg(UkNumbers::pounds(ReaderRules::largestWhole)),
               tr("a local total of %1 with this line").arg(UkNumbers::pounds(m_localTotal + line.amount)));
    }
    m_sheet.fundingLines.push_back(std::move(line));
}

QString ReadingState::uniqueId(const QString &title)
{
    QString base = SummaryPhrases::slug(title);
    const qsizetype idsBefore = m_lineIds.size();
    m_lineIds.insert(base);
    if (m_lineIds.size() > idsBefore)
        return base;
    int &suffix = m_nextSuffix[base]; // 0 until the base is taken
    QString id;
    do {
        suffix = std::max(suffix, 2);
        id = QStringLiteral("%1-%2").arg(base).arg(suffix++);
    } while (m_lineIds.contains(id));
    m_lineIds.insert(id);
    return id;
}

void ReadingState::failAt(qsizetype line, const QString &expected, const QString &found) const
{
    throw ReadFailure {tr("line %1").arg(line), tr("expected %1, found %2").arg(expected, found)};
}

void ReadingState::refuseAsNoSummary(const QString &found) const
{
    throw ReadFailure {QString(),
                       tr("expected the text of an Industrial Strategy local summary: the area's name on "
                          "its first line and figures (highlights such as \"£2.6m to ...\", people in "
                          "employment, population, businesses), found %1")
                           .arg(found)};
}

} // namespace SummaryReading
