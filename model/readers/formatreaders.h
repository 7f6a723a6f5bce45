#pragma once

#include "formatreader.h"

// The formats the app reads, each as a FormatReader for the dispatcher's list (factsheetreader.cpp):
// adapters over each reader's own entry point, which stays as it is.

// A summary's published PDF: "%PDF-" at its very start (PdfReader, through the PDF helper).
class PdfFormatReader final : public FormatReader
{
public:
    bool recognises(const FileStart &start) const override;
    bool readsBytes() const override { return true; }
    FactsheetLoadResult read(QByteArray data, const QString &fileName, const ReadProgress &progress) const override;
};

// The factsheet JSON format (JsonReader): its first character other than white space is { or [ (an
// array is JSON too, refused as such by its reader); a file of nothing but white space, unless its
// name ends in ".txt".
class JsonFormatReader final : public FormatReader
{
public:
    bool recognises(const FileStart &start) const override;
    FactsheetLoadResult read(QByteArray data, const QString &fileName, const ReadProgress &progress) const override;
};

// The plain text of a local summary (LocalSummaryText): anything, so it comes last in the list.
class SummaryTextFormatReader final : public FormatReader
{
public:
    bool recognises(const FileStart &start) const override;
    FactsheetLoadResult read(QByteArray data, const QString &fileName, const ReadProgress &progress) const override;
};
