#pragma once

#include "factsheet.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

// What went wrong with a file, and where: "<file>: <place>: <what was expected, what was found>".
// Every reader reports this way. The place is a JSON path ("fundingLines[2].amount"), a line ("line
// 15", "line 4, column 2") or "end of file"; it is empty when the file is refused as a whole (a
// directory, a file too large, a PDF).
struct LoadError
{
    // As given: text() shows it with its control characters escaped (ShownName).
    QString file;
    QString place;
    QString message;
    // The read was stopped because it was no longer wanted (ReadProgress): nothing is wrong with the file.
    bool cancelled = false;

    QString text() const;

    // How a message quotes text it found: in quotes, cut to 60 characters so a long sentence or a
    // whole line does not swamp what was expected, and with every character that cannot be seen
    // (control characters, spaces other than U+0020, format characters such as U+200B and U+FEFF,
    // line and paragraph separators, lone surrogates) spelled out: "Stoke<U+00A0>on" is not "Stoke on".
    static QString found(QStringView text);
    // The same, but when the text is longer than that, cut around position `at` rather than after
    // its start, so that what is wrong there shows.
    static QString foundAround(QStringView text, qsizetype at);
};

Q_DECLARE_METATYPE(LoadError)

// Either a whole, valid factsheet or the first error found; never anything in between. Every
// reader returns one. A read stopped because it was no longer wanted (ReadProgress) is a failure
// too, told apart by wasCancelled(): nobody needs to be told about it.
class FactsheetLoadResult
{
public:
    static FactsheetLoadResult success(Factsheet factsheet);
    static FactsheetLoadResult failure(LoadError error);
    static FactsheetLoadResult cancelled(const QString &file);

    bool ok() const { return m_factsheet.has_value(); }
    bool wasCancelled() const { return m_error.cancelled; }
    const Factsheet &factsheet() const { return *m_factsheet; }
    Factsheet takeFactsheet() { return std::move(*m_factsheet); }
    const LoadError &error() const { return m_error; }

private:
    std::optional<Factsheet> m_factsheet;
    LoadError m_error;
};
