// The JSON header of a safetensors file: parsing with full validation, and serialising for the
// writer. Kept apart from the file handling so the rules can be read (and tested) in one place.
#pragma once
#include "core/model/safetensors.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace clipft {

struct SafetensorsHeader {
    std::vector<SafetensorsEntry> entries;  // sorted by data offset
    std::map<std::string, std::string> metadata;
};

// The crate refuses headers above 100 MB; so do we, before reading a byte of them.
constexpr uint64_t kSafetensorsMaxHeaderSize = 100'000'000;

// Parses `size` bytes of header JSON and checks every entry against a data section of
// `dataSize` bytes. Throws clipft::Error prefixed with `fileName`.
SafetensorsHeader parseSafetensorsHeader(const char* json, std::size_t size, uint64_t dataSize,
                                         const std::string& fileName);

// The header JSON for entries in the given order (their offsets already laid out), padded with
// spaces so that 8 + its length is a multiple of 8 and every tensor's data is aligned.
std::string serializeSafetensorsHeader(const std::vector<SafetensorsEntry>& entries,
                                       const std::map<std::string, std::string>& metadata,
                                       const std::string& fileName);

}  // namespace clipft
