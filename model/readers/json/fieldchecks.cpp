#include "fieldchecks.h"

#include "uknumbers.h"

#include <QRegularExpression>

#include <optional>

namespace JsonReader {

void checkQuote(const Node &item, std::string_view valueField, qint64 value, const QString &quote,
                const QString &source)
{
    if (quote.isEmpty())
        return;
    const Node quoteNode = item.field("quote");
    if (!source.contains(quote))
        quoteNode.fail(QCoreApplication::translate("JsonReader", "text that appears in the source sentence"));
    const std::optional<qint64> quoted = UkNumbers::parseQuotedFigure(quote);
    if (!quoted)
        quoteNode.fail(
            QCoreApplication::translate("JsonReader", "a figure as printed, such as \"£2.6m\" or \"548,800\""));
    // A decrease is printed as its size ("a decrease of 1,200"): its value is the negative.
    if (*quoted != value && *quoted != -value) {
        item.field(valueField)
            .fail(QCoreApplication::translate("JsonReader", "%1, the value of its quote %2")
                      .arg(*quoted)
                      .arg(LoadError::found(quote)));
    }
}

std::optional<Month> monthOf(const QString &text, bool yearAlone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(?:-(\d{2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || (!match.hasCaptured(2) && !yearAlone))
        return std::nullopt;
    const bool yearOnly = !match.hasCaptured(2);
    const QDate first(match.captured(1).toInt(), yearOnly ? 1 : match.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return Month {first, yearOnly};
}

void refuseRepeatedId(const Node &idNode)
{
    idNode.fail(QCoreApplication::translate("JsonReader", "an id not used before"));
}

} // namespace JsonReader
