#pragma once

#include "factsheet.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

// What went wrong with a document, and where: "<file>: <place>: <what was expected, what was found>".
// The place is a JSON path ("fundingLines[2].amount") or, for malformed JSON, "line L, column C".
struct LoadError
{
    QString file;
    QString place;
    QString message;

    QString text() const;

    // How a message shows text it found: in quotes, cut to 60 characters so a long sentence or a
    // whole line does not swamp what was expected.
    static QString found(const QString &text);
};

Q_DECLARE_METATYPE(LoadError)

// Either a whole, valid factsheet or the first error found; never anything in between.
class FactsheetLoadResult
{
public:
    static FactsheetLoadResult success(Factsheet factsheet);
    static FactsheetLoadResult failure(LoadError error);

    bool ok() const { return m_factsheet.has_value(); }
    const Factsheet &factsheet() const { return *m_factsheet; }
    Factsheet takeFactsheet() { return std::move(*m_factsheet); }
    const LoadError &error() const { return m_error; }

private:
    std::optional<Factsheet> m_factsheet;
    LoadError m_error;
};

namespace FactsheetLoader {

// The only format version this build reads.
constexpr int formatVersion = 1;
// The factsheet compiled into the app, shown when no file is given.
QString embeddedPath();

// Reads a factsheet file: the text of a local summary when its name ends in ".txt" (see
// LocalSummaryText), the JSON format otherwise.
FactsheetLoadResult loadFile(const QString &path);
// A JSON document. fileName only labels errors; data is the document itself.
FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName);

} // namespace FactsheetLoader
