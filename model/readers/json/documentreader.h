#pragma once

#include "jsonnode.h"

#include "factsheet.h"
#include "readers/readprogress.h"

#include <QSet>
#include <QString>

#include <optional>

class IdSet;

namespace JsonReader {

// Reads a parsed factsheet document top to bottom, as docs/data-format.md describes it: the format
// and its version, the source, the area, the funding lines (linesinhalves.h), the figures, the case
// study, the links and the notes. The first thing wrong is thrown as Invalid, naming its JSON path.
class DocumentReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit DocumentReader(ReadProgress progress) : m_progress(std::move(progress)) { }

    Factsheet read(const Node &root);

private:
    static QList<Note> readNotes(const Node &notes);
    static SourceInfo readSourceInfo(const Node &node);
    Area readArea(const Node &node) const;
    static QString uniqueId(const Node &node, IdSet &seen);
    static Figure readFigureHeader(const Node &node, IdSet &ids);
    Figure readFigure(const Node &node, IdSet &ids) const;
    static Figure readDerivedFigure(const Node &node, const Factsheet &sheet, IdSet &ids);
    CaseStudy readCaseStudy(const Node &node, const Factsheet &sheet) const;

    ReadProgress m_progress;
    int m_version = 0;
    std::optional<QSet<QString>> m_lineCategories; // the funding lines', as their readers noted them
};

} // namespace JsonReader
