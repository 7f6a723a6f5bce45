#include "pdfhelper.h"

#include "readers/pdfhelperstatus.h"
#include "readers/pdfwords.h"

#include <poppler-qt6.h>

#include <QString>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <new>

namespace {

// How the page's text runs as Poppler hands it over (the page's /Rotate applied): the way most of
// its letters go, from each word's first letter to its last (PdfWords::Page::turn).
int turnOf(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes)
{
    std::array<qsizetype, 4> letters {}; // right, down, left, up
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        const qsizetype length = box->text().size();
        if (length < 2)
            continue;
        const QPointF along = box->charBoundingBox(int(length - 1)).center() - box->charBoundingBox(0).center();
        const bool across = std::fabs(along.x()) >= std::fabs(along.y());
        const size_t way = across ? (along.x() >= 0 ? 0 : 2) : (along.y() >= 0 ? 1 : 3);
        letters[way] += length;
    }
    const auto most = std::max_element(letters.cbegin(), letters.cend());
    return *most == 0 ? 0 : int(most - letters.cbegin()) * 90;
}

// Poppler's complaints about a damaged file are for its own log, not the reader's answer.
void quiet(const QString & /*message*/, const QVariant & /*closure*/) { }

int extract(const QString &path)
{
    Poppler::setDebugErrorFunction(quiet, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return PdfHelperStatus::Damaged;
    if (document->isLocked())
        return PdfHelperStatus::Encrypted;
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return PdfHelperStatus::Damaged;
    if (pageCount > PdfWords::maxPages)
        return PdfHelperStatus::TooManyWords;
    QList<PdfWords::Page> pages;
    qsizetype words = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return PdfHelperStatus::Damaged;
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        PdfWords::Page read {page->pageSizeF(), {}, turnOf(boxes)};
        for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
            if (++words > PdfWords::maxWords)
                return PdfHelperStatus::TooManyWords;
            read.words.append({box->text(), box->boundingBox()});
        }
        pages.append(std::move(read));
    }
    const QByteArray answer = PdfWords::encode(pages);
    if (std::fwrite(answer.constData(), 1, static_cast<size_t>(answer.size()), stdout)
            != static_cast<size_t>(answer.size())
        || std::fflush(stdout) != 0)
        return PdfHelperStatus::Usage;
    return PdfHelperStatus::Words;
}

} // namespace

namespace PdfHelper {

int run(const char *path)
{
    try {
        return extract(QString::fromLocal8Bit(path));
    } catch (const std::bad_alloc &) {
        // Past its memory limit (setrlimit in the child): a refusal, not a crash.
        return PdfHelperStatus::OutOfMemory;
    }
}

} // namespace PdfHelper
