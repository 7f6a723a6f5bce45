#include "idset.h"

#include <functional>
#include <utility>

namespace {

size_t slotsFor(size_t count)
{
    size_t slots = 16;
    while (slots < 2 * count)
        slots *= 2;
    return slots;
}

} // namespace

void IdSet::reserve(size_t count)
{
    if (slotsFor(count) > m_slots.size())
        rehash(slotsFor(count));
}

size_t IdSet::hashOf(std::string_view id)
{
    const size_t hash = std::hash<std::string_view>()(id);
    return hash == 0 ? 1 : hash;
}

void IdSet::prefetch(size_t hash) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
}

bool IdSet::insert(std::string_view id, size_t hash)
{
    if (2 * (m_size + 1) > m_slots.size())
        rehash(slotsFor(m_size + 1));
    const size_t mask = m_slots.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        Slot &slot = m_slots[at];
        if (slot.hash == 0) {
            slot = {hash, id};
            ++m_size;
            return true;
        }
        if (slot.hash == hash && slot.id == id)
            return false;
    }
}

void IdSet::rehash(size_t slotCount)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slotCount));
    const size_t mask = slotCount - 1;
    for (const Slot &slot : old) {
        if (slot.hash == 0)
            continue;
        size_t at = slot.hash & mask;
        while (m_slots[at].hash != 0)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}
