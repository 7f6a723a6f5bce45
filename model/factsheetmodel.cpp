#include "factsheetmodel.h"

#include "chartmembership.h"
#include "uknumbers.h"

#include <QCollator>
#include <QFont>
#include <QSet>
#include <QThreadPool>

#include <utility>

#include <algorithm>

namespace {

const QString moneyUnit = QStringLiteral("GBP");
// From this size on, freeing a factsheet is worth moving off the UI thread.
constexpr size_t largeFactsheetLines = 10000;

QString scopeText(Scope scope)
{
    return scope == Scope::National ? FactsheetModel::tr("National") : FactsheetModel::tr("Local");
}

QString amountText(const FundingLine &line)
{
    if (!line.hasAmount)
        return FactsheetModel::tr("amount not stated");
    return line.amountQualifier.isEmpty()
        ? UkNumbers::pounds(line.amount)
        : FactsheetModel::tr("%1 %2").arg(line.amountQualifier, UkNumbers::pounds(line.amount));
}

QString groupText(const QString &group)
{
    if (group == QLatin1String("area"))
        return FactsheetModel::tr("Area");
    if (group == QLatin1String("labourMarket"))
        return FactsheetModel::tr("Labour market");
    return group;
}

} // namespace

FactsheetModel::FactsheetModel(QObject *parent) : QAbstractTableModel(parent) { }

void FactsheetModel::setFactsheet(Factsheet factsheet)
{
    setFactsheet(PreparedFactsheet::of(std::move(factsheet)));
}

void FactsheetModel::setFactsheet(PreparedFactsheet prepared)
{
    beginResetModel();
    std::shared_ptr<const Factsheet> previous = m_sheet.factsheet();
    m_sheet = std::move(prepared);
    const Normalisation normalisation = m_facts.normalisation;
    m_facts = m_sheet.facts();
    m_facts.normalisation = normalisation;
    m_hasFactsheet = true;
    m_rowOfFundingLine.clear();
    endResetModel();
    // Freeing a million lines takes tens of milliseconds: let a worker do it, not the UI thread.
    // (A proxy still planning on the old snapshot holds its own reference.)
    if (previous && previous->fundingLines.size() > largeFactsheetLines)
        QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous.reset(); });
}

void FactsheetModel::setNormalisation(Normalisation normalisation)
{
    if (normalisation == m_facts.normalisation)
        return;
    m_facts.normalisation = normalisation;
    if (fundingLineCount() > 0) {
        emit dataChanged(index(0, AmountColumn), index(fundingLineCount() - 1, AmountColumn),
                         {Qt::DisplayRole, NormalisedValueRole, NormalisedTextRole, DenominatorNoteRole});
    }
    // The amount column's title, and the facts (section 0) that say the normalisation in force.
    emit headerDataChanged(Qt::Horizontal, 0, AmountColumn);
}

QString FactsheetModel::fundingLineEntityId(const QString &id)
{
    return QStringLiteral("fundingLine/") + id;
}

QString FactsheetModel::figureEntityId(const QString &id)
{
    return QStringLiteral("figure/") + id;
}

QString FactsheetModel::caseStudyEntityId(const QString &id)
{
    return QStringLiteral("caseStudy/") + id;
}

