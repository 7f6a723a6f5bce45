#pragma once

#include "readers/summarytext.h"

#include <QList>
#include <QStringView>

#include <optional>

// The sums of money in a sentence of a summary, each read exactly or not at all. An amount starts
// at a sign of pounds ("£", "￡", "₤", "GBP": UkNumbers::poundSignLength) and runs over its digits
// (grouped by commas or spaces), decimals and magnitude ("m", "bn", " Million", " thousand
// million"), in any letter case. What has more than one meaning is not read, and says why: a
// range ("£5–10m", "£5m-£10m"), a sign ("-£3m"), a share of another amount ("50% of £5.2m"), an
// invisible or combining character inside the number; so is what is no whole number of pounds
// ("£2.65", "£5.m", "£") and what passes ReaderRules::largestWhole.
namespace SummaryText {

struct Amount
{
    // Why an amount is not read; Read when it is.
    enum class Unread { Read, NotWhole, TooLarge, Invisible, Range, Sign, Share };

    Span span;          // as printed, with what makes it unread: a sign before, a range's end, a share's percentage
    qsizetype sign = 0; // where its sign of pounds is
    std::optional<qint64> value; // its whole number of pounds, when read
    Unread unread = Unread::Read;
};

// Every amount of `sentence`, in order: each is read or says why not. Linear in the sentence's length.
QList<Amount> amounts(QStringView sentence);

// Whether `text` has a sign of pounds anywhere, or at its start.
bool hasPoundSign(QStringView text);
bool startsWithPoundSign(QStringView text);

} // namespace SummaryText
