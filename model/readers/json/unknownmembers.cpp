#include "unknownmembers.h"

#include "fundinglinereader.h"
#include "jsonreader.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace JsonReader {

namespace {

// What the reader makes of a member's value: one string or number (a container there is refused
// whatever it holds), a value read as it stands (an array of levels or ids), or an object (or array
// of objects) whose own members the format names in turn.
enum class Holds { Scalar, Value, Object, Objects };

struct Shape;

struct Member
{
    std::string_view key;
    Holds holds = Holds::Scalar;
    const Shape *shape = nullptr;
};

// The members the format names in one kind of object: those the reader asks for
// (documentreader.cpp; a funding line's from fundinglinereader.h), and no other. Those listed here
// are in alphabetical order, the order FactsheetWriter (QJsonDocument) writes them in, so that the
// member after the one found last is nearly always the next one found (find()'s hint).
struct Shape
{
    const Member *first;
    const Member *last;

    // The member named `key`, looked for from `hint` on, then from the start; nullptr if none is.
    const Member *find(std::string_view key, const Member *hint) const
    {
        for (const Member *member = hint; member != last; ++member) {
            if (member->key == key)
                return member;
        }
        for (const Member *member = first; member != hint; ++member) {
            if (member->key == key)
                return member;
        }
        return nullptr;
    }
};

template<size_t N> constexpr Shape shapeOf(const std::array<Member, N> &members)
{
    return {members.data(), members.data() + N};
}

constexpr std::array<Member, 6> sourceMembers {
    {{"copyright"}, {"licence"}, {"published"}, {"publisher"}, {"text"}, {"title"}}};
constexpr Shape source = shapeOf(sourceMembers);
constexpr std::array<Member, 3> areaMembers {{{"name"}, {"partnership"}, {"source"}}};
constexpr Shape area = shapeOf(areaMembers);
// A funding line's, as its reader names them.
template<size_t N> constexpr std::array<Member, N> valuesNamed(const std::array<std::string_view, N> &keys)
{
    std::array<Member, N> members {};
    for (size_t i = 0; i < N; ++i)
        members[i].key = keys[i];
    return members;
}
constexpr std::array<Member, FundingLineReader::LineFieldCount> lineMembers = valuesNamed(FundingLineReader::keys);
constexpr Shape line = shapeOf(lineMembers);
// Stated and derived figures alike.
constexpr std::array<Member, 10> figureMembers {{{"difference", Holds::Value},
                                                 {"group"},
                                                 {"id"},
                                                 {"label"},
                                                 {"measure"},
                                                 {"quote"},
                                                 {"shortLabel"},
                                                 {"source"},
                                                 {"unit"},
                                                 {"value"}}};
constexpr Shape figure = shapeOf(figureMembers);
constexpr std::array<Member, 3> facilityMembers {{{"description"}, {"name"}, {"source"}}};
constexpr Shape facility = shapeOf(facilityMembers);
constexpr std::array<Member, 11> caseStudyMembers {{{"acronym"},
                                                    {"facilities", Holds::Objects, &facility},
                                                    {"fundingLine"},
                                                    {"id"},
                                                    {"levels", Holds::Value},
                                                    {"levelsSource"},
                                                    {"opened"},
                                                    {"openedSource"},
                                                    {"source"},
                                                    {"text"},
                                                    {"title"}}};
constexpr Shape caseStudy = shapeOf(caseStudyMembers);
constexpr std::array<Member, 3> linkMembers {{{"label"}, {"source"}, {"url"}}};
constexpr Shape link = shapeOf(linkMembers);
constexpr std::array<Member, 3> noteMembers {{{"line"}, {"reason"}, {"text"}}};
constexpr Shape note = shapeOf(noteMembers);
constexpr std::array<Member, 10> documentMembers {{{"area", Holds::Object, &area},
                                                   {"caseStudy", Holds::Object, &caseStudy},
                                                   {"derivedFigures", Holds::Objects, &figure},
                                                   {"figures", Holds::Objects, &figure},
                                                   {"format"},
                                                   {"formatVersion"},
                                                   {"fundingLines", Holds::Objects, &line},
                                                   {"links", Holds::Objects, &link},
                                                   {"notes", Holds::Objects, &note},
                                                   {"source", Holds::Object, &source}}};
constexpr Shape topLevel = shapeOf(documentMembers);

// A member whose key has an escape in it: its key is not compared, and it is kept as it is.
constexpr Member keyWithEscape {{}, Holds::Value};

// Deeper than simdjson (1,024) or Qt's parser would go is left to them to refuse.
constexpr size_t maxDepth = 1000;

// The walk reads every byte of the document before simdjson does, so the two runs that are most of
// its bytes, a string's plain characters and the white space of indentation, are stepped over
// sixteen bytes at a time where the processor has SSE2 (every x86-64), eight at a time elsewhere.

// Where the plain run of a string's characters starting at `at` ends: at a quote, a backslash, a
// control character or `end`.
const char *plainRunEnd(const char *at, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1f);
    while (end - at >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, lastControl), bytes); // bytes <= 0x1f
        const __m128i special
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)), control);
        if (const int mask = _mm_movemask_epi8(special))
            return at + __builtin_ctz(static_cast<unsigned>(mask));
        at += 16;
    }
