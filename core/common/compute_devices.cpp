#include "core/common/compute_devices.h"

#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>

#include <dlfcn.h>

#include <fstream>
#include <sstream>
#include <type_traits>

namespace clipft {
namespace {

// "key : value" lines of /proc/cpuinfo and /proc/meminfo.
std::string procField(const char* file, const std::string& key) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string name = line.substr(0, colon);
        name.erase(name.find_last_not_of(" \t") + 1);
        if (name != key) continue;
        const size_t start = line.find_first_not_of(" \t", colon + 1);
        return start == std::string::npos ? std::string() : line.substr(start);
    }
    return {};
}

int64_t meminfoBytes(const std::string& key) {
    std::istringstream value(procField("/proc/meminfo", key));  // "16318124 kB"
    int64_t kib = 0;
    value >> kib;
    return value ? kib * 1024 : 0;
}

ComputeDevice cpuDevice() {
    ComputeDevice cpu;
    cpu.id = "cpu";
    cpu.name = procField("/proc/cpuinfo", "model name");  // x86
    if (cpu.name.empty()) cpu.name = procField("/proc/cpuinfo", "Model");  // some ARM boards
    if (cpu.name.empty()) cpu.name = "CPU";
    cpu.total_bytes = meminfoBytes("MemTotal");
    cpu.free_bytes = meminfoBytes("MemAvailable");
    return cpu;
}

// The few entry points of the CUDA driver API used here, with its documented C signatures
// (cuda.h), so that no CUDA header or library is needed to build: CUresult is an enum (0 is
// CUDA_SUCCESS), CUdevice an int, CUcontext an opaque pointer.
using CUresult = int;
using CUdevice = int;
using CUcontext = struct CUctx_st*;
struct DriverApi {
    CUresult (*cuInit)(unsigned int flags);
    CUresult (*cuDriverGetVersion)(int* version);
    CUresult (*cuDeviceGetCount)(int* count);
    CUresult (*cuDeviceGet)(CUdevice* device, int ordinal);
    CUresult (*cuDeviceGetName)(char* name, int length, CUdevice device);
    CUresult (*cuDeviceTotalMem_v2)(size_t* bytes, CUdevice device);
    CUresult (*cuDevicePrimaryCtxRetain)(CUcontext* context, CUdevice device);
    CUresult (*cuDevicePrimaryCtxRelease_v2)(CUdevice device);
    CUresult (*cuCtxPushCurrent_v2)(CUcontext context);
    CUresult (*cuCtxPopCurrent_v2)(CUcontext* context);
    CUresult (*cuMemGetInfo_v2)(size_t* free, size_t* total);
};

