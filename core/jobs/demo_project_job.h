// A project holding the built-in demo's data: the specialised synthetic set (train/val/test) the
// demo model never saw, and a held-out generic set of what it knew. What `clipft demo` fine-tunes
// on and what Studio's "Try the demo" opens, so that a newcomer can train without bringing data.
#pragma once
#include "core/common/progress.h"

#include <cstdint>
#include <string>

namespace clipft {

struct DemoProjectRequest {
    std::string work_dir;  // created if needed; must not hold a demo project yet
    int64_t specialised_images = 2000;
    int64_t generic_images = 500;
    uint64_t seed = 7;
    int image_size = 64;  // the demo model's
};

struct DemoProjectResult {
    std::string project_path;  // WORK/demo.clipft, with datasets "demo-specialised" and "demo-generic"
};

// Progress stages "generating demo data", then the imports'. Throws clipft::Error when the
// folder cannot be used, clipft::Cancelled when cancelled (the project file is then removed).
DemoProjectResult createDemoProject(const DemoProjectRequest& request, ProgressObserver* observer = nullptr,
                                    const CancelToken* cancel = nullptr);

}  // namespace clipft
