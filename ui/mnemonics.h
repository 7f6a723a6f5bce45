#pragma once

#include <QString>

// Text from a factsheet shown where "&" marks a mnemonic (menus, buttons): doubled, it shows as
// itself ("Science & Technology Centre") and takes no Alt key of its own.
inline QString escapedMnemonics(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
