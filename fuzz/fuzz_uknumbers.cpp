// Any text given to UkNumbers::parseQuotedFigure: no crash, no undefined behaviour (the digits are
// summed in integers that could overflow), and a value it returns reads back from the way the app
// prints it.
#include "uknumbers.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *invariant)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", invariant);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString quote = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<qint64> value = UkNumbers::parseQuotedFigure(quote);
    if (!value)
        return 0;
    require(*value >= 0, "a quoted figure is 0 or more");
    // What the app prints is a figure as printed: "548,800" and "£2,600,000" read back exactly.
    require(UkNumbers::parseQuotedFigure(UkNumbers::count(*value)) == value, "count() reads back");
    require(UkNumbers::parseQuotedFigure(UkNumbers::pounds(*value)) == value, "pounds() reads back");
    return 0;
}