#else
    const auto everyByte = [](uint8_t byte) { return 0x0101010101010101ULL * byte; };
    const auto hasZeroByte = [&](uint64_t word) { return ((word - everyByte(0x01)) & ~word & everyByte(0x80)) != 0; };
    while (end - at >= 8) {
        uint64_t word = 0;
        std::memcpy(&word, at, sizeof word);
        const bool control = ((word - everyByte(0x20)) & ~word & everyByte(0x80)) != 0;
        if (control || hasZeroByte(word ^ everyByte('"')) || hasZeroByte(word ^ everyByte('\\')))
            break;
        at += 8;
    }
#endif
    while (at < end && *at != '"' && *at != '\\' && static_cast<unsigned char>(*at) >= 0x20)
        ++at;
    return at;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Where the white space starting at `at` ends.
const char *spaceEnd(const char *at, const char *end)
{
#if defined(__SSE2__)
    while (end - at >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i space = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'))));
        const auto other = static_cast<unsigned>(~_mm_movemask_epi8(space)) & 0xffffU;
        if (other != 0)
            return at + __builtin_ctz(other);
        at += 16;
    }
#endif
    while (at < end && isSpace(*at))
        ++at;
    return at;
}

// One walk over a document, following the format's shapes where they go and checking everything
// as JSON. With `blankInto` (a writable copy of the same bytes), each unknown member's value is
// blanked there once it has been walked over.
class MemberWalk
{
public:
    MemberWalk(const char *data, qsizetype size, char *blankInto = nullptr)
        : m_start(data), m_at(data), m_end(data + size), m_blankInto(blankInto)
    {
    }

