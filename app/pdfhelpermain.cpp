// factsheet-pdf-words FILE.pdf: the PDF helper (pdfhelper.h). Not for people, and needs no display:
// no application object at all, only Qt Core and Poppler.
#include "pdfhelper.h"
#include "readers/pdfhelperstatus.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fputs("usage: factsheet-pdf-words FILE.pdf\n", stderr);
        return PdfHelperStatus::Usage;
    }
    return PdfHelper::run(argv[1]);
}
