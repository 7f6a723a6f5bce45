#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

// The ids of a document seen so far, as the parser's bytes (which outlive the read), to refuse one
// used twice. One flat table of hashes and views, probed in place: with a million lines,
// std::unordered_set's node per id and walk through memory to find it were most of reading them.
class IdSet final
{
public:
    void reserve(size_t count);
    // False, and nothing added, when `id` is in the set already.
    bool insert(std::string_view id) { return insert(id, hashOf(id)); }
    // The same with the id's hashOf(), which prefetch() was given a while before: the table is
    // larger than the caches, and a lookup would otherwise wait on memory each time.
    bool insert(std::string_view id, size_t hash);
    static size_t hashOf(std::string_view id);
    void prefetch(size_t hash) const;
    size_t size() const { return m_size; }

private:
    struct Slot
    {
        size_t hash = 0; // 0: an empty slot (a real hash of 0 is stored as 1)
        std::string_view id;
    };
    void rehash(size_t slotCount);

    std::vector<Slot> m_slots; // a power of two of them, at most half used
    size_t m_size = 0;
};