QModelIndex FactsheetModel::indexOfEntity(const QString &entityId, int column) const
{
    // Figures and the case study are few: look them up directly. Funding lines may be a million:
    // index their ids once, on the first lookup of one after a reset.
    const QString figurePrefix = figureEntityId(QString());
    const QString linePrefix = fundingLineEntityId(QString());
    int row = -1;
    if (sheet().hasCaseStudy() && entityId == caseStudyEntityId(sheet().caseStudy.id)) {
        row = caseStudyRow();
    } else if (entityId.startsWith(figurePrefix)) {
        const QStringView id = QStringView(entityId).mid(figurePrefix.size());
        const auto &figures = sheet().figures;
        const auto it = std::find_if(figures.cbegin(), figures.cend(), [id](const Figure &f) { return f.id == id; });
        if (it != figures.cend())
            row = fundingLineCount() + static_cast<int>(it - figures.cbegin());
    } else if (entityId.startsWith(linePrefix)) {
        if (m_rowOfFundingLine.isEmpty()) {
            m_rowOfFundingLine.reserve(fundingLineCount());
            for (int line = 0; line < fundingLineCount(); ++line)
                m_rowOfFundingLine.insert(fundingLineAt(line).id, line);
        }
        row = m_rowOfFundingLine.value(entityId.mid(linePrefix.size()), -1);
    }
    return row < 0 || !m_hasFactsheet ? QModelIndex() : index(row, column);
}

int FactsheetModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_hasFactsheet)
        return 0;
    return static_cast<int>(sheet().fundingLines.size() + sheet().figures.size()) + (sheet().hasCaseStudy() ? 1 : 0);
}

int FactsheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Figure &FactsheetModel::figureAt(int row) const
{
    return sheet().figures[static_cast<size_t>(row - fundingLineCount())];
}

QVariant FactsheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == CitationRole)
        return m_facts.citation;
    const int row = index.row();
    if (isFundingLineRow(row))
        return fundingLineData(fundingLineAt(row), row, index.column(), role);
    if (row == caseStudyRow())
        return caseStudyData(index.column(), role);
    return figureData(figureAt(row), index.column(), role);
}

QVariant FactsheetModel::normalisedData(const FundingLine &line, int role) const
{
    if (role == DenominatorNoteRole) {
        if (m_facts.normalisation != Normalisation::Absolute && line.scope == Scope::National)
            return Normalisations::nationalRefusal(m_facts.normalisation);
        return Normalisations::denominatorNote(m_facts.normalisation, m_sheet.denominators());
    }
    const Normalisations::Figure figure
        = Normalisations::normalise(line, m_facts.normalisation, m_sheet.denominators());
    if (role == NormalisedTextRole)
        return figure.text;
    return figure.value ? QVariant(*figure.value) : QVariant();
}

QVariant FactsheetModel::chartPlaceData(const std::optional<ChartMembership::Place> &place, int role)
{
    if (role == ChartRole)
        return place ? place->chart : QString();
    return place ? place->order : -1;
}

QVariant FactsheetModel::fundingLineData(const FundingLine &line, int row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return line.title;
        case PurposeColumn:
            return line.purpose;
        case CategoryColumn:
            return line.category;
        case AmountColumn:
            return line.hasAmount ? Normalisations::normalise(line, m_facts.normalisation, m_sheet.denominators()).text
                                  : amountText(line);
        case FundColumn:
            return line.fund;
        case LocationColumn:
            return line.location;
        case ScopeColumn:
            return scopeText(line.scope);
        }
        return {};
    case Qt::ToolTipRole:
        return line.source;
    case Qt::TextAlignmentRole:
        return column == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (line.scope == Scope::National) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case KindRole:
        return FundingLineKind;
    case EntityIdRole:
        return fundingLineEntityId(line.id);
    case RawValueRole:
        return line.hasAmount ? QVariant(line.amount) : QVariant();
    case HasAmountRole:
        return line.hasAmount;
    case UnitRole:
        return moneyUnit;
    case SourceSentenceRole:
        return line.source;
    case SourceQuoteRole:
        return line.quote;
    case DerivedRole:
        return false;
    case ScopeRole:
        return static_cast<int>(line.scope);
    case LabelRole:
    case ShortLabelRole:
        return line.title;
    case RecipientRole:
        return line.recipient;
    case PurposeRole:
        return line.purpose;
    case CategoryRole:
        return line.category;
    case FundRole:
        return line.fund;
    case LocationRole:
        return line.location;
    case AmountQualifierRole:
        return line.amountQualifier;
    case CaseStudyIdRole:
        return line.caseStudyId.isEmpty() ? QString() : caseStudyEntityId(line.caseStudyId);
    case NormalisedValueRole:
    case NormalisedTextRole:
    case DenominatorNoteRole:
        return normalisedData(line, role);
    case ChartRole:
    case ChartOrderRole:
        return chartPlaceData(ChartMembership::placeOf(line, row), role);
    }
    return {};
}

