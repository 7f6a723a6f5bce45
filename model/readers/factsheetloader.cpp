#include "factsheetloader.h"

#include "idset.h"
#include "readerrules.h"
#include "textarena.h"
#include "uknumbers.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtConcurrentRun>
#include <QThreadPool>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace {

// Thrown inside this file only, caught at the loader's boundary: validation reads top to bottom
// instead of checking a status after every field.
struct Invalid
{
    QString place;
    QString message;
};

// JSON numbers are doubles: whole numbers are exact up to 2^53, which bounds every amount and count.
constexpr auto largestExactWhole = static_cast<double>(ReaderRules::largestWhole);

// Thrown when the read is no longer wanted (ReadProgress), caught where Invalid is.
struct Cancelled
{
};

using Element = simdjson::dom::element;
using ElementType = simdjson::dom::element_type;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(FactsheetLoader)

public:
    explicit Reader(ReadProgress progress) : m_progress(std::move(progress)) { }

    static QString describe(const Element &value)
    {
        switch (value.type()) {
        case ElementType::NULL_VALUE:
            return QStringLiteral("null");
        case ElementType::BOOL:
            return value.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
        case ElementType::INT64:
        case ElementType::UINT64:
        case ElementType::DOUBLE: {
            // Said as a JSON number is: a double, as people and Qt's parser read it.
            const double number = value.get_double().value_unsafe();
            if (number == std::floor(number) && std::fabs(number) <= largestExactWhole)
                return QString::number(static_cast<qint64>(number));
            return QString::number(number, 'g', 17);
        }
        case ElementType::STRING:
            return LoadError::found(fromUtf8(value.get_string().value_unsafe()));
        case ElementType::ARRAY:
            return tr("an array");
        case ElementType::OBJECT:
            return tr("an object");
        }
        return tr("nothing");
    }

    // A value together with where it is, so every complaint can name its JSON path. The path is
    // spelled out only when a complaint needs it: building it for every field of a million lines
    // would cost more than reading them. A node refers to its parent, so it must not outlive it
    // (children are only ever used within their parent's scope). A field that is not there is a
    // node too, one that has no value.
    class Node
    {
    public:
        explicit Node(Element value) : m_value(value), m_present(true) { }

        QString path() const
        {
            if (!m_parent)
                return {};
            const QString parentPath = m_parent->path();
            if (m_index >= 0)
                return QStringLiteral("%1[%2]").arg(parentPath).arg(m_index);
            const QString key = fromUtf8(m_key);
            return parentPath.isEmpty() ? key : parentPath + QLatin1Char('.') + key;
        }
        bool isAbsent() const { return !m_present || m_value.is_null(); }
        bool isText(std::string_view text) const
        {
            return m_present && m_value.is_string() && m_value.get_string().value_unsafe() == text;
        }
        // A string's bytes, as the document has them once unescaped; empty for anything else.
        std::string_view utf8() const
        {
            return m_present && m_value.is_string() ? m_value.get_string().value_unsafe() : std::string_view();
        }
        std::optional<double> number() const
        {
            if (!m_present || !m_value.is_number())
                return std::nullopt;
            return m_value.get_double().value_unsafe();
        }

        // The field `key` of this object. Should a key come twice, the last one counts, as in
        // Qt's own parser (QJsonDocument) and in JavaScript.
        Node field(std::string_view key) const
        {
            Node found(this, key);
            for (const simdjson::dom::key_value_pair member : object()) {
                if (member.key == key) {
                    found.m_value = member.value;
                    found.m_present = true;
                }
            }
            return found;
        }
        qsizetype size() const { return static_cast<qsizetype>(array().size()); }
        // The element at `index`: found by walking the array, so only for short ones (forEach() walks a long one).
        Node at(qsizetype index) const
        {
            Node element(this, {});
            element.m_index = index;
            element.m_present = array().at(static_cast<size_t>(index)).get(element.m_value) == simdjson::SUCCESS;
            return element;
        }
        // visit(element, index) for each element of this array, in order.
        template<typename Visit> void forEach(Visit &&visit) const
        {
            forEach(0, std::numeric_limits<qsizetype>::max(), std::forward<Visit>(visit));
        }
        // The same for the elements [begin, end) only (those before are stepped over, not read).
        template<typename Visit> void forEach(qsizetype begin, qsizetype end, Visit &&visit) const
        {
            qsizetype index = 0;
            for (const Element value : array()) {
                if (index >= end)
                    break;
                if (index >= begin) {
                    Node element(this, {});
                    element.m_value = value;
                    element.m_present = true;
                    element.m_index = index;
                    visit(element, index);
                }
                ++index;
            }
        }

        [[noreturn]] void fail(const QString &expected) const
        {
            if (!m_present)
                throw Invalid {path(), tr("required field is missing; expected %1").arg(expected)};
            fail(expected, describe(m_value));
        }

        // With what was got said in other words than the value itself (a length, a total).
        [[noreturn]] void fail(const QString &expected, const QString &got) const
        {
            throw Invalid {path(), tr("expected %1, got %2").arg(expected, got)};
        }

        simdjson::dom::object object() const
        {
            if (!m_present || m_value.type() != ElementType::OBJECT)
                fail(tr("an object"));
            return m_value.get_object().value_unsafe();
        }

        simdjson::dom::array array() const
        {
            if (!m_present || m_value.type() != ElementType::ARRAY)
                fail(tr("an array"));
            return m_value.get_array().value_unsafe();
        }

        // A required string: not empty, not longer than `limit`, and without control characters
        // (tab and line feed only where `breaks` allows them: text of several paragraphs).
        QString text(ReaderRules::Breaks breaks = ReaderRules::Breaks::Refused,
                     qsizetype limit = ReaderRules::maxFieldLength) const
        {
            return checked(fromUtf8(requiredUtf8()), breaks, limit);
        }
        // The same, written into `arena`: for the many strings of the funding lines.
        QString text(TextArena &arena) const
        {
            return checked(arena.fromUtf8(requiredUtf8()), ReaderRules::Breaks::Refused, ReaderRules::maxFieldLength);
        }

        QString optionalText(ReaderRules::Breaks breaks = ReaderRules::Breaks::Refused) const
        {
            return isAbsent() ? QString() : text(breaks);
        }
        QString optionalText(TextArena &arena) const { return isAbsent() ? QString() : text(arena); }

        qint64 wholeNumber(const QString &expected) const
        {
            const std::optional<qint64> value = optionalWholeNumber();
            if (!value)
                fail(expected);
            return *value;
        }
        // The same, `expected` translated only should it be said (QT_TRANSLATE_NOOP): for a field
        // of every funding line, where translating it each time would cost more than reading it.
        qint64 wholeNumber(const char *expected) const
        {
            const std::optional<qint64> value = optionalWholeNumber();
            if (!value)
                fail(QCoreApplication::translate("FactsheetLoader", expected));
            return *value;
        }

        // A whole number that may be negative, as large either way as wholeNumber() allows.
        qint64 signedWholeNumber(const QString &expected) const
        {
            const double value = number().value_or(0.5);
            if (std::fabs(value) > largestExactWhole || value != std::floor(value))
                fail(expected);
            return static_cast<qint64>(value);
        }

        // The fields `keys` of this object, found in one walk over its members (the last of a key
        // that comes twice, as field() finds it): for the objects read a million times.
        template<size_t N> std::array<Node, N> fields(const std::array<std::string_view, N> &keys) const
        {
            std::array<Node, N> found = absentFields(keys, std::make_index_sequence<N>());
            for (const simdjson::dom::key_value_pair member : object()) {
                for (Node &field : found) {
                    if (member.key == field.m_key) {
                        field.m_value = member.value;
                        field.m_present = true;
                        break;
                    }
                }
            }
            return found;
        }

    private:
        // A child not yet found: absent until given a value.
        Node(const Node *parent, std::string_view key) : m_parent(parent), m_key(key) { }

        template<size_t N, size_t... I>
        std::array<Node, N> absentFields(const std::array<std::string_view, N> &keys,
                                         std::index_sequence<I...> /*indexes*/) const
        {
            return {Node(this, keys[I])...};
        }

        std::optional<qint64> optionalWholeNumber() const
        {
            const double value = number().value_or(-1.0);
            if (value < 0 || value > largestExactWhole || value != std::floor(value))
                return std::nullopt;
            return static_cast<qint64>(value);
        }

        // A required string's bytes.
        std::string_view requiredUtf8() const
        {
            if (!m_present || !m_value.is_string())
                failNotText();
            return m_value.get_string().value_unsafe();
        }
        [[noreturn]] void failNotText() const { fail(tr("a non-empty string")); }

        // A required string, checked: not empty, not longer than `limit`, and without control
        // characters (tab and line feed only where `breaks` allows them).
        QString checked(QString text, ReaderRules::Breaks breaks, qsizetype limit) const
        {
            if (text.size() > limit) {
                fail(tr("text of at most %1 characters").arg(UkNumbers::count(limit)),
                     tr("%1 characters").arg(UkNumbers::count(text.size())));
            }
            if (QStringView(text).trimmed().isEmpty())
                fail(tr("a non-empty string"));
            if (const qsizetype at = ReaderRules::firstControlCharacter(text, breaks); at >= 0) {
                fail(breaks == ReaderRules::Breaks::Allowed
                         ? tr("text without control characters other than tab and line feed")
                         : tr("text without control characters"),
                     LoadError::foundAround(text, at));
            }
            return text;
        }

        Element m_value;
        bool m_present = false;
        const Node *m_parent = nullptr;
        std::string_view m_key; // within an object: a literal of this file's
        qsizetype m_index = -1; // within an array
    };

    Factsheet read(const Node &root)
    {
        root.object();
        // Compared as a value rather than read with text(): missing or not a string, the message
        // still names the format expected.
        const Node format = root.field("format");
        if (!format.isText("factsheet-explorer"))
            format.fail(QStringLiteral("\"factsheet-explorer\""));
        const Node version = root.field("formatVersion");
        const double number = version.number().value_or(0.5);
        if (number != FactsheetLoader::oldestFormatVersion && number != FactsheetLoader::formatVersion)
            version.fail(tr("format version %1 or %2")
                             .arg(FactsheetLoader::oldestFormatVersion)
                             .arg(FactsheetLoader::formatVersion));
        m_version = static_cast<int>(number);

        Factsheet sheet;
        sheet.sourceInfo = readSourceInfo(root.field("source"));
        sheet.area = readArea(root.field("area"));

        const Node lines = root.field("fundingLines");
        sheet.fundingLines = readFundingLines(lines);

        IdSet figureIds;
        const Node figures = root.field("figures");
        figures.forEach([&](const Node &figure, qsizetype) { sheet.figures.push_back(readFigure(figure, figureIds)); });
        const Node derived = root.field("derivedFigures");
        if (!derived.isAbsent()) {
            derived.forEach([&](const Node &figure, qsizetype) {
                sheet.figures.push_back(readDerivedFigure(figure, sheet, figureIds));
            });
        }

        // Version 2: a summary may have no case study.
        const Node caseStudy = root.field("caseStudy");
        if (m_version == 1 || !caseStudy.isAbsent())
            sheet.caseStudy = readCaseStudy(caseStudy, sheet);
        for (qsizetype i = 0; i < static_cast<qsizetype>(sheet.fundingLines.size()); ++i) {
            const QString &caseStudyId = sheet.fundingLines[static_cast<size_t>(i)].caseStudyId;
            if (!caseStudyId.isEmpty() && (!sheet.hasCaseStudy() || caseStudyId != sheet.caseStudy.id))
                lines.at(i).field("caseStudy").fail(tr("the id of the case study"));
        }

        const Node links = root.field("links");
        if (!links.isAbsent()) {
            links.forEach([&](const Node &link, qsizetype) {
                sheet.links.append({link.field("label").text(), link.field("url").text(), link.field("source").text()});
            });
        }
        if (m_version >= 2)
            sheet.notes = readNotes(root.field("notes"));
        if (m_lineCategories)
            sheet.indexCategories(*m_lineCategories);
        else
            sheet.indexCategories();
        return sheet;
    }

