#include "selectionsummary.h"

#include "factsheetmodel.h"
#include "fundingrules.h"
#include "normalisation.h"
#include "uknumbers.h"

#include <QCoreApplication>
#include <QItemSelectionModel>

#include <algorithm>

namespace SelectionSummary {

QString describe(const QItemSelectionModel *selection)
{
    const auto *model = selection ? qobject_cast<const FactsheetModel *>(selection->model()) : nullptr;
    if (!model || !selection->hasSelection())
        return {};
    qint64 rows = 0;
    qint64 localLines = 0;
    qint64 sum = 0;
    bool national = false;
    for (const QItemSelectionRange &range : selection->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            ++rows;
            if (!model->isFundingLineRow(row))
                continue;
            const FundingLine &line = model->fundingLineAt(row);
            if (line.scope != Scope::Local) {
                national = true;
                continue;
            }
            ++localLines;
            FundingRules::addToLocalTotal(sum, line);
        }
    }
    QString text = QCoreApplication::translate("SelectionSummary", "%1 selected").arg(UkNumbers::count(rows));
    if (localLines > 0) {
        const Normalisations::Figure share
            = Normalisations::normaliseLocal(sum, Normalisation::ShareOfLocalTotal, model->denominators());
        text = QCoreApplication::translate("SelectionSummary", "%1 · %2 · %3 of the local total")
                   .arg(text, UkNumbers::pounds(sum), share.text);
    }
    if (national)
        text = QCoreApplication::translate("SelectionSummary", "%1 · the national programmes are not in the sum")
                   .arg(text);
    return text;
}

QList<int> rows(const QItemSelectionModel *selection)
{
    QList<int> numbers;
    if (!selection)
        return numbers;
    for (const QItemSelectionRange &range : selection->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            numbers << row;
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

} // namespace SelectionSummary
