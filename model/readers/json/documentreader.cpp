#include "documentreader.h"

#include "fieldchecks.h"
#include "idset.h"
#include "jsonreader.h"
#include "linesinhalves.h"

#include "uknumbers.h"

#include <array>

namespace JsonReader {

namespace {

// One for each of the eight qualification levels: a longer list can only repeat them.
constexpr qsizetype maxLevels = 8;

} // namespace

Factsheet DocumentReader::read(const Node &root)
{
    root.object();
    // Compared as a value rather than read with text(): missing or not a string, the message still
    // names the format expected.
    const Node format = root.field("format");
    if (!format.isText("factsheet-explorer"))
        format.fail(QStringLiteral("\"factsheet-explorer\""));
    const Node version = root.field("formatVersion");
    const double number = version.number().value_or(0.5);
    if (number != oldestFormatVersion && number != formatVersion)
        version.fail(tr("format version %1 or %2").arg(oldestFormatVersion).arg(formatVersion));
    m_version = static_cast<int>(number);

    Factsheet sheet;
    sheet.sourceInfo = readSourceInfo(root.field("source"));
    sheet.area = readArea(root.field("area"));

    const Node lines = root.field("fundingLines");
    sheet.fundingLines = readFundingLines(lines, m_version, m_progress, m_lineCategories);

    IdSet figureIds;
    const Node figures = root.field("figures");
    figures.forEach([&](const Node &figure, qsizetype) { sheet.figures.push_back(readFigure(figure, figureIds)); });
    const Node derived = root.field("derivedFigures");
    if (!derived.isAbsent()) {
        derived.forEach([&](const Node &figure, qsizetype) {
            sheet.figures.push_back(readDerivedFigure(figure, sheet, figureIds));
        });
    }

    // Version 2: a summary may have no case study.
    const Node caseStudy = root.field("caseStudy");
    if (m_version == 1 || !caseStudy.isAbsent())
        sheet.caseStudy = readCaseStudy(caseStudy, sheet);
    for (qsizetype i = 0; i < static_cast<qsizetype>(sheet.fundingLines.size()); ++i) {
        const QString &caseStudyId = sheet.fundingLines[static_cast<size_t>(i)].caseStudyId;
        if (!caseStudyId.isEmpty() && (!sheet.hasCaseStudy() || caseStudyId != sheet.caseStudy.id))
            lines.at(i).field("caseStudy").fail(tr("the id of the case study"));
    }

    const Node links = root.field("links");
    if (!links.isAbsent()) {
        links.forEach([&](const Node &link, qsizetype) {
            sheet.links.append({link.field("label").text(), link.field("url").text(), link.field("source").text()});
        });
    }
    if (m_version >= 2)
        sheet.notes = readNotes(root.field("notes"));
    if (m_lineCategories)
        sheet.indexCategories(*m_lineCategories);
    else
        sheet.indexCategories();
    return sheet;
}

// Version 2: what the text reader could not place, kept with the factsheet.
QList<Note> DocumentReader::readNotes(const Node &notes)
{
    QList<Note> read;
    if (notes.isAbsent())
        return read;
    notes.forEach([&read](const Node &note, qsizetype) {
        note.object();
        read.append({note.field("text").text(), note.field("line").wholeNumber(tr("a line number (0 when not known)")),
                     note.field("reason").text()});
    });
    return read;
}

SourceInfo DocumentReader::readSourceInfo(const Node &node)
{
    SourceInfo info;
    info.title = node.field("title").text();
    info.publisher = node.field("publisher").text();
    const Node published = node.field("published");
    info.published = published.text();
    if (!monthOf(info.published, false))
        published.fail(tr("a month as \"YYYY-MM\""));
    info.copyright = node.field("copyright").optionalText();
    info.licence = node.field("licence").text();
    info.textResource = node.field("text").optionalText();
    return info;
}

Area DocumentReader::readArea(const Node &node) const
{
    // Version 2: a summary need not name its partnership.
    const Node partnership = node.field("partnership");
    return {node.field("name").text(), m_version == 1 ? partnership.text() : partnership.optionalText(),
            node.field("source").optionalText()};
}

QString DocumentReader::uniqueId(const Node &node, IdSet &seen)
{
    QString id = node.text();
    if (!seen.insert(node.utf8()))
        refuseRepeatedId(node);
    return id;
}

Figure DocumentReader::readFigureHeader(const Node &node, IdSet &ids)
{
    node.object();
    Figure figure;
    figure.id = uniqueId(node.field("id"), ids);
    const Node group = node.field("group");
    figure.group = group.text();
    if (figure.group != QLatin1String("area") && figure.group != QLatin1String("labourMarket"))
        group.fail(tr("\"area\" or \"labourMarket\""));
    figure.label = node.field("label").text();
    figure.shortLabel = node.field("shortLabel").optionalText();
    if (figure.shortLabel.isEmpty())
        figure.shortLabel = figure.label;
    figure.unit = node.field("unit").text();
    // Optional: a figure without it is shown in the table and the details, in no chart.
    const Node measure = node.field("measure");
    if (!measure.isAbsent()) {
        const std::optional<Measure> known = measureFromName(measure.text());
        if (!known)
            measure.fail(tr("one of \"population\", \"businesses\", \"employment\", \"employmentChange\", "
                            "\"earlierEmployment\", \"livingWageWorkers\", \"apprenticeshipStarts\""));
        figure.measure = *known;
    }
    return figure;
}

Figure DocumentReader::readFigure(const Node &node, IdSet &ids) const
{
    Figure figure = readFigureHeader(node, ids);
    // Version 2: a change (measure "employmentChange") is negative for a decrease.
    const Node value = node.field("value");
    figure.value = m_version >= 2 && figure.measure == Measure::EmploymentChange
        ? value.signedWholeNumber(tr("a whole number (negative for a decrease)"))
        : value.wholeNumber(tr("a whole number (0 or more)"));
    figure.quote = node.field("quote").optionalText();
    figure.source = node.field("source").text();
    checkQuote(node, "value", figure.value, figure.quote, figure.source);
    return figure;
}

// Derived figures are computed here rather than stored, so they can never disagree with the
// figures they come from; each says how it was computed.
Figure DocumentReader::readDerivedFigure(const Node &node, const Factsheet &sheet, IdSet &ids)
{
    Figure figure = readFigureHeader(node, ids);
    const Node difference = node.field("difference");
    if (difference.size() != 2)
        difference.fail(tr("an array of two figure ids"));
    std::array<const Figure *, 2> operands {};
    for (int i = 0; i < 2; ++i) {
        const Node operand = difference.at(i);
        operands[i] = sheet.figure(operand.text());
        if (!operands[i] || operands[i]->derived)
            operand.fail(tr("the id of a stated figure"));
    }
    std::optional<Figure> computed = differenceFigure(std::move(figure), *operands[0], *operands[1]);
    if (!computed)
        difference.fail(tr("figures whose difference is 0 or more"));
    return *std::move(computed);
}

CaseStudy DocumentReader::readCaseStudy(const Node &node, const Factsheet &sheet) const
{
    node.object();
    CaseStudy study;
    study.id = node.field("id").text();
    study.title = node.field("title").text();
    study.acronym = node.field("acronym").optionalText();
    const Node line = node.field("fundingLine");
    study.fundingLineId = line.optionalText();
    if (!study.fundingLineId.isEmpty() && !sheet.fundingLine(study.fundingLineId))
        line.fail(tr("the id of a funding line"));
    const Node opened = node.field("opened");
    if (!opened.isAbsent()) {
        // Version 2: "YYYY", the year alone, too.
        const std::optional<Month> month = monthOf(opened.text(), m_version >= 2);
        if (!month)
            opened.fail(m_version >= 2 ? tr("a month as \"YYYY-MM\" or a year as \"YYYY\"")
                                       : tr("a month as \"YYYY-MM\""));
        study.opened = month->first;
        study.openedYearOnly = month->yearOnly;
        study.openedSource = node.field("openedSource").text();
    }
    const Node levels = node.field("levels");
    if (!levels.isAbsent()) {
        if (levels.size() > maxLevels) {
            levels.fail(tr("at most %1 qualification levels").arg(maxLevels),
                        tr("%1 levels").arg(UkNumbers::count(levels.size())));
        }
        levels.forEach([&study](const Node &node, qsizetype) {
            const qint64 level = node.wholeNumber(tr("a qualification level from 1 to 8"));
            if (level < 1 || level > 8)
                node.fail(tr("a qualification level from 1 to 8"));
            study.levels.append(static_cast<int>(level));
        });
        study.levelsSource = node.field("levelsSource").text();
    }
    const Node facilities = node.field("facilities");
    if (!facilities.isAbsent()) {
        facilities.forEach([&study](const Node &facility, qsizetype) {
            study.facilities.append({facility.field("name").text(),
                                     facility.field("description").optionalText(ReaderRules::Breaks::Allowed),
                                     facility.field("source").text()});
        });
    }
    // Paragraphs apart by a blank line: the one field with line feeds, and the longest.
    study.text = node.field("text").text(ReaderRules::Breaks::Allowed, ReaderRules::maxLongTextLength);
    study.source = node.field("source").text();
    return study;
}

} // namespace JsonReader
