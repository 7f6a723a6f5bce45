#include "summarytext.h"

#include "uknumbers.h"

#include <algorithm>
#include <array>

namespace {

constexpr char16_t softHyphen = 0x00ad;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Tab, vertical tab, and every space Unicode knows (no-break, thin, figure, ideographic, ...).
bool isSpace(QChar c)
{
    // (Every space Unicode knows but these two is outside ASCII: ASCII goes no further.)
    return c == u' ' || c == u'\t' || c == u'\v' || (c.unicode() >= 0x80 && c.category() == QChar::Separator_Space);
}

// Characters that print nothing and join nothing: dropped from what is read.
bool isInvisible(QChar c)
{
    return c == QChar(0x200b) || c == QChar(0x2060) || c == QChar(0xfeff);
}

bool isDashCharacter(QChar c)
{
    switch (c.unicode()) {
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'*' || c == QChar(0x201d) || c == QChar(0x2019);
}

// A line as read: spaces as one, invisible characters dropped. softBreak: it ends in a soft hyphen,
// so the word goes on in the next line.
struct CleanLine
{
    QString text;
    bool softBreak = false;
    bool bullet = false;
};

// Whether a character is one clean() changes: tab, a no-break or soft hyphen, or anything from
// U+1680 on (every other space, the invisible characters, the ligatures) lest it be one.
bool mayNeedCleaning(QChar c)
{
    return c == u'\t' || c == u'\v' || c.unicode() == 0xa0 || c.unicode() == softHyphen || c.unicode() >= 0x1680;
}

// `line` without spaces at its ends, when nothing else in it needs cleaning (no run of spaces
// either): most lines of a summary. Empty otherwise.
QString alreadyClean(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (mayNeedCleaning(trimmed[i]) || (trimmed[i] == u' ' && i + 1 < trimmed.size() && trimmed[i + 1] == u' '))
            return {};
    }
    return trimmed.toString();
}

CleanLine clean(QStringView line)
{
    CleanLine result;
    QString &out = result.text;
    out = alreadyClean(line);
    if (out.isEmpty())
        out.reserve(line.size());
    bool pendingSpace = false;
    const QStringView raw = out.isEmpty() ? line : QStringView();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == QChar(softHyphen)) {
            result.softBreak = true;
            continue;
        }
        // Kept inside a number, after a digit or "£" and before more of it: the amount is then not read.
        const bool insideNumber = !pendingSpace && !out.isEmpty() && (isAsciiDigit(out.back()) || out.back() == u'£')
            && i + 1 < raw.size() && !isSpace(raw[i + 1]);
        if (isInvisible(c) && !insideNumber)
            continue;
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        // A ligature of the PDF's font (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) is its letters.
        if (c.unicode() >= 0xfb00 && c.unicode() <= 0xfb06)
            out += c.decomposition();
        else
            out += c;
        result.softBreak = false;
    }
    // A list's bullet is layout, not text.
    static const QString bullets = QStringLiteral("•▪◦●‣*");
    if (out.size() > 2 && bullets.contains(out[0]) && out[1] == u' ') {
        out.remove(0, 2);
        result.bullet = true;
    }
    // Nothing but the PDF's bold markers: nothing at all.
    if (std::all_of(out.cbegin(), out.cend(), [](QChar c) { return c == u'*' || c == u' '; }))
        out.clear();
    return result;
}

// Whether a line starts one of the summary's own paragraphs, so it is never joined to the line before.
bool startsBlock(const CleanLine &line)
{
    if (line.bullet || line.text.startsWith(u'£') || line.text.startsWith(QLatin1String("**")))
        return true;
    // Each of the words below starts with one of these letters: most lines go no further.
    static const QString firstLetters = QStringLiteral("cpbifwCPBIFW");
    if (line.text.isEmpty() || !firstLetters.contains(line.text.front()))
        return false;
    static const std::array<QLatin1String, 6> starts {
        QLatin1String("case study"),        QLatin1String("population"),
        QLatin1String("businesses"),        QLatin1String("industrial strategy highlights"),
        QLatin1String("for more examples"), QLatin1String("we have committed"),
    };
    const QString start = SummaryText::folded(QStringView(line.text).left(40)).toLower().trimmed();
    return std::any_of(starts.cbegin(), starts.cend(), [&start](QLatin1String word) { return start.startsWith(word); });
}

bool isCaseStudyHeading(const QString &text)
{
    return text.startsWith(QLatin1String("case study"), Qt::CaseInsensitive);
}

