#pragma once

#include "readers/factsheetreader.h"

#include <QtGlobal>

// The embedded factsheet, for tests that start from it. It is compiled in and must load: if it
// does not, every test built on it would mislead, so stop at once with the reader's message.
inline Factsheet embeddedFactsheet()
{
    FactsheetLoadResult result = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    if (!result.ok())
        qFatal("the embedded factsheet does not load: %s", qPrintable(result.error().text()));
    return result.takeFactsheet();
}
