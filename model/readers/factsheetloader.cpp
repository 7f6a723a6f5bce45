#include "factsheetloader.h"

#include "readerrules.h"
#include "uknumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

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

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(FactsheetLoader)

public:
    static QString describe(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (number == std::floor(number) && std::fabs(number) <= largestExactWhole)
                return QString::number(static_cast<qint64>(number));
            return QString::number(number, 'g', 17);
        }
        case QJsonValue::String:
            return LoadError::found(value.toString());
        case QJsonValue::Array:
            return tr("an array");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return tr("nothing");
    }

    // A value together with where it is, so every complaint can name its JSON path. The path is
    // spelled out only when a complaint needs it: building it for every field of a million lines
    // would cost more than reading them. A node refers to its parent, so it must not outlive it
    // (children are only ever used within their parent's scope).
    class Node
    {
    public:
        explicit Node(QJsonValue value) : m_value(std::move(value)) { }

        QString path() const
        {
            if (!m_parent)
                return {};
            const QString parentPath = m_parent->path();
            if (m_index >= 0)
                return QStringLiteral("%1[%2]").arg(parentPath).arg(m_index);
            return parentPath.isEmpty() ? m_key : parentPath + QLatin1Char('.') + m_key;
        }
        const QJsonValue &value() const { return m_value; }
        bool isAbsent() const { return m_value.isUndefined() || m_value.isNull(); }

        Node field(const QString &key) const { return Node(object().value(key), this, key, -1); }
        Node at(qsizetype index) const { return Node(array().at(index), this, QString(), index); }

        [[noreturn]] void fail(const QString &expected) const
        {
            if (m_value.isUndefined())
                throw Invalid {path(), tr("required field is missing; expected %1").arg(expected)};
            fail(expected, describe(m_value));
        }

        // With what was got said in other words than the value itself (a length, a total).
        [[noreturn]] void fail(const QString &expected, const QString &got) const
        {
            throw Invalid {path(), tr("expected %1, got %2").arg(expected, got)};
        }

        QJsonObject object() const
        {
            if (!m_value.isObject())
                fail(tr("an object"));
            return m_value.toObject();
        }

        QJsonArray array() const
        {
            if (!m_value.isArray())
                fail(tr("an array"));
            return m_value.toArray();
        }

        // A required string: not empty, not longer than `limit`, and without control characters
        // (tab and line feed only where `breaks` allows them: text of several paragraphs).
        QString text(ReaderRules::Breaks breaks = ReaderRules::Breaks::Refused,
                     qsizetype limit = ReaderRules::maxFieldLength) const
        {
            if (!m_value.isString())
                fail(tr("a non-empty string"));
            QString text = m_value.toString();
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

        QString optionalText(ReaderRules::Breaks breaks = ReaderRules::Breaks::Refused) const
        {
            return isAbsent() ? QString() : text(breaks);
        }

        qint64 wholeNumber(const QString &expected) const
        {
            const double number = m_value.toDouble(-1.0);
            if (!m_value.isDouble() || number < 0 || number > largestExactWhole || number != std::floor(number))
                fail(expected);
            return static_cast<qint64>(number);
        }

        // A whole number that may be negative, as large either way as wholeNumber() allows.
        qint64 signedWholeNumber(const QString &expected) const
        {
            const double number = m_value.toDouble(0.5);
            if (!m_value.isDouble() || std::fabs(number) > largestExactWhole || number != std::floor(number))
                fail(expected);
            return static_cast<qint64>(number);
        }

    private:
        Node(QJsonValue value, const Node *parent, QString key, qsizetype index)
            : m_value(std::move(value)), m_parent(parent), m_key(std::move(key)), m_index(index)
        {
        }

        QJsonValue m_value;
        const Node *m_parent = nullptr;
        QString m_key;          // within an object
        qsizetype m_index = -1; // within an array
    };

    Factsheet read(const Node &root)
    {
        root.object();
        // Compared as a value rather than read with text(): missing or not a string, the message
        // still names the format expected.
        const Node format = root.field(QStringLiteral("format"));
        if (format.value().toString() != QLatin1String("factsheet-explorer"))
            format.fail(QStringLiteral("\"factsheet-explorer\""));
        const Node version = root.field(QStringLiteral("formatVersion"));
        const double number = version.value().toDouble(0.5);
        if (!version.value().isDouble()
            || (number != FactsheetLoader::oldestFormatVersion && number != FactsheetLoader::formatVersion))
            version.fail(tr("format version %1 or %2")
                             .arg(FactsheetLoader::oldestFormatVersion)
                             .arg(FactsheetLoader::formatVersion));
        m_version = static_cast<int>(number);

        Factsheet sheet;
        sheet.sourceInfo = readSourceInfo(root.field(QStringLiteral("source")));
        sheet.area = readArea(root.field(QStringLiteral("area")));

        const Node lines = root.field(QStringLiteral("fundingLines"));
        const qsizetype lineCount = lines.array().size();
        sheet.fundingLines.reserve(static_cast<size_t>(lineCount));
        QSet<QString> lineIds;
        lineIds.reserve(lineCount);
        qint64 localTotal = 0;
        for (qsizetype i = 0; i < lineCount; ++i) {
            const Node line = lines.at(i);
            sheet.fundingLines.push_back(readFundingLine(line, lineIds));
            const FundingLine &read = sheet.fundingLines.back();
            if (read.scope == Scope::Local && !ReaderRules::addToLocalTotal(localTotal, read.amount)) {
                line.field(QStringLiteral("amount"))
                    .fail(
                        tr("local amounts that add up to at most %1").arg(UkNumbers::pounds(ReaderRules::largestWhole)),
                        tr("a local total of %1 with this line").arg(UkNumbers::pounds(localTotal + read.amount)));
            }
        }

        QSet<QString> figureIds;
        const Node figures = root.field(QStringLiteral("figures"));
        for (qsizetype i = 0; i < figures.array().size(); ++i)
            sheet.figures.push_back(readFigure(figures.at(i), figureIds));
        const Node derived = root.field(QStringLiteral("derivedFigures"));
        if (!derived.isAbsent()) {
            for (qsizetype i = 0; i < derived.array().size(); ++i)
                sheet.figures.push_back(readDerivedFigure(derived.at(i), sheet, figureIds));
        }

        // Version 2: a summary may have no case study.
        const Node caseStudy = root.field(QStringLiteral("caseStudy"));
        if (m_version == 1 || !caseStudy.isAbsent())
            sheet.caseStudy = readCaseStudy(caseStudy, sheet);
        for (qsizetype i = 0; i < lineCount; ++i) {
            const QString &caseStudyId = sheet.fundingLines[static_cast<size_t>(i)].caseStudyId;
            if (!caseStudyId.isEmpty() && (!sheet.hasCaseStudy() || caseStudyId != sheet.caseStudy.id))
                lines.at(i).field(QStringLiteral("caseStudy")).fail(tr("the id of the case study"));
        }

        const Node links = root.field(QStringLiteral("links"));
        if (!links.isAbsent()) {
            for (qsizetype i = 0; i < links.array().size(); ++i) {
                const Node link = links.at(i);
                sheet.links.append({link.field(QStringLiteral("label")).text(),
                                    link.field(QStringLiteral("url")).text(),
                                    link.field(QStringLiteral("source")).text()});
            }
        }
        if (m_version >= 2)
            sheet.notes = readNotes(root.field(QStringLiteral("notes")));
        sheet.indexCategories();
        return sheet;
    }

private:
    int m_version = FactsheetLoader::formatVersion;

    // Version 2: what the text reader could not place, kept with the factsheet.
    static QList<Note> readNotes(const Node &notes)
    {
        QList<Note> read;
        if (notes.isAbsent())
            return read;
        for (qsizetype i = 0; i < notes.array().size(); ++i) {
            const Node note = notes.at(i);
            note.object();
            read.append({note.field(QStringLiteral("text")).text(),
                         note.field(QStringLiteral("line")).wholeNumber(tr("a line number (0 when not known)")),
                         note.field(QStringLiteral("reason")).text()});
        }
        return read;
    }

    static SourceInfo readSourceInfo(const Node &node)
    {
        SourceInfo info;
        info.title = node.field(QStringLiteral("title")).text();
        info.publisher = node.field(QStringLiteral("publisher")).text();
        info.published = node.field(QStringLiteral("published")).text();
        info.copyright = node.field(QStringLiteral("copyright")).optionalText();
        info.licence = node.field(QStringLiteral("licence")).text();
        info.textResource = node.field(QStringLiteral("text")).optionalText();
        return info;
    }

    Area readArea(const Node &node) const
    {
        // Version 2: a summary need not name its partnership.
        const Node partnership = node.field(QStringLiteral("partnership"));
        return {node.field(QStringLiteral("name")).text(),
                m_version == 1 ? partnership.text() : partnership.optionalText(),
                node.field(QStringLiteral("source")).optionalText()};
    }

    static QString uniqueId(const Node &node, QSet<QString> &seen)
    {
        QString id = node.text();
        if (seen.contains(id))
            node.fail(tr("an id not used before"));
        seen.insert(id);
        return id;
    }

    // The figure as printed must stand in its sentence and mean the stored value: this is what
    // makes every number traceable to the factsheet.
    static void checkQuote(const Node &item, const QString &valueField, qint64 value, const QString &quote,
                           const QString &source)
    {
        if (quote.isEmpty())
            return;
        const Node quoteNode = item.field(QStringLiteral("quote"));
        if (!source.contains(quote))
            quoteNode.fail(tr("text that appears in the source sentence"));
        const std::optional<qint64> quoted = UkNumbers::parseQuotedFigure(quote);
        if (!quoted)
            quoteNode.fail(tr("a figure as printed, such as \"£2.6m\" or \"548,800\""));
        // A decrease is printed as its size ("a decrease of 1,200"): its value is the negative.
        if (*quoted != value && *quoted != -value)
            item.field(valueField).fail(tr("%1, the value of its quote %2").arg(*quoted).arg(describe(quote)));
    }

    FundingLine readFundingLine(const Node &node, QSet<QString> &ids) const
    {
        node.object();
        FundingLine line;
        line.id = uniqueId(node.field(QStringLiteral("id")), ids);
        line.title = node.field(QStringLiteral("title")).text();
        line.recipient = node.field(QStringLiteral("recipient")).optionalText();
        line.purpose = node.field(QStringLiteral("purpose")).text();
        // Version 2: a line the summary names without an amount leaves it out (or null).
        const Node amount = node.field(QStringLiteral("amount"));
        line.hasAmount = m_version == 1 || !amount.isAbsent();
        if (line.hasAmount)
            line.amount = amount.wholeNumber(tr("a whole number of pounds (0 or more)"));
        line.amountQualifier = node.field(QStringLiteral("amountQualifier")).optionalText();
        line.category = node.field(QStringLiteral("category")).text();
        line.location = node.field(QStringLiteral("location")).optionalText();
        line.fund = node.field(QStringLiteral("fund")).optionalText();
        const Node scope = node.field(QStringLiteral("scope"));
        const QString scopeText = scope.text();
        if (scopeText == QLatin1String("local"))
            line.scope = Scope::Local;
        else if (scopeText == QLatin1String("national"))
            line.scope = Scope::National;
        else
            scope.fail(tr("\"local\" or \"national\""));
        line.caseStudyId = node.field(QStringLiteral("caseStudy")).optionalText();
        line.quote = node.field(QStringLiteral("quote")).optionalText();
        line.source = node.field(QStringLiteral("source")).text();
        if (!line.hasAmount && !line.quote.isEmpty())
            node.field(QStringLiteral("quote")).fail(tr("no quote for a line without an amount"));
        checkQuote(node, QStringLiteral("amount"), line.amount, line.quote, line.source);
        return line;
    }

    static Figure readFigureHeader(const Node &node, QSet<QString> &ids)
    {
        node.object();
        Figure figure;
        figure.id = uniqueId(node.field(QStringLiteral("id")), ids);
        const Node group = node.field(QStringLiteral("group"));
        figure.group = group.text();
        if (figure.group != QLatin1String("area") && figure.group != QLatin1String("labourMarket"))
            group.fail(tr("\"area\" or \"labourMarket\""));
        figure.label = node.field(QStringLiteral("label")).text();
        figure.shortLabel = node.field(QStringLiteral("shortLabel")).optionalText();
        if (figure.shortLabel.isEmpty())
            figure.shortLabel = figure.label;
        figure.unit = node.field(QStringLiteral("unit")).text();
        // Optional: a figure without it is shown in the table and the details, in no chart.
        const Node measure = node.field(QStringLiteral("measure"));
        if (!measure.isAbsent()) {
            const std::optional<Measure> known = measureFromName(measure.text());
            if (!known)
                measure.fail(tr("one of \"population\", \"businesses\", \"employment\", \"employmentChange\", "
                                "\"earlierEmployment\", \"livingWageWorkers\", \"apprenticeshipStarts\""));
            figure.measure = *known;
        }
        return figure;
    }

    Figure readFigure(const Node &node, QSet<QString> &ids) const
    {
        Figure figure = readFigureHeader(node, ids);
        // Version 2: a change (measure "employmentChange") is negative for a decrease.
        const Node value = node.field(QStringLiteral("value"));
        figure.value = m_version >= 2 && figure.measure == Measure::EmploymentChange
            ? value.signedWholeNumber(tr("a whole number (negative for a decrease)"))
            : value.wholeNumber(tr("a whole number (0 or more)"));
        figure.quote = node.field(QStringLiteral("quote")).optionalText();
        figure.source = node.field(QStringLiteral("source")).text();
        checkQuote(node, QStringLiteral("value"), figure.value, figure.quote, figure.source);
        return figure;
    }

    // Derived figures are computed here rather than stored, so they can never disagree with the
    // figures they come from; each says how it was computed.
    static Figure readDerivedFigure(const Node &node, const Factsheet &sheet, QSet<QString> &ids)
    {
        Figure figure = readFigureHeader(node, ids);
        const Node difference = node.field(QStringLiteral("difference"));
        if (difference.array().size() != 2)
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
        study.id = node.field(QStringLiteral("id")).text();
        study.title = node.field(QStringLiteral("title")).text();
        study.acronym = node.field(QStringLiteral("acronym")).optionalText();
        const Node line = node.field(QStringLiteral("fundingLine"));
        study.fundingLineId = line.optionalText();
        if (!study.fundingLineId.isEmpty() && !sheet.fundingLine(study.fundingLineId))
            line.fail(tr("the id of a funding line"));
        const Node opened = node.field(QStringLiteral("opened"));
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
            study.openedSource = node.field(QStringLiteral("openedSource")).text();
        }
        const Node levels = node.field(QStringLiteral("levels"));
        if (!levels.isAbsent()) {
            for (qsizetype i = 0; i < levels.array().size(); ++i) {
                const qint64 level = levels.at(i).wholeNumber(tr("a qualification level from 1 to 8"));
                if (level < 1 || level > 8)
                    levels.at(i).fail(tr("a qualification level from 1 to 8"));
                study.levels.append(static_cast<int>(level));
            }
            study.levelsSource = node.field(QStringLiteral("levelsSource")).text();
        }
        const Node facilities = node.field(QStringLiteral("facilities"));
        if (!facilities.isAbsent()) {
            for (qsizetype i = 0; i < facilities.array().size(); ++i) {
                const Node facility = facilities.at(i);
                study.facilities.append(
                    {facility.field(QStringLiteral("name")).text(),
                     facility.field(QStringLiteral("description")).optionalText(ReaderRules::Breaks::Allowed),
                     facility.field(QStringLiteral("source")).text()});
            }
        }
        // Paragraphs apart by a blank line: the one field with line feeds, and the longest.
        study.text
            = node.field(QStringLiteral("text")).text(ReaderRules::Breaks::Allowed, ReaderRules::maxLongTextLength);
        study.source = node.field(QStringLiteral("source")).text();
        return study;
    }
};

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

} // namespace

