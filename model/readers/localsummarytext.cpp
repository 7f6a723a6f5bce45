#include "localsummarytext.h"

#include "readerrules.h"
#include "uknumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringTokenizer>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

// Thrown inside this file only, caught at the reader's boundary (as in the JSON loader): the reader
// follows the summary top to bottom instead of checking a status after every paragraph.
struct Invalid
{
    QString place;
    QString message;
};

// One non-blank line of the text: the PDF extraction puts each paragraph on a line of its own.
struct Paragraph
{
    qsizetype line = 0; // 1-based
    QString text;       // without surrounding white space
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

// A figure as printed: a sum of money with its magnitude ("£2.6m", "£45bn") or a count ("548,800").
const QString moneyPattern = QStringLiteral(R"((£\d[\d,]*(?:\.\d+)?(?:k|m|bn)?))");
const QString countPattern = QStringLiteral(R"((\d[\d,]*))");

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
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

// Where a sentence ends: a full stop (or ! or ?), then space, then what starts a sentence. A figure
// such as "£2.6m" has no space after its point, so it never ends one.
bool endsSentence(QStringView text, qsizetype i)
{
    static const QString starts = QStringLiteral("£“\"'");
    if (i + 2 >= text.size() || !(text[i] == u'.' || text[i] == u'!' || text[i] == u'?') || !text[i + 1].isSpace())
        return false;
    qsizetype next = i + 1;
    while (next < text.size() && text[next].isSpace())
        ++next;
    return next < text.size() && (text[next].isUpper() || text[next].isDigit() || starts.contains(text[next]));
}

QStringList sentences(const QString &paragraph)
{
    QStringList result;
    qsizetype start = 0;
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        if (endsSentence(paragraph, i)) {
            result << paragraph.mid(start, i + 1 - start);
            start = i + 1;
            while (paragraph[start].isSpace())
                ++start;
            i = start - 1;
        }
    }
    result << paragraph.mid(start);
    return result;
}

QString firstSentence(const QString &paragraph)
{
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        if (endsSentence(paragraph, i))
            return paragraph.left(i + 1);
    }
    return paragraph;
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

QString withoutFullStop(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
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
        Factsheet sheet;
        readTitle(sheet);
        skipToHighlights();
        while (const Paragraph *paragraph = peek()) {
            if (!paragraph->text.startsWith(QStringLiteral("£")))
                break;
            const Paragraph &highlight = *next();
            sheet.fundingLines.push_back(readHighlight(highlight));
            addToLocalTotal(highlight, sheet.fundingLines.back());
        }
        readLabourMarket(expect(labourMarketExpected()));
        readAreaFigures(expect(tr("the line \"Population: N Businesses: N\"")));
        readCaseStudy(sheet);
        readClosingLines(sheet);

        // Figures in the JSON factsheet's order: the area, the labour market, then derived ones.
        for (std::optional<Figure> *figure :
             {&m_population, &m_businesses, &m_employment, &m_increase, &m_livingWage, &m_apprenticeships})
            sheet.figures.push_back(**figure);
        sheet.figures.push_back(*m_employmentThen);
        sheet.indexCategories();
        return sheet;
    }

