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

// The turn that undoes the page's /Rotate: the words are taken as the page's content draws them, in
// the frame of its size, pageSizeF(). (Poppler's textList() on a turned page loses the words that
// fall outside the page's unturned rectangle.) How the text runs in that frame is turnOf()'s.
Poppler::Page::Rotation unturned(Poppler::Page::Orientation orientation)
{
    switch (orientation) {
    case Poppler::Page::Landscape: // turned 90 degrees clockwise
        return Poppler::Page::Rotate270;
    case Poppler::Page::UpsideDown:
        return Poppler::Page::Rotate180;
    case Poppler::Page::Seascape: // turned 270 degrees clockwise
        return Poppler::Page::Rotate90;
    case Poppler::Page::Portrait:
        break;
    }
    return Poppler::Page::Rotate0;
}

// How the page's text runs in that frame: the way most of its letters go, from each word's first letter to its last
// (PdfWords::Page::turn).
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
    const auto most = static_cast<size_t>(std::max_element(letters.cbegin(), letters.cend()) - letters.cbegin());
    return letters[most] == 0 ? 0 : static_cast<int>(most) * 90;
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
        const Poppler::Page::Orientation orientation = page->orientation();
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList(unturned(orientation));
        // pageSizeF() is the page as shown, its /Rotate applied: its sides swap back with the turn undone.
        const bool quarterTurned = orientation == Poppler::Page::Landscape || orientation == Poppler::Page::Seascape;
        const QSizeF size = quarterTurned ? page->pageSizeF().transposed() : page->pageSizeF();
        PdfWords::Page read {size, {}, turnOf(boxes)};
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