namespace FactsheetLoader {

QString embeddedPath()
{
    return QStringLiteral(":/factsheet/stoke-on-trent-and-staffordshire.json");
}

FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName)
{
    // Checked before Qt's parser, which would only say "invalid UTF8 string" (or "illegal value"
    // outside a string); the same message as the text reader's, with the bytes found.
    if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
        return FactsheetLoadResult::failure(*std::move(error));
    // Qt calls an empty document an "illegal value" at line 1, column 1; say what it is. (Scanned
    // rather than trimmed: trimming a large document would copy it.)
    const auto isJsonSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::all_of(data.cbegin(), data.cend(), isJsonSpace)) {
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("FactsheetLoader", "document"),
             QCoreApplication::translate("FactsheetLoader", "expected an object, got an empty file")});
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return FactsheetLoadResult::failure(malformedJson(data, parseError, fileName));
    if (!document.isObject()) {
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("FactsheetLoader", "document"),
             QCoreApplication::translate("FactsheetLoader", "expected an object, got %1")
                 .arg(Reader::describe(document.isArray() ? QJsonValue(document.array()) : QJsonValue()))});
    }
    try {
        Reader reader;
        return FactsheetLoadResult::success(reader.read(Reader::Node(document.object())));
    } catch (const Invalid &invalid) {
        return FactsheetLoadResult::failure({fileName, invalid.place, invalid.message});
    }
}

} // namespace FactsheetLoader
