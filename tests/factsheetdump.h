#pragma once

#include "factsheet.h"

#include <QString>
#include <QStringList>

// Everything a reader made of a file, one fact a line, in a form to compare with an expected file
// (tests/data/*.expected): the area, every funding line, figure, the case study, links and notes,
// each with the sentence it quotes. Two dumps are equal when the factsheets say the same.
inline QStringList dumpFactsheet(const Factsheet &sheet)
{
    const auto quoted = [](const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); };
    QStringList lines;
    lines << QStringLiteral("area: ") + quoted(sheet.area.name);
    lines << QStringLiteral("partnership: ") + quoted(sheet.area.partnership);
    if (!sheet.area.source.isEmpty())
        lines << QStringLiteral("  source: ") + quoted(sheet.area.source);
    for (const FundingLine &line : sheet.fundingLines) {
        const QString amount = line.hasAmount ? QString::number(line.amount) : QStringLiteral("not stated");
        lines << QStringLiteral("line %1: %2 %3 quote %4 %5 %6")
                     .arg(line.id, line.amountQualifier.isEmpty() ? QStringLiteral("=") : line.amountQualifier, amount,
                          quoted(line.quote),
                          line.scope == Scope::National ? QStringLiteral("national") : QStringLiteral("local"),
                          quoted(line.category));
        lines << QStringLiteral("  title: ") + quoted(line.title);
        if (!line.recipient.isEmpty())
            lines << QStringLiteral("  recipient: ") + quoted(line.recipient);
        lines << QStringLiteral("  purpose: ") + quoted(line.purpose);
        if (!line.location.isEmpty())
            lines << QStringLiteral("  location: ") + quoted(line.location);
        if (!line.fund.isEmpty())
            lines << QStringLiteral("  fund: ") + quoted(line.fund);
        if (!line.caseStudyId.isEmpty())
            lines << QStringLiteral("  case study: ") + line.caseStudyId;
        lines << QStringLiteral("  source: ") + quoted(line.source);
    }
    for (const Figure &figure : sheet.figures) {
        lines << QStringLiteral("figure %1: %2 %3 %4 %5 %6")
                     .arg(figure.id, QString::number(figure.value), figure.unit, measureName(figure.measure),
                          quoted(figure.label), quoted(figure.shortLabel));
        if (figure.derived)
            lines << QStringLiteral("  derived: ") + quoted(figure.derivation);
        else
            lines << QStringLiteral("  quote: ") + quoted(figure.quote);
        lines << QStringLiteral("  source: ") + quoted(figure.source);
    }
    if (sheet.hasCaseStudy()) {
        const CaseStudy &study = sheet.caseStudy;
        lines << QStringLiteral("case study %1: ").arg(study.id) + quoted(study.title)
                + (study.acronym.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(study.acronym));
        lines << QStringLiteral("  heading: ") + quoted(study.source);
        if (!study.fundingLineId.isEmpty())
            lines << QStringLiteral("  funding line: ") + study.fundingLineId;
        if (study.opened.isValid()) {
            lines << QStringLiteral("  opened: ")
                    + study.opened.toString(study.openedYearOnly ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM"));
            lines << QStringLiteral("    source: ") + quoted(study.openedSource);
        }
        if (!study.levels.isEmpty()) {
            QStringList levels;
            for (int level : study.levels)
                levels << QString::number(level);
            lines << QStringLiteral("  levels: ") + levels.join(QLatin1Char(','));
            lines << QStringLiteral("    source: ") + quoted(study.levelsSource);
        }
        for (const Facility &facility : study.facilities) {
            lines << QStringLiteral("  facility: %1 %2").arg(quoted(facility.name), quoted(facility.description));
            lines << QStringLiteral("    source: ") + quoted(facility.source);
        }
        for (const QString &paragraph : study.text.split(QStringLiteral("\n\n")))
            lines << QStringLiteral("  text: ") + quoted(paragraph);
    } else {
        lines << QStringLiteral("no case study");
    }
    for (const Link &link : sheet.links)
        lines << QStringLiteral("link: %1 %2").arg(quoted(link.label), quoted(link.url));
    for (const Note &note : sheet.notes) {
        lines << QStringLiteral("note line %1: %2").arg(note.line).arg(note.reason);
        lines << QStringLiteral("  text: ") + quoted(note.text);
    }
    return lines;
}