    // Whether the whole document is one JSON value, with nothing but white space after it.
    bool document()
    {
        space();
        const bool read = peek() == '{' ? object(topLevel, 1) : value(0);
        space();
        return read && m_at == m_end;
    }
    qsizetype unknown() const { return m_unknown; }

private:
    char peek() const { return m_at < m_end ? *m_at : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    void space() { m_at = spaceEnd(m_at, m_end); }

    // An object the format names the members of (`shape`), `depth` containers deep with itself.
    bool object(const Shape &shape, size_t depth)
    {
        if (depth > maxDepth || !take('{'))
            return false;
        space();
        if (take('}'))
            return true;
        const Member *hint = shape.first;
        for (;;) {
            const char *keyStart = m_at + 1;
            bool escaped = false;
            if (peek() != '"' || !string(&escaped))
                return false;
            const std::string_view key(keyStart, static_cast<size_t>(m_at - 1 - keyStart));
            space();
            if (!take(':'))
                return false;
            space();
            const Member *found = escaped ? &keyWithEscape : shape.find(key, hint);
            if (found && found != &keyWithEscape)
                hint = found + 1;
            if (!member(found, depth))
                return false;
            space();
            if (take('}'))
                return true;
            if (!take(','))
                return false;
            space();
        }
    }

    // The value of `member` (nullptr: one the format does not name) of an object `depth` deep.
    bool member(const Member *member, size_t depth)
    {
        if (!member) {
            const char *start = m_at;
            if (!value(depth))
                return false;
            ++m_unknown;
            if (m_blankInto)
                blank(m_blankInto + (start - m_start), m_blankInto + (m_at - m_start));
            return true;
        }
        const bool isArray = peek() == '[';
        const bool isObject = peek() == '{';
        if (member->holds == Holds::Object && isObject)
            return object(*member->shape, depth + 1);
        if (member->holds == Holds::Objects && isArray)
            return objects(*member->shape, depth + 1);
        // A container where the reader wants a string, a number, an object for an array or an array
        // for an object is refused as "an array" or "an object" whatever it holds: kept, emptied.
        if (member->holds != Holds::Value && (isArray || isObject))
            return emptied(depth);
        return value(depth);
    }

    // A container that is refused whatever it holds, `depth` deep: kept as [] or {}.
    bool emptied(size_t depth)
    {
        const char *start = m_at;
        if (!value(depth))
            return false;
        ++m_unknown;
        if (m_blankInto) {
            char *copy = m_blankInto + (start - m_start);
            blank(copy + 1, m_blankInto + (m_at - m_start));
            copy[1] = *start == '[' ? ']' : '}';
        }
        return true;
    }

    // An array of objects of `shape`, `depth` containers deep with itself.
    bool objects(const Shape &shape, size_t depth)
    {
        if (depth > maxDepth || !take('['))
            return false;
        space();
        if (take(']'))
            return true;
        const char *refusedFrom = nullptr; // after the first element that is not an object
        for (;;) {
            if (peek() == '{' ? !object(shape, depth + 1) : !notAnObject(depth, refusedFrom))
                return false;
            space();
            if (peek() == ']')
                break;
            if (!take(','))
                return false;
            space();
        }
        // The reader stops at the first element that is not an object: those after it are never
        // read, and go (an array of a million numbers would cost sixteen times its size).
        if (refusedFrom && refusedFrom != m_at) {
            ++m_unknown;
            if (m_blankInto)
                blank(m_blankInto + (refusedFrom - m_start), m_blankInto + (m_at - m_start), false);
        }
        ++m_at; // the closing bracket
        return true;
    }

    // An element of an array of objects that is not one: the first is kept as the reader's
    // complaint shows it (emptied if it is an array, which it calls "an array" whatever it holds),
    // and `refusedFrom` set to where it ends.
    bool notAnObject(size_t depth, const char *&refusedFrom)
    {
        if (refusedFrom)
            return value(depth);
        if (!(peek() == '[' ? emptied(depth) : value(depth)))
            return false;
        refusedFrom = m_at;
        return true;
    }

    // Any value, inside `depth` containers: walked without recursion, however deep it goes.
    bool value(size_t depth)
    {
        std::string open; // the containers open in this value, innermost last
        for (;;) {
            if (peek() == '{' || peek() == '[') {
                const Opened opened = container(depth + open.size(), open);
                if (opened == Opened::Invalid)
                    return false;
                if (opened == Opened::WithValues)
                    continue; // to its first value
            } else if (!scalar()) {
                return false;
            }
            const Next next = afterValue(open);
            if (next != Next::Value)
                return next == Next::Done;
        }
    }

    enum class Opened { Invalid, Empty, WithValues };
    // The start of a container, inside `depth` others: up to its first value (its key and colon
    // for an object's), which `open` is then told of; or up to its end, when it is empty.
    Opened container(size_t depth, std::string &open)
    {
        const char opening = *m_at++;
        if (depth + 1 > maxDepth)
            return Opened::Invalid;
        space();
        if (take(opening == '{' ? '}' : ']'))
            return Opened::Empty;
        open.push_back(opening);
        if (opening == '{' && !key())
            return Opened::Invalid;
        return Opened::WithValues;
    }

    bool scalar()
    {
        switch (peek()) {
        case '"':
            return string(nullptr);
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number();
        }
    }

    enum class Next { Invalid, Value, Done };
    // After a value: the containers it ends closed, up to the next value (Value), or to the end of
    // the outermost (Done).
    Next afterValue(std::string &open)
    {
        for (;;) {
            if (open.empty())
                return Next::Done;
            space();
            if (take(',')) {
                space();
                return open.back() == '{' && !key() ? Next::Invalid : Next::Value;
            }
            if (!take(open.back() == '{' ? '}' : ']'))
                return Next::Invalid;
            open.pop_back();
        }
    }

    // A member's key and its colon, and the white space up to its value.
    bool key()
    {
        if (peek() != '"' || !string(nullptr))
            return false;
        space();
        if (!take(':'))
            return false;
        space();
        return true;
    }

    // A string, from its opening quote; `escaped` is set if it holds an escape.
    bool string(bool *escaped)
    {
        ++m_at;
        for (;;) {
            m_at = plainRunEnd(m_at, m_end);
            if (m_at >= m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false;
            if (escaped)
                *escaped = true;
            if (!escape())
                return false;
        }
    }

    // An escape, from its backslash: one of \" \\ \/ \b \f \n \r \t, or \u and four hex digits.
    bool escape()
    {
        if (m_end - m_at < 2)
            return false;
        if (std::string_view("\"\\/bfnrt").find(m_at[1]) != std::string_view::npos) {
            m_at += 2;
            return true;
        }
        if (m_at[1] != 'u' || m_end - m_at < 6)
            return false;
        for (int i = 2; i < 6; ++i) {
            if (!std::isxdigit(static_cast<unsigned char>(m_at[i])))
                return false;
        }
        m_at += 6;
        return true;
    }

    bool word(std::string_view expected)
    {
        if (static_cast<size_t>(m_end - m_at) < expected.size() || std::string_view(m_at, expected.size()) != expected)
            return false;
        m_at += expected.size();
        return true;
    }

    bool digits()
    {
        const char *start = m_at;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        return m_at != start;
    }

    // -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?, and within a double's range: a number too
    // large or too small for one is left to the parsers, which say so.
    bool number()
    {
        const char *start = m_at;
        take('-');
        if (!take('0') && !(peek() >= '1' && peek() <= '9' && digits()))
            return false;
        if (take('.') && !digits())
            return false;
        bool exponent = false;
        if (take('e') || take('E')) {
            exponent = true;
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
        }
        // Fewer digits than a double's largest exponent, and no exponent, cannot leave its range.
        constexpr ptrdiff_t alwaysInRange = 300;
        if (!exponent && m_at - start < alwaysInRange)
            return true;
        double parsed = 0;
        return std::from_chars(start, m_at, parsed).ec == std::errc();
    }

    // A value the reader never reads: 0 (unless `zero` is false), then spaces, keeping the line ends.
    static void blank(char *start, const char *end, bool zero = true)
    {
        if (start == end)
            return;
        if (zero)
            *start = '0';
        else if (*start != '\n' && *start != '\r')
            *start = ' ';
        for (char *at = start + 1; at != end; ++at) {
            if (*at != '\n' && *at != '\r')
                *at = ' ';
        }
    }

    const char *m_start;
    const char *m_at;
    const char *m_end;
    char *m_blankInto;
    qsizetype m_unknown = 0;
};

// How many of , : [ { the bytes [at, end) hold: at least one per value but the first.
qsizetype valueMarks(const char *at, const char *end)
{
    qsizetype marks = 0;
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i colon = _mm_set1_epi8(':');
    const __m128i bracket = _mm_set1_epi8('[');
    const __m128i brace = _mm_set1_epi8('{');
    for (; end - at >= 16; at += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i mark = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, colon)),
                                          _mm_or_si128(_mm_cmpeq_epi8(bytes, bracket), _mm_cmpeq_epi8(bytes, brace)));
        marks += __builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(mark)));
    }
