#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QModelIndex;

// The funding lines as a spreadsheet reads them: CSV (RFC 4180: comma-separated, CRLF line ends,
// fields with commas, quotes or line breaks quoted, quotes doubled; UTF-8, with an optional
// byte-order mark so Excel reads the £ sign), and tab-separated text and an HTML table for the
// clipboard. Raw numbers sit in number cells, beside the amount as the window shows it; no text
// cell can start a formula (spreadsheetSafe()) in any of the three. The lines
// are the model's funding-line rows in the model's order: the table's proxy gives the table as
// shown, the FactsheetModel every line in document order. Read through roles only.
namespace TableExport {

// "Recipient or project", "Purpose", "Category", "Amount (£)", "Amount as shown", "Fund", "Location",
// "Scope", "Source sentence", and where the model's amounts are normalised one more column named
// by the amount column's header ("Amount per resident (population 1,126,200)").
QStringList headers(const QAbstractItemModel *model);
// One row of cells per funding line, as headers() names them.
QList<QStringList> rows(const QAbstractItemModel *model, const QList<int> &onlyRows = {});

QByteArray csv(const QAbstractItemModel *model, bool byteOrderMark = false);
// For the clipboard, of the given rows of the model (all when empty): a header row, then the rows.
QString tabSeparated(const QAbstractItemModel *model, const QList<int> &onlyRows = {});
QString htmlTable(const QAbstractItemModel *model, const QList<int> &onlyRows = {});

// A figure with where it comes from, to quote: "£2,600,000 to Cobra Biologics — Industrial Strategy
// local summary, Stoke-on-Trent & Staffordshire, …, December 2018 (Open Government Licence v3.0)".
QString withCitation(const QModelIndex &index);

// One CSV field, quoted where RFC 4180 says it must be.
QString csvField(const QString &text);

// A text cell a spreadsheet will not run: one that begins with =, +, -, @, a tab or a carriage
// return is a formula to Excel and LibreOffice ("=HYPERLINK(...)"), so it gets a leading
// apostrophe, as OWASP recommends ("'=HYPERLINK(...)"); any other text is kept as it is. Number
// cells ("Amount (£)", the normalised column) are never passed through it: -5 stays a number.
QString spreadsheetSafe(const QString &text);

} // namespace TableExport
