#include "factsheetwriter.h"

#include "json/jsonreader.h"

#include "outputfile.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Optional text: left out when empty, as the loader reads an absent field.
void putText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

QJsonObject sourceObject(const SourceInfo &info)
{
    QJsonObject object {{QStringLiteral("title"), info.title},
                        {QStringLiteral("publisher"), info.publisher},
                        {QStringLiteral("published"), info.published},
                        {QStringLiteral("licence"), info.licence}};
    putText(object, QStringLiteral("copyright"), info.copyright);
    putText(object, QStringLiteral("text"), info.textResource);
    return object;
}

QJsonObject areaObject(const Area &area)
{
    QJsonObject object {{QStringLiteral("name"), area.name}};
    putText(object, QStringLiteral("partnership"), area.partnership);
    putText(object, QStringLiteral("source"), area.source);
    return object;
}

QJsonObject lineObject(const FundingLine &line)
{
    QJsonObject object {
        {QStringLiteral("id"), line.id},
        {QStringLiteral("title"), line.title},
        {QStringLiteral("purpose"), line.purpose},
        {QStringLiteral("category"), line.category},
        {QStringLiteral("scope"), line.scope == Scope::National ? QStringLiteral("national") : QStringLiteral("local")},
        {QStringLiteral("source"), line.source}};
    // An amount not stated is left out: the loader reads that as "amount not stated".
    if (line.hasAmount)
        object.insert(QStringLiteral("amount"), static_cast<double>(line.amount));
    putText(object, QStringLiteral("recipient"), line.recipient);
    putText(object, QStringLiteral("amountQualifier"), line.amountQualifier);
    putText(object, QStringLiteral("location"), line.location);
    putText(object, QStringLiteral("fund"), line.fund);
    putText(object, QStringLiteral("caseStudy"), line.caseStudyId);
    putText(object, QStringLiteral("quote"), line.quote);
    return object;
}

QJsonObject figureHeader(const Figure &figure)
{
    QJsonObject object {{QStringLiteral("id"), figure.id},
                        {QStringLiteral("group"), figure.group},
                        {QStringLiteral("label"), figure.label},
                        {QStringLiteral("shortLabel"), figure.shortLabel},
                        {QStringLiteral("unit"), figure.unit}};
    putText(object, QStringLiteral("measure"), measureName(figure.measure));
    return object;
}

QJsonObject caseStudyObject(const CaseStudy &study)
{
    QJsonObject object {{QStringLiteral("id"), study.id},
                        {QStringLiteral("title"), study.title},
                        {QStringLiteral("text"), study.text},
                        {QStringLiteral("source"), study.source}};
    putText(object, QStringLiteral("acronym"), study.acronym);
    putText(object, QStringLiteral("fundingLine"), study.fundingLineId);
    if (study.opened.isValid()) {
        object.insert(QStringLiteral("opened"),
                      study.opened.toString(study.openedYearOnly ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM")));
        object.insert(QStringLiteral("openedSource"), study.openedSource);
    }
    if (!study.levels.isEmpty()) {
        QJsonArray levels;
        for (int level : study.levels)
            levels.append(level);
        object.insert(QStringLiteral("levels"), levels);
        object.insert(QStringLiteral("levelsSource"), study.levelsSource);
    }
    if (!study.facilities.isEmpty()) {
        QJsonArray facilities;
        for (const Facility &facility : study.facilities) {
            QJsonObject item {{QStringLiteral("name"), facility.name}, {QStringLiteral("source"), facility.source}};
            putText(item, QStringLiteral("description"), facility.description);
            facilities.append(item);
        }
        object.insert(QStringLiteral("facilities"), facilities);
    }
    return object;
}

} // namespace

namespace FactsheetWriter {

QByteArray toJson(const Factsheet &factsheet)
{
    QJsonObject root {{QStringLiteral("format"), QStringLiteral("factsheet-explorer")},
                      {QStringLiteral("formatVersion"), JsonReader::formatVersion},
                      {QStringLiteral("source"), sourceObject(factsheet.sourceInfo)},
                      {QStringLiteral("area"), areaObject(factsheet.area)}};
    QJsonArray lines;
    for (const FundingLine &line : factsheet.fundingLines)
        lines.append(lineObject(line));
    root.insert(QStringLiteral("fundingLines"), lines);

    QJsonArray figures;
    QJsonArray derived;
    for (const Figure &figure : factsheet.figures) {
        // Ratios (growth, rates per 1,000, pounds per resident) are the model's to derive, for
        // every reader, each time: never stored, so they cannot disagree with what they come from.
        if (figure.ratio)
            continue;
        QJsonObject object = figureHeader(figure);
        if (figure.derived) {
            object.insert(QStringLiteral("difference"), QJsonArray::fromStringList(figure.difference));
            derived.append(object);
            continue;
        }
        object.insert(QStringLiteral("value"), static_cast<double>(figure.value));
        putText(object, QStringLiteral("quote"), figure.quote);
        object.insert(QStringLiteral("source"), figure.source);
        figures.append(object);
    }
    root.insert(QStringLiteral("figures"), figures);
    if (!derived.isEmpty())
        root.insert(QStringLiteral("derivedFigures"), derived);
    if (factsheet.hasCaseStudy())
        root.insert(QStringLiteral("caseStudy"), caseStudyObject(factsheet.caseStudy));
    if (!factsheet.links.isEmpty()) {
        QJsonArray links;
        for (const Link &link : factsheet.links)
            links.append(QJsonObject {{QStringLiteral("label"), link.label},
                                      {QStringLiteral("url"), link.url},
                                      {QStringLiteral("source"), link.source}});
        root.insert(QStringLiteral("links"), links);
    }
    if (!factsheet.notes.isEmpty()) {
        QJsonArray notes;
        for (const Note &note : factsheet.notes)
            notes.append(QJsonObject {{QStringLiteral("text"), note.text},
                                      {QStringLiteral("line"), static_cast<double>(note.line)},
                                      {QStringLiteral("reason"), note.reason}});
        root.insert(QStringLiteral("notes"), notes);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QString> save(const Factsheet &factsheet, const QString &path)
{
    // The one way the program writes a file: never onto a special file, whole or not at all.
    return OutputFile::save(path, toJson(factsheet));
}

} // namespace FactsheetWriter