#endif
    for (; at < end; ++at)
        marks += *at == ',' || *at == ':' || *at == '[' || *at == '{' ? 1 : 0;
    return marks;
}

} // namespace

qsizetype blankUnknownMembers(QByteArray &document)
{
    // Walked once to find whether there is anything to blank and that the whole is JSON; only then
    // again to blank it, so a document that is not JSON reaches the parser as it came.
    MemberWalk look(document.constData(), document.size());
    if (!look.document() || look.unknown() == 0)
        return 0;
    // A string blanked could have held bytes that are not UTF-8, which the parser refuses.
    if (!simdjson::validate_utf8(document.constData(), static_cast<size_t>(document.size())))
        return 0;
    // Shared bytes are copied before they are written, with the parser's padding behind them.
    if (!document.isDetached() || document.capacity() - document.size() < paddingWanted)
        document.reserve(document.size() + paddingWanted);
    MemberWalk blank(document.constData(), document.size(), document.data());
    blank.document();
    return blank.unknown();
}

bool isDense(QByteArrayView document)
{
    constexpr qsizetype window = qsizetype(1) << 20;
    constexpr qsizetype bytesPerMark = 16;
    const char *end = document.data() + document.size();
    for (const char *at = document.data(); at < end; at += window) {
        const qsizetype length = std::min<qsizetype>(window, end - at);
        if (valueMarks(at, at + length) * bytesPerMark > length)
            return true;
    }
    return false;
}

} // namespace JsonReader
