#pragma once

#include <QString>
#include <QStringDecoder>

#include <string_view>

// The strings of one large document, written into a few large buffers rather than allocated one by
// one: a million funding lines are six million strings, and allocating, faulting in and later
// freeing them one at a time cost more than parsing the JSON. Each string handed out is an ordinary
// QString sharing its buffer, reference-counted like any implicitly shared QString: it may be
// copied, kept, changed (which detaches it) and outlive the arena, and a buffer is freed with the
// last string in it. Strings end in a NUL, as every QString's data does.
//
// Built on QString::DataPointer (QArrayDataPointer), which Qt 6 exposes through data_ptr() and the
// QString(DataPointer &&) constructor: the one way to share a buffer between strings.
class TextArena final
{
public:
    // `expectedUnits`: about how many UTF-16 units will be added in all; sizes the first buffer,
    // so that a small document does not hold a large one.
    explicit TextArena(qsizetype expectedUnits = bufferUnits);

    // The same string as QString::fromUtf8(utf8); a null QString for no bytes.
    QString fromUtf8(std::string_view utf8);

    // The units of each buffer but a document's first; a longer string gets a buffer of its own.
    static constexpr qsizetype bufferUnits = qsizetype(1) << 20;

private:
    void startBuffer(qsizetype units);

    QString m_buffer;        // holds a reference to the current buffer
    QChar *m_free = nullptr; // its unused part, written through this pointer: m_buffer itself
    QChar *m_end = nullptr;  //   is shared by the strings in it, and would detach if written
    qsizetype m_nextUnits;   // the size of the next buffer
    QStringDecoder m_decoder {QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};