private:
    const Paragraph *peek() const { return m_next < m_paragraphs.size() ? &m_paragraphs[m_next] : nullptr; }
    const Paragraph *next() { return m_next < m_paragraphs.size() ? &m_paragraphs[m_next++] : nullptr; }

    [[noreturn]] void failAtEnd(const QString &expected) const
    {
        throw Invalid {tr("end of file"), tr("expected %1, found no more text").arg(expected)};
    }

    [[noreturn]] static void fail(qsizetype line, const QString &expected, const QString &found)
    {
        throw Invalid {tr("line %1").arg(line), tr("expected %1, found %2").arg(expected, LoadError::found(found))};
    }

    [[noreturn]] static void fail(const Paragraph &paragraph, const QString &expected)
    {
        fail(paragraph.line, expected, paragraph.text);
    }

    // With what was found said in other words than a quote of the text (a length, a total).
    [[noreturn]] static void failSaying(const Paragraph &paragraph, const QString &expected, const QString &found)
    {
        throw Invalid {tr("line %1").arg(paragraph.line), tr("expected %1, found %2").arg(expected, found)};
    }

    // National money is never summed with local lines; the local total must stay within what the
    // app can show exactly (ReaderRules::largestWhole).
    void addToLocalTotal(const Paragraph &paragraph, const FundingLine &line)
    {
        if (line.scope == Scope::Local && !ReaderRules::addToLocalTotal(m_localTotal, line.amount)) {
            failSaying(paragraph,
                       tr("local amounts that add up to at most %1").arg(UkNumbers::pounds(ReaderRules::largestWhole)),
                       tr("a local total of %1 with this line").arg(UkNumbers::pounds(m_localTotal + line.amount)));
        }
    }

    const Paragraph &expect(const QString &expected)
    {
        const Paragraph *paragraph = next();
        if (!paragraph)
            failAtEnd(expected);
        return *paragraph;
    }

    void readTitle(Factsheet &sheet)
    {
        const Paragraph &title = expect(tr("the name of the area"));
        if (title.text == LocalSummaryText::highlightsHeading)
            fail(title, tr("the name of the area before the highlights"));
        sheet.area.name = title.text;
        sheet.sourceInfo.title = tr("Industrial Strategy: local summaries - %1").arg(title.text);
        // Not in the text: the series' own.
        sheet.sourceInfo.publisher = QStringLiteral("Department for Business, Energy & Industrial Strategy");
        sheet.sourceInfo.published = QStringLiteral("2018-12");
        sheet.sourceInfo.copyright = QStringLiteral("Crown copyright");
        sheet.sourceInfo.licence = QStringLiteral("Open Government Licence v3.0");
        sheet.sourceInfo.textResource = m_fileName;
    }

    // The introduction says the same in every summary and holds no figures.
    void skipToHighlights()
    {
        while (const Paragraph *paragraph = next()) {
            if (paragraph->text == LocalSummaryText::highlightsHeading)
                return;
        }
        failAtEnd(tr("the line \"%1\"").arg(LocalSummaryText::highlightsHeading));
    }

    qint64 figureValue(const Paragraph &paragraph, const QString &quote, const QString &expected) const
    {
        const std::optional<qint64> value = UkNumbers::parseQuotedFigure(quote);
        if (!value)
            fail(paragraph.line, expected, quote);
        // As in the JSON format: no more than a JSON reader (a double) keeps exactly.
        if (*value > ReaderRules::largestWhole)
            fail(paragraph.line, tr("a figure of at most %1").arg(UkNumbers::count(ReaderRules::largestWhole)), quote);
        return *value;
    }

    qint64 amountOf(const Paragraph &paragraph, const QString &quote) const
    {
        return figureValue(paragraph, quote, tr("an amount in whole pounds, such as \"£2.6m\" or \"£10m\""));
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

    // "£2.6m to Cobra Biologics to develop cell and gene therapy products ..."
    FundingLine readHighlight(const Paragraph &paragraph)
    {
        // Scanned rather than matched: a summary may have a million of these.
        const QString sentence = firstSentence(paragraph.text);
        const qsizetype amountEnd = sentence.indexOf(u' ');
        const QStringView rest = amountEnd < 0 ? QStringView() : QStringView(sentence).mid(amountEnd + 1);
        const bool viaTo = rest.startsWith(u"to ");
        const qsizetype connective = viaTo ? 3 : (rest.startsWith(u"for ") ? 4 : 0);
        if (connective == 0 || rest.size() == connective)
            fail(paragraph,
                 tr("a highlight such as \"£2.6m to Cobra Biologics to develop ...\": its amount, then "
                    "\"to\" or \"for\" and what it pays for"));
        FundingLine line;
        line.quote = sentence.left(amountEnd);
        line.amount = amountOf(paragraph, line.quote);
        line.source = sentence;
        line.category = m_highlightsCategory;
        line.scope = Scope::Local;

        QString body = withoutFullStop(rest.mid(connective).toString());
        QList<QStringView> words = QStringView(body).split(u' ', Qt::SkipEmptyParts);
        // "to Cobra Biologics to develop ...": a name straight after "to" is the recipient.
        if (viaTo) {
            const qsizetype end = nameEnd(words, 0);
            if (end > 0 && end + 1 < words.size() && (words[end] == u"to" || words[end] == u"for")) {
                line.recipient = span(body, words, 0, end);
                body = span(body, words, end + 1, words.size());
                words = QStringView(body).split(u' ', Qt::SkipEmptyParts);
            }
        }
        // "... Business Park in Wolverhampton": a place name at the very end is where.
        for (qsizetype in = words.size() - 2; in > 0; --in) {
            if (words[in] == u"in" && nameEnd(words, in + 1) == words.size()) {
                line.location = span(body, words, in + 1, words.size());
                body = span(body, words, 0, in);
                words = QStringView(body).split(u' ', Qt::SkipEmptyParts);
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

    Figure makeFigure(const FigureKind &kind, const QString &quote, const QString &source, const Paragraph &paragraph)
    {
        Figure figure;
        figure.id = QLatin1String(kind.id);
        figure.group = QLatin1String(kind.group);
        figure.label = tr(kind.label);
        figure.shortLabel = tr(kind.shortLabel);
        figure.unit = QLatin1String(kind.unit);
        figure.measure = kind.measure;
        figure.quote = quote;
        figure.value = figureValue(paragraph, quote, tr("a count such as \"548,800\""));
        figure.source = source;
        return figure;
    }

    static void once(std::optional<Figure> &slot, Figure figure, const Paragraph &paragraph)
    {
        if (slot)
            fail(paragraph.line, tr("each labour-market figure once"), figure.source);
        slot = std::move(figure);
    }

    static QString labourMarketExpected()
    {
        return tr("the labour-market figures, such as \"548,800 people in employment, an increase of 35,800 since "
                  "2010.\", or a highlight starting with its amount");
    }

    // " 548,800 people in employment, an increase of 35,800 since 2010. 23,500 workers directly
    // benefiting from the National Living and Minimum Wages. 8,680 apprenticeships starts last year."
    void readLabourMarket(const Paragraph &paragraph)
    {
        static const QRegularExpression employed
            = anchored(countPattern + QStringLiteral(R"( people in employment, an increase of )") + countPattern
                       + QStringLiteral(R"( since (\d{4})\.)"));
        static const QRegularExpression wages = anchored(
            countPattern
            + QStringLiteral(R"( workers directly benefiting from the National Living and Minimum Wages\.)"));
        static const QRegularExpression starts
            = anchored(countPattern + QStringLiteral(R"( apprenticeships? starts? last year\.)"));
        for (const QString &sentence : sentences(paragraph.text)) {
            if (const QRegularExpressionMatch match = employed.match(sentence); match.hasMatch()) {
                const QString year = match.captured(3);
                once(m_employment, makeFigure(employment, match.captured(1), sentence, paragraph), paragraph);
                Figure increase = makeFigure(employment, match.captured(2), sentence, paragraph);
                increase.id = QStringLiteral("employment-increase-since-%1").arg(year);
                increase.label = tr("Increase in employment since %1").arg(year);
                increase.shortLabel = tr("Increase since %1").arg(year);
                increase.measure = Measure::EmploymentChange;
                m_increase = increase;
                Figure then;
                then.id = QStringLiteral("employment-%1").arg(year);
                then.group = increase.group;
                then.label = tr("People in employment in %1").arg(year);
                then.shortLabel = year;
                then.unit = increase.unit;
                then.measure = Measure::EarlierEmployment;
                m_employmentThen = differenceFigure(std::move(then), *m_employment, *m_increase);
                if (!m_employmentThen)
                    fail(paragraph.line, tr("an increase no larger than the number in employment"), sentence);
            } else if (const QRegularExpressionMatch match = wages.match(sentence); match.hasMatch()) {
                once(m_livingWage, makeFigure(livingWage, match.captured(1), sentence, paragraph), paragraph);
            } else if (const QRegularExpressionMatch match = starts.match(sentence); match.hasMatch()) {
                once(m_apprenticeships, makeFigure(apprenticeships, match.captured(1), sentence, paragraph), paragraph);
            } else {
                fail(paragraph.line, labourMarketExpected(), sentence);
            }
        }
        if (!m_employment || !m_livingWage || !m_apprenticeships)
            fail(paragraph,
                 tr("people in employment, workers on the National Living and Minimum Wages and "
                    "apprenticeship starts, all three"));
    }

    // "Population: 1,126,200 **Businesses:** 46,190" (the asterisks are left by the PDF's bold).
    void readAreaFigures(const Paragraph &paragraph)
    {
        static const QRegularExpression line = anchored(QStringLiteral(R"(\**Population:\**\s*)") + countPattern
                                                        + QStringLiteral(R"(\s+\**Businesses:\**\s*)") + countPattern);
        const QRegularExpressionMatch match = line.match(paragraph.text);
        if (!match.hasMatch())
            fail(paragraph, tr("the line \"Population: N Businesses: N\""));
        m_population = makeFigure(population, match.captured(1), paragraph.text, paragraph);
        m_businesses = makeFigure(businesses, match.captured(2), paragraph.text, paragraph);
    }

    // "Case study: Stafford College Science & Technology Centre (STC)", then its paragraphs.
    void readCaseStudy(Factsheet &sheet)
    {
        static const QRegularExpression heading(QStringLiteral(R"(^Case study: (.+?)(?: \(([A-Z][A-Za-z0-9&]*)\))?$)"));
        const Paragraph &headingParagraph = expect(tr("the case study's heading, \"Case study: its title\""));
        const QRegularExpressionMatch match = heading.match(headingParagraph.text);
        if (!match.hasMatch())
            fail(headingParagraph, tr("the case study's heading, \"Case study: its title\""));
        CaseStudy &study = sheet.caseStudy;
        study.title = match.captured(1);
        study.acronym = match.captured(2);
        study.id = slug(study.title);
        study.source = headingParagraph.text;

        QList<const Paragraph *> paragraphs;
        QStringList text;
        qsizetype length = 0; // of the text as joined below
        while (const Paragraph *paragraph = peek()) {
            if (closingLine(paragraph->text) != Closing::None)
                break;
            paragraphs.append(next());
            text.append(paragraph->text);
            length += (text.size() > 1 ? 2 : 0) + paragraph->text.size();
            if (length > ReaderRules::maxLongTextLength) {
                failSaying(
                    *paragraph,
                    tr("a case study of at most %1 characters").arg(UkNumbers::count(ReaderRules::maxLongTextLength)),
                    tr("%1 characters by the end of this line").arg(UkNumbers::count(length)));
            }
        }
        if (paragraphs.isEmpty()) {
            if (const Paragraph *paragraph = peek())
                fail(*paragraph, tr("the text of the case study"));
            failAtEnd(tr("the text of the case study"));
        }
        study.text = text.join(QStringLiteral("\n\n")); // paragraphs apart, as printed

        for (const Paragraph *paragraph : std::as_const(paragraphs)) {
            for (const QString &sentence : sentences(paragraph->text))
                readCaseStudySentence(sheet, *paragraph, sentence);
        }
    }

    // The first sentence naming an investment, an opening month or qualification levels gives each.
    void readCaseStudySentence(Factsheet &sheet, const Paragraph &paragraph, const QString &sentence)
    {
        static const QRegularExpression investment(
            moneyPattern + QStringLiteral(R"( investment from the ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))"));
        static const QRegularExpression opened(
            QStringLiteral(R"(\bopened\b.*\bin (January|February|March|April|May|June|July|August|September|)"
                           R"(October|November|December) (\d{4})\b)"));
        static const QRegularExpression levels(QStringLiteral(R"(\blevels? (\d(?:, \d)*(?: and \d)?)\b)"));
        CaseStudy &study = sheet.caseStudy;
        if (const QRegularExpressionMatch found = investment.match(sentence);
            found.hasMatch() && study.fundingLineId.isEmpty()) {
            FundingLine line;
            line.title = study.title;
            line.purpose = tr("The case study's investment, from the %1").arg(found.captured(2));
            line.quote = found.captured(1);
            line.amount = amountOf(paragraph, line.quote);
            line.fund = found.captured(2);
            line.category = tr("Case study");
            line.scope = Scope::Local;
            line.source = sentence;
            line.id = uniqueId(line.title);
            line.caseStudyId = study.id;
            study.fundingLineId = line.id;
            addToLocalTotal(paragraph, line);
            sheet.fundingLines.push_back(std::move(line));
        }
        if (const QRegularExpressionMatch found = opened.match(sentence); found.hasMatch() && !study.opened.isValid()) {
            const QDate month = UkNumbers::locale().toDate(found.captured(1) + QStringLiteral(" ") + found.captured(2),
                                                           QStringLiteral("MMMM yyyy"));
            if (month.isValid()) {
                study.opened = month;
                study.openedSource = sentence;
            }
        }
        if (const QRegularExpressionMatch found = levels.match(sentence); found.hasMatch() && study.levels.isEmpty()) {
            static const QRegularExpression digit(QStringLiteral(R"(\d)"));
            for (const QRegularExpressionMatch &level : digit.globalMatch(found.captured(1)))
                study.levels.append(level.captured().toInt());
            study.levelsSource = sentence;
        }
    }

    enum class Closing { None, Link, Partnership, National };

    static Closing closingLine(const QString &text)
    {
        if (text.startsWith(QLatin1String("For more examples go to ")))
            return Closing::Link;
        if (text.contains(
                QLatin1String(" is now working with the government to develop its Local Industrial Strategy")))
            return Closing::Partnership;
        if (text.startsWith(QLatin1String("We have committed ")))
            return Closing::National;
        return Closing::None;
    }

    // The link to more examples, the partnership's line and the national commitment, each once.
    void readClosingLines(Factsheet &sheet)
    {
        static const QRegularExpression link(QStringLiteral(R"(^For more examples go to (\S+?)\.?$)"));
        static const QRegularExpression partnership(
            QStringLiteral(R"(^(.+) is now working with the government to develop its Local Industrial Strategy\.$)"));
        static const QRegularExpression national
            = anchored(QStringLiteral(R"(We have committed (more than )?)") + moneyPattern
                       + QStringLiteral(R"( to (.+?)(?: supporting (.+?))?\.)"));
        QSet<int> seen;
        const QString expected = tr("\"For more examples go to ...\", \"... is now working with the government to "
                                    "develop its Local Industrial Strategy.\" or \"We have committed ...\", each once");
        while (const Paragraph *paragraph = next()) {
            const Closing kind = closingLine(paragraph->text);
            if (kind == Closing::None || seen.contains(static_cast<int>(kind)))
                fail(*paragraph, expected);
            seen.insert(static_cast<int>(kind));
            const QString sentence = firstSentence(paragraph->text);
            switch (kind) {
            case Closing::Link: {
                const QRegularExpressionMatch match = link.match(paragraph->text);
                if (!match.hasMatch())
                    fail(*paragraph, tr("\"For more examples go to\" and an address"));
                sheet.links.append({tr("More examples"), match.captured(1), paragraph->text});
                break;
            }
            case Closing::Partnership: {
                const QRegularExpressionMatch match = partnership.match(sentence);
                if (!match.hasMatch())
                    fail(*paragraph, expected);
                sheet.area.partnership = match.captured(1);
                sheet.area.source = sentence;
                break;
            }
            case Closing::National: {
                const QRegularExpressionMatch match = national.match(sentence);
                if (!match.hasMatch())
                    fail(*paragraph, tr("\"We have committed\", an amount such as \"£45bn\", then what it is for"));
                FundingLine line;
                line.amountQualifier = match.captured(1).trimmed();
                line.quote = match.captured(2);
                line.amount = amountOf(*paragraph, line.quote);
                line.title = capitalised(match.captured(3));
                line.purpose = match.hasCaptured(4) ? capitalised(match.captured(4)) : line.title;
                line.category = tr("National programmes");
                line.scope = Scope::National;
                line.source = sentence;
                line.id = uniqueId(line.title);
                sheet.fundingLines.push_back(std::move(line));
                break;
            }
            case Closing::None:
                break;
            }
        }
        if (!seen.contains(static_cast<int>(Closing::Partnership)))
            failAtEnd(tr("the line \"... is now working with the government to develop its Local Industrial "
                         "Strategy.\", which names the partnership"));
    }

    QList<Paragraph> m_paragraphs;
    qsizetype m_next = 0;
    QString m_fileName;
    QSet<QString> m_lineIds;
    const QString m_highlightsCategory = tr("Highlights");
    QHash<QString, int> m_nextSuffix;
    qint64 m_localTotal = 0;
    std::optional<Figure> m_population, m_businesses, m_employment, m_increase, m_livingWage, m_apprenticeships,
        m_employmentThen;
};

} // namespace

namespace LocalSummaryText {

FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName)
{
    if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
        return FactsheetLoadResult::failure(*std::move(error));
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    // Every field comes from a paragraph, so limiting paragraphs limits them all. Tab is text; a
    // carriage return ends a Windows line and is trimmed with the white space around it.
    QList<Paragraph> paragraphs;
    qsizetype lineNumber = 0;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
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
        if (const qsizetype at = ReaderRules::firstControlCharacter(trimmed, ReaderRules::Breaks::Allowed); at >= 0) {
            return refuse(QCoreApplication::translate("LocalSummaryText", "text without control characters"),
                          LoadError::foundAround(trimmed, at));
        }
        paragraphs.append({lineNumber, trimmed.toString()});
    }
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
