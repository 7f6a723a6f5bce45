#include "pdfwords.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfWords", text);
}

const QByteArray header = QByteArrayLiteral("factsheet-pdf-words 2");

// Coordinates and sizes in points: a page is at most 14,400 points a side (PDF's own limit is 200
// inches); anything beyond is no page at all.
constexpr double largestCoordinate = 1e5;

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

std::optional<double> readNumber(QByteArrayView field)
{
    bool ok = false;
    const double value = field.toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::fabs(value) > largestCoordinate)
        return std::nullopt;
    return value;
}

// The next `count` space-separated fields of `line` from `at`; the rest of the line is left at `at`.
QList<QByteArrayView> fields(QByteArrayView line, qsizetype &at, int count)
{
    QList<QByteArrayView> result;
    for (int i = 0; i < count; ++i) {
        const qsizetype space = line.indexOf(' ', at);
        const qsizetype end = space < 0 ? line.size() : space;
        result << line.sliced(at, end - at);
        at = space < 0 ? line.size() : space + 1;
    }
    return result;
}

// A page or a word, added to `pages`; what is wrong with the line, or nothing.
QString readRecord(QByteArrayView line, QList<PdfWords::Page> &pages, qsizetype &words)
{
    qsizetype field = 0;
    const QByteArrayView kind = fields(line, field, 1).first();
    if (kind == "page") {
        const QList<QByteArrayView> size = fields(line, field, 3);
        const std::optional<double> width = readNumber(size[0]);
        const std::optional<double> height = readNumber(size[1]);
        const QByteArrayView turn = size[2];
        if (!width || !height || *width <= 0 || *height <= 0 || field < line.size()
            || !(turn == "0" || turn == "90" || turn == "180" || turn == "270"))
            return tr("expected \"page WIDTH HEIGHT TURN\", two sizes in points and a turn of 0, 90, 180 or 270");
        if (pages.size() == PdfWords::maxPages)
            return tr("expected at most %1 pages").arg(PdfWords::maxPages);
        pages.append({QSizeF(*width, *height), {}, turn.toInt()});
        return {};
    }
    if (kind != "word")
        return tr("expected a page or a word");
    if (pages.isEmpty())
        return tr("expected a page before its words");
    const QList<QByteArrayView> box = fields(line, field, 4);
    std::array<double, 4> values {};
    for (size_t i = 0; i < values.size(); ++i) {
        const std::optional<double> value = readNumber(box[static_cast<qsizetype>(i)]);
        if (!value || (i >= 2 && *value < 0))
            return tr("expected \"word X Y WIDTH HEIGHT TEXT\"");
        values[i] = *value;
    }
    const QString text = field < line.size() ? QString::fromUtf8(line.sliced(field)) : QString();
    if (text.trimmed().isEmpty() || text.size() > PdfWords::maxWordLength)
        return tr("expected \"word X Y WIDTH HEIGHT TEXT\"");
    if (++words > PdfWords::maxWords)
        return tr("expected at most %1 words").arg(PdfWords::maxWords);
    pages.last().words.append({text, QRectF(values[0], values[1], values[2], values[3])});
    return {};
}

} // namespace

namespace PdfWords {

QByteArray encode(const QList<Page> &pages)
{
    QByteArray out = header + '\n';
    for (const Page &page : pages) {
        out += "page " + number(page.size.width()) + ' ' + number(page.size.height()) + ' '
            + QByteArray::number(page.turn) + '\n';
        for (const Word &word : page.words) {
            QString text = word.text;
            for (QChar &c : text) {
                if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                    c = u' ';
            }
            text = text.trimmed();
            if (text.isEmpty())
                continue;
            out += "word " + number(word.box.x()) + ' ' + number(word.box.y()) + ' ' + number(word.box.width()) + ' '
                + number(word.box.height()) + ' ' + text.left(maxWordLength).toUtf8() + '\n';
        }
    }
    out += "end\n";
    return out;
}

std::optional<QList<Page>> decode(QByteArrayView data, QString *problem)
{
    QList<Page> pages;
    qsizetype words = 0;
    qsizetype lineNumber = 0;
    qsizetype at = 0;
    bool ended = false;
    const auto fail = [&](const QString &what) -> std::optional<QList<Page>> {
        if (problem)
            *problem = tr("line %1: %2").arg(lineNumber).arg(what);
        return std::nullopt;
    };
    while (at < data.size()) {
        const qsizetype newline = data.indexOf('\n', at);
        if (newline < 0)
            return fail(tr("expected a line ending in a line feed"));
        const QByteArrayView line = data.sliced(at, newline - at);
        at = newline + 1;
        ++lineNumber;
        QString wrong;
        if (ended)
            wrong = tr("expected nothing after \"end\"");
        else if (lineNumber == 1)
            wrong = line == header ? QString() : tr("expected \"%1\"").arg(QString::fromLatin1(header));
        else if (line == "end")
            ended = true;
        else
            wrong = readRecord(line, pages, words);
        if (!wrong.isEmpty())
            return fail(wrong);
    }
    if (!ended) {
        ++lineNumber;
        return fail(tr("expected \"end\""));
    }
    return pages;
}

} // namespace PdfWords
