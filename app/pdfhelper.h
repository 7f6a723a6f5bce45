#pragma once

// The PDF helper, `factsheet-pdf-words FILE.pdf` (pdfhelpermain.cpp): the one place Poppler runs,
// in a program of its own that PdfReader (model/readers/pdfreader.h) starts with limits on its
// time and memory. Writes the words of every page, with their boxes, to standard output
// (PdfWords) and exits with a PdfHelperStatus::Status (readers/pdfhelperstatus.h). Not for people: the explorer runs
// it.
namespace PdfHelper {

int run(const char *path);

} // namespace PdfHelper
