#include "readingstate.h"

#include "readers/loadresult.h"
#include "readers/readerrules.h"
#include "summaryphrases.h"
#include "uknumbers.h"

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
    const qsizetype pounds = text.count(u'£');
    if (pounds == 0 || pounds == m_current.accounted.size())
        return; // every one accounted for (each position counted once)
    for (const Span &sentence : std::as_const(m_current.sentences)) {
        QStringList missed;
        for (const Amount &amount : SummaryText::amounts(QStringView(text).mid(sentence.start, sentence.length))) {
            if (!m_current.accounted.contains(sentence.start + amount.span.start))
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
    if (!m_current.accounted.contains(at))
        m_current.accounted.append(at);
}

void ReadingState::addNote(const QString &reason, std::optional<Span> part)
{
    const QString &text = m_current.paragraph->text;
    const Span span = part.value_or(Span {0, text.size()});
    for (qsizetype i = span.start; i < span.end(); ++i) {
        if (text[i] == u'£')
            account(i);
    }
    m_sheet.notes.append({text.mid(span.start, span.length), m_current.paragraph->line, reason});
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

void ReadingState::checkLimit(qint64 value, const QString &printed) const
{
    if (value > ReaderRules::largestWhole)
        failAt(m_current.paragraph->line, tr("a figure of at most %1").arg(UkNumbers::count(ReaderRules::largestWhole)),
               LoadError::found(printed));
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
