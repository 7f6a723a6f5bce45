#pragma once

#include "idset.h"
#include "jsonnode.h"
#include "textarena.h"

#include "factsheet.h"

#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace JsonReader {

// Reads funding lines, one at a time, each into its place: one reader for each thread reading them
// (linesinhalves.h), with its own arena for their strings, its own table of the texts that repeat
// (categories, funds, places), and the ids it has seen.
class FundingLineReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // The fields of a funding line, found in one walk over it (keys): the only ones it has
    // (unknownmembers.cpp blanks any other).
    enum LineField {
        IdField,
        TitleField,
        RecipientField,
        PurposeField,
        AmountField,
        QualifierField,
        CategoryField,
        LocationField,
        FundField,
        ScopeField,
        CaseStudyField,
        QuoteField,
        SourceField,
        LineFieldCount
    };
    static constexpr std::array<std::string_view, LineFieldCount> keys {
        "id",       "title", "recipient", "purpose",   "amount", "amountQualifier", "category",
        "location", "fund",  "scope",     "caseStudy", "quote",  "source"};

    // `lineCount` lines to read, `idCount` ids to hold (the first half's reader takes the second's in too).
    FundingLineReader(int version, qsizetype lineCount, qsizetype idCount);

    FundingLine read(const Node &node);

    // The id of the line read last, once checked as unique so far (empty before that).
    std::string_view takeLastId() { return std::exchange(m_lastId, std::string_view()); }
    IdSet &ids() { return m_ids; }
    // The distinct categories of the lines read; nullopt when there were too many to note.
    std::optional<QSet<QString>> categories() const;

private:
    void checkUnique(const Node &idNode, std::string_view id, size_t idHash);
    void readAfterId(const std::array<Node, LineFieldCount> &field, FundingLine &line);

    // Categories, funds and places repeat across the lines: each distinct one is made a QString
    // once and shared by every line that names it (less memory, and Factsheet::indexCategories()
    // and the filter read the same few strings). Keyed by the parser's own bytes. Categories have a
    // table of their own, which is then the list of them (unless it ran out of room).
    using SharedTexts = std::unordered_map<std::string_view, QString>;
    static QString sharedIn(SharedTexts &texts, const Node &node, bool *allKept = nullptr);
    QString optionalSharedText(const Node &node) { return node.isAbsent() ? QString() : sharedIn(m_shared, node); }
    QString categoryText(const Node &node) { return sharedIn(m_categories, node, &m_allCategoriesNoted); }

    int m_version;
    TextArena m_arena;
    IdSet m_ids;
    std::string_view m_lastId;
    SharedTexts m_shared;
    SharedTexts m_categories;
    bool m_allCategoriesNoted = true;
};

} // namespace JsonReader