private:
    class LineReader;
    struct LinesRead;

    // Every funding line, or the first thing wrong with them in document order. A large document's
    // lines are read in two halves at once, each by its own LineReader: the second half's ids are
    // then checked against the first's, and the local total across both, in document order, so
    // that the problem reported is the first, as if read from top to bottom.
    std::vector<FundingLine> readFundingLines(const Node &array);
    // Throws the first problem of lines [read.begin, read.end), as read into `lines` (from its
    // first), given the local total of the lines before them and the ids of earlier lines (which
    // the range's are added to).
    static void settle(const Node &array, const LinesRead &read, const std::vector<FundingLine> &lines,
                       qint64 &localTotal, IdSet *earlierIds);

    ReadProgress m_progress;
    int m_version = FactsheetLoader::formatVersion;
    std::optional<QSet<QString>> m_lineCategories; // the funding lines', as their readers noted them

    // Version 2: what the text reader could not place, kept with the factsheet.
    static QList<Note> readNotes(const Node &notes)
    {
        QList<Note> read;
        if (notes.isAbsent())
            return read;
        notes.forEach([&read](const Node &note, qsizetype) {
            note.object();
            read.append({note.field("text").text(),
                         note.field("line").wholeNumber(tr("a line number (0 when not known)")),
                         note.field("reason").text()});
        });
        return read;
    }

    static SourceInfo readSourceInfo(const Node &node)
    {
        SourceInfo info;
        info.title = node.field("title").text();
        info.publisher = node.field("publisher").text();
        info.published = node.field("published").text();
        info.copyright = node.field("copyright").optionalText();
        info.licence = node.field("licence").text();
        info.textResource = node.field("text").optionalText();
        return info;
    }

    Area readArea(const Node &node) const
    {
        // Version 2: a summary need not name its partnership.
        const Node partnership = node.field("partnership");
        return {node.field("name").text(), m_version == 1 ? partnership.text() : partnership.optionalText(),
                node.field("source").optionalText()};
    }

    static QString uniqueId(const Node &node, IdSet &seen)
    {
        QString id = node.text();
        if (!seen.insert(node.utf8()))
            refuseRepeatedId(node);
        return id;
    }
    // An id seen before, wherever it was found so (a line's reader, a half checked after the other).
    [[noreturn]] static void refuseRepeatedId(const Node &idNode) { idNode.fail(tr("an id not used before")); }

    // The figure as printed must stand in its sentence and mean the stored value: this is what
    // makes every number traceable to the factsheet.
    static void checkQuote(const Node &item, std::string_view valueField, qint64 value, const QString &quote,
                           const QString &source)
    {
        if (quote.isEmpty())
            return;
        const Node quoteNode = item.field("quote");
        if (!source.contains(quote))
            quoteNode.fail(tr("text that appears in the source sentence"));
        const std::optional<qint64> quoted = UkNumbers::parseQuotedFigure(quote);
        if (!quoted)
            quoteNode.fail(tr("a figure as printed, such as \"£2.6m\" or \"548,800\""));
        // A decrease is printed as its size ("a decrease of 1,200"): its value is the negative.
        if (*quoted != value && *quoted != -value)
            item.field(valueField).fail(tr("%1, the value of its quote %2").arg(*quoted).arg(LoadError::found(quote)));
    }

    static Figure readFigureHeader(const Node &node, IdSet &ids)
    {
        node.object();
        Figure figure;
        figure.id = uniqueId(node.field("id"), ids);
        const Node group = node.field("group");
        figure.group = group.text();
        if (figure.group != QLatin1String("area") && figure.group != QLatin1String("labourMarket"))
            group.fail(tr("\"area\" or \"labourMarket\""));
        figure.label = node.field("label").text();
        figure.shortLabel = node.field("shortLabel").optionalText();
        if (figure.shortLabel.isEmpty())
            figure.shortLabel = figure.label;
        figure.unit = node.field("unit").text();
        // Optional: a figure without it is shown in the table and the details, in no chart.
        const Node measure = node.field("measure");
        if (!measure.isAbsent()) {
            const std::optional<Measure> known = measureFromName(measure.text());
            if (!known)
                measure.fail(tr("one of \"population\", \"businesses\", \"employment\", \"employmentChange\", "
                                "\"earlierEmployment\", \"livingWageWorkers\", \"apprenticeshipStarts\""));
            figure.measure = *known;
        }
        return figure;
    }

    Figure readFigure(const Node &node, IdSet &ids) const
    {
        Figure figure = readFigureHeader(node, ids);
        // Version 2: a change (measure "employmentChange") is negative for a decrease.
        const Node value = node.field("value");
        figure.value = m_version >= 2 && figure.measure == Measure::EmploymentChange
            ? value.signedWholeNumber(tr("a whole number (negative for a decrease)"))
            : value.wholeNumber(tr("a whole number (0 or more)"));
        figure.quote = node.field("quote").optionalText();
        figure.source = node.field("source").text();
        checkQuote(node, "value", figure.value, figure.quote, figure.source);
        return figure;
    }

    // Derived figures are computed here rather than stored, so they can never disagree with the
    // figures they come from; each says how it was computed.
    static Figure readDerivedFigure(const Node &node, const Factsheet &sheet, IdSet &ids)
    {
        Figure figure = readFigureHeader(node, ids);
        const Node difference = node.field("difference");
        if (difference.size() != 2)
            difference.fail(tr("an array of two figure ids"));
        std::array<const Figure *, 2> operands {};
        for (int i = 0; i < 2; ++i) {
            const Node operand = difference.at(i);
            operands[i] = sheet.figure(operand.text());
            if (!operands[i] || operands[i]->derived)
                operand.fail(tr("the id of a stated figure"));
        }
        std::optional<Figure> computed = differenceFigure(std::move(figure), *operands[0], *operands[1]);
        if (!computed)
            difference.fail(tr("figures whose difference is 0 or more"));
        return *std::move(computed);
    }

    CaseStudy readCaseStudy(const Node &node, const Factsheet &sheet) const
    {
        node.object();
        CaseStudy study;
        study.id = node.field("id").text();
        study.title = node.field("title").text();
        study.acronym = node.field("acronym").optionalText();
        const Node line = node.field("fundingLine");
        study.fundingLineId = line.optionalText();
        if (!study.fundingLineId.isEmpty() && !sheet.fundingLine(study.fundingLineId))
            line.fail(tr("the id of a funding line"));
        const Node opened = node.field("opened");
        if (!opened.isAbsent()) {
            // Strictly "YYYY-MM": Qt's ISO date parser would also take "2017-09-15" (then "-01"
            // appended) as the 15th, and "2017/09" as September. Version 2: "YYYY", the year alone.
            static const QRegularExpression month(QStringLiteral(R"(^(\d{4})(?:-(\d{2}))?$)"));
            const QRegularExpressionMatch match = month.match(opened.text());
            if (match.hasMatch() && (match.hasCaptured(2) || m_version >= 2)) {
                study.openedYearOnly = !match.hasCaptured(2);
                study.opened
                    = QDate(match.captured(1).toInt(), study.openedYearOnly ? 1 : match.captured(2).toInt(), 1);
            }
            if (!study.opened.isValid())
                opened.fail(m_version >= 2 ? tr("a month as \"YYYY-MM\" or a year as \"YYYY\"")
                                           : tr("a month as \"YYYY-MM\""));
            study.openedSource = node.field("openedSource").text();
        }
        const Node levels = node.field("levels");
        if (!levels.isAbsent()) {
            levels.forEach([&study](const Node &node, qsizetype) {
                const qint64 level = node.wholeNumber(tr("a qualification level from 1 to 8"));
                if (level < 1 || level > 8)
                    node.fail(tr("a qualification level from 1 to 8"));
                study.levels.append(static_cast<int>(level));
            });
            study.levelsSource = node.field("levelsSource").text();
        }
        const Node facilities = node.field("facilities");
        if (!facilities.isAbsent()) {
            facilities.forEach([&study](const Node &facility, qsizetype) {
                study.facilities.append({facility.field("name").text(),
                                         facility.field("description").optionalText(ReaderRules::Breaks::Allowed),
                                         facility.field("source").text()});
            });
        }
        // Paragraphs apart by a blank line: the one field with line feeds, and the longest.
        study.text = node.field("text").text(ReaderRules::Breaks::Allowed, ReaderRules::maxLongTextLength);
        study.source = node.field("source").text();
        return study;
    }
};

