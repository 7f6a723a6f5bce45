#include "fundingrules.h"

#include <algorithm>
#include <limits>

namespace FundingRules {

bool countsAsLocal(const FundingLine &line)
{
    return line.scope == Scope::Local && line.hasAmount;
}

qint64 addSaturating(qint64 total, qint64 amount)
{
    constexpr qint64 largest = std::numeric_limits<qint64>::max();
    const qint64 counted = std::max<qint64>(amount, 0);
    return counted > largest - total ? largest : total + counted;
}

void addToLocalTotal(qint64 &total, const FundingLine &line)
{
    if (countsAsLocal(line))
        total = addSaturating(total, line.amount);
}

qint64 localTotal(const std::vector<FundingLine> &lines, const std::vector<char> &only)
{
    qint64 total = 0;
    for (size_t row = 0; row < lines.size(); ++row) {
        if (only.empty() || only[row] != 0)
            addToLocalTotal(total, lines[row]);
    }
    return total;
}

ChartValueKind valueKindOf(Normalisation normalisation)
{
    switch (normalisation) {
    case Normalisation::Absolute:
        return ChartValueKind::Pounds;
    case Normalisation::ShareOfLocalTotal:
        return ChartValueKind::Percent;
    case Normalisation::PerResident:
    case Normalisation::PerBusiness:
    case Normalisation::PerThousandEmployed:
        break;
    }
    return ChartValueKind::Pence;
}

} // namespace FundingRules
