#include "tableexport.h"

#include "factsheetmodel.h"
#include "uknumbers.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace {

bool isNormalised(const QAbstractItemModel *model)
{
    return model->headerData(FactsheetModel::AmountColumn, Qt::Horizontal).toString()
        != QCoreApplication::translate("TableExport", "Amount");
}

// A number as a spreadsheet reads it in any locale: digits, a point, no grouping.
QString plainNumber(const QVariant &value, int decimals)
{
    if (!value.isValid())
        return {};
    if (decimals == 0)
        return QString::number(value.toLongLong());
    return QString::number(value.toDouble(), 'f', decimals);
}

// "£2,600,000", "more than £45,000,000,000": the amount as the summary states it, in full pounds.
QString poundsAsShown(const QModelIndex &index)
{
    const QVariant raw = index.data(FactsheetModel::RawValueRole);
    if (!raw.isValid())
        return {};
    const QString pounds = UkNumbers::pounds(raw.toLongLong());
    const QString qualifier = index.data(FactsheetModel::AmountQualifierRole).toString();
    return qualifier.isEmpty() ? pounds : QCoreApplication::translate("TableExport", "%1 %2").arg(qualifier, pounds);
}

QStringList cellsOf(const QModelIndex &index, bool normalised)
{
    const auto text = [&index](int column) { return index.siblingAtColumn(column).data().toString(); };
    QStringList cells {text(FactsheetModel::TitleColumn),
                       text(FactsheetModel::PurposeColumn),
                       text(FactsheetModel::CategoryColumn),
                       plainNumber(index.data(FactsheetModel::RawValueRole), 0),
                       poundsAsShown(index),
                       text(FactsheetModel::FundColumn),
                       text(FactsheetModel::LocationColumn),
                       text(FactsheetModel::ScopeColumn),
                       index.data(FactsheetModel::SourceSentenceRole).toString()};
    if (normalised) {
        // Shares are percents to a tenth, the others pounds to the penny (normalisation.h).
        const bool share = index.data(FactsheetModel::NormalisedTextRole).toString().endsWith(QLatin1Char('%'));
        cells << plainNumber(index.data(FactsheetModel::NormalisedValueRole), share ? 1 : 2);
    }
    return cells;
}

// The cells of cellsOf() that hold numbers: "Amount (£)" and the normalised column.
bool isNumberCell(qsizetype column)
{
    constexpr qsizetype amountColumn = 3;
    constexpr qsizetype normalisedColumn = 9;
    return column == amountColumn || column == normalisedColumn;
}

// A row's cells as a spreadsheet may read them, each text cell made safe after `finish` (which,
// for the tab-separated text, makes a cell one line: what it starts with afterwards is what counts).
template<typename Finish> QStringList safeCells(const QStringList &cells, Finish finish)
{
    QStringList safe;
    safe.reserve(cells.size());
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString cell = finish(cells.at(column));
        safe << (isNumberCell(column) ? cell : TableExport::spreadsheetSafe(cell));
    }
    return safe;
}

QString asIs(const QString &cell)
{
    return cell;
}

QList<int> fundingLineRows(const QAbstractItemModel *model, const QList<int> &onlyRows)
{
    QList<int> rows;
    const int count = model->rowCount();
    for (int row = 0; row < count; ++row) {
        if (!onlyRows.isEmpty() && !onlyRows.contains(row))
            continue;
        if (model->index(row, 0).data(FactsheetModel::KindRole).toInt() == FactsheetModel::FundingLineKind)
            rows << row;
    }
    return rows;
}

} // namespace

namespace TableExport {

QStringList headers(const QAbstractItemModel *model)
{
    QStringList names {QCoreApplication::translate("TableExport", "Recipient or project"),
                       QCoreApplication::translate("TableExport", "Purpose"),
                       QCoreApplication::translate("TableExport", "Category"),
                       QCoreApplication::translate("TableExport", "Amount (£)"),
                       QCoreApplication::translate("TableExport", "Amount as shown"),
                       QCoreApplication::translate("TableExport", "Fund"),
                       QCoreApplication::translate("TableExport", "Location"),
                       QCoreApplication::translate("TableExport", "Scope"),
                       QCoreApplication::translate("TableExport", "Source sentence")};
    if (model && isNormalised(model))
        names << model->headerData(FactsheetModel::AmountColumn, Qt::Horizontal).toString();
    return names;
}

QList<QStringList> rows(const QAbstractItemModel *model, const QList<int> &onlyRows)
{
    QList<QStringList> table;
    if (!model)
        return table;
    const bool normalised = isNormalised(model);
    for (int row : fundingLineRows(model, onlyRows))
        table << cellsOf(model->index(row, 0), normalised);
    return table;
}

QString withCitation(const QModelIndex &index)
{
    const QString citation = index.data(FactsheetModel::CitationRole).toString();
    QString figure;
    switch (index.data(FactsheetModel::KindRole).toInt()) {
    case FactsheetModel::FundingLineKind:
        figure = QCoreApplication::translate("TableExport", "%1 to %2")
                     .arg(poundsAsShown(index), index.data(FactsheetModel::LabelRole).toString());
        break;
    case FactsheetModel::FigureKind: {
        const QString unit = index.data(FactsheetModel::UnitRole).toString();
        figure = QCoreApplication::translate("TableExport", "%1: %2 %3")
                     .arg(index.data(FactsheetModel::LabelRole).toString(),
                          UkNumbers::count(index.data(FactsheetModel::RawValueRole).toLongLong()), unit);
        if (index.data(FactsheetModel::DerivedRole).toBool())
            figure = QCoreApplication::translate("TableExport", "%1 (derived: %2)")
                         .arg(figure, index.data(FactsheetModel::DerivationRole).toString());
        break;
    }
    default:
        figure = index.data(FactsheetModel::LabelRole).toString();
        break;
    }
    return citation.isEmpty() ? figure : QCoreApplication::translate("TableExport", "%1 — %2").arg(figure, citation);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString spreadsheetSafe(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QByteArray csv(const QAbstractItemModel *model, bool byteOrderMark)
{
    QString text;
    const auto line = [&text](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields << csvField(cell);
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(headers(model));
    for (const QStringList &cells : rows(model))
        line(safeCells(cells, asIs));
    QByteArray bytes = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

QString tabSeparated(const QAbstractItemModel *model, const QList<int> &onlyRows)
{
    // Tabs and line breaks inside a cell would split it: they become spaces.
    const auto oneLine = [](const QString &cell) { return cell.simplified(); };
    QStringList lines {safeCells(headers(model), oneLine).join(QLatin1Char('\t'))};
    for (const QStringList &cells : rows(model, onlyRows))
        lines << safeCells(cells, oneLine).join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString htmlTable(const QAbstractItemModel *model, const QList<int> &onlyRows)
{
    QString html = QStringLiteral("<table><thead><tr>");
    for (const QString &header : headers(model))
        html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &cells : rows(model, onlyRows)) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : safeCells(cells, asIs))
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

} // namespace TableExport
