// The devices a training run can use, as the Train page lists them: the CPU, then every GPU the
// NVIDIA driver reports, each with its memory, and whether this build of clipft can train on it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

struct ComputeDevice {
    std::string id;    // what --device takes: "cpu", "cuda:0"
    std::string name;  // the CPU's model name (/proc/cpuinfo), or the GPU's name from the driver
    // RAM (/proc/meminfo MemTotal, MemAvailable) for the CPU, device memory for a GPU; 0: unknown.
    int64_t total_bytes = 0, free_bytes = 0;
    bool usable = true;  // false: visible, but this build cannot train on it (see note)
    std::string note;    // why it is not usable, or what is unknown about it; "" otherwise
};

// The CPU first, then each CUDA device in the driver's order (the order of cuda:N). The driver
// (libcuda.so.1) is loaded at run time, so a CPU-only build still shows the GPUs it is missing.
// Never throws: what cannot be found out is left out, or zero with a note.
std::vector<ComputeDevice> listComputeDevices();

}  // namespace clipft
