#pragma once

#include "chartdescription.h"
#include "charttheme.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;
class QImage;
class QMimeData;

// Charts out of the program: to PNG, SVG and PDF files, to the clipboard, with the same settings
// and the same checks whether they come from the export dialog or the command line. Files are
// written through QSaveFile: a failed export leaves nothing behind and replaces nothing.
namespace ChartExport {

enum class Format { Png, Svg, Pdf };

struct Settings
{
    QString chart = QStringLiteral("dashboard"); // a chart name, or "dashboard"
    QSize size {1920, 1080};                     // logical pixels
    int scale = 1;                               // a PNG has size × scale pixels
    QString theme = QStringLiteral("presentation");
    ChartPalette palette = ChartPalette::Default;
    bool transparent = false;
    // Exact figures or short money ("£2.6m"); unset, the theme's own (short for presentation).
    std::optional<ValueLabels::Style> valueLabels;
    ValueAxisScale axis = ValueAxisScale::Linear;
    bool showsSelection = false;
    // A PDF of the dashboard: each chart on a page of its own instead of all three on one.
    bool onePerPage = false;
};

inline constexpr int maxSide = 16384;
inline constexpr int maxScale = 4;
// A PNG of more pixels than this (16384 × 16384) would need gigabytes to draw.
inline constexpr qint64 maxPixels = qint64(maxSide) * maxSide;

// employment, apprenticeships-and-wages, funding, dashboard
QStringList chartNames();
// "1920x1080" -> 1920×1080; nullopt unless both are whole numbers from 1 to maxSide.
std::optional<QSize> parseSize(const QString &text);
// By the file name's extension: .png, .svg, .pdf (any case).
std::optional<Format> formatOf(const QString &path);

// The first thing wrong with settings (and the output path, if one is given), in one line that
// names it and what is valid; nullopt when an export can go ahead.
std::optional<QString> check(const Settings &settings, const QString &outputPath = QString());

// The descriptions an export of settings.chart draws: one chart, or the three of the dashboard.
// The funding chart comes from fundingModel where one is given (the table: its lines, order and
// amounts as shown), else from model, largest first.
QList<ChartDescription> describe(const QAbstractItemModel *model, const QString &chart,
                                 const QAbstractItemModel *fundingModel = nullptr);

// The picture, rendered for its size: size × scale pixels, device pixel ratio scale, with the
// title, source and copyright as PNG text chunks.
QImage image(const QList<ChartDescription> &charts, const Settings &settings,
             const QList<QList<int>> &selectedBars = {});
QByteArray svg(const QList<ChartDescription> &charts, const Settings &settings,
               const QList<QList<int>> &selectedBars = {});
// One page per element of pages; each is one chart, or all three (the dashboard).
QByteArray pdf(const QList<QList<ChartDescription>> &pages, const Settings &settings);

// Writes the export to path in the format its extension names; an error in one line otherwise.
std::optional<QString> write(const QAbstractItemModel *model, const Settings &settings, const QString &path,
                             const QList<QList<int>> &selectedBars = {},
                             const QAbstractItemModel *fundingModel = nullptr);
// The text of the PNG "Source" chunk: the source line without its own "Source:", as the chunk's
// key says it already ("Industrial Strategy local summary, …").
QString sourceChunkText(const QString &sourceLine);
// Writes data through QSaveFile; the error names the file.
std::optional<QString> saveFile(const QString &path, const QByteArray &data);

// Everything a paste can want: a 2× PNG, the SVG (image/svg+xml), an HTML table of the values
// and plain text with the values and the source line.
QMimeData *mimeData(const ChartDescription &chart, const Settings &settings);

} // namespace ChartExport
