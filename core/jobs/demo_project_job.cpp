#include "core/jobs/demo_project_job.h"

#include "core/common/error.h"
#include "core/common/folders.h"
#include "core/demo/demo_dataset.h"
#include "core/jobs/dataset_import_job.h"
#include "core/store/project_store.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace clipft {

namespace {
// The pre-training used generic samples of another seed (see resources/demo-model/README.md), so
// this set is held out.
constexpr uint64_t kGenericSeedOffset = 1000003;
}  // namespace

DemoProjectResult createDemoProject(const DemoProjectRequest& request, ProgressObserver* observer,
                                    const CancelToken* cancel) {
    if (request.work_dir.empty()) throw Error("the demo needs a working folder");
    const fs::path work(request.work_dir);
    const fs::path project_path = work / "demo.clipft";
    if (fs::exists(project_path)) throw Error(project_path.string() + " already exists: give the demo a new folder");
    createFolders(work.string());
    try {
        if (observer) observer->onProgress("generating demo data", 0, 2);
        writeDemoDataset((work / "specialised").string(), DemoVariant::Specialised, request.specialised_images,
                         request.seed, request.image_size, nullptr, cancel);
        if (observer) observer->onProgress("generating demo data", 1, 2);
        writeDemoDataset((work / "generic").string(), DemoVariant::Generic, request.generic_images,
                         request.seed + kGenericSeedOffset, request.image_size, nullptr, cancel);
        if (observer) observer->onProgress("generating demo data", 2, 2);
        if (cancel && cancel->isCancelled()) throw Cancelled();
        ProjectStore store = ProjectStore::open(project_path.string());
        DatasetImportRequest specialised;
        specialised.name = "demo-specialised";
        specialised.source = (work / "specialised").string();
        specialised.format = "folder";
        specialised.ratios = {0.7, 0.1, 0.2};
        specialised.seed = request.seed;
        importDataset(store, specialised, observer, cancel);
        DatasetImportRequest generic = specialised;
        generic.name = "demo-generic";
        generic.source = (work / "generic").string();
        generic.ratios = {0.0, 0.0, 1.0};  // all held out
        importDataset(store, generic, observer, cancel);
    } catch (const Cancelled&) {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(project_path.string() + suffix, ec);
        throw;
    }
    return {project_path.string()};
}

}  // namespace clipft