QModelIndexList FactsheetModel::match(const QModelIndex &start, int role, const QVariant &value, int hits,
                                      Qt::MatchFlags flags) const
{
    const bool wholeChart = role == ChartRole && flags == Qt::MatchExactly && hits == -1 && start.row() == 0
        && start.model() == this && value.userType() == QMetaType::QString;
    if (!wholeChart)
        return QAbstractTableModel::match(start, role, value, hits, flags);
    const QString chart = value.toString();
    QModelIndexList rows;
    if (chart == ChartMembership::funding) {
        for (int row = 0; row < fundingLineCount(); ++row) {
            if (m_sheet.fundingBar(row))
                rows << index(row, start.column());
        }
        return rows;
    }
    const auto &figures = sheet().figures;
    for (size_t i = 0; i < figures.size(); ++i) {
        const std::optional<ChartMembership::Place> place = ChartMembership::placeOf(figures[i].measure);
        if (place && place->chart == chart)
            rows << index(fundingLineCount() + static_cast<int>(i), start.column());
    }
    return rows;
}

QList<ChartMembership::Row> FactsheetModel::fundingChartRows() const
{
    QList<ChartMembership::Row> rows;
    rows.reserve(fundingLineCount());
    for (int row = 0; row < fundingLineCount(); ++row) {
        if (std::optional<ChartMembership::Row> chartRow = fundingChartRow(row))
            rows.append(*chartRow);
    }
    return rows;
}

std::optional<ChartMembership::Row> FactsheetModel::fundingChartRow(int row) const
{
    const std::optional<PreparedFactsheet::FundingBar> bar = m_sheet.fundingBar(row);
    return bar ? std::optional<ChartMembership::Row>({index(row, 0), bar->order, bar->amount}) : std::nullopt;
}

QVariant FactsheetModel::figureData(const Figure &figure, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return figure.label;
        case PurposeColumn:
            return figure.derived ? figure.derivation : QString();
        case CategoryColumn:
            return groupText(figure.group);
        case AmountColumn:
            return figure.ratio ? figure.ratioText : UkNumbers::count(figure.value);
        case ScopeColumn:
            return scopeText(Scope::Local);
        }
        return QString();
    case Qt::ToolTipRole:
        return figure.derived ? figure.derivation : figure.source;
    case Qt::TextAlignmentRole:
        return column == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindRole:
        return FigureKind;
    case EntityIdRole:
        return figureEntityId(figure.id);
    case RawValueRole:
        return figure.ratio ? QVariant(*figure.ratio) : QVariant(figure.value);
    case ValueTextRole:
        return figure.ratio ? figure.ratioText : UkNumbers::count(figure.value);
    case UnitRole:
        return figure.unit;
    case SourceSentenceRole:
        return figure.source;
    case SourceQuoteRole:
        return figure.quote;
    case DerivedRole:
        return figure.derived;
    case DerivationRole:
        return figure.derivation;
    case ScopeRole:
        return static_cast<int>(Scope::Local);
    case LabelRole:
        return figure.label;
    case ShortLabelRole:
        return figure.shortLabel;
    case GroupRole:
        return figure.group;
    case MeasureRole:
        return measureName(figure.measure);
    case HeadlineRole:
        // The stated figures that say how large the area is, beside its name.
        if (figure.derived)
            return -1;
        return figure.measure == Measure::Population ? 0 : figure.measure == Measure::Businesses ? 1 : -1;
    case ChartRole:
    case ChartOrderRole:
        return chartPlaceData(ChartMembership::placeOf(figure.measure), role);
    }
    return {};
}

