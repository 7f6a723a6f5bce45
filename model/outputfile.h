#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Writing what the program exports (charts, tables, factsheets): the checks of an output path made
// before anything is drawn or written, and the write itself through QSaveFile, so a failed export
// leaves nothing behind and never replaces a good file. Errors are one line naming the file.
namespace OutputFile {

// nullopt when path can be written to as far as can be told without writing: its folder exists
// and it is not itself a folder.
std::optional<QString> check(const QString &path);
// Writes data to path whole, or not at all.
std::optional<QString> save(const QString &path, const QByteArray &data);

} // namespace OutputFile
