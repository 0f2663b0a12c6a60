// Process-wide runtime set-up shared by the CLI, the GUI and the tests: thread count and device.
#pragma once
#include <string>
#include <c10/core/Device.h>

namespace clipft {

// LibTorch starts with one intra-op thread on Debian's build (DESIGN.md); call once at start-up.
// threads <= 0 means "number of cores".
void initRuntime(int threads = 0);

// "auto" (CUDA when available, else CPU), "cpu", "cuda", "cuda:N". Throws clipft::Error for a
// device that does not exist on this machine.
c10::Device parseDevice(const std::string& name);

// A line describing the device for logs and the GUI: "cpu (2 threads)", "cuda:0 (NVIDIA H100)".
std::string describeDevice(const c10::Device& device);

}  // namespace clipft
