#include "fundinglinereader.h"

#include "fieldchecks.h"

namespace JsonReader {

namespace {

// About how much text a line holds: sizes the arena's first buffer by the document.
constexpr qsizetype unitsPerLine = 512;
// Beyond that many distinct values a field is not one that repeats.
constexpr size_t maxShared = 4096;

} // namespace

FundingLineReader::FundingLineReader(int version, qsizetype lineCount, qsizetype idCount)
    : m_version(version), m_arena(lineCount * unitsPerLine)
{
    m_ids.reserve(static_cast<size_t>(idCount));
}

FundingLine FundingLineReader::read(const Node &node)
{
    const std::array<Node, LineFieldCount> field = node.fields(keys);
    FundingLine line;
    line.id = field[IdField].text(m_arena);
    // Looked up once the rest is read, the id's slot fetched meanwhile, but said first should the
    // line have other problems too: one reader checks the id before anything else.
    const std::string_view id = field[IdField].utf8();
    const size_t idHash = IdSet::hashOf(id);
    m_ids.prefetch(idHash);
    try {
        readAfterId(field, line);
    } catch (const Invalid &) {
        checkUnique(field[IdField], id, idHash);
        throw;
    }
    checkUnique(field[IdField], id, idHash);
    checkQuote(node, "amount", line.amount, line.quote, line.source);
    return line;
}

std::optional<QSet<QString>> FundingLineReader::categories() const
{
    if (!m_allCategoriesNoted)
        return std::nullopt;
    QSet<QString> distinct;
    for (const auto &category : m_categories)
        distinct.insert(category.second);
    return distinct;
}

void FundingLineReader::checkUnique(const Node &idNode, std::string_view id, size_t idHash)
{
    if (!m_ids.insert(id, idHash))
        refuseRepeatedId(idNode);
    m_lastId = id;
}

void FundingLineReader::readAfterId(const std::array<Node, LineFieldCount> &field, FundingLine &line)
{
    line.title = field[TitleField].text(m_arena);
    line.recipient = field[RecipientField].optionalText(m_arena);
    line.purpose = field[PurposeField].text(m_arena);
    // Version 2: a line the summary names without an amount leaves it out (or null).
    const Node &amount = field[AmountField];
    line.hasAmount = m_version == 1 || !amount.isAbsent();
    if (line.hasAmount)
        line.amount = amount.wholeNumber(QT_TRANSLATE_NOOP("JsonReader", "a whole number of pounds (0 or more)"));
    line.amountQualifier = optionalSharedText(field[QualifierField]);
    line.category = categoryText(field[CategoryField]);
    line.location = optionalSharedText(field[LocationField]);
    line.fund = optionalSharedText(field[FundField]);
    const Node &scope = field[ScopeField];
    if (scope.isText("local"))
        line.scope = Scope::Local;
    else if (scope.isText("national"))
        line.scope = Scope::National;
    else
        scope.fail(tr("\"local\" or \"national\""));
    line.caseStudyId = field[CaseStudyField].optionalText(m_arena);
    const Node &quote = field[QuoteField];
    line.quote = quote.optionalText(m_arena);
    line.source = field[SourceField].text(m_arena);
    if (!line.hasAmount && !line.quote.isEmpty())
        quote.fail(tr("no quote for a line without an amount"));
}

QString FundingLineReader::sharedIn(SharedTexts &texts, const Node &node, bool *allKept)
{
    const std::string_view bytes = node.utf8();
    if (const auto found = texts.find(bytes); found != texts.end())
        return found->second;
    QString text = node.text();
    if (texts.size() < maxShared)
        texts.emplace(bytes, text);
    else if (allKept)
        *allKept = false;
    return text;
}

} // namespace JsonReader
