#include "jsonreader.h"

#include "documentreader.h"
#include "jsonnode.h"
#include "parsefailure.h"
#include "readers/readerrules.h"
#include "unknownmembers.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <simdjson.h>

#include <algorithm>
#include <memory>

namespace JsonReader {

namespace {

static_assert(paddingWanted == simdjson::SIMDJSON_PADDING);

// From this size (bytes), a parsed document is freed on a worker rather than where it was read.
constexpr size_t largeDocument = size_t(64) << 20;
// The part of the progress a document's parse takes; its lines are read in the rest.
constexpr double parseShare = 0.3;

} // namespace

FactsheetLoadResult read(QByteArray data, const QString &fileName, const ReadProgress &progress)
{
    // Qt calls an empty document an "illegal value" at line 1, column 1; say what it is. (Scanned
    // rather than trimmed: trimming a large document would copy it.)
    const auto isJsonSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::all_of(data.cbegin(), data.cend(), isJsonSpace)) {
        if (std::optional<LoadError> error = ReaderRules::invalidUtf8(data, fileName))
            return FactsheetLoadResult::failure(*std::move(error));
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("JsonReader", "document"),
             QCoreApplication::translate("JsonReader", "expected an object, got an empty file")});
    }
    // Members the format does not name are blanked before parsing, where values are so dense that,
    // parsed, they could cost several times their size (unknownmembers.h).
    if (isDense(data))
        blankUnknownMembers(data);
    // simdjson parses in place when the buffer has its padding behind the data (FactsheetReader
    // reads files so); else it copies the document once.
    const auto size = static_cast<size_t>(data.size());
    const bool padded = data.capacity() - data.size() >= paddingWanted;
    // Shared, to be freed on a worker once read (below).
    const auto parserOwner = std::make_shared<simdjson::dom::parser>();
    simdjson::dom::parser &parser = *parserOwner;
    Element root;

    if (parser.parse(data.constData(), size, !padded).get(root) != simdjson::SUCCESS) {
        QByteArray normalised;
        if (std::optional<LoadError> error = whyNotParsed(data, fileName, normalised))
            return FactsheetLoadResult::failure(*std::move(error));
        // A document Qt reads but simdjson does not (a lone surrogate escape, an integer beyond 64
        // bits) is read as Qt reads it: as Qt writes it again, made readable to simdjson.
        if (parser.parse(normalised.constData(), static_cast<size_t>(normalised.size())).get(root)
            != simdjson::SUCCESS) {
            return FactsheetLoadResult::failure({fileName, QCoreApplication::translate("JsonReader", "document"),
                                                 QCoreApplication::translate("JsonReader", "malformed JSON")});
        }
    }
    // The document is in the parser's own memory now: its bytes (a third of the peak) can go.
    data = QByteArray();
    if (!progress.report(parseShare))
        return FactsheetLoadResult::cancelled(fileName);
    if (root.type() != simdjson::dom::element_type::OBJECT) {
        return FactsheetLoadResult::failure(
            {fileName, QCoreApplication::translate("JsonReader", "document"),
             QCoreApplication::translate("JsonReader", "expected an object, got %1").arg(describe(root))});
    }
    try {
        DocumentReader reader(progress.part(parseShare, 1.0));
        Factsheet sheet = reader.read(Node(root));
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

} // namespace JsonReader
