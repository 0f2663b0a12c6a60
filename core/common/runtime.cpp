#include "core/common/runtime.h"

#include "core/common/error.h"

#include <ATen/Parallel.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <cstdlib>
#include <thread>
#include <unistd.h>

namespace clipft {

void ensurePassiveOpenMpWaiting(char** argv) {
    if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;  // the user's choice, or already re-executed
    setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    execv("/proc/self/exe", argv);
    // execv only returns on failure: go on with the default policy, just slower.
}

void initRuntime(int threads) {
    if (threads <= 0) {
        threads = static_cast<int>(std::thread::hardware_concurrency());
        if (threads <= 0) threads = 1;
    }
    at::set_num_threads(threads);
}

c10::Device parseDevice(const std::string& name) {
    if (name.empty() || name == "auto") {
        return torch::cuda::is_available() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
    }
    if (name == "cpu") return c10::Device(c10::kCPU);
    if (name.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available()) {
            throw Error("device '" + name + "' was requested, but this build of LibTorch sees no CUDA "
                        "device (use --device cpu, or build against a CUDA LibTorch via Torch_DIR)");
        }
        int index = 0;
        if (name.size() > 4) {
            if (name[4] != ':') throw Error("unknown device '" + name + "' (expected cpu, cuda or cuda:N)");
            try {
                index = std::stoi(name.substr(5));
            } catch (const std::exception&) {
                throw Error("unknown device '" + name + "' (expected cpu, cuda or cuda:N)");
            }
        }
        const int count = static_cast<int>(torch::cuda::device_count());
        if (index < 0 || index >= count) {
            throw Error("device '" + name + "' does not exist: this machine has " + std::to_string(count) +
                        " CUDA device(s)");
        }
        return c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    throw Error("unknown device '" + name + "' (expected auto, cpu, cuda or cuda:N)");
}

std::string describeDevice(const c10::Device& device) {
    if (device.is_cpu()) return "cpu (" + std::to_string(at::get_num_threads()) + " threads)";
    return device.str();
}

std::string describeBuild() {
    const auto& cuda = at::detail::getCUDAHooks();
    std::string text = "LibTorch " TORCH_VERSION "\n";
    // The CUDA hooks of a CPU-only LibTorch refuse to tell versions: that is how "not compiled in" shows.
    try {
        const long runtime = cuda.versionCUDART();
        text += "CUDA " + std::to_string(runtime / 1000) + "." + std::to_string(runtime % 1000 / 10) + " compiled in";
        try {
            // cuDNN 9 counts major*10000 + minor*100 + patch, earlier ones major*1000 + minor*100 + patch.
            const long v = cuda.versionCuDNN();
            const long major = v >= 90000 ? v / 10000 : v / 1000, minor = (v >= 90000 ? v % 10000 : v % 1000) / 100;
            text += ", cuDNN " + std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(v % 100);
        } catch (const std::exception&) {
            text += ", no cuDNN";
        }
        text += "\n";
    } catch (const std::exception&) {
        text += "CUDA not compiled in (CPU only)\n";
    }
    text += "devices: " + describeDevice(c10::Device(c10::kCPU));
    const int64_t gpus = static_cast<int64_t>(torch::cuda::device_count());
    for (int64_t i = 0; i < gpus; ++i) text += ", cuda:" + std::to_string(i);
    return text + "\n";
}

}  // namespace clipft