// Reads funding lines, each into its place: one for each thread reading them, with its own shared
// strings and arena, and the ids it has seen.
class Reader::LineReader
{
    Q_DECLARE_TR_FUNCTIONS(FactsheetLoader)

    // The fields of a funding line, found in one walk over it (lineKeys).
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
    static constexpr std::array<std::string_view, LineFieldCount> lineKeys {
        "id",       "title", "recipient", "purpose",   "amount", "amountQualifier", "category",
        "location", "fund",  "scope",     "caseStudy", "quote",  "source"};

public:
    // `lineCount` lines to read, `idCount` ids to hold (the first half's reader takes the second's in too).
    LineReader(int version, qsizetype lineCount, qsizetype idCount)
        : m_version(version), m_arena(lineCount * unitsPerLine) // the first buffer sized by the document
    {
        m_ids.reserve(static_cast<size_t>(idCount));
    }

    FundingLine read(const Node &node)
    {
        const std::array<Node, LineFieldCount> field = node.fields(lineKeys);
        FundingLine line;
        line.id = field[IdField].text(m_arena);
        // Looked up once the rest is read, the id's slot fetched meanwhile, but said first should
        // the line have other problems too: one reader checks the id before anything else.
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

    // The id of the line read last, once checked as unique so far (empty before that).
    std::string_view takeLastId() { return std::exchange(m_lastId, std::string_view()); }
    IdSet &ids() { return m_ids; }
    // The distinct categories of the lines read; nullopt when there were too many to note.
    std::optional<QSet<QString>> categories() const
    {
        if (!m_allCategoriesNoted)
            return std::nullopt;
        QSet<QString> distinct;
        for (const auto &category : m_categories)
            distinct.insert(category.second);
        return distinct;
    }

private:
    void checkUnique(const Node &idNode, std::string_view id, size_t idHash)
    {
        if (!m_ids.insert(id, idHash))
            refuseRepeatedId(idNode);
        m_lastId = id;
    }

    void readAfterId(const std::array<Node, LineFieldCount> &field, FundingLine &line)
    {
        line.title = field[TitleField].text(m_arena);
        line.recipient = field[RecipientField].optionalText(m_arena);
        line.purpose = field[PurposeField].text(m_arena);
        // Version 2: a line the summary names without an amount leaves it out (or null).
        const Node &amount = field[AmountField];
        line.hasAmount = m_version == 1 || !amount.isAbsent();
        if (line.hasAmount)
            line.amount
                = amount.wholeNumber(QT_TRANSLATE_NOOP("FactsheetLoader", "a whole number of pounds (0 or more)"));
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

    // About how much text a line holds.
    static constexpr qsizetype unitsPerLine = 512;

    // Categories, funds and places repeat across the lines: each distinct one is made a QString
    // once and shared by every line that names it (less memory, and Factsheet::indexCategories()
    // and the filter read the same few strings). Keyed by the parser's own bytes. Categories have
    // a table of their own, which is then the list of them (unless it ran out of room).
    using SharedTexts = std::unordered_map<std::string_view, QString>;
    static QString sharedIn(SharedTexts &texts, const Node &node, bool *allKept = nullptr)
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
    QString sharedText(const Node &node) { return sharedIn(m_shared, node); }
    QString optionalSharedText(const Node &node) { return node.isAbsent() ? QString() : sharedText(node); }
    QString categoryText(const Node &node) { return sharedIn(m_categories, node, &m_allCategoriesNoted); }

    int m_version;
    TextArena m_arena;
    IdSet m_ids;
    std::string_view m_lastId;
    SharedTexts m_shared;
    SharedTexts m_categories;
    bool m_allCategoriesNoted = true;
    static constexpr size_t maxShared = 4096; // beyond that a field is not one that repeats
};

// What one LineReader made of the lines [begin, end): the lines read went onto the end of the
// vector it was given; reading stopped at `failedAt` (the first problem, `invalid`), or at the end.
struct Reader::LinesRead
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype failedAt = -1;
    std::optional<Invalid> invalid;
    bool cancelled = false;
    std::vector<std::string_view> ids;       // per line of the range, its id as checked; empty if not reached
    IdSet ownIds;                            // every id of the range that was checked
    std::optional<QSet<QString>> categories; // of the lines read, if noted
};

namespace {

// From this many lines, a document's lines are read in two halves at once (a test's large document
// has twice as many, so that each half has problems to find).
constexpr qsizetype linesReadInHalves = 20'000;
// Often enough for a bar that moves smoothly, seldom enough to cost nothing.
constexpr qsizetype reportEvery = 8192;
// From this size (bytes), a parsed document is freed on a worker rather than where it was read.
constexpr size_t largeDocument = size_t(64) << 20;

} // namespace

std::vector<FundingLine> Reader::readFundingLines(const Node &array)
{
    const qsizetype count = array.size();
    std::atomic<bool> stop {false}; // the read is cancelled, or the first half has failed
    // Reads lines [begin, end) onto the end of `lines`.
    const auto readRange = [&](qsizetype begin, qsizetype end, std::vector<FundingLine> &lines,
                               const ReadProgress *progress, qsizetype idCount) {
        LinesRead read;
        read.begin = begin;
        read.end = end;
        read.ids.resize(static_cast<size_t>(end - begin));
        LineReader reader(m_version, end - begin, idCount);
        qsizetype at = begin;
        try {
            array.forEach(begin, end, [&](const Node &node, qsizetype i) {
                at = i;
                if ((i - begin) % reportEvery == 0) {
                    const double done = static_cast<double>(i - begin) / static_cast<double>(end - begin);
                    if (stop || (progress && !progress->report(done))) {
                        stop = true;
                        throw Cancelled {};
                    }
                }
                lines.push_back(reader.read(node));
                read.ids[static_cast<size_t>(i - begin)] = reader.takeLastId();
            });
        } catch (const Invalid &invalid) {
            read.failedAt = at;
            read.invalid = invalid;
            read.ids[static_cast<size_t>(at - begin)] = reader.takeLastId();
        } catch (const Cancelled &) {
            read.cancelled = true;
        }
        read.ownIds = std::move(reader.ids());
        read.categories = reader.categories();
        return read;
    };

    std::vector<FundingLine> lines;
    lines.reserve(static_cast<size_t>(count));
    qint64 localTotal = 0;
    if (count < linesReadInHalves) {
        const LinesRead all = readRange(0, count, lines, &m_progress, count);
        if (all.cancelled)
            throw Cancelled {};
        settle(array, all, lines, localTotal, nullptr);
        m_lineCategories = all.categories;
        return lines;
    }
    // The second half on another thread, the first on this one, which reports the progress of
    // both (they keep pace). Should the pool be busy, waiting runs the second half here.
    const qsizetype half = count / 2;
    std::vector<FundingLine> secondLines;
    secondLines.reserve(static_cast<size_t>(count - half));
    QFuture<LinesRead> second
        = QtConcurrent::run([&] { return readRange(half, count, secondLines, nullptr, count - half); });
    // The second half reads into this frame: it is waited for however this one ends (an exception
    // other than a problem with the lines, such as running out of memory, included).
    const auto waitForSecond = qScopeGuard([&] {
        stop = true;
        second.waitForFinished();
    });
    LinesRead first = readRange(0, half, lines, &m_progress, count);
    if (first.failedAt >= 0)
        stop = true; // what the second half would find comes after it
    LinesRead secondRead = second.result();
    if (first.cancelled)
        throw Cancelled {};
    settle(array, first, lines, localTotal, nullptr);
    if (secondRead.cancelled)
        throw Cancelled {};
    settle(array, secondRead, secondLines, localTotal, &first.ownIds);
    if (first.categories && secondRead.categories)
        m_lineCategories = first.categories->unite(*secondRead.categories);
    lines.insert(lines.end(), std::make_move_iterator(secondLines.begin()), std::make_move_iterator(secondLines.end()));
    return lines;
}

void Reader::settle(const Node &array, const LinesRead &read, const std::vector<FundingLine> &lines, qint64 &localTotal,
                    IdSet *earlierIds)
{
    const qsizetype last = read.failedAt >= 0 ? read.failedAt : read.end - 1;
    // Each id's slot is fetched a few lines ahead (IdSet::prefetch()).
    constexpr qsizetype prefetchAhead = 8;
    const auto idOf = [&read](qsizetype i) { return read.ids[static_cast<size_t>(i - read.begin)]; };
    for (qsizetype i = read.begin; i <= last; ++i) {
        // In the order one reader checks a line: its id first, the local total once it is read.
        if (earlierIds && i + prefetchAhead <= last)
            earlierIds->prefetch(IdSet::hashOf(idOf(i + prefetchAhead)));
        const std::string_view id = idOf(i);
        if (earlierIds && !id.empty() && !earlierIds->insert(id))
            refuseRepeatedId(array.at(i).field("id"));
        if (i == read.failedAt)
            throw *read.invalid;
        const FundingLine &line = lines[static_cast<size_t>(i - read.begin)];
        if (line.scope == Scope::Local && !ReaderRules::addToLocalTotal(localTotal, line.amount)) {
            array.at(i).field("amount").fail(
                tr("local amounts that add up to at most %1").arg(UkNumbers::pounds(ReaderRules::largestWhole)),
                tr("a local total of %1 with this line").arg(UkNumbers::pounds(localTotal + line.amount)));
        }
    }
}

LoadError malformedJson(const QByteArray &data, const QJsonParseError &error, const QString &fileName)
{
    // QJsonParseError gives a byte offset; people look for lines and columns.
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return {fileName, QCoreApplication::translate("FactsheetLoader", "line %1, column %2").arg(line).arg(column),
            QCoreApplication::translate("FactsheetLoader", "malformed JSON: %1").arg(error.errorString())};
}

// The \uXXXX escape at `at` of `json`, as its code unit; -1 if there is none there.
int escapedUnitAt(const QByteArray &json, qsizetype at)
{
    if (at + 6 > json.size() || json[at] != '\\' || json[at + 1] != 'u')
        return -1;
    bool ok = false;
    const int unit = json.mid(at + 2, 4).toInt(&ok, 16);
    return ok ? unit : -1;
}

// Copies the escape at `at` (a backslash in a string) to `out`, a lone surrogate's as U+FFFD's;
// returns where the escape ends.
qsizetype copyEscape(const QByteArray &json, qsizetype at, QByteArray &out)
{
    const int unit = escapedUnitAt(json, at);
    const int next
        = unit >= 0 && QChar::isHighSurrogate(static_cast<char32_t>(unit)) ? escapedUnitAt(json, at + 6) : -1;
    if (next >= 0 && QChar::isLowSurrogate(static_cast<char32_t>(next))) {
        out += json.mid(at, 12); // a pair stays
        return at + 12;
    }
    if (unit >= 0 && QChar::isSurrogate(static_cast<char32_t>(unit))) {
        out += "\\ufffd";
        return at + 6;
    }
    out += json.mid(at, 2); // any other escape
    return at + 2;
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Copies the number (or word) at `at` to `out`, an integer longer than any of 64 bits with ".0"
// after it; returns where it ends.
qsizetype copyNumber(const QByteArray &json, qsizetype at, QByteArray &out)
{
    qsizetype end = at;
    while (end < json.size() && isNumberCharacter(json[end]))
        ++end;
    const QByteArray number = json.mid(at, end - at);
    out += number;
    const bool whole = !number.contains('.') && !number.contains('e') && !number.contains('E');
    if (whole && number.size() >= 20)
        out += ".0";
    return end;
}

// Qt's own writing of a document (compact) made readable to simdjson, which is stricter in two
// ways: an escape of a lone surrogate ("\ud800" not followed by a low one, or a low one alone)
// becomes U+FFFD's, as a reader of UTF-8 would show it; and an integer beyond 64 bits (Qt writes a
// large double as its digits) gets a ".0", to be read as the double Qt read.
QByteArray readableToSimdjson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    qsizetype at = 0;
    while (at < json.size()) {
        const char c = json[at];
        if (inString && c == '\\') {
            at = copyEscape(json, at, out);
        } else if (!inString && isNumberCharacter(c)) {
            at = copyNumber(json, at, out);
        } else {
            if (c == '"')
                inString = !inString;
            out += c;
            ++at;
        }
    }
    return out;
}

// Why simdjson refused `data`: bytes that are not UTF-8 (with their line and column), or Qt's
// parser's message with its line and column. Should Qt's parser read it after all, no error, and
// `normalised` is the document as Qt reads it, written anew.
std::optional<LoadError> whyNotParsed(const QByteArray &data, const QString &fileName, QByteArray &normalised)
{
    if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
        return error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformedJson(data, parseError, fileName);
    normalised = readableToSimdjson(document.toJson(QJsonDocument::Compact));
    return std::nullopt;
}

static_assert(FactsheetLoader::paddingWanted == simdjson::SIMDJSON_PADDING);

// The part of the progress a document's parse takes; its lines are read in the rest.
constexpr double parseShare = 0.3;

} // namespace

