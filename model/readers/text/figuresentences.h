#pragma once

#include "readingstate.h"

#include <QRegularExpressionMatch>

#include <optional>

// The summary's figures, from its own sentences: the labour market's ("548,800 people in
// employment, an increase of 35,800 since 2010.", the living wage, apprenticeship starts) and the
// area's ("Population: 1,126,200 Businesses: 46,190"). The first of each counts, a repeat is a
// note; employment in the earlier year is derived from the latest and the change. A count is read
// exactly or not at all: a fraction, a sign, a figure past ReaderRules::largestWhole, a change the
// reader cannot tell is one increase or decrease, each is a note naming its figures.
namespace SummaryReading {

class FigureSentences
{
    Q_DECLARE_TR_FUNCTIONS(LocalSummaryText)

public:
    explicit FigureSentences(ReadingState &state);

    // One of the labour market's sentences, read; false if it is none.
    bool readLabourSentence(const SummaryText::Span &sentence, const QString &folded);
    // The area's figures in the sentence, read; false if it has none.
    bool readAreaSentence(const SummaryText::Span &sentence, const QString &folded);
    // The figures read, in the JSON factsheet's order (the area, the labour market, then derived
    // ones), added to the sheet.
    void finish();

private:
    std::optional<qint64> countOf(const QString &printed, const SummaryText::Span &sentence, const QString &what);
    bool placeOnce(std::optional<Figure> &slot, qsizetype &lineOfSlot, Figure figure,
                   const SummaryText::Span &sentence);
    bool readOtherEmploymentSentence(const SummaryText::Span &sentence, const QString &folded);
    void readEmploymentChange(const SummaryText::Span &sentence, const QRegularExpressionMatch &match);
    void deriveEarlierEmployment();

    ReadingState &m_state;
    std::optional<Figure> m_population, m_businesses, m_employment, m_change, m_livingWage, m_apprenticeships;
    qsizetype m_populationLine = 0, m_businessesLine = 0, m_employmentLine = 0, m_livingWageLine = 0,
              m_apprenticeshipsLine = 0, m_changeLine = 0;
    QString m_changeYear;
    QString m_changeSentence;
};

} // namespace SummaryReading
