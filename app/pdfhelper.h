#pragma once

// The explorer run as `factsheet-explorer --pdf-words-helper FILE.pdf`: the one place Poppler runs,
// in a process of its own that PdfReader (model/readers/pdfreader.h) starts with limits on its
// time and memory. Writes the words of every page, with their boxes, to standard output
// (PdfWords) and exits with a PdfReader::HelperStatus. Not for people: hidden from --help.
namespace PdfHelper {

inline constexpr const char *option = "--pdf-words-helper";

int run(const char *path);

} // namespace PdfHelper
