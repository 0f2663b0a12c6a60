#include "core/model/safetensors.h"

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/mapped_file.h"
#include "core/model/safetensors_header.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <cstring>
#include <new>
#include <set>

// The format stores little-endian data; tensors are views of it, so the host must match.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "safetensors views need a little-endian host");

namespace clipft {

namespace {

struct DTypeInfo {
    SafetensorsDType dtype;
    const char* name;
    std::size_t size;
    std::optional<at::ScalarType> scalarType;
};

const DTypeInfo kDTypes[] = {
    {SafetensorsDType::BOOL, "BOOL", 1, at::kBool},     {SafetensorsDType::U8, "U8", 1, at::kByte},
    {SafetensorsDType::I8, "I8", 1, at::kChar},         {SafetensorsDType::I16, "I16", 2, at::kShort},
    {SafetensorsDType::U16, "U16", 2, std::nullopt},    {SafetensorsDType::I32, "I32", 4, at::kInt},
    {SafetensorsDType::U32, "U32", 4, std::nullopt},    {SafetensorsDType::I64, "I64", 8, at::kLong},
    {SafetensorsDType::U64, "U64", 8, std::nullopt},    {SafetensorsDType::F16, "F16", 2, at::kHalf},
    {SafetensorsDType::BF16, "BF16", 2, at::kBFloat16}, {SafetensorsDType::F32, "F32", 4, at::kFloat},
    {SafetensorsDType::F64, "F64", 8, at::kDouble},
};

const DTypeInfo& infoOf(SafetensorsDType dtype) {
    for (const auto& info : kDTypes)
        if (info.dtype == dtype) return info;
    return kDTypes[0];  // unreachable for a valid enum value
}

uint64_t readLittleEndian64(const std::byte* bytes) {
    uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<uint64_t>(bytes[i]);
    return value;
}

std::string inQuotes(const std::string& text) {
    return "'" + text + "'";
}

}  // namespace

const char* safetensorsDTypeName(SafetensorsDType dtype) {
    return infoOf(dtype).name;
}

std::size_t safetensorsDTypeSize(SafetensorsDType dtype) {
    return infoOf(dtype).size;
}

std::optional<SafetensorsDType> safetensorsDTypeFromName(const std::string& name) {
    for (const auto& info : kDTypes)
        if (name == info.name) return info.dtype;
    return std::nullopt;
}

std::optional<at::ScalarType> safetensorsDTypeToScalarType(SafetensorsDType dtype) {
    return infoOf(dtype).scalarType;
}

std::optional<SafetensorsDType> safetensorsDTypeFromScalarType(at::ScalarType type) {
    for (const auto& info : kDTypes)
        if (info.scalarType == type) return info.dtype;
    return std::nullopt;
}

std::shared_ptr<SafetensorsFile> SafetensorsFile::open(const std::string& path) {
    try {
        auto mapping = MappedFile::open(path);
        const std::size_t size = mapping->size();
        if (size < 8)
            throw Error(path + ": the file is " + std::to_string(size) +
                        " bytes long, too short to be a safetensors file (it needs at least an 8-byte header length)");
        const uint64_t headerSize = readLittleEndian64(mapping->data());
        if (headerSize > kSafetensorsMaxHeaderSize)
            throw Error(path + ": the header length is " + std::to_string(headerSize) +
                        " bytes, above the 100 MB limit; the file is damaged or not a safetensors file");
        if (headerSize > size - 8)
            throw Error(path + ": the header length is " + std::to_string(headerSize) + " bytes but only " +
                        std::to_string(size - 8) +
                        " bytes follow it; the file is truncated or not a safetensors file");

        const uint64_t dataOffset = 8 + headerSize;
        auto header = parseSafetensorsHeader(reinterpret_cast<const char*>(mapping->data()) + 8, headerSize,
                                             size - dataOffset, path);

        std::shared_ptr<SafetensorsFile> file(new SafetensorsFile());
        file->mapping_ = std::move(mapping);
        file->dataOffset_ = dataOffset;
        file->entries_ = std::move(header.entries);
        file->metadata_ = std::move(header.metadata);
        for (std::size_t i = 0; i < file->entries_.size(); ++i) file->indexByName_.emplace(file->entries_[i].name, i);
        return file;
    } catch (const std::bad_alloc&) {
        // A header of up to 100 MB can expand to several times that in memory.
        throw Error(path + ": not enough memory to read the safetensors header");
    }
}

const std::string& SafetensorsFile::path() const {
    return mapping_->path();
}

const std::vector<SafetensorsEntry>& SafetensorsFile::entries() const {
    return entries_;
}

const SafetensorsEntry* SafetensorsFile::find(const std::string& name) const {
    const auto found = indexByName_.find(name);
    return found == indexByName_.end() ? nullptr : &entries_[found->second];
}

const std::map<std::string, std::string>& SafetensorsFile::metadata() const {
    return metadata_;
}

const std::byte* SafetensorsFile::mappedData() const {
    return mapping_->data();
}

std::size_t SafetensorsFile::mappedSize() const {
    return mapping_->size();
}

uint64_t SafetensorsFile::dataOffset() const {
    return dataOffset_;
}

at::Tensor SafetensorsFile::tensor(const std::string& name) const {
    const SafetensorsEntry* entry = find(name);
    if (entry == nullptr) throw Error(path() + ": there is no tensor named " + inQuotes(name));
    const auto scalarType = safetensorsDTypeToScalarType(entry->dtype);
    if (!scalarType)
        throw Error(path() + ": tensor " + inQuotes(name) + " has dtype " + safetensorsDTypeName(entry->dtype) +
                    ", which LibTorch 1.13 has no type for; convert it to a signed integer type before saving");

    const std::byte* bytes = mapping_->data() + dataOffset_ + entry->begin;
    const uint64_t byteCount = entry->end - entry->begin;
    // A bool byte other than 0 or 1 is undefined behaviour for torch's kernels.
    if (entry->dtype == SafetensorsDType::BOOL)
        for (uint64_t i = 0; i < byteCount; ++i)
            if (static_cast<unsigned char>(bytes[i]) > 1)
                throw Error(path() + ": tensor " + inQuotes(name) + " is BOOL but holds the byte value " +
                            std::to_string(static_cast<unsigned>(bytes[i])) + " (only 0 and 1 are allowed)");

    const auto options = at::TensorOptions().dtype(*scalarType).device(at::kCPU);
    try {
        if (byteCount == 0) return at::empty(entry->shape, options);
        // Torch kernels assume element-aligned data; the mapping is page-aligned, so the address
        // tells whether the offset in the file is.
        if (reinterpret_cast<std::uintptr_t>(bytes) % safetensorsDTypeSize(entry->dtype) == 0) {
            std::shared_ptr<MappedFile> keepMappingAlive = mapping_;
            return at::from_blob(const_cast<std::byte*>(bytes), entry->shape,
                                 [keepMappingAlive](void*) {}, options);
        }
        at::Tensor copy = at::empty(entry->shape, options);
        std::memcpy(copy.data_ptr(), bytes, byteCount);
        return copy;
    } catch (const c10::Error& error) {
        throw Error(path() + ": tensor " + inQuotes(name) + " cannot be created: " + error.what_without_backtrace());
    } catch (const std::bad_alloc&) {
        throw Error(path() + ": not enough memory to copy tensor " + inQuotes(name));
    }
}

void saveSafetensors(const std::string& path, const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                     const std::map<std::string, std::string>& metadata) {
    const std::string cannotWrite = "cannot write '" + path + "': ";
    std::set<std::string> names;
    std::vector<SafetensorsEntry> entries;  // in the given order
    entries.reserve(tensors.size());
    for (const auto& [name, tensor] : tensors) {
        if (name == "__metadata__") throw Error(cannotWrite + "'__metadata__' is reserved and cannot name a tensor");
        if (!names.insert(name).second) throw Error(cannotWrite + "tensor name " + inQuotes(name) + " appears twice");
        if (!tensor.defined()) throw Error(cannotWrite + "tensor " + inQuotes(name) + " is undefined");
        if (tensor.layout() != at::kStrided)
            throw Error(cannotWrite + "tensor " + inQuotes(name) + " is not dense; convert it with to_dense() first");
        const auto dtype = safetensorsDTypeFromScalarType(tensor.scalar_type());
        if (!dtype)
            throw Error(cannotWrite + "tensor " + inQuotes(name) + " has dtype " +
                        std::string(c10::toString(tensor.scalar_type())) + ", which safetensors cannot store");
        SafetensorsEntry entry{name, *dtype, tensor.sizes().vec(), 0, 0};
        entry.end = static_cast<uint64_t>(tensor.numel()) * safetensorsDTypeSize(*dtype);
        entries.push_back(std::move(entry));
    }

    // Data goes in order of falling element size (the header keeps the given order): the data
    // section starts 8-byte aligned, so every tensor lands aligned and is read without a copy.
    std::vector<std::size_t> dataOrder(entries.size());
    for (std::size_t i = 0; i < dataOrder.size(); ++i) dataOrder[i] = i;
    std::stable_sort(dataOrder.begin(), dataOrder.end(), [&](std::size_t a, std::size_t b) {
        return safetensorsDTypeSize(entries[a].dtype) > safetensorsDTypeSize(entries[b].dtype);
    });
    uint64_t offset = 0;
    for (std::size_t index : dataOrder) {
        const uint64_t bytes = entries[index].end;
        entries[index].begin = offset;
        entries[index].end = offset + bytes;
        offset += bytes;
    }

    const std::string header = serializeSafetensorsHeader(entries, metadata, path);
    AtomicFile file(path);
    std::byte headerLength[8];
    for (int i = 0; i < 8; ++i) headerLength[i] = static_cast<std::byte>((header.size() >> (8 * i)) & 0xff);
    file.write(headerLength, sizeof headerLength);
    file.write(header.data(), header.size());
    for (std::size_t index : dataOrder) {
        const uint64_t bytes = entries[index].end - entries[index].begin;
        if (bytes == 0) continue;
        // One tensor at a time on the CPU, so a model on the GPU never needs a second full copy in RAM.
        at::Tensor data;
        try {
            data = tensors[index].second.detach().to(at::kCPU).contiguous();
        } catch (const c10::Error& error) {
            throw Error(cannotWrite + "tensor " + inQuotes(entries[index].name) +
                        " could not be copied to the CPU: " + error.what_without_backtrace());
        }
        file.write(data.data_ptr(), bytes);
    }
    file.commit();
}

}  // namespace clipft
