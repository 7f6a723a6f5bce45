#include "factsheet.h"

#include "uknumbers.h"

#include <QCollator>
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
