#include "summaryphrases.h"

#include "readers/summarytext.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace {

bool startsName(QStringView word)
{
    return !word.isEmpty() && (word.front().isUpper() || word.front().isDigit());
}

bool joinsName(QStringView word)
{
    return word == u"of" || word == u"and" || word == u"&";
}

// The words that say an amount is a bound, not exact, as printed before it: "more than £45bn".
const std::array<QLatin1String, 10> qualifiers {
    QLatin1String("more than"), QLatin1String("in excess of"),  QLatin1String("up to"),  QLatin1String("over"),
    QLatin1String("almost"),    QLatin1String("nearly"),        QLatin1String("around"), QLatin1String("about"),
    QLatin1String("at least"),  QLatin1String("approximately"),
};

} // namespace

namespace SummaryPhrases {

QRegularExpression pattern(QString text)
{
    text.replace(QLatin1Char(' '), QLatin1String("\\s+"));
    if (text.startsWith(QLatin1Char('^')))
        text.insert(1, QLatin1String("\\s*"));
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString slug(const QString &text)
{
    // Written into a buffer of the text's size (a slug is never longer), then cut to what was used.
    QString id(text.size(), Qt::Uninitialized);
    QChar *out = id.data();
    qsizetype used = 0;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out[used++] = c.toLower();
        else if (used > 0 && out[used - 1] != u'-')
            out[used++] = u'-';
    }
    while (used > 0 && out[used - 1] == u'-')
        --used;
    id.truncate(used);
    return id.isEmpty() ? QStringLiteral("line") : id;
}

QList<QStringView> wordsOf(QStringView text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

qsizetype nameEnd(const QList<QStringView> &words, qsizetype from)
{
    qsizetype end = from;
    while (end < words.size()) {
        if (startsName(words[end]))
            ++end;
        else if (end > from && joinsName(words[end]) && end + 1 < words.size() && startsName(words[end + 1]))
            end += 2;
        else
            break;
    }
    return end;
}

QString span(QStringView phrase, const QList<QStringView> &words, qsizetype first, qsizetype last)
{
    const qsizetype start = words[first].data() - phrase.data();
    const qsizetype end = words[last - 1].data() + words[last - 1].size() - phrase.data();
    QStringView text = phrase.mid(start, end - start);
    while (text.endsWith(u',') || text.endsWith(u';') || text.endsWith(u':'))
        text.chop(1);
    return text.toString();
}

QString withoutFullStop(QStringView sentence)
{
    const auto trailing = [](QStringView text) {
        return text.endsWith(u'.') || text.endsWith(u',') || text.endsWith(u';') || text.endsWith(u':')
            || text.endsWith(u'*') || text.endsWith(u' ');
    };
    while (sentence.startsWith(u'*') || sentence.startsWith(u' '))
        sentence = sentence.mid(1);
    while (trailing(sentence))
        sentence.chop(1);
    return sentence.toString();
}

bool isConnective(QStringView word)
{
    static const QStringList words {QStringLiteral("and"),     QStringLiteral("plus"), QStringLiteral("with"),
                                    QStringLiteral("a"),       QStringLiteral("an"),   QStringLiteral("another"),
                                    QStringLiteral("further"), QStringLiteral("also"), QStringLiteral("as"),
                                    QStringLiteral("well"),    QStringLiteral("the")};
    return words.contains(word.toString().toLower());
}

QString qualifierBefore(const QString &sentence, qsizetype at)
{
    // Only the few characters before the amount are looked at, so a sentence of many amounts
    // costs no more per amount than one of one.
    qsizetype end = at;
    while (end > 0 && (sentence[end - 1].isSpace() || sentence[end - 1] == u'*'))
        --end;
    constexpr qsizetype longest = 13; // "approximately"
    const qsizetype from = std::max<qsizetype>(0, end - longest - 1);
    const QString folded = SummaryText::folded(QStringView(sentence).mid(from, end - from)).toLower();
    for (const QLatin1String qualifier : qualifiers) {
        const qsizetype start = folded.size() - qualifier.size();
        if (start >= 0 && QStringView(folded).mid(start) == qualifier
            && (from + start == 0 || (start > 0 && folded[start - 1].isSpace())))
            return sentence.mid(from + start, qualifier.size());
    }
    return {};
}

} // namespace SummaryPhrases
