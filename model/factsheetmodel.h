#pragma once

#include "areafacts.h"
#include "chartmembership.h"
#include "factsheet.h"
#include "normalisation.h"
#include "preparedfactsheet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>

// The one source model: every entity of the factsheet is a row. Funding lines come first (rows
// 0 .. fundingLineCount()-1, in document order), then the figures (stated, then derived), then the
// case study, when the factsheet has one. A funding line without an amount ("amount not stated")
// has no RawValueRole and says so in the amount column. Views see it through proxies or by role; nothing else holds the
// entities. It reads no files: FactsheetDocument opens them through FactsheetReader and hands it whole factsheets.
class FactsheetModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Kind { FundingLineKind, FigureKind, CaseStudyKind };
    Q_ENUM(Kind)

    enum Column {
        TitleColumn,
        PurposeColumn,
        CategoryColumn,
        AmountColumn,
        FundColumn,
        LocationColumn,
        ScopeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Display text is formatted en_GB (UkNumbers); these roles carry the raw values behind it.
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        EntityIdRole,                // QString, unique over all rows: "fundingLine/cobra-biologics"
        RawValueRole,                // qint64: pounds for a funding line or the case study, else a count;
                                     // double for a derived ratio (a growth, a rate, pounds per resident)
                                     // none for a funding line without an amount (HasAmountRole)
        UnitRole,                    // QString: "GBP" for money, else "people", "workers", ...
        SourceSentenceRole,          // QString: the factsheet sentence the row comes from
        SourceQuoteRole,             // QString: the figure exactly as printed ("£2.6m"); empty if derived
        DerivedRole,                 // bool: computed from other figures rather than stated
        DerivationRole,              // QString: how a derived figure was computed
        ScopeRole,                   // Scope as int: a national line is never summed with local ones
        LabelRole,                   // QString: the title or the figure's label
        ShortLabelRole,              // QString: chart category label ("2010", "Latest")
        GroupRole,                   // QString: a figure's group, "area" or "labourMarket"
        RecipientRole,               // QString: empty where the factsheet names none
        PurposeRole,
        CategoryRole,
        FundRole,
        LocationRole,
        AmountQualifierRole, // QString: "more than" for "more than £45bn"
        CaseStudyIdRole,     // QString: entity id of the case study a funding line belongs to
        CaseStudyRole,       // CaseStudy, on the case-study row
        LinksRole,           // QList<Link>, on the case-study row
        MeasureRole,         // QString: what a figure measures, as its JSON name ("employment"); else empty
        ChartRole,           // QString: the chart the row is drawn in ("employment", "funding"); empty if none
        ChartOrderRole,      // int: the row's place among that chart's bars (ascending); -1 if none
        CitationRole,        // QString: how to cite the factsheet (AreaFacts::citation), on every row for
                             // TableExport::withCitation, which quotes one row; views read AreaFacts
        NormalisedValueRole, // double: a funding line's amount under the normalisation in force; invalid if refused
        NormalisedTextRole,  // QString: that value as shown ("£2.31", "14.9%"), or why it is refused
        DenominatorNoteRole, // QString: "per resident — population 1,126,200"; empty for absolute pounds
        ValueTextRole,       // QString: a figure's value as shown, "548,800", "7.0%", "£15.45"
        HasAmountRole,       // bool: a funding line the summary gives an amount for (never summed or drawn if not)
        HeadlineRole,        // int: a figure's place among the area's headline figures (population, then
                             // businesses), shown beside its name; -1 for other figures, none for other rows
        AreaFactsRole,       // AreaFacts, in the header data (horizontal, section 0): the document's facts
    };
    Q_ENUM(Role)

    explicit FactsheetModel(QObject *parent = nullptr);

    // Replaces everything at once (a model reset).
    void setFactsheet(Factsheet factsheet);
    // The same, prepared already (on a worker thread, for a large file).
    void setFactsheet(PreparedFactsheet prepared);

    // How the funding lines' amounts are shown (the amount column, NormalisedValueRole and
    // NormalisedTextRole): absolute pounds, or set against the area (normalisation.h).
    void setNormalisation(Normalisation normalisation);
    Normalisation normalisation() const { return m_facts.normalisation; }
    const Normalisations::Denominators &denominators() const { return m_sheet.denominators(); }
    // The document's facts, as the header data carries them to views (AreaFacts::of()).
    const AreaFacts &facts() const { return m_facts; }

    const Factsheet &factsheet() const { return sheet(); }
    // The factsheet shown now, shared and immutable: work on another thread (a proxy's sort or
    // filter) reads it safely while the model moves on to a newer one.
    std::shared_ptr<const Factsheet> snapshot() const { return m_sheet.factsheet(); }

    int fundingLineCount() const { return static_cast<int>(sheet().fundingLines.size()); }
    // Typed access for proxies and charts that sort, filter or plot without QVariant.
    const FundingLine &fundingLineAt(int row) const { return sheet().fundingLines[static_cast<size_t>(row)]; }
    bool isFundingLineRow(int row) const { return row >= 0 && row < fundingLineCount(); }
    // -1 before a factsheet is set, and for a factsheet without a case study.
    int caseStudyRow() const { return sheet().hasCaseStudy() ? rowCount() - 1 : -1; }
    // Distinct funding-line categories, sorted for people.
    const QStringList &categories() const { return sheet().categories; }
    // The row of an entity by its EntityIdRole value; an invalid index if there is none.
    QModelIndex indexOfEntity(const QString &entityId, int column = 0) const;

    static QString fundingLineEntityId(const QString &id);
    static QString figureEntityId(const QString &id);
    static QString caseStudyEntityId(const QString &id);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // As QAbstractItemModel::match(), but the rows of a chart (ChartRole, exactly, every hit from
    // row 0) are found from the factsheet itself: a figure chart among a million funding lines
    // costs its few figures, not a million calls of data().
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;
    // The funding chart's rows (ChartRole "funding") with their ChartOrderRole and RawValueRole,
    // lines without an amount left out, in row order: what the chart is described from, without
    // a call of data() per line.
    QList<ChartMembership::Row> fundingChartRows() const;
    // The funding chart's row of the line at `row`; nullopt for a line the chart does not draw.
    // The one rule fundingChartRows() and the table's proxy follow.
    std::optional<ChartMembership::Row> fundingChartRow(int row) const;

private:
    QVariant normalisedData(const FundingLine &line, int role) const;
    static QVariant chartPlaceData(const std::optional<ChartMembership::Place> &place, int role);
    QVariant fundingLineData(const FundingLine &line, int row, int column, int role) const;
    QVariant figureData(const Figure &figure, int column, int role) const;
    QVariant caseStudyData(int column, int role) const;
    const Figure &figureAt(int row) const;

    const Factsheet &sheet() const { return *m_sheet.factsheet(); }

    PreparedFactsheet m_sheet;
    bool m_hasFactsheet = false;
    mutable QHash<QString, int> m_rowOfFundingLine; // by funding-line id; built on first lookup after a reset
    AreaFacts m_facts;                              // m_sheet's, with the normalisation in force
};

Q_DECLARE_METATYPE(CaseStudy)
Q_DECLARE_METATYPE(Normalisations::Denominators)
Q_DECLARE_METATYPE(Link)