QVariant FactsheetModel::caseStudyData(int column, int role) const
{
    const CaseStudy &study = sheet().caseStudy;
    const FundingLine *investment = sheet().fundingLine(study.fundingLineId);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return study.acronym.isEmpty() ? study.title : tr("%1 (%2)").arg(study.title, study.acronym);
        case PurposeColumn:
            return study.text;
        case CategoryColumn:
            return tr("Case study");
        case AmountColumn:
            return investment ? UkNumbers::pounds(investment->amount) : QString();
        case FundColumn:
            return investment ? investment->fund : QString();
        case LocationColumn:
            return investment ? investment->location : QString();
        case ScopeColumn:
            return scopeText(Scope::Local);
        }
        return {};
    case Qt::ToolTipRole:
        return study.source;
    case KindRole:
        return CaseStudyKind;
    case EntityIdRole:
        return caseStudyEntityId(study.id);
    case RawValueRole:
        return investment ? QVariant(investment->amount) : QVariant();
    case UnitRole:
        return investment ? moneyUnit : QString();
    case SourceSentenceRole:
        return study.source;
    case DerivedRole:
        return false;
    case ScopeRole:
        return static_cast<int>(Scope::Local);
    case LabelRole:
        return study.title;
    case ShortLabelRole:
        return study.acronym.isEmpty() ? study.title : study.acronym;
    case FundRole:
        return investment ? investment->fund : QString();
    case CaseStudyIdRole:
        return caseStudyEntityId(study.id);
    case CaseStudyRole:
        return QVariant::fromValue(study);
    case LinksRole:
        return QVariant::fromValue(sheet().links);
    }
    return {};
}

QVariant FactsheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == AreaFactsRole)
        return section == 0 ? QVariant::fromValue(m_facts) : QVariant();
    // Not the base class's fallback: it would name a column that does not exist "8".
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Recipient or project");
    case PurposeColumn:
        return tr("Purpose");
    case CategoryColumn:
        return tr("Category");
    case AmountColumn:
        return Normalisations::header(m_facts.normalisation, m_sheet.denominators());
    case FundColumn:
        return tr("Fund");
    case LocationColumn:
        return tr("Location");
    case ScopeColumn:
        return tr("Scope");
    }
    return {};
}

Qt::ItemFlags FactsheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> FactsheetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(EntityIdRole, "entityId");
    names.insert(RawValueRole, "rawValue");
    names.insert(UnitRole, "unit");
    names.insert(SourceSentenceRole, "sourceSentence");
    names.insert(SourceQuoteRole, "sourceQuote");
    names.insert(DerivedRole, "derived");
    names.insert(DerivationRole, "derivation");
    names.insert(ScopeRole, "scope");
    names.insert(LabelRole, "label");
    names.insert(ShortLabelRole, "shortLabel");
    names.insert(GroupRole, "group");
    names.insert(RecipientRole, "recipient");
    names.insert(PurposeRole, "purpose");
    names.insert(CategoryRole, "category");
    names.insert(FundRole, "fund");
    names.insert(LocationRole, "location");
    names.insert(AmountQualifierRole, "amountQualifier");
    names.insert(CaseStudyIdRole, "caseStudyId");
    names.insert(CaseStudyRole, "caseStudy");
    names.insert(LinksRole, "links");
    names.insert(MeasureRole, "measure");
    names.insert(ChartRole, "chart");
    names.insert(ChartOrderRole, "chartOrder");
    names.insert(CitationRole, "citation");
    names.insert(NormalisedValueRole, "normalisedValue");
    names.insert(NormalisedTextRole, "normalisedText");
    names.insert(DenominatorNoteRole, "denominatorNote");
    names.insert(ValueTextRole, "valueText");
    names.insert(HasAmountRole, "hasAmount");
    names.insert(HeadlineRole, "headline");
    names.insert(AreaFactsRole, "areaFacts");
    return names;
}
