#pragma once

#include "loadresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Reads the published PDF of a local summary. Poppler never runs in this process: the PDF is
// handed to the PDF helper, a process of its own (factsheet-pdf-words, app/pdfhelper.h, the one
// program that links Poppler), started with a time limit and, in the child, limits on its memory and
// processor time (setrlimit), so a PDF that crashes or hangs Poppler is a refusal with a reason,
// never a crash or a hang of the app. The helper hands back the words and where they stand
// (PdfWords); PdfLayout puts them in reading order, and LocalSummaryText reads that text, so a PDF
// and its text give the same factsheet.
namespace PdfReader {

// What the helper may take: wall-clock time for the whole reading, and the memory (address space)
// and processor time of the child.
struct Limits
{
    int milliseconds = 30000;
    qint64 memoryBytes = qint64(2) * 1024 * 1024 * 1024;
    int processorSeconds = 30;
};

// The program run as the helper, with the arguments before the PDF's path: the app sets the
// helper built or installed with it (main.cpp). With none set, or one that is not there, a PDF is
// refused, saying so.
void setHelper(const QString &program, const QStringList &arguments);
void setLimits(const Limits &limits);
Limits limits();
// Whether the helper's memory is limited: not in a build with AddressSanitizer, whose shadow memory
// needs more address space than any limit leaves (the processor and time limits still hold).
bool limitsMemory();

// `data` is the PDF as read (FactsheetReader has checked the file); fileName labels errors.
FactsheetLoadResult loadData(const QByteArray &data, const QString &fileName);

} // namespace PdfReader
