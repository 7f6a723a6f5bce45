#pragma once

// The exit statuses of the PDF helper (factsheet-pdf-words, app/pdfhelper.h), and what each means:
// the one list both sides use, the helper that exits with them and PdfReader that reads them. In the
// factsheet_pdfwords library, which both link, beside the format of the helper's answer (pdfwords.h).
namespace PdfHelperStatus {

enum Status {
    Words = 0,       // the words follow on standard output
    Usage = 2,       // not run as the reader runs it, or its answer could not be written
    Encrypted = 3,   // the PDF needs a password
    Damaged = 4,     // Poppler cannot read it, or it has no pages
    OutOfMemory = 5, // Poppler ran out of the memory the helper may use
    TooManyWords = 6,
};

} // namespace PdfHelperStatus
