// XXH3-128 over a stream of values, as 32 hex digits: the one hash behind image content hashes,
// model fingerprints and training-data fingerprints. Header-only xxHash (XXH_INLINE_ALL in the
// .cpp), so the training numerics need no xxHash library.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace clipft {

class ContentHasher {
public:
    ContentHasher();  // throws clipft::Error when out of memory
    ~ContentHasher();
    ContentHasher(const ContentHasher&) = delete;
    ContentHasher& operator=(const ContentHasher&) = delete;

    void bytes(const void* data, std::size_t size);
    void integer(int64_t value);
    // Length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently.
    void text(const std::string& s);
    // The digest of everything so far: 32 lower-case hex digits.
    std::string hex() const;

    // The digest of one buffer alone (an image file's bytes).
    static std::string hexOf(const void* data, std::size_t size);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace clipft