// Whether a paragraph is complete at the end of a line: it ends a sentence or is a heading.
bool endsParagraph(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && isClosing(text[end - 1]))
        --end;
    if (end > 0) {
        const QChar last = text[end - 1];
        if (last == u'.' || last == u'!' || last == u'?' || last == u':')
            return true;
    }
    // A heading, or the link line (its address ends it, with no stop).
    return isCaseStudyHeading(text) || text.startsWith(QLatin1String("for more examples"), Qt::CaseInsensitive);
}

// `next` joined to the paragraph `text`: a word broken over the line end is one word again.
void join(QString &text, const QString &next, bool softBreak)
{
    if (softBreak) {
        text += next;
        return;
    }
    const bool hyphen = text.endsWith(u'-') || text.endsWith(QChar(0x2010));
    if (hyphen && text.size() > 1 && text[text.size() - 2].isLetter()) {
        // The broken word: what stands before the hyphen, back to the last space.
        const qsizetype wordStart = text.lastIndexOf(u' ', text.size() - 2) + 1;
        const QStringView word = QStringView(text).mid(wordStart, text.size() - 1 - wordStart);
        bool plain = !word.isEmpty();
        for (const QChar c : word)
            plain = plain && c.isLetter() && c.isLower();
        if (plain && !next.isEmpty() && next[0].isLower())
            text.chop(1); // "devel-" + "opment"; "state-of-the-" + "art" and "STEM-" + "related" keep theirs
        text += next;
        return;
    }
    text += u' ';
    text += next;
}

} // namespace

namespace SummaryText {

QList<QStringView> lines(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029)) {
            result << text.mid(start, i - start);
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        result << text.mid(start);
    return result;
}

void joinLine(QString &paragraph, const QString &next)
{
    if (paragraph.isEmpty())
        paragraph = next;
    else
        join(paragraph, next, false);
}

QList<Paragraph> paragraphs(QStringView text)
{
    QList<Paragraph> result;
    bool open = false; // whether the last paragraph may take the next line
    bool softBreak = false;
    qsizetype lineNumber = 0;
    for (const QStringView line : lines(text)) {
        ++lineNumber;
        qsizetype partStart = 0;
        // A form feed is a page break: it ends the paragraph wherever it stands.
        for (qsizetype at = 0; at <= line.size(); ++at) {
            if (at < line.size() && line[at] != u'\f')
                continue;
            const CleanLine part = clean(line.mid(partStart, at - partStart));
            partStart = at + 1;
            if (part.text.isEmpty()) {
                open = false;
            } else if (open && !startsBlock(part)) {
                join(result.last().text, part.text, softBreak);
                softBreak = part.softBreak;
                open = !endsParagraph(result.last().text);
            } else {
                result.append({lineNumber, part.text});
                softBreak = part.softBreak;
                // The first line is the area's name: it stands alone.
                open = result.size() > 1 && !endsParagraph(part.text);
            }
            if (at < line.size())
                open = false;
        }
    }
    return result;
}

bool isDash(QChar c)
{
    return c == u'-' || isDashCharacter(c);
}

QString folded(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() < 0x80) { // ASCII: only the bold marker changes
            if (c == u'*')
                c = u' ';
            continue;
        }
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x201a:
        case 0x201b:
        case 0x2032:
            c = u'\'';
            break;
        case 0x201c:
        case 0x201d:
        case 0x201e:
        case 0x201f:
        case 0x2033:
            c = u'"';
            break;
        default:
            if (SummaryText::isDash(c))
                c = u'-';
        }
    }
    return out;
}

QList<Span> sentences(QStringView paragraph)
{
    static const QString starts = QStringLiteral("£\"'“‘*(");
    QList<Span> result;
    qsizetype start = 0;
    const qsizetype size = paragraph.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = paragraph[i];
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        qsizetype end = i + 1;
        while (end < size && isClosing(paragraph[end]) && paragraph[end] != u'*')
            ++end;
        while (end < size && paragraph[end] == u'*')
            ++end;
        if (end + 1 >= size || paragraph[end] != u' ')
            continue;
        const QChar next = paragraph[end + 1];
        if (!(next.isUpper() || isAsciiDigit(next) || starts.contains(next)))
            continue;
        result.append({start, end - start});
        start = end + 1;
        i = end;
    }
    if (start < size)
        result.append({start, size - start});
    return result;
}

} // namespace SummaryText
