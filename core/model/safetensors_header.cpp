#include "core/model/safetensors_header.h"

#include "core/common/error.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace clipft {

namespace {

using Json = nlohmann::json;

constexpr const char* kMetadataKey = "__metadata__";
// A valid header nests three levels (root, entry, shape); deeper input is rejected early so a
// hostile file cannot make the parser build an enormous tree. Generous so that ordinary type
// mistakes still get their specific message.
constexpr int kMaxNesting = 64;

// Thrown from inside the parser callback; turned into a clipft::Error with the file name.
struct HeaderProblem {
    std::string message;
};

std::string inQuotes(const std::string& text) {
    return "'" + text + "'";
}

// "a number", "an array": nlohmann's type name with its article, for messages.
std::string describeType(const Json& value) {
    const std::string name = value.type_name();
    if (value.is_null()) return "null";
    return (name[0] == 'a' || name[0] == 'o' ? "an " : "a ") + name;
}

// Parse errors quote the offending input, which may be binary; keep messages printable ASCII.
std::string printable(const std::string& text) {
    std::string result = text;
    for (char& c : result)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) c = '?';
    return result;
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

std::string offsetsText(uint64_t begin, uint64_t end) {
    return "[" + std::to_string(begin) + ", " + std::to_string(end) + "]";
}

// Parses the header and throws HeaderProblem for a key that appears twice in one object:
// nlohmann would otherwise keep the last one silently, and a file that names a tensor twice is
// ambiguous about which bytes it means.
Json parseRejectingDuplicateKeys(const char* text, std::size_t size) {
    std::vector<std::unordered_set<std::string>> keysOfOpenObjects;
    std::string currentTensor;  // the root key whose value is being parsed, for messages
    auto callback = [&](int depth, Json::parse_event_t event, Json& parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
        case Json::parse_event_t::array_start:
            if (depth >= kMaxNesting) throw HeaderProblem{"header nests JSON deeper than a safetensors header can"};
            if (event == Json::parse_event_t::object_start) keysOfOpenObjects.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            keysOfOpenObjects.pop_back();
            break;
        case Json::parse_event_t::key: {
            const auto& key = parsed.get_ref<const std::string&>();
            const bool atRoot = keysOfOpenObjects.size() == 1;
            if (!keysOfOpenObjects.back().insert(key).second) {
                if (atRoot && key == kMetadataKey) throw HeaderProblem{"header has two __metadata__ entries"};
                if (atRoot)
                    throw HeaderProblem{"header names tensor " + inQuotes(key) + " twice (duplicate tensor name)"};
                if (currentTensor == kMetadataKey)
                    throw HeaderProblem{"__metadata__ has the key " + inQuotes(key) + " twice (duplicate key)"};
                throw HeaderProblem{"tensor " + inQuotes(currentTensor) + " has the field " + inQuotes(key) +
                                    " twice (duplicate key)"};
            }
            if (atRoot) currentTensor = key;
            break;
        }
        default:
            break;
        }
        return true;
    };
    return Json::parse(text, text + size, callback, /*allow_exceptions=*/true, /*ignore_comments=*/false);
}

// Reads a JSON number that must be a whole number in [0, max]; `what` names it in messages.
uint64_t wholeNumber(const Json& value, uint64_t max, const std::string& what) {
    if (value.is_number_unsigned()) {
        const auto number = value.get<uint64_t>();
        if (number > max) throw HeaderProblem{what + " is " + std::to_string(number) + ", which is too large"};
        return number;
    }
    if (value.is_number_integer()) {
        const auto number = value.get<int64_t>();
        if (number < 0) throw HeaderProblem{what + " is negative (" + std::to_string(number) + ")"};
        return static_cast<uint64_t>(number);
    }
    if (value.is_number_float()) throw HeaderProblem{what + " must be a whole number, not " + value.dump()};
    throw HeaderProblem{what + " must be a whole number, not " + describeType(value)};
}

std::map<std::string, std::string> readMetadata(const Json& value) {
    if (!value.is_object())
        throw HeaderProblem{"__metadata__ must be a JSON object of strings, not " + describeType(value)};
    std::map<std::string, std::string> metadata;
    for (const auto& [key, item] : value.items()) {
        if (!item.is_string())
            throw HeaderProblem{"__metadata__ value for " + inQuotes(key) + " must be a string, not " +
                                describeType(item)};
        metadata.emplace(key, item.get<std::string>());
    }
    return metadata;
}