namespace FactsheetLoader {

QString embeddedPath()
{
    return QStringLiteral(":/factsheet/stoke-on-trent-and-staffordshire.json");
}

FactsheetLoadResult loadData(QByteArray data, const QString &fileName, const ReadProgress &progress)
{
    // Qt calls an empty document an "illegal value" at line 1, column 1; say what it is. (Scanned
    // rather than trimmed: trimming a large document would copy it.)
    const auto isJsonSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::all_of(data.cbegin(), data.cend(), isJsonSpace)) {
        if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
            return FactsheetLoadResult::failure(*std::move(error));
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("FactsheetLoader", "document"),
             QCoreApplication::translate("FactsheetLoader", "expected an object, got an empty file")});
    }
    // simdjson parses in place when the buffer has its padding behind the data (FactsheetReader
    // reads files so); else it copies the document once.
    const auto size = static_cast<size_t>(data.size());
    const bool padded = data.capacity() - data.size() >= paddingWanted;
    // Shared, to be freed on a worker once read (below).
    const auto parserOwner = std::make_shared<simdjson::dom::parser>();
    simdjson::dom::parser &parser = *parserOwner;
    Element root;

    if (parser.parse(data.constData(), size, !padded).get(root) != simdjson::SUCCESS) {
        // Rare, so said with care rather than speed: where and why, in the words of Qt's parser.
        QByteArray normalised;
        if (std::optional<LoadError> error = whyNotParsed(data, fileName, normalised))
            return FactsheetLoadResult::failure(*std::move(error));
        // A document Qt reads but simdjson does not (a lone surrogate escape, an integer beyond 64
        // bits) is read as Qt reads it: as Qt writes it again, made readable to simdjson.
        if (parser.parse(normalised.constData(), static_cast<size_t>(normalised.size())).get(root)
            != simdjson::SUCCESS) {
            return FactsheetLoadResult::failure({fileName, QCoreApplication::translate("FactsheetLoader", "document"),
                                                 QCoreApplication::translate("FactsheetLoader", "malformed JSON")});
        }
    }
    // The document is in the parser's own memory now: its bytes (a third of the peak) can go.
    data = QByteArray();
    if (!progress.report(parseShare))
        return FactsheetLoadResult::cancelled(fileName);
    if (root.type() != ElementType::OBJECT) {
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("FactsheetLoader", "document"),
             QCoreApplication::translate("FactsheetLoader", "expected an object, got %1").arg(Reader::describe(root))});
    }
    try {
        Reader reader(progress.part(parseShare, 1.0));
        Factsheet sheet = reader.read(Reader::Node(root));
        // The parsed document of a large file is as large as the file, and unmapping it takes tens
        // of milliseconds: a worker frees it, while the factsheet goes on to the model.
        if (size > largeDocument)
            QThreadPool::globalInstance()->start([owner = parserOwner]() mutable { owner.reset(); });

        return FactsheetLoadResult::success(std::move(sheet));
    } catch (const Invalid &invalid) {
        return FactsheetLoadResult::failure({fileName, invalid.place, invalid.message});
    } catch (const Cancelled &) {
        return FactsheetLoadResult::cancelled(fileName);
    }
}

} // namespace FactsheetLoader
