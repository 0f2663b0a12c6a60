// Reading and writing the safetensors format: an 8-byte little-endian header length N, N bytes of
// JSON naming each tensor's dtype, shape and byte range, then the raw little-endian tensor data.
// Files are memory-mapped and validated as strictly as the reference Rust crate; tensors are views
// of the mapping, so opening a multi-gigabyte model costs no copy.
#pragma once
#include <ATen/core/Tensor.h>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clipft {

class MappedFile;

enum class SafetensorsDType { BOOL, U8, I8, I16, U16, I32, U32, I64, U64, F16, BF16, F32, F64 };

// "F32" etc., as spelled in the header.
const char* safetensorsDTypeName(SafetensorsDType dtype);
// Bytes per element.
std::size_t safetensorsDTypeSize(SafetensorsDType dtype);
// nullopt for a name the format does not define (or this reader does not know).
std::optional<SafetensorsDType> safetensorsDTypeFromName(const std::string& name);
// nullopt for U16/U32/U64, which LibTorch 1.13 has no dtype for.
std::optional<at::ScalarType> safetensorsDTypeToScalarType(SafetensorsDType dtype);
// nullopt for torch dtypes the format cannot hold (complex, quantized, ...).
std::optional<SafetensorsDType> safetensorsDTypeFromScalarType(at::ScalarType type);

struct SafetensorsEntry {
    std::string name;
    SafetensorsDType dtype;
    std::vector<int64_t> shape;
    uint64_t begin;  // byte range relative to the start of the data section
    uint64_t end;
};

class SafetensorsFile {
public:
    // Maps and validates the file; throws clipft::Error naming the file and the problem.
    static std::shared_ptr<SafetensorsFile> open(const std::string& path);

    const std::string& path() const;
    // Sorted by data offset (ties, which only zero-byte tensors can have, by name).
    const std::vector<SafetensorsEntry>& entries() const;
    // nullptr when absent.
    const SafetensorsEntry* find(const std::string& name) const;
    // A CPU tensor over the mapped bytes; it keeps the mapping alive after this object is gone.
    // Writes to it are copy-on-write in memory and never reach the file. When the data is not
    // aligned for its element size the tensor is a copy instead. Throws clipft::Error for an
    // unknown name or a dtype LibTorch cannot hold (U16, U32, U64).
    at::Tensor tensor(const std::string& name) const;
    // The string → string map stored under "__metadata__"; empty when there is none.
    const std::map<std::string, std::string>& metadata() const;

    // The whole mapped file, for callers that want to check where a tensor's bytes live.
    const std::byte* mappedData() const;
    std::size_t mappedSize() const;
    // Offset of the data section from the start of the file (8 + header length).
    uint64_t dataOffset() const;

private:
    SafetensorsFile() = default;

    std::shared_ptr<MappedFile> mapping_;
    uint64_t dataOffset_ = 0;
    std::vector<SafetensorsEntry> entries_;
    std::map<std::string, std::size_t> indexByName_;
    std::map<std::string, std::string> metadata_;
};

// Writes atomically: temporary file in the same folder, fsync, rename (a crash never leaves a
// broken file). Tensors may be on any device / non-contiguous; they are written as contiguous CPU
// data in their dtype, in the given order. Throws clipft::Error for duplicate names, a dtype the
// format cannot hold, or a folder that is not writable.
void saveSafetensors(const std::string& path, const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                     const std::map<std::string, std::string>& metadata = {});

}  // namespace clipft
