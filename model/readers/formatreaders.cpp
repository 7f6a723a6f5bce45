#include "formatreaders.h"

#include "localsummarytext.h"
#include "pdfreader.h"
#include "json/jsonreader.h"

bool PdfFormatReader::recognises(const FileStart &start) const
{
    return start.bytes.startsWith("%PDF-");
}

FactsheetLoadResult PdfFormatReader::read(QByteArray data, const QString &fileName,
                                          const ReadProgress & /*progress: the helper's run is one step*/) const
{
    return PdfReader::loadData(data, fileName);
}

bool JsonFormatReader::recognises(const FileStart &start) const
{
    if (!start.firstCharacter)
        return !start.fileName.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
    return *start.firstCharacter == U'{' || *start.firstCharacter == U'[';
}

FactsheetLoadResult JsonFormatReader::read(QByteArray data, const QString &fileName, const ReadProgress &progress) const
{
    return JsonReader::read(std::move(data), fileName, progress);
}

bool SummaryTextFormatReader::recognises(const FileStart & /*start*/) const
{
    return true;
}

FactsheetLoadResult SummaryTextFormatReader::read(QByteArray data, const QString &fileName,
                                                  const ReadProgress &progress) const
{
    FactsheetLoadResult result = LocalSummaryText::loadData(data, fileName);
    if (!progress.report(1))
        return FactsheetLoadResult::cancelled(fileName);
    return result;
}
