#include "localsummarytext.h"

#include "readerrules.h"
#include "summarytext.h"
#include "uknumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

using SummaryText::Amount;
using SummaryText::Paragraph;
using SummaryText::Span;

namespace {

// Thrown inside this file only, caught at the reader's boundary: a limit passed refuses the file
// wherever the reader is.
struct Invalid
{
    QString place;
    QString message;
};

// The labels, units and ids of the figures, as the embedded JSON factsheet has them, so a summary
// read from its text shows in the same charts.
struct FigureKind
{
    const char *id;
    const char *group;
    const char *label;
    const char *shortLabel;
    const char *unit;
    Measure measure;
};

const FigureKind population {"population",
                             "area",
                             QT_TRANSLATE_NOOP("LocalSummaryText", "Population"),
                             QT_TRANSLATE_NOOP("LocalSummaryText", "Population"),
                             "people",
                             Measure::Population};
const FigureKind businesses {"businesses",
                             "area",
                             QT_TRANSLATE_NOOP("LocalSummaryText", "Businesses"),
                             QT_TRANSLATE_NOOP("LocalSummaryText", "Businesses"),
                             "businesses",
                             Measure::Businesses};
const FigureKind employment {"employment",
                             "labourMarket",
                             QT_TRANSLATE_NOOP("LocalSummaryText", "People in employment"),
                             QT_TRANSLATE_NOOP("LocalSummaryText", "Latest (2018 summary)"),
                             "people",
                             Measure::Employment};
const FigureKind livingWage {
    "living-wage-beneficiaries",
    "labourMarket",
    QT_TRANSLATE_NOOP("LocalSummaryText", "Workers directly benefiting from the National Living and Minimum Wages"),
    QT_TRANSLATE_NOOP("LocalSummaryText", "National Living/Minimum Wage"),
    "workers",
    Measure::LivingWageWorkers};
const FigureKind apprenticeships {"apprenticeship-starts",
                                  "labourMarket",
                                  QT_TRANSLATE_NOOP("LocalSummaryText", "Apprenticeship starts last year"),
                                  QT_TRANSLATE_NOOP("LocalSummaryText", "Apprenticeship starts"),
                                  "apprenticeship starts",
                                  Measure::ApprenticeshipStarts};

// Matched against folded text (SummaryText::folded), whatever its case. Folded, the PDF's bold
// markers are spaces, so a space in a pattern is any run of them, and a sentence may start with some.
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

// "Stafford College Science & Technology Centre" -> "stafford-college-science-technology-centre"
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

// Words of a phrase, as views into it; names are runs of them ("Cobra Biologics", "University of
// Keele"): capitalised words, with "of", "and" or "&" between two of them.
bool startsName(QStringView word)
{
    return !word.isEmpty() && (word.front().isUpper() || word.front().isDigit());
}

bool joinsName(QStringView word)
{
    return word == u"of" || word == u"and" || word == u"&";
}

// The index of the word just after the name that starts at word `from` (`from` when none does).
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

// The text from word `first` up to (not including) word `last`, without trailing commas.
QString span(QStringView phrase, const QList<QStringView> &words, qsizetype first, qsizetype last)
{
    const qsizetype start = words[first].data() - phrase.data();
    const qsizetype end = words[last - 1].data() + words[last - 1].size() - phrase.data();
    QStringView text = phrase.mid(start, end - start);
    while (text.endsWith(u',') || text.endsWith(u';') || text.endsWith(u':'))
        text.chop(1);
    return text.toString();
}

QList<QStringView> wordsOf(QStringView text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// Without the stop (and commas, colons, the PDF's bold markers) at its end, nor markers at its start.
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

// The words that say an amount is a bound, not exact, as printed before it: "more than £45bn".
const std::array<QLatin1String, 10> qualifiers {
    QLatin1String("more than"), QLatin1String("in excess of"),  QLatin1String("up to"),  QLatin1String("over"),
    QLatin1String("almost"),    QLatin1String("nearly"),        QLatin1String("around"), QLatin1String("about"),
    QLatin1String("at least"),  QLatin1String("approximately"),
};

// Words left between two amounts of one sentence, or before the first: they join, they say nothing.
bool isConnective(QStringView word)
{
    static const QStringList words {QStringLiteral("and"),     QStringLiteral("plus"), QStringLiteral("with"),
                                    QStringLiteral("a"),       QStringLiteral("an"),   QStringLiteral("another"),
                                    QStringLiteral("further"), QStringLiteral("also"), QStringLiteral("as"),
                                    QStringLiteral("well"),    QStringLiteral("the")};
    return words.contains(word.toString().toLower());
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(LocalSummaryText)

public:
    Reader(QList<Paragraph> paragraphs, QString fileName)
        : m_paragraphs(std::move(paragraphs)), m_fileName(std::move(fileName))
    {
    }

    Factsheet read()
    {
        readTitle();
        for (qsizetype i = 1; i < m_paragraphs.size(); ++i)
            readParagraph(m_paragraphs[i]);
        finishCaseStudy();

        // Figures in the JSON factsheet's order: the area, the labour market, then derived ones.
        for (std::optional<Figure> *figure :
             {&m_population, &m_businesses, &m_employment, &m_change, &m_livingWage, &m_apprenticeships}) {
            if (*figure)
                m_sheet.figures.push_back(**figure);
        }
        deriveEarlierEmployment();
        if (m_sheet.fundingLines.empty() && m_sheet.figures.empty())
            refuseAsNoSummary(tr("no figures"));
        std::stable_sort(m_sheet.notes.begin(), m_sheet.notes.end(),
                         [](const Note &a, const Note &b) { return a.line < b.line; });
        m_sheet.indexCategories();
        return std::move(m_sheet);
    }

private:
    enum class Section { Introduction, Highlights, Figures, CaseStudy, SecondCaseStudy, Closing };

    // The paragraph being read: every "£" in it either becomes a funding line's quote or is in a
    // note by the time it is done (finishParagraph), so no money is ever dropped without a word.
    struct Current
    {
        const Paragraph *paragraph = nullptr;
        QString folded;
        QList<Span> sentences;
        QList<qsizetype> accounted; // positions of "£" that are a quote or in a note (a few)
    };

    [[noreturn]] void refuseAsNoSummary(const QString &found) const
    {
        throw Invalid {QString(),
                       tr("expected the text of an Industrial Strategy local summary: the area's name on "
                          "its first line and figures (highlights such as \"£2.6m to ...\", people in "
                          "employment, population, businesses), found %1")
                           .arg(found)};
    }

    [[noreturn]] void failAt(qsizetype line, const QString &expected, const QString &found) const
    {
        throw Invalid {tr("line %1").arg(line), tr("expected %1, found %2").arg(expected, found)};
    }

    // As in the JSON format: no more than a JSON reader (a double) keeps exactly.
    void checkLimit(qint64 value, const QString &printed) const
    {
        if (value > ReaderRules::largestWhole)
            failAt(m_current.paragraph->line,
                   tr("a figure of at most %1").arg(UkNumbers::count(ReaderRules::largestWhole)),
                   LoadError::found(printed));
    }

    // National money is never summed with local lines; the local total must stay within what the
    // app can show exactly (ReaderRules::largestWhole).
    void addLine(FundingLine line)
    {
        if (line.scope == Scope::Local && line.hasAmount && !ReaderRules::addToLocalTotal(m_localTotal, line.amount)) {
            failAt(m_current.paragraph->line,
                   tr("local amounts that add up to at most %1").arg(UkNumbers::pounds(ReaderRules::largestWhole)),
                   tr("a local total of %1 with this line").arg(UkNumbers::pounds(m_localTotal + line.amount)));
        }
        m_sheet.fundingLines.push_back(std::move(line));
    }

    // The text of a sentence of the current paragraph, as printed and folded for matching.
    QString sentenceText(const Span &sentence) const
    {
        return m_current.paragraph->text.mid(sentence.start, sentence.length);
    }
    QString foldedText(const Span &sentence) const { return m_current.folded.mid(sentence.start, sentence.length); }

    // The "£" at `at` of the current paragraph is a line's quote or in a note; each counted once.
    void account(qsizetype at)
    {
        if (!m_current.accounted.contains(at))
            m_current.accounted.append(at);
    }

    // A note of part of the current paragraph (all of it by default); its "£" are accounted for.
    void addNote(const QString &reason, std::optional<Span> part = std::nullopt)
    {
        const QString &text = m_current.paragraph->text;
        const Span span = part.value_or(Span {0, text.size()});
        for (qsizetype i = span.start; i < span.end(); ++i) {
            if (text[i] == u'£')
                account(i);
        }
        m_sheet.notes.append({text.mid(span.start, span.length), m_current.paragraph->line, reason});
    }

    void beginParagraph(const Paragraph &paragraph)
    {
        m_current = Current {};
        m_current.paragraph = &paragraph;
        m_current.folded = SummaryText::folded(paragraph.text);
        m_current.sentences = SummaryText::sentences(paragraph.text);
    }

    // Every "£" not accounted for yet puts its sentence in a note.
    void finishParagraph()
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

    void readTitle()
    {
        const Paragraph &title = m_paragraphs.first();
        beginParagraph(title);
        const QString lower = m_current.folded.toLower();
        constexpr qsizetype longestTitle = 200;
        // No area's name starts with a figure, or is one of the summary's headings or figures.
        const QString start = lower.trimmed();
        if (title.text.startsWith(u'£') || (!start.isEmpty() && start[0].isDigit())
            || start.startsWith(QLatin1String("industrial strategy highlights"))
            || start.startsWith(QLatin1String("case study")) || start.startsWith(QLatin1String("population"))
            || start.startsWith(QLatin1String("businesses")) || title.text.size() > longestTitle)
            refuseAsNoSummary(tr("no area's name on the first line, but %1").arg(LoadError::found(title.text)));
        m_sheet.area.name = title.text;
        SourceInfo &info = m_sheet.sourceInfo;
        info.title = tr("Industrial Strategy: local summaries - %1").arg(title.text);
        // Not in the text: the series' own.
        info.publisher = QStringLiteral("Department for Business, Energy & Industrial Strategy");
        info.published = QStringLiteral("2018-12");
        info.copyright = QStringLiteral("Crown copyright");
        info.licence = QStringLiteral("Open Government Licence v3.0");
        info.textResource = m_fileName;
        finishParagraph();
    }

    static bool isHighlightsHeading(const QString &folded)
    {
        constexpr Qt::CaseSensitivity anyCase = Qt::CaseInsensitive;
        return (folded.startsWith(QLatin1String("industrial strategy highlights"), anyCase) && folded.size() < 60)
            || folded.compare(QLatin1String("highlights"), anyCase) == 0
            || folded.compare(QLatin1String("highlights:"), anyCase) == 0;
    }

    void readParagraph(const Paragraph &paragraph)
    {
        beginParagraph(paragraph);
        // Compared in place, whatever the case: a summary may have a million paragraphs.
        const QString &folded = m_current.folded;
        if (isHighlightsHeading(folded)) {
            m_section = Section::Highlights;
        } else if (folded.startsWith(QLatin1String("case study"), Qt::CaseInsensitive)) {
            readCaseStudyHeading();
        } else if (!readKnownSentences()) {
            readByPlace();
        }
        finishParagraph();
    }

    // A paragraph that is none of the summary's own sentences: what it is depends on where it stands.
    void readByPlace()
    {
        const QString &text = m_current.paragraph->text;
        const bool amountFirst = text.startsWith(u'£');
        switch (m_section) {
        case Section::CaseStudy:
            readCaseStudyParagraph();
            return;
        case Section::SecondCaseStudy:
            addNote(tr("part of a second case study: the reader reads one"));
            return;
        case Section::Highlights:
            readHighlight();
            return;
        case Section::Introduction:
            if (amountFirst) {
                m_section = Section::Highlights;
                readHighlight();
            } else if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() || c == u'£'; })) {
                addNote(tr("a paragraph of the introduction with figures in it, which the reader could not place"));
            }
            // Else the introduction, which says the same in every summary and holds no figures.
            return;
        case Section::Figures:
        case Section::Closing:
            if (amountFirst)
                readHighlight();
            else
                addNote(m_section == Section::Figures
                            ? tr("a paragraph among the figures that the reader could not place")
                            : tr("a paragraph among the closing lines that the reader could not place"));
            return;
        }
    }

    // The labour market's, the area's and the closing sentences, wherever they stand; false when the
    // paragraph holds none of them. Its other sentences with figures are highlights or notes.
    bool readKnownSentences()
    {
        QList<Span> others;
        bool any = false;
        for (const Span &sentence : std::as_const(m_current.sentences)) {
            const bool read = readKnownSentence(sentence);
            any = any || read;
            if (!read)
                others << sentence;
        }
        if (!any)
            return false;
        for (const Span &sentence : std::as_const(others)) {
            const QString text = sentenceText(sentence);
            if (!SummaryText::amounts(text).isEmpty() && m_section == Section::CaseStudy)
                readCaseStudySentence(sentence);
            else if (!SummaryText::amounts(text).isEmpty() && m_section != Section::Closing)
                readHighlightSentence(sentence);
            else if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
                addNote(tr("a sentence with figures that the reader could not place"), sentence);
            // Else words around the figures ("This money is already starting to be spent on the ground.").
        }
        return true;
    }

    // One of the labour market's, the area's or the closing sentences, read; false if it is none.
    bool readKnownSentence(const Span &sentence)
    {
        // None starts with an amount, and most sentences of a long summary are highlights that do.
        const QStringView start = QStringView(m_current.folded).mid(sentence.start, sentence.length).trimmed();
        if (start.startsWith(u'£'))
            return false;
        const QString folded = start.size() == sentence.length ? start.toString() : foldedText(sentence);
        const auto has
            = [start](const char *words) { return start.contains(QLatin1String(words), Qt::CaseInsensitive); };
        return ((has("employment") || has("wage") || has("apprentice")) && readLabourSentence(sentence, folded))
            || ((has("population") || has("businesses")) && readAreaSentence(sentence, folded))
            || ((has("for more examples") || has("we have committed") || has("now working with"))
                && readClosingSentence(sentence, folded));
    }

    // A count as printed ("548,800", "548800"): its value, or nullopt (with a note) when it is none.
    std::optional<qint64> countOf(const QString &printed, const Span &sentence, const QString &what)
    {
        const std::optional<qint64> value = UkNumbers::parseQuotedFigure(printed);
        if (!value) {
            addNote(tr("%1 is not a count the reader can read, such as \"548,800\" (%2)")
                        .arg(LoadError::found(printed), what),
                    sentence);
            return std::nullopt;
        }
        checkLimit(*value, printed);
        return value;
    }

    Figure makeFigure(const FigureKind &kind, const QString &quote, qint64 value, const QString &source) const
    {
        Figure figure;
        figure.id = QLatin1String(kind.id);
        figure.group = QLatin1String(kind.group);
        figure.label = tr(kind.label);
        figure.shortLabel = tr(kind.shortLabel);
        figure.unit = QLatin1String(kind.unit);
        figure.measure = kind.measure;
        figure.quote = quote;
        figure.value = value;
        figure.source = source;
        return figure;
    }

    // The first of each figure counts; another is kept as a note.
    bool placeOnce(std::optional<Figure> &slot, qsizetype &lineOfSlot, Figure figure, const Span &sentence)
    {
        if (slot) {
            addNote(tr("a second figure of %1; the one on line %2 is kept").arg(figure.label.toLower()).arg(lineOfSlot),
                    sentence);
            return false;
        }
        slot = std::move(figure);
        lineOfSlot = m_current.paragraph->line;
        return true;
    }

    // The captured text of a match on the folded sentence, as printed.
    QString printed(const Span &sentence, const QRegularExpressionMatch &match, int group) const
    {
        return m_current.paragraph->text.mid(sentence.start + match.capturedStart(group), match.capturedLength(group));
    }

    // "548,800 people in employment, an increase of 35,800 since 2010.", "... a decrease of 1,200
    // since 2011.", "23,500 workers directly benefiting from the National Living and Minimum Wages.",
    // "8,680 apprenticeships starts last year."
    bool readLabourSentence(const Span &sentence, const QString &folded)
    {
        static const QRegularExpression employed
            = pattern(QStringLiteral(R"(^(\d[\d,]*) people (?:are )?in employment(?:(?:,| -)? (?:with )?(?:an? )?)"
                                     R"((increase|rise|growth|decrease|fall|drop|reduction) of (\d[\d,]*) since )"
                                     R"((\d{4}))?\s*\.?$)"));
        static const QRegularExpression wages
            = pattern(QStringLiteral(R"(^(\d[\d,]*) workers (?:are )?directly benefit(?:ing|ed|) from the National )"
                                     R"(Living (?:and|&) Minimum Wages?\s*\.?$)"));
        static const QRegularExpression starts
            = pattern(QStringLiteral(R"(^(\d[\d,]*) apprenticeships? starts? (?:in the )?last year\s*\.?$)"));
        const QString source = sentenceText(sentence);
        if (const QRegularExpressionMatch match = employed.match(folded); match.hasMatch()) {
            markSection(Section::Figures);
            const QString quote = printed(sentence, match, 1);
            const std::optional<qint64> value = countOf(quote, sentence, tr("people in employment"));
            if (!value)
                return true;
            if (!placeOnce(m_employment, m_employmentLine, makeFigure(employment, quote, *value, source), sentence)
                || !match.hasCaptured(2))
                return true;
            readEmploymentChange(sentence, match);
            return true;
        }
        if (const QRegularExpressionMatch match = wages.match(folded); match.hasMatch()) {
            markSection(Section::Figures);
            const QString quote = printed(sentence, match, 1);
            if (const std::optional<qint64> value = countOf(quote, sentence, tr("workers")))
                placeOnce(m_livingWage, m_livingWageLine, makeFigure(livingWage, quote, *value, source), sentence);
            return true;
        }
        if (const QRegularExpressionMatch match = starts.match(folded); match.hasMatch()) {
            markSection(Section::Figures);
            const QString quote = printed(sentence, match, 1);
            if (const std::optional<qint64> value = countOf(quote, sentence, tr("apprenticeship starts")))
                placeOnce(m_apprenticeships, m_apprenticeshipsLine, makeFigure(apprenticeships, quote, *value, source),
                          sentence);
            return true;
        }
        return false;
    }

    // The change since an earlier year: an increase, or a decrease as a negative change.
    void readEmploymentChange(const Span &sentence, const QRegularExpressionMatch &match)
    {
        const QString direction = match.captured(2).toLower();
        const bool decrease = direction == QLatin1String("decrease") || direction == QLatin1String("fall")
            || direction == QLatin1String("drop") || direction == QLatin1String("reduction");
        const QString quote = printed(sentence, match, 3);
        const std::optional<qint64> size = countOf(quote, sentence, tr("the change in employment"));
        if (!size)
            return;
        const QString year = match.captured(4);
        Figure change = makeFigure(employment, quote, decrease ? -*size : *size, sentenceText(sentence));
        if (decrease) {
            change.id = QStringLiteral("employment-change-since-%1").arg(year);
            change.label = tr("Change in employment since %1").arg(year);
            change.shortLabel = tr("Change since %1").arg(year);
        } else {
            change.id = QStringLiteral("employment-increase-since-%1").arg(year);
            change.label = tr("Increase in employment since %1").arg(year);
            change.shortLabel = tr("Increase since %1").arg(year);
        }
        change.measure = Measure::EmploymentChange;
        m_change = std::move(change);
        m_changeYear = year;
        m_changeLine = m_current.paragraph->line;
        m_changeSentence = sentenceText(sentence);
    }

    // Employment in the earlier year: the latest less the change.
    void deriveEarlierEmployment()
    {
        if (!m_employment || !m_change)
            return;
        Figure then;
        then.id = QStringLiteral("employment-%1").arg(m_changeYear);
        then.group = m_change->group;
        then.label = tr("People in employment in %1").arg(m_changeYear);
        then.shortLabel = m_changeYear;
        then.unit = m_change->unit;
        then.measure = Measure::EarlierEmployment;
        if (std::optional<Figure> derived = differenceFigure(std::move(then), *m_employment, *m_change)) {
            m_sheet.figures.push_back(*std::move(derived));
            return;
        }
        m_sheet.notes.append(
            {m_changeSentence, m_changeLine,
             tr("people in employment in %1 cannot be derived: the increase of %2 is larger than the %3 in "
                "employment")
                 .arg(m_changeYear, UkNumbers::count(m_change->value), UkNumbers::count(m_employment->value))});
    }

    // "Population: 1,126,200 **Businesses:** 46,190", on one line or two, the PDF's "**" or not.
    bool readAreaSentence(const Span &sentence, const QString &folded)
    {
        static const QRegularExpression figure(QStringLiteral(R"(\b(population|businesses)\s*:\s*(\d[\d,]*))"),
                                               QRegularExpression::CaseInsensitiveOption);
        bool any = false;
        for (const QRegularExpressionMatch &match : figure.globalMatch(folded)) {
            any = true;
            markSection(Section::Figures);
            const bool isPopulation = match.captured(1).toLower() == QLatin1String("population");
            const QString quote = printed(sentence, match, 2);
            const std::optional<qint64> value
                = countOf(quote, sentence, isPopulation ? tr("population") : tr("businesses"));
            if (!value)
                continue;
            const Figure read
                = makeFigure(isPopulation ? population : businesses, quote, *value, sentenceText(sentence));
            if (isPopulation)
                placeOnce(m_population, m_populationLine, read, sentence);
            else
                placeOnce(m_businesses, m_businessesLine, read, sentence);
        }
        return any;
    }

    // "For more examples go to ...", "... is now working with the government to develop its Local
    // Industrial Strategy.", "We have committed more than £45bn to ... supporting ...".
    bool readClosingSentence(const Span &sentence, const QString &folded)
    {
        static const QRegularExpression link
            = pattern(QStringLiteral(R"(^for more examples,? (?:go to|see|visit) (\S+?)\.?$)"));
        static const QRegularExpression partnership = pattern(
            QStringLiteral(R"(^(.+?) (?:is|are) now working with (?:the )?government to develop (?:its|their|a) )"
                           R"(Local Industrial Strategy\s*\.?$)"));
        static const QRegularExpression national = pattern(QStringLiteral(R"(^we have committed\b)"));
        const QString source = sentenceText(sentence);
        if (const QRegularExpressionMatch match = link.match(folded); match.hasMatch()) {
            markSection(Section::Closing);
            m_sheet.links.append({tr("More examples"), printed(sentence, match, 1), source});
            return true;
        }
        if (const QRegularExpressionMatch match = partnership.match(folded); match.hasMatch()) {
            markSection(Section::Closing);
            if (!m_sheet.area.partnership.isEmpty()) {
                addNote(tr("a second partnership; the one on line %1 is kept").arg(m_partnershipLine), sentence);
                return true;
            }
            m_sheet.area.partnership = printed(sentence, match, 1);
            m_sheet.area.source = source;
            m_partnershipLine = m_current.paragraph->line;
            return true;
        }
        if (national.match(folded).hasMatch()) {
            markSection(Section::Closing);
            readNationalSentence(sentence, folded);
            return true;
        }
        return false;
    }

    // "We have committed more than £45bn to Industrial Strategy programmes supporting research, ...":
    // national money, never in the local total.
    void readNationalSentence(const Span &sentence, const QString &folded)
    {
        static const QRegularExpression words
            = pattern(QStringLiteral(R"(^we have committed (?:(more than|over|up to|almost|nearly|around) )?£\S+ )"
                                     R"(to (.+?)(?: supporting (.+?))?\s*\.?$)"));
        const QString text = sentenceText(sentence);
        const QList<Amount> found = SummaryText::amounts(text);
        const QRegularExpressionMatch match = words.match(folded);
        bool made = false;
        for (const Amount &amount : found) {
            if (!amount.value)
                continue; // its sentence goes to a note at the end of the paragraph
            FundingLine line;
            line.quote = text.mid(amount.span.start, amount.span.length);
            checkLimit(*amount.value, line.quote);
            line.amount = *amount.value;
            if (match.hasMatch() && found.size() == 1) {
                line.amountQualifier = printed(sentence, match, 1);
                line.title = capitalised(printed(sentence, match, 2));
                line.purpose = match.hasCaptured(3) ? capitalised(printed(sentence, match, 3)) : line.title;
            } else {
                line.amountQualifier = qualifierBefore(text, amount.span.start);
                line.title = line.purpose = capitalised(withoutFullStop(text));
            }
            line.category = tr("National programmes");
            line.scope = Scope::National;
            line.source = text;
            line.id = uniqueId(line.title);
            account(sentence.start + amount.span.start);
            addLine(std::move(line));
            made = true;
        }
        if (!made)
            addNote(tr("a national commitment without an amount the reader can read"), sentence);
    }

    void markSection(Section section)
    {
        // Figures and closing lines end the highlights and the case study, never the other way round.
        if (m_section == Section::CaseStudy && section == Section::Figures)
            return;
        if (m_section != Section::Closing || section == Section::Closing)
            m_section = section;
    }

    // The title's slug, numbered from "-2" when another line has it: a summary may name one
    // recipient twice. Each base remembers its next number, so a thousand repeats stay linear.
    QString uniqueId(const QString &title)
    {
        QString base = slug(title);
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

    // The qualifier printed just before position `at` ("more than", "more than **" before "£45bn**"),
    // as printed; empty if none.
    static QString qualifierBefore(const QString &sentence, qsizetype at)
    {
        const QString folded = SummaryText::folded(QStringView(sentence).left(at)).toLower();
        qsizetype end = folded.size();
        while (end > 0 && folded[end - 1].isSpace())
            --end;
        const QStringView before = QStringView(folded).left(end);
        for (const QLatin1String qualifier : qualifiers) {
            if (before.endsWith(qualifier)
                && (before.size() == qualifier.size() || before[before.size() - qualifier.size() - 1].isSpace()))
                return sentence.mid(end - qualifier.size(), qualifier.size());
        }
        return {};
    }

    // A highlight: every amount of every sentence is a funding line quoting its sentence; a
    // highlight without any "£" is one line whose amount is not stated.
    void readHighlight()
    {
        bool anyPound = false;
        for (const Span &sentence : std::as_const(m_current.sentences)) {
            if (sentenceText(sentence).contains(u'£')) {
                anyPound = true;
                readHighlightSentence(sentence);
            }
        }
        if (anyPound)
            return;
        const Span first = m_current.sentences.value(0);
        const QString sentence = sentenceText(first);
        const QList<QStringView> words = wordsOf(sentence);
        const auto hasLetters = [](QStringView word) {
            return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
        };
        if (std::count_if(words.cbegin(), words.cend(), hasLetters) < 2) {
            addNote(tr("too short for a highlight: no amount and fewer than two words"));
            return;
        }
        FundingLine line = highlightLine(sentence, withoutFullStop(sentence));
        line.hasAmount = false; // "amount not stated": never summed, never drawn
        addLine(std::move(line));
    }

    void readHighlightSentence(const Span &sentence)
    {
        const QString text = sentenceText(sentence);
        const QList<Amount> found = SummaryText::amounts(text);
        for (qsizetype k = 0; k < found.size(); ++k) {
            const Amount &amount = found[k];
            const QString quote = text.mid(amount.span.start, amount.span.length);
            if (!amount.value) {
                addNote(tr("%1 is not an amount in whole pounds the reader can read, such as \"£2.6m\", \"£750k\" or "
                           "\"£3 million\"")
                            .arg(LoadError::found(quote)),
                        sentence);
                continue;
            }
            checkLimit(*amount.value, quote);
            // What the amount pays for: the words after it, up to the next amount. The first amount
            // leads its sentence when only joining words stand before it ("A further £1.5m for ...");
            // every later one does, the words before it being the earlier one's.
            const qsizetype segmentEnd = k + 1 < found.size() ? found[k + 1].span.start : text.size();
            const QString qualifier = qualifierBefore(text, amount.span.start);
            QString before = withoutFullStop(QStringView(text).left(amount.span.start));
            before.chop(qualifier.size());
            const QList<QStringView> beforeWords = wordsOf(before);
            const bool leads = k > 0 || std::all_of(beforeWords.cbegin(), beforeWords.cend(), isConnective);
            QString body = leads ? text.mid(amount.span.end(), segmentEnd - amount.span.end()) : text;
            body = withoutFullStop(body);
            // Connectives left before the next amount: "£2m to A and" + "£1m to B".
            while (k + 1 < found.size()) {
                const qsizetype space = body.lastIndexOf(u' ');
                if (space < 0 || !isConnective(QStringView(body).mid(space + 1)))
                    break;
                body = withoutFullStop(QStringView(body).left(space));
            }
            FundingLine line = highlightLine(text, body.isEmpty() ? withoutFullStop(text) : body);
            line.quote = quote;
            line.amount = *amount.value;
            line.amountQualifier = qualifier;
            account(sentence.start + amount.span.start);
            addLine(std::move(line));
        }
    }

    // A highlight's line from what its amount pays for: "to Cobra Biologics to develop ...": a name
    // straight after "to" is the recipient; "... Business Park in Wolverhampton": a place name at the
    // very end is where; the title is the recipient, else the name it mentions, else its first words.
    FundingLine highlightLine(const QString &sentence, QString body)
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
        line.id = uniqueId(line.title);
        return line;
    }

    // What the table calls a line with no recipient: the name it mentions ("Bericote Four Ashes
    // Business Park"), else its words up to the first "by", "to", ... ("Accelerate housebuilding"),
    // at most six.
    static QString titleFromPurpose(const QString &purpose, const QList<QStringView> &words)
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

    // "Case study: Stafford College Science & Technology Centre (STC)"; the reader reads one.
    void readCaseStudyHeading()
    {
        if (m_section == Section::CaseStudy || m_section == Section::SecondCaseStudy || m_sheet.hasCaseStudy()) {
            m_section = Section::SecondCaseStudy;
            addNote(tr("the heading of a second case study: the reader reads one"));
            return;
        }
        static const QRegularExpression heading
            = pattern(QStringLiteral(R"(^case study\s*(?:[:-]\s*)?(.*?)(?:\s*\(([A-Z][A-Za-z0-9&]*)\))?\s*$)"));
        const QRegularExpressionMatch match = heading.match(m_current.folded);
        const Span whole {0, m_current.paragraph->text.size()};
        CaseStudy &study = m_sheet.caseStudy;
        study.title = match.hasMatch() ? printed(whole, match, 1) : QString();
        if (study.title.isEmpty())
            study.title = tr("Case study");
        study.acronym = match.hasMatch() ? printed(whole, match, 2) : QString();
        study.id = slug(study.title);
        study.source = m_current.paragraph->text;
        m_caseStudyLine = m_current.paragraph->line;
        m_section = Section::CaseStudy;
    }

    void readCaseStudyParagraph()
    {
        const QString &text = m_current.paragraph->text;
        m_caseStudyLength += (m_caseStudyText.isEmpty() ? 0 : 2) + text.size();
        if (m_caseStudyLength > ReaderRules::maxLongTextLength) {
            throw Invalid {
                tr("line %1").arg(m_current.paragraph->line),
                tr("expected %1, found %2")
                    .arg(tr("a case study of at most %1 characters")
                             .arg(UkNumbers::count(ReaderRules::maxLongTextLength)),
                         tr("%1 characters by the end of this line").arg(UkNumbers::count(m_caseStudyLength)))};
        }
        m_caseStudyText << text;
        for (const Span &sentence : std::as_const(m_current.sentences))
            readCaseStudySentence(sentence);
    }

    void finishCaseStudy()
    {
        m_sheet.caseStudy.text = m_caseStudyText.join(QStringLiteral("\n\n")); // paragraphs apart, as printed
        if (m_sheet.hasCaseStudy() && m_sheet.caseStudy.text.isEmpty()) {
            m_sheet.notes.append(
                {m_sheet.caseStudy.source, m_caseStudyLine, tr("a case study's heading with no text after it")});
        }
    }

    // The fund an amount comes from, in the words after it: "£2m investment from the Local Growth
    // Fund", "£1m of Local Growth Fund money"; empty when not named.
    static QString fundAfter(const QString &text)
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
    void readCaseStudySentence(const Span &sentence)
    {
        static const QRegularExpression opened = pattern(QStringLiteral(
            R"(\bopen(?:ed|s)?\b.*?\bin (?:(January|February|March|April|May|June|July|August|September|October|)"
            R"(November|December) )?(\d{4})\b)"));
        static const QRegularExpression levels = pattern(QStringLiteral(R"(\blevels? (\d(?:, \d)*(?: and \d)?)\b)"));
        CaseStudy &study = m_sheet.caseStudy;
        const QString text = sentenceText(sentence);
        const QString folded = foldedText(sentence);
        const QList<Amount> found = SummaryText::amounts(text);
        for (qsizetype k = 0; k < found.size(); ++k) {
            const Amount &amount = found[k];
            const QString quote = text.mid(amount.span.start, amount.span.length);
            if (!amount.value) {
                addNote(tr("%1 is not an amount in whole pounds the reader can read, such as \"£2m\"")
                            .arg(LoadError::found(quote)),
                        sentence);
                continue;
            }
            checkLimit(*amount.value, quote);
            const qsizetype segmentEnd = k + 1 < found.size() ? found[k + 1].span.start : text.size();
            FundingLine line;
            line.title = study.title;
            line.fund
                = fundAfter(withoutFullStop(QStringView(text).mid(amount.span.end(), segmentEnd - amount.span.end())));
            line.purpose = line.fund.isEmpty() ? tr("The case study's investment")
                                               : tr("The case study's investment, from the %1").arg(line.fund);
            line.quote = quote;
            line.amount = *amount.value;
            line.amountQualifier = qualifierBefore(text, amount.span.start);
            line.category = tr("Case study");
            line.scope = Scope::Local;
            line.source = text;
            line.id = uniqueId(line.title);
            line.caseStudyId = study.id;
            if (study.fundingLineId.isEmpty())
                study.fundingLineId = line.id;
            account(sentence.start + amount.span.start);
            addLine(std::move(line));
        }
        if (const QRegularExpressionMatch match = opened.match(folded); match.hasMatch() && !study.opened.isValid()) {
            const int year = match.captured(2).toInt();
            if (match.hasCaptured(1)) {
                const QDate month = UkNumbers::locale().toDate(
                    match.captured(1) + QStringLiteral(" ") + match.captured(2), QStringLiteral("MMMM yyyy"));
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

    QList<Paragraph> m_paragraphs;
    QString m_fileName;
    Factsheet m_sheet;
    Current m_current;
    Section m_section = Section::Introduction;
    QSet<QString> m_lineIds;
    const QString m_highlightsCategory = tr("Highlights");
    QHash<QString, int> m_nextSuffix;
    qint64 m_localTotal = 0;
    QStringList m_caseStudyText;
    qsizetype m_caseStudyLength = 0;
    std::optional<Figure> m_population, m_businesses, m_employment, m_change, m_livingWage, m_apprenticeships;
    qsizetype m_populationLine = 0, m_businessesLine = 0, m_employmentLine = 0, m_livingWageLine = 0,
              m_apprenticeshipsLine = 0, m_changeLine = 0, m_partnershipLine = 0, m_caseStudyLine = 0;
    QString m_changeYear;
    QString m_changeSentence;
};

// The first control character of a line that is not text (tab is; a form feed is a page break), or -1.
qsizetype firstForbidden(QStringView line)
{
    qsizetype from = 0;
    while (from < line.size()) {
        const qsizetype at = ReaderRules::firstControlCharacter(line.mid(from), ReaderRules::Breaks::Allowed);
        if (at < 0)
            return -1;
        if (line[from + at] != u'\f')
            return from + at;
        from += at + 1;
    }
    return -1;
}

} // namespace

namespace LocalSummaryText {

QList<SummaryText::Paragraph> paragraphsOf(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return SummaryText::paragraphs(text);
}

FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName)
{
    if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
        return FactsheetLoadResult::failure(*std::move(error));
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    // Every field comes from a line, so limiting lines limits them all.
    qsizetype lineNumber = 0;
    for (const QStringView line : SummaryText::lines(text)) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        const auto refuse = [&](const QString &expected, const QString &found) {
            return FactsheetLoadResult::failure(
                {fileName, QCoreApplication::translate("LocalSummaryText", "line %1").arg(lineNumber),
                 QCoreApplication::translate("LocalSummaryText", "expected %1, found %2").arg(expected, found)});
        };
        if (trimmed.size() > ReaderRules::maxFieldLength) {
            return refuse(
                QCoreApplication::translate("LocalSummaryText", "a line of at most %1 characters")
                    .arg(UkNumbers::count(ReaderRules::maxFieldLength)),
                QCoreApplication::translate("LocalSummaryText", "%1 characters").arg(UkNumbers::count(trimmed.size())));
        }
        if (const qsizetype at = firstForbidden(trimmed); at >= 0) {
            return refuse(QCoreApplication::translate("LocalSummaryText", "text without control characters"),
                          LoadError::foundAround(trimmed, at));
        }
    }
    QList<Paragraph> paragraphs = SummaryText::paragraphs(text);
    if (paragraphs.isEmpty()) {
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("LocalSummaryText", "line 1"),
             QCoreApplication::translate(
                 "LocalSummaryText",
                 "expected the text of an Industrial Strategy local summary, found an empty file")});
    }
    try {
        Reader reader(std::move(paragraphs), fileName);
        return FactsheetLoadResult::success(reader.read());
    } catch (const Invalid &invalid) {
        return FactsheetLoadResult::failure({fileName, invalid.place, invalid.message});
    }
}

} // namespace LocalSummaryText
