#include "factsheet.h"

#include "uknumbers.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

const FundingLine *Factsheet::fundingLine(const QString &id) const
{
    const auto it = std::find_if(fundingLines.cbegin(), fundingLines.cend(),
                                 [&id](const FundingLine &line) { return line.id == id; });
    return it == fundingLines.cend() ? nullptr : &*it;
}

const Figure *Factsheet::figure(const QString &id) const
{
    const auto it
        = std::find_if(figures.cbegin(), figures.cend(), [&id](const Figure &figure) { return figure.id == id; });
    return it == figures.cend() ? nullptr : &*it;
}

void Factsheet::indexCategories()
{
    QSet<QString> distinct;
    for (const FundingLine &line : fundingLines)
        distinct.insert(line.category);
    categories = QStringList(distinct.cbegin(), distinct.cend());
    QCollator collator(UkNumbers::locale());
    std::sort(categories.begin(), categories.end(), collator);
}

std::optional<Figure> differenceFigure(Figure header, const Figure &from, const Figure &minus)
{
    if (from.value < minus.value)
        return std::nullopt;
    header.value = from.value - minus.value;
    header.derived = true;
    header.quote.clear();
    header.source = from.source;
    header.derivation = QCoreApplication::translate("Factsheet", "%1 (%2) − %3 (%4) = %5")
                            .arg(UkNumbers::count(from.value), from.label.toLower(), UkNumbers::count(minus.value),
                                 minus.label.toLower(), UkNumbers::count(header.value));
    return header;
}
