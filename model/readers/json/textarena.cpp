#include "textarena.h"

#include <algorithm>

TextArena::TextArena(qsizetype expectedUnits) : m_nextUnits(std::clamp<qsizetype>(expectedUnits, 64, bufferUnits)) { }

QString TextArena::fromUtf8(std::string_view utf8)
{
    if (utf8.empty())
        return QString();
    const QByteArrayView bytes(utf8.data(), static_cast<qsizetype>(utf8.size()));
    // At most one UTF-16 unit per byte of UTF-8, and the NUL.
    const qsizetype needed = m_decoder.requiredSpace(bytes.size()) + 1;
    if (needed > bufferUnits / 4)
        return QString::fromUtf8(bytes); // large enough to be worth an allocation of its own
    if (m_end - m_free < needed)
        startBuffer(std::max(needed, m_nextUnits));
    QChar *const start = m_free;
    QChar *const end = m_decoder.appendToBuffer(start, bytes);
    *end = QChar(u'\0');
    m_free = end + 1;
    QString::DataPointer &buffer = m_buffer.data_ptr();
    buffer.d_ptr()->ref();
    return QString(QString::DataPointer(buffer.d_ptr(), reinterpret_cast<char16_t *>(start), end - start));
}

void TextArena::startBuffer(qsizetype units)
{
    // Uninitialised: every unit handed out is written first. The old buffer lives on in its strings.
    m_buffer = QString(units, Qt::Uninitialized);
    m_free = m_buffer.data();
    m_end = m_free + units;
    m_nextUnits = bufferUnits;
}