// Loaded once and never unloaded: LibTorch may hold the same library, and unloading a driver that
// has contexts alive is asking for trouble. nullptr: no NVIDIA driver on this machine.
const DriverApi* driverApi() {
    static const DriverApi* const api = []() -> const DriverApi* {
        void* library = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
        if (!library) return nullptr;
        static DriverApi loaded{};
        bool complete = true;
        const auto bind = [&](auto& function, const char* name) {
            function = reinterpret_cast<std::decay_t<decltype(function)>>(dlsym(library, name));
            complete &= function != nullptr;
        };
        bind(loaded.cuInit, "cuInit");
        bind(loaded.cuDriverGetVersion, "cuDriverGetVersion");
        bind(loaded.cuDeviceGetCount, "cuDeviceGetCount");
        bind(loaded.cuDeviceGet, "cuDeviceGet");
        bind(loaded.cuDeviceGetName, "cuDeviceGetName");
        bind(loaded.cuDeviceTotalMem_v2, "cuDeviceTotalMem_v2");
        bind(loaded.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain");
        bind(loaded.cuDevicePrimaryCtxRelease_v2, "cuDevicePrimaryCtxRelease_v2");
        bind(loaded.cuCtxPushCurrent_v2, "cuCtxPushCurrent_v2");
        bind(loaded.cuCtxPopCurrent_v2, "cuCtxPopCurrent_v2");
        bind(loaded.cuMemGetInfo_v2, "cuMemGetInfo_v2");
        if (!complete || loaded.cuInit(0) != 0) return nullptr;
        return &loaded;
    }();
    return api;
}

// Free memory needs a context; the primary one is what LibTorch itself uses, so retaining it
// creates nothing new when training already runs, and releasing it leaves LibTorch's alone.
int64_t freeDeviceMemory(const DriverApi& cu, CUdevice device) {
    CUcontext context = nullptr;
    if (cu.cuDevicePrimaryCtxRetain(&context, device) != 0) return 0;
    size_t free = 0, total = 0;
    if (cu.cuCtxPushCurrent_v2(context) == 0) {
        if (cu.cuMemGetInfo_v2(&free, &total) != 0) free = 0;
        CUcontext popped = nullptr;
        cu.cuCtxPopCurrent_v2(&popped);
    }
    cu.cuDevicePrimaryCtxRelease_v2(device);
    return static_cast<int64_t>(free);
}

// Whether this LibTorch was built with CUDA: the CUDA hooks of a CPU-only build refuse to say
// which runtime they have (as describeBuild() in runtime.cpp finds out).
bool libTorchHasCuda(long* runtime_version) {
    try {
        *runtime_version = at::detail::getCUDAHooks().versionCUDART();
        return true;
    } catch (...) {
        return false;
    }
}

std::string cudaVersionText(long version) {  // 13000 -> "13.0"
    return std::to_string(version / 1000) + "." + std::to_string(version % 1000 / 10);
}

std::vector<ComputeDevice> cudaDevices() {
    int64_t torch_count = 0;
    try {
        torch_count = static_cast<int64_t>(torch::cuda::device_count());
    } catch (...) {
    }
    long runtime_version = 0;
    const bool built_with_cuda = libTorchHasCuda(&runtime_version);
    std::string unusable_note = "this build of clipft has no CUDA; see scripts/build-cuda.sh";
    const DriverApi* cu = driverApi();
    if (built_with_cuda) {
        int driver_version = 0;
        unusable_note = "LibTorch (CUDA " + cudaVersionText(runtime_version) + ") cannot use this GPU";
        if (cu && cu->cuDriverGetVersion(&driver_version) == 0 && driver_version < runtime_version)
            unusable_note += ": the NVIDIA driver supports CUDA up to " + cudaVersionText(driver_version) + "; update it";
    }

    std::vector<ComputeDevice> devices;
    int driver_count = 0;
    if (cu && cu->cuDeviceGetCount(&driver_count) != 0) driver_count = 0;
    for (int i = 0; i < driver_count; ++i) {
        ComputeDevice gpu;
        gpu.id = "cuda:" + std::to_string(i);
        CUdevice device = 0;
        if (cu->cuDeviceGet(&device, i) == 0) {
            char name[256] = {};
            if (cu->cuDeviceGetName(name, sizeof name - 1, device) == 0) gpu.name = name;
            size_t total = 0;
            if (cu->cuDeviceTotalMem_v2(&total, device) == 0) gpu.total_bytes = static_cast<int64_t>(total);
            gpu.free_bytes = freeDeviceMemory(*cu, device);
        }
        if (gpu.name.empty()) gpu.name = "CUDA device " + std::to_string(i);
        gpu.usable = i < torch_count;
        if (!gpu.usable) gpu.note = unusable_note;
        devices.push_back(gpu);
    }
    // LibTorch sees devices the driver API here did not report (it could not be loaded): list them
    // without what only the driver could tell.
    for (int64_t i = driver_count; i < torch_count; ++i) {
        ComputeDevice gpu;
        gpu.id = "cuda:" + std::to_string(i);
        gpu.name = "CUDA device " + std::to_string(i);
        gpu.note = "its name and memory are unknown (the NVIDIA driver library could not be loaded)";
        devices.push_back(gpu);
    }
    return devices;
}

}  // namespace

std::vector<ComputeDevice> listComputeDevices() {
    std::vector<ComputeDevice> devices;
    try {
        devices.push_back(cpuDevice());
    } catch (...) {
        ComputeDevice cpu;
        cpu.id = "cpu";
        cpu.name = "CPU";
        devices.push_back(cpu);
    }
    try {
        for (ComputeDevice& gpu : cudaDevices()) devices.push_back(std::move(gpu));
    } catch (...) {
        // A driver in a bad state: the CPU still trains.
    }
    return devices;
}

}  // namespace clipft
