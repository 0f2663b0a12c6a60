// Process-wide runtime set-up shared by the CLI, the GUI and the tests: thread count and device.
#pragma once
#include <string>
#include <c10/core/Device.h>

namespace clipft {

// Call first in main(), before anything touches LibTorch. OpenBLAS (pthreads) and LibTorch's OpenMP
// pool each keep their own threads; with OpenMP's default spin-waiting, the idle pool burns the cores
// the next GEMM needs, which makes a transformer block 2.5x slower on a 2-core machine (measured:
// 101 ms -> 41 ms for a ViT-B-32 text block, batch 32). libgomp reads OMP_WAIT_POLICY only when it is
// loaded, so when it is unset this sets it to PASSIVE and re-executes the program once.
void ensurePassiveOpenMpWaiting(char** argv);

// LibTorch starts with one intra-op thread on Debian's build (DESIGN.md); call once at start-up.
// threads <= 0 means "number of cores".
void initRuntime(int threads = 0);

// "auto" (CUDA when available, else CPU), "cpu", "cuda", "cuda:N". Throws clipft::Error for a
// device that does not exist on this machine.
c10::Device parseDevice(const std::string& name);

// A line describing the device for logs and the GUI: "cpu (2 threads)", "cuda:0 (NVIDIA H100)".
std::string describeDevice(const c10::Device& device);

// What `clipft --version` prints after clipft's own version: the LibTorch it was built with,
// whether CUDA and cuDNN are compiled in (with their versions), and the devices visible now.
std::string describeBuild();

}  // namespace clipft