SafetensorsEntry readEntry(const std::string& name, const Json& value, uint64_t dataSize) {
    const std::string tensor = "tensor " + inQuotes(name);
    if (!value.is_object())
        throw HeaderProblem{tensor + " must be described by a JSON object, not " + describeType(value)};
    for (const auto& [key, item] : value.items()) {
        (void)item;
        if (key != "dtype" && key != "shape" && key != "data_offsets")
            throw HeaderProblem{tensor + " has an unexpected field " + inQuotes(key) +
                                " (only dtype, shape and data_offsets are allowed)"};
    }
    for (const char* field : {"dtype", "shape", "data_offsets"})
        if (!value.contains(field)) throw HeaderProblem{tensor + " lacks the field " + inQuotes(field)};

    SafetensorsEntry entry;
    entry.name = name;

    const Json& dtype = value["dtype"];
    if (!dtype.is_string())
        throw HeaderProblem{tensor + ": dtype must be a string, not " + describeType(dtype)};
    const auto known = safetensorsDTypeFromName(dtype.get<std::string>());
    if (!known) throw HeaderProblem{tensor + " has unknown dtype " + inQuotes(dtype.get<std::string>())};
    entry.dtype = *known;

    const Json& shape = value["shape"];
    if (!shape.is_array())
        throw HeaderProblem{tensor + ": shape must be a list of sizes, not " + describeType(shape)};
    entry.shape.reserve(shape.size());
    for (const Json& dimension : shape)
        entry.shape.push_back(static_cast<int64_t>(wholeNumber(
            dimension, static_cast<uint64_t>(std::numeric_limits<int64_t>::max()), tensor + ": a shape dimension")));

    const Json& offsets = value["data_offsets"];
    if (!offsets.is_array() || offsets.size() != 2)
        throw HeaderProblem{tensor + ": data_offsets must be a list of two byte offsets [begin, end], not " +
                            offsets.dump()};
    const uint64_t anyOffset = std::numeric_limits<uint64_t>::max();
    entry.begin = wholeNumber(offsets[0], anyOffset, tensor + ": the begin of data_offsets");
    entry.end = wholeNumber(offsets[1], anyOffset, tensor + ": the end of data_offsets");
    if (entry.begin > entry.end)
        throw HeaderProblem{tensor + " has data_offsets " + offsetsText(entry.begin, entry.end) +
                            " whose begin lies after its end"};
    if (entry.end > dataSize)
        throw HeaderProblem{tensor + " has data_offsets " + offsetsText(entry.begin, entry.end) +
                            " past the end of the " + std::to_string(dataSize) +
                            "-byte data section (is the file truncated?)"};

    // In order, like the crate: a product that overflows on the way is rejected even when a
    // later dimension is 0.
    uint64_t bytes = safetensorsDTypeSize(entry.dtype);
    for (int64_t dimension : entry.shape) {
        const auto size = static_cast<uint64_t>(dimension);
        if (size != 0 && bytes > std::numeric_limits<uint64_t>::max() / size)
            throw HeaderProblem{tensor + " has shape " + shapeText(entry.shape) +
                                " whose size in bytes overflows 64 bits"};
        bytes *= size;
    }
    if (bytes != entry.end - entry.begin)
        throw HeaderProblem{tensor + " declares " + std::to_string(entry.end - entry.begin) + " bytes but shape " +
                            shapeText(entry.shape) + " of " + safetensorsDTypeName(entry.dtype) + " needs " +
                            std::to_string(bytes)};
    return entry;
}

