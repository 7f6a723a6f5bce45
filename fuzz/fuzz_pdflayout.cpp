// Any bytes as the PDF helper's answer (PdfWords::decode, which reads it as untrusted), and the
// pages it gives through PdfLayout into the text reader: no crash, no undefined behaviour, no hang.
// An answer read gives a text in which every word stands (but for the hyphen of a word rejoined
// across a line break), one line per paragraph; an answer refused says the line that is wrong.
//
// The same bytes also set out a page of two columns (twoColumns()): their lines on shared
// baselines or offset by any part of a line, the gutter between them of any width from none to 64
// points. Whenever the gutter is wider than the space between words, the text is the left column,
// then the right, each one paragraph; however narrow, every word stands in it.
#include "factsheetinvariants.h"
#include "readers/localsummarytext.h"
#include "readers/pdflayout.h"
#include "readers/pdfwords.h"

#include <QByteArray>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

using FactsheetInvariants::require;

void requireEveryWordStands(const QList<PdfWords::Page> &pages, const QString &text)
{
    for (const PdfWords::Page &page : pages) {
        for (const PdfWords::Word &word : page.words) {
            const QString printed = word.text.trimmed();
            require(text.contains(printed) || (printed.endsWith(QLatin1Char('-')) && text.contains(printed.chopped(1))),
                    "every word stands in the text laid out");
        }
    }
}

// The input's bytes as the measures of a two-column page, read round and round.
class Measures
{
public:
    explicit Measures(QByteArrayView data) : m_data(data) { }
    int next() { return m_data.isEmpty() ? 0 : static_cast<unsigned char>(m_data[m_at++ % m_data.size()]); }

private:
    QByteArrayView m_data;
    qsizetype m_at = 0;
};

// Words 9 points tall, 5 points a letter, 2.5 points apart, lines 11 points apart.
constexpr double wordHeight = 9;
constexpr double letter = 5;
constexpr double space = 2.5;
constexpr double pitch = 11;

// The lines of one column from (x, top): each of one to five words of one to eight letters; the
// words' texts, in reading order, are added to `read`.
QList<PdfWords::Word> column(Measures &measures, QChar name, double x, double top, QStringList &read)
{
    QList<PdfWords::Word> words;
    const int lines = 3 + measures.next() % 30;
    for (int line = 0; line < lines; ++line) {
        double left = x;
        const int count = 1 + measures.next() % 5;
        for (int k = 0; k < count; ++k) {
            const QString text = QStringLiteral("%1%2w%3").arg(name).arg(line).arg(k);
            const double width = (1 + measures.next() % 8) * letter;
            words.append({text, QRectF(left, top + line * pitch, width, wordHeight)});
            read << text;
            left += width + space;
        }
    }
    return words;
}

void twoColumns(QByteArrayView data)
{
    Measures measures(data);
    const double gutter = measures.next() / 4.0;
    // The right column's first line up to a line above the left one's, or below it.
    const double offset = (measures.next() - 128) / 128.0 * pitch;
    QStringList left;
    QStringList right;
    PdfWords::Page page {QSizeF(595, 842), column(measures, QLatin1Char('L'), 36, 100, left), 0};
    double leftEdge = 0;
    for (const PdfWords::Word &word : std::as_const(page.words))
        leftEdge = std::max(leftEdge, word.box.right());
    page.words << column(measures, QLatin1Char('R'), leftEdge + gutter, 100 + offset, right);
    const QString text = PdfLayout::text({page});
    requireEveryWordStands({page}, text);
    // Wider than the spaces between words, which the layout fills in up to 0.45 of a line's height.
    if (gutter >= 0.45 * wordHeight + 0.2) {
        require(text == left.join(QLatin1Char(' ')) + QStringLiteral("\n\n") + right.join(QLatin1Char(' ')) + u'\n',
                "two columns read the left, then the right, whatever their gutter and baselines");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray answer
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    twoColumns(answer);
    QString problem;
    const std::optional<QList<PdfWords::Page>> pages = PdfWords::decode(answer, &problem);
    if (!pages) {
        require(problem.startsWith(QStringLiteral("line ")), "a refused answer names its line");
        return 0;
    }
    const QString text = PdfLayout::text(*pages);
    requireEveryWordStands(*pages, text);
    FactsheetLoadResult result = LocalSummaryText::loadData(text.toUtf8(), QStringLiteral("fuzz.pdf"));
    if (result.ok())
        FactsheetInvariants::checkFactsheet(result.takeFactsheet());
    else
        FactsheetInvariants::checkError(result.error(), QStringLiteral("fuzz.pdf"));
    return 0;
}
