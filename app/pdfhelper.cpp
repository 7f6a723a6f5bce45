#include "pdfhelper.h"

#include "readers/pdfreader.h"
#include "readers/pdfwords.h"

#include <poppler-qt6.h>

#include <QString>
#include <QVariant>

#include <cstdio>
#include <new>

namespace {

// Poppler's complaints about a damaged file are for its own log, not the reader's answer.
void quiet(const QString & /*message*/, const QVariant & /*closure*/) { }

int extract(const QString &path)
{
    Poppler::setDebugErrorFunction(quiet, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return PdfReader::Damaged;
    if (document->isLocked())
        return PdfReader::Encrypted;
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return PdfReader::Damaged;
    if (pageCount > PdfWords::maxPages)
        return PdfReader::TooManyWords;
    QList<PdfWords::Page> pages;
    qsizetype words = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return PdfReader::Damaged;
        PdfWords::Page read {page->pageSizeF(), {}};
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            if (++words > PdfWords::maxWords)
                return PdfReader::TooManyWords;
            read.words.append({box->text(), box->boundingBox()});
        }
        pages.append(std::move(read));
    }
    const QByteArray answer = PdfWords::encode(pages);
    if (std::fwrite(answer.constData(), 1, static_cast<size_t>(answer.size()), stdout)
            != static_cast<size_t>(answer.size())
        || std::fflush(stdout) != 0)
        return PdfReader::Usage;
    return PdfReader::Words;
}

} // namespace

namespace PdfHelper {

int run(const char *path)
{
    try {
        return extract(QString::fromLocal8Bit(path));
    } catch (const std::bad_alloc &) {
        // Past its memory limit (setrlimit in the child): a refusal, not a crash.
        return PdfReader::OutOfMemory;
    }
}

} // namespace PdfHelper