// Tensors must tile the data section exactly: no gaps (hidden data), no overlaps (aliased
// tensors), nothing after the last one.
void checkLayout(const std::vector<SafetensorsEntry>& sorted, uint64_t dataSize) {
    uint64_t covered = 0;
    const SafetensorsEntry* previous = nullptr;
    for (const auto& entry : sorted) {
        const std::string where = "tensor " + inQuotes(entry.name) + " (data_offsets " +
                                  offsetsText(entry.begin, entry.end) + ")";
        if (entry.begin > covered)
            throw HeaderProblem{"there is a gap of " + std::to_string(entry.begin - covered) +
                                " unused bytes before " + where + "; tensors must follow each other without gaps"};
        if (entry.begin < covered)
            throw HeaderProblem{where + " overlaps tensor " + inQuotes(previous->name) + ", which ends at byte " +
                                std::to_string(covered)};
        covered = entry.end;
        previous = &entry;
    }
    if (covered != dataSize)
        throw HeaderProblem{"the data section has " + std::to_string(dataSize) + " bytes but the tensors cover only " +
                            std::to_string(covered) + "; the file has trailing data or a wrong header"};
}

}  // namespace

SafetensorsHeader parseSafetensorsHeader(const char* json, std::size_t size, uint64_t dataSize,
                                         const std::string& fileName) {
    try {
        // The crate insists on '{' first; it also rules out a JSON array or a bare value.
        if (size == 0 || json[0] != '{') throw HeaderProblem{"header is not a JSON object (it must start with '{')"};
        // nlohmann stops at a NUL byte as if the input ended there; valid JSON never holds one.
        if (std::memchr(json, '\0', size) != nullptr)
            throw HeaderProblem{"header contains a NUL byte, which is not valid JSON"};

        Json root;
        try {
            root = parseRejectingDuplicateKeys(json, size);
        } catch (const Json::exception& error) {
            // what() reads "[json.exception.parse_error.101] parse error at ..."; keep the useful part.
            std::string detail = error.what();
            const auto bracket = detail.find("] ");
            if (bracket != std::string::npos) detail = detail.substr(bracket + 2);
            throw HeaderProblem{"header is not valid JSON (" + printable(detail) + ")"};
        }
        if (!root.is_object()) throw HeaderProblem{"header is not a JSON object"};

        SafetensorsHeader header;
        for (const auto& [key, value] : root.items()) {
            if (key == kMetadataKey)
                header.metadata = readMetadata(value);
            else
                header.entries.push_back(readEntry(key, value, dataSize));
        }
        // Stable, and root.items() is in name order, so zero-byte tensors at one offset sort by name.
        std::stable_sort(header.entries.begin(), header.entries.end(), [](const auto& a, const auto& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
        });
        checkLayout(header.entries, dataSize);
        return header;
    } catch (const HeaderProblem& problem) {
        throw Error(fileName + ": " + problem.message);
    }
}

std::string serializeSafetensorsHeader(const std::vector<SafetensorsEntry>& entries,
                                       const std::map<std::string, std::string>& metadata,
                                       const std::string& fileName) {
    // Built by hand rather than through an ordered JSON object: that looks up every key on insert,
    // which is quadratic in the number of tensors. nlohmann still escapes the strings.
    auto jsonString = [&](const std::string& text, const std::string& what) {
        try {
            return Json(text).dump();
        } catch (const Json::exception&) {
            throw Error("cannot write '" + fileName + "': " + what + " is not valid UTF-8");
        }
    };
    std::string header = "{";
    if (!metadata.empty()) {
        header += "\"__metadata__\":{";
        bool first = true;
        for (const auto& [key, value] : metadata) {
            if (!first) header += ",";
            first = false;
            header += jsonString(key, "metadata key " + inQuotes(printable(key))) + ":" +
                      jsonString(value, "the metadata value for " + inQuotes(printable(key)));
        }
        header += "}";
    }
    for (const auto& entry : entries) {
        if (header.size() > 1) header += ",";
        header += jsonString(entry.name, "tensor name " + inQuotes(printable(entry.name)));
        header += ":{\"dtype\":\"";
        header += safetensorsDTypeName(entry.dtype);
        header += "\",\"shape\":[";
        for (std::size_t i = 0; i < entry.shape.size(); ++i)
            header += (i ? "," : "") + std::to_string(entry.shape[i]);
        header += "],\"data_offsets\":[" + std::to_string(entry.begin) + "," + std::to_string(entry.end) + "]}";
    }
    header += "}";
    // The 8-byte length prefix plus a multiple of 8 puts the data section on an 8-byte boundary,
    // which tensors laid out by falling element size keep aligned (see saveSafetensors).
    header.append((8 - header.size() % 8) % 8, ' ');
    return header;
}

}  // namespace clipft
