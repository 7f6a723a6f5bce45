#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The entities of one "Industrial Strategy: local summary". Plain values: the loader fills them
// whole, the model only reads them. Money is a whole number of pounds, counts are whole numbers.

enum class Scope { Local, National };

// What a figure measures, whatever its id or wording says: the readers set it from the figure's
// meaning, and the charts are drawn from it (chartmembership.h), so a summary whose text says
// "since 2011" still shows both of its employment bars.
enum class Measure {
    Unspecified,
    Population,
    Businesses,
    Employment,           // people in employment, latest
    EmploymentChange,     // change in employment since an earlier year
    EarlierEmployment,    // people in employment in that earlier year (derived)
    LivingWageWorkers,    // workers directly benefiting from the National Living and Minimum Wages
    ApprenticeshipStarts, // apprenticeship starts last year
};
// The JSON name of a measure ("apprenticeshipStarts"); empty for Unspecified.
QString measureName(Measure measure);
// The measure of a JSON name; nullopt for a name that is none.
std::optional<Measure> measureFromName(QStringView name);

struct SourceInfo
{
    QString title;
    QString publisher;
    QString published; // "YYYY-MM"
    QString copyright;
    QString licence;
    QString textResource; // path of the source text, e.g. ":/factsheet/source/....txt"
};

struct Area
{
    QString name;
    QString partnership;
    QString source;
};

struct FundingLine
{
    // First, side by side: what totals, charts and sorting read of a million lines.
    qint64 amount = 0; // pounds
    // False for a line the summary names without an amount ("amount not stated"): its amount is
    // 0 and means nothing; it is never summed, drawn or sorted as a sum of money.
    bool hasAmount = true;
    Scope scope = Scope::Local;

    QString id;
    QString title;     // what the table shows: the recipient where named, else what is funded
    QString recipient; // empty where the factsheet names none
    QString purpose;
    QString amountQualifier; // e.g. "more than" for "more than £45bn"; usually empty
    QString category;
    QString location;    // empty where not stated
    QString fund;        // empty where not stated
    QString caseStudyId; // the case study that tells this line's story, if any
    QString quote;       // the figure exactly as printed, e.g. "£2.6m"
    QString source;      // the sentence it comes from
};

struct Figure
{
    QString id;
    QString group; // "area" or "labourMarket"
    QString label;
    QString shortLabel; // for chart categories
    qint64 value = 0;   // 0 or more, but a change (Measure::EmploymentChange) is negative for a decrease
    QString unit;       // "people", "workers", ...
    Measure measure = Measure::Unspecified;
    // For a derived ratio (a growth, a rate per 1,000, pounds per resident): its value, rounded by
    // the rule of normalisation.h, and as shown ("7.0%"); `value` then holds it rounded to a whole.
    std::optional<double> ratio;
    QString ratioText;
    QString quote;  // as printed; empty for a derived figure
    QString source; // the sentence it comes from (for a derived figure: that of its first operand)
    bool derived = false;
    QString derivation;     // how a derived figure was computed, in words and figures
    QStringList difference; // a derived figure's operands: the ids of the two stated figures
};

struct Facility
{
    QString name;
    QString description;
    QString source;
};

struct CaseStudy
{
    QString id;
    QString title;
    QString acronym;
    QString fundingLineId;       // the funding line of its investment
    QDate opened;                // first day of the month it opened (of the year, when openedYearOnly)
    bool openedYearOnly = false; // the summary gives the year alone ("Opened in 2018")
    QString openedSource;
    QList<int> levels;
    QString levelsSource;
    QList<Facility> facilities;
    QString text; // the whole case study; paragraphs separated by a blank line ("\n\n")
    QString source;
};

// A paragraph of a summary's text that the text reader could not place, kept as it was read so
// that nothing of the summary is lost without a word: shown in the window and saved in the JSON.
struct Note
{
    QString text;       // the paragraph or sentence, as read
    qsizetype line = 0; // the line it starts on, 1-based; 0 when not known
    QString reason;     // why the reader made nothing else of it
};

struct Link
{
    QString label;
    QString url;
    QString source;
};

struct Factsheet
{
    SourceInfo sourceInfo;
    Area area;
    std::vector<FundingLine> fundingLines;
    std::vector<Figure> figures; // stated figures first, then derived ones
    CaseStudy caseStudy;         // empty (no id) when the summary has none
    QList<Link> links;
    QList<Note> notes; // in the order of the text
    // Distinct funding-line categories, sorted for people (for a category filter). Derived from
    // the lines by indexCategories(), which the loader calls on its worker thread.
    QStringList categories;

    const FundingLine *fundingLine(const QString &id) const;
    const Figure *figure(const QString &id) const;
    bool hasCaseStudy() const { return !caseStudy.id.isEmpty(); }
    void indexCategories();
    // The same from the distinct categories of the lines, found already (the JSON reader notes
    // them as it reads, which spares a walk through a million lines).
    void indexCategories(const QSet<QString> &distinct);
};

// "Industrial Strategy local summary, Stoke-on-Trent & Staffordshire, Department for Business, Energy &
// Industrial Strategy, December 2018 (Open Government Licence v3.0)": how to cite the factsheet.
QString citation(const Factsheet &factsheet);
// "Source: Industrial Strategy local summary, …, December 2018. Open Government Licence v3.0.": the
// line every exported chart carries.
QString sourceLine(const Factsheet &factsheet);

// The figure `from` − `minus`, both stated figures, as a derived figure: header gives its id, group,
// labels and unit; the value, source and derivation (in words and figures) are filled in here, the
// one place both readers compute it. `minus` may be negative (a decrease), which the derivation
// says: "548,800 (people in employment) + 1,200 (the decrease: change in employment since 2010) =
// 550,000". nullopt when the difference would be negative.
std::optional<Figure> differenceFigure(Figure header, const Figure &from, const Figure &minus);
