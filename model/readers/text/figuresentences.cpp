#include "figuresentences.h"

#include "readers/loadresult.h"
#include "readers/readerrules.h"
#include "summaryphrases.h"
#include "uknumbers.h"

#include <QRegularExpression>
#include <QStringList>

using SummaryPhrases::pattern;
using SummaryText::Span;

namespace {

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

Figure makeFigure(const FigureKind &kind, const QString &quote, qint64 value, const QString &source)
{
    Figure figure;
    figure.id = QLatin1String(kind.id);
    figure.group = QLatin1String(kind.group);
    figure.label = QCoreApplication::translate("LocalSummaryText", kind.label);
    figure.shortLabel = QCoreApplication::translate("LocalSummaryText", kind.shortLabel);
    figure.unit = QLatin1String(kind.unit);
    figure.measure = kind.measure;
    figure.quote = quote;
    figure.value = value;
    figure.source = source;
    return figure;
}

} // namespace

namespace SummaryReading {

FigureSentences::FigureSentences(ReadingState &state) : m_state(state) { }

void FigureSentences::finish()
{
    for (std::optional<Figure> *figure :
         {&m_population, &m_businesses, &m_employment, &m_change, &m_livingWage, &m_apprenticeships}) {
        if (*figure)
            m_state.sheet().figures.push_back(**figure);
    }
    deriveEarlierEmployment();
}

// A count as printed ("548,800", "548800"): its value, or nullopt (with a note) when it is none:
// a count is read exactly, or not at all.
std::optional<qint64> FigureSentences::countOf(const QString &printed, const Span &sentence, const QString &what)
{
    const UkNumbers::QuotedFigure figure = UkNumbers::readQuotedFigure(printed);
    if (figure.tooLarge || (figure.value && *figure.value > ReaderRules::largestWhole)) {
        m_state.addNote(ReadingState::tooLarge(LoadError::found(printed)), sentence);
        return std::nullopt;
    }
    if (!figure.value && printed.contains(u'.')) {
        m_state.addNote(tr("%1 has a fraction where a count is expected (%2)").arg(LoadError::found(printed), what),
                        sentence);
        return std::nullopt;
    }
    if (!figure.value) {
        m_state.addNote(
            tr("%1 is not a count the reader can read, such as \"548,800\" (%2)").arg(LoadError::found(printed), what),
            sentence);
        return std::nullopt;
    }
    return figure.value;
}

// The first of each figure counts; another is kept as a note.
bool FigureSentences::placeOnce(std::optional<Figure> &slot, qsizetype &lineOfSlot, Figure figure, const Span &sentence)
{
    if (slot) {
        m_state.addNote(
            tr("a second figure of %1; the one on line %2 is kept").arg(figure.label.toLower()).arg(lineOfSlot),
            sentence);
        return false;
    }
    slot = std::move(figure);
    lineOfSlot = m_state.line();
    return true;
}

// "548,800 people in employment, an increase of 35,800 since 2010.", "... a decrease of 1,200
// since 2011.", "23,500 workers directly benefiting from the National Living and Minimum Wages.",
// "8,680 apprenticeships starts last year."
bool FigureSentences::readLabourSentence(const Span &sentence, const QString &folded)
{
    static const QRegularExpression employed = pattern(
        QStringLiteral(R"(^(\d[\d,]*(?:\.\d+)?) people (?:are )?in employment(?:(?:,| -)? (?:with )?(?:an? )?)"
                       R"((increase|rise|growth|decrease|fall|drop|reduction) of (\d[\d,]*(?:\.\d+)?) since )"
                       R"((\d{4}))?\s*\.?$)"));
    static const QRegularExpression wages = pattern(
        QStringLiteral(R"(^(\d[\d,]*(?:\.\d+)?) workers (?:are )?directly benefit(?:ing|ed|) from the National )"
                       R"(Living (?:and|&) Minimum Wages?\s*\.?$)"));
    static const QRegularExpression starts
        = pattern(QStringLiteral(R"(^(\d[\d,]*(?:\.\d+)?) apprenticeships? starts? (?:in the )?last year\s*\.?$)"));
    const QString source = m_state.sentenceText(sentence);
    if (const QRegularExpressionMatch match = employed.match(folded); match.hasMatch()) {
        m_state.markSection(Section::Figures);
        const QString quote = m_state.printed(sentence, match, 1);
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
        m_state.markSection(Section::Figures);
        const QString quote = m_state.printed(sentence, match, 1);
        if (const std::optional<qint64> value = countOf(quote, sentence, tr("workers")))
            placeOnce(m_livingWage, m_livingWageLine, makeFigure(livingWage, quote, *value, source), sentence);
        return true;
    }
    if (const QRegularExpressionMatch match = starts.match(folded); match.hasMatch()) {
        m_state.markSection(Section::Figures);
        const QString quote = m_state.printed(sentence, match, 1);
        if (const std::optional<qint64> value = countOf(quote, sentence, tr("apprenticeship starts")))
            placeOnce(m_apprenticeships, m_apprenticeshipsLine, makeFigure(apprenticeships, quote, *value, source),
                      sentence);
        return true;
    }
    return readOtherEmploymentSentence(sentence, folded);
}

// "548,800 people in employment, a fall of 1,200 and a rise of 3,000 since 2010.", "-548,800
// people in employment.": a sentence about employment the reader cannot read whole. The count it
// starts with is read when it can be exactly; its other figures, or all of them after a sign, are
// in a note that names them.
bool FigureSentences::readOtherEmploymentSentence(const Span &sentence, const QString &folded)
{
    static const QRegularExpression other
        = pattern(QStringLiteral(R"(^(-\s*)?(\d[\d,]*(?:\.\d+)?) people (?:are )?in employment\b(.*)$)"));
    static const QRegularExpression number(QStringLiteral(R"(\d[\d,]*(?:\.\d+)?)"));
    const QRegularExpressionMatch match = other.match(folded);
    if (!match.hasMatch())
        return false;
    m_state.markSection(Section::Figures);
    const auto figuresIn = [&](qsizetype from) {
        QStringList figures;
        for (const QRegularExpressionMatch &figure : number.globalMatch(folded, from))
            figures << LoadError::found(m_state.printed(sentence, figure, 0));
        return figures.join(tr(", "));
    };
    if (match.hasCaptured(1)) {
        m_state.addNote(
            tr("a sign before a count of people in employment, so none of its figures is read: %1").arg(figuresIn(0)),
            sentence);
        return true;
    }
    const QString quote = m_state.printed(sentence, match, 2);
    if (const std::optional<qint64> value = countOf(quote, sentence, tr("people in employment")))
        placeOnce(m_employment, m_employmentLine, makeFigure(employment, quote, *value, m_state.sentenceText(sentence)),
                  sentence);
    if (const QString rest = figuresIn(match.capturedStart(3)); !rest.isEmpty()) {
        m_state.addNote(tr("a change in employment the reader cannot read as one increase or decrease since a "
                           "year, so its figures are not read: %1")
                            .arg(rest),
                        sentence);
    }
    return true;
}

// The change since an earlier year: an increase, or a decrease as a negative change.
void FigureSentences::readEmploymentChange(const Span &sentence, const QRegularExpressionMatch &match)
{
    const QString direction = match.captured(2).toLower();
    const bool decrease = direction == QLatin1String("decrease") || direction == QLatin1String("fall")
        || direction == QLatin1String("drop") || direction == QLatin1String("reduction");
    const QString quote = m_state.printed(sentence, match, 3);
    const std::optional<qint64> size = countOf(quote, sentence, tr("the change in employment"));
    if (!size)
        return;
    const QString year = match.captured(4);
    Figure change = makeFigure(employment, quote, decrease ? -*size : *size, m_state.sentenceText(sentence));
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
    m_changeLine = m_state.line();
    m_changeSentence = m_state.sentenceText(sentence);
}

// Employment in the earlier year: the latest less the change.
void FigureSentences::deriveEarlierEmployment()
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
    // Less a decrease is more than the latest: no more than the stated figures' own limit.
    if (m_employment->value - m_change->value > ReaderRules::largestWhole) {
        m_state.sheet().notes.append(
            {m_changeSentence, m_changeLine,
             tr("people in employment in %1 cannot be derived: %2")
                 .arg(m_changeYear, ReadingState::tooLarge(UkNumbers::count(m_employment->value - m_change->value)))});
        return;
    }
    if (std::optional<Figure> derived = differenceFigure(std::move(then), *m_employment, *m_change)) {
        m_state.sheet().figures.push_back(*std::move(derived));
        return;
    }
    m_state.sheet().notes.append(
        {m_changeSentence, m_changeLine,
         tr("people in employment in %1 cannot be derived: the increase of %2 is larger than the %3 in "
            "employment")
             .arg(m_changeYear, UkNumbers::count(m_change->value), UkNumbers::count(m_employment->value))});
}

// "Population: 1,126,200 **Businesses:** 46,190", on one line or two, the PDF's "**" or not.
bool FigureSentences::readAreaSentence(const Span &sentence, const QString &folded)
{
    static const QRegularExpression figure(QStringLiteral(R"(\b(population|businesses)\s*:\s*(\d[\d,]*(?:\.\d+)?))"),
                                           QRegularExpression::CaseInsensitiveOption);
    bool any = false;
    for (const QRegularExpressionMatch &match : figure.globalMatch(folded)) {
        any = true;
        m_state.markSection(Section::Figures);
        const bool isPopulation = match.captured(1).toLower() == QLatin1String("population");
        const QString quote = m_state.printed(sentence, match, 2);
        const std::optional<qint64> value
            = countOf(quote, sentence, isPopulation ? tr("population") : tr("businesses"));
        if (!value)
            continue;
        const Figure read
            = makeFigure(isPopulation ? population : businesses, quote, *value, m_state.sentenceText(sentence));
        if (isPopulation)
            placeOnce(m_population, m_populationLine, read, sentence);
        else
            placeOnce(m_businesses, m_businessesLine, read, sentence);
    }
    return any;
}

} // namespace SummaryReading
