#include "provenance.h"

#include "factsheet.h"
#include "factsheetmodel.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QMultiHash>
#include <QStringView>

namespace {

// The start of a span not yet looked up (a span not found starts at -1).
constexpr qsizetype notLookedUp = -2;

} // namespace

// Where a sentence first stands in a text, found from where its first few characters stand: a
// summary's text is a page, but its factsheet may have a million lines, and searching the whole
// text for each of them would be most of opening it.
class Provenance::SentenceFinder
{
public:
    explicit SentenceFinder(const QString &text) : m_text(text)
    {
        for (qsizetype at = 0; at + prefixLength <= m_text.size(); ++at)
            m_starts.insert(QStringView(m_text).mid(at, prefixLength), at);
    }

    // As QString::indexOf(sentence): the first position, or -1.
    qsizetype find(const QString &sentence) const
    {
        if (sentence.size() < prefixLength)
            return m_text.indexOf(sentence);
        qsizetype first = -1;
        const QStringView text(m_text);
        for (auto it = m_starts.constFind(QStringView(sentence).left(prefixLength));
             it != m_starts.cend() && it.key() == QStringView(sentence).left(prefixLength); ++it) {
            const qsizetype at = it.value();
            if ((first < 0 || at < first) && text.mid(at).startsWith(sentence))
                first = at;
        }
        return first;
    }

private:
    static constexpr qsizetype prefixLength = 12;
    const QString m_text; // the keys below are views of it
    QMultiHash<QStringView, qsizetype> m_starts;
};

Provenance::Provenance() = default;
Provenance::~Provenance() = default;

QString Provenance::sourceTextOf(const Factsheet &factsheet)
{
    return sourceTextOf(factsheet.sourceInfo);
}

QString Provenance::sourceTextOf(const SourceInfo &source)
{
    const QString path = source.textResource;
    if (path.isEmpty())
        return {};
    QFile file(path);
    // A small text: the summaries are a page each. Anything larger is not one.
    constexpr qint64 largestText = qint64(1) << 20;
    if (!file.open(QIODevice::ReadOnly) || file.size() > largestText)
        return {};
    QString text = QString::fromUtf8(file.read(largestText));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

void Provenance::build(const QAbstractItemModel *model, const QString &text)
{
    m_model = model;
    m_text = text;
    m_spans.clear();
    m_allLookedUp = false;
    m_finder.reset(m_text.isEmpty() ? nullptr : new SentenceFinder(m_text));
    if (model)
        m_spans.resize(static_cast<size_t>(model->rowCount()), Span {notLookedUp});
}

Provenance::Span Provenance::spanOf(int row) const
{
    if (row < 0 || static_cast<size_t>(row) >= m_spans.size())
        return {};
    Span &span = m_spans[static_cast<size_t>(row)];
    if (span.start == notLookedUp)
        span = lookUp(row);
    return span;
}

Provenance::Span Provenance::lookUp(int row) const
{
    Span span;
    if (!m_finder || !m_model)
        return span;
    const QModelIndex index = m_model->index(row, 0);
    const QString sentence = index.data(FactsheetModel::SourceSentenceRole).toString();
    if (sentence.isEmpty())
        return span;
    span.start = m_finder->find(sentence);
    if (span.start < 0)
        return span;
    span.length = sentence.size();
    const QString quote = index.data(FactsheetModel::SourceQuoteRole).toString();
    if (!quote.isEmpty()) {
        const qsizetype at = sentence.indexOf(quote);
        if (at >= 0) {
            span.quoteStart = span.start + at;
            span.quoteLength = quote.size();
        }
    }
    return span;
}

QList<int> Provenance::rowsAt(qsizetype position) const
{
    if (!m_allLookedUp) {
        for (int row = 0; row < static_cast<int>(m_spans.size()); ++row)
            spanOf(row);
        m_allLookedUp = true;
    }
    QList<int> rows;
    for (size_t row = 0; row < m_spans.size(); ++row) {
        const Span &span = m_spans[row];
        if (span.isValid() && position >= span.start && position < span.start + span.length)
            rows << static_cast<int>(row);
    }
    return rows;
}
