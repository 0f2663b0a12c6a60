#include "core/jobs/dataset_import_job.h"

#include "core/common/error.h"
#include "core/dataset/image_validation.h"
#include "core/dataset/importer_registry.h"
#include "core/store/dataset_writer.h"
#include "core/store/project_store.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace clipft {

namespace {

// Opens every image on `threads` workers while the calling thread reports progress (at most
// ~20 times a second) and watches the cancel token.
std::vector<ImageCheck> validateImages(const ImportManifest& manifest, int min_side, int threads,
                                       ProgressObserver* observer, const CancelToken* cancel) {
    const size_t n = manifest.images.size();
    std::vector<ImageCheck> checks(n);
    std::atomic<size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::mutex failure_mutex;
    std::exception_ptr failure;  // the first exception of any worker (or of the observer), rethrown here
    const auto fail = [&](std::exception_ptr e) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::move(e);
        stop = true;
    };
    const std::filesystem::path root(manifest.images_root);
    // An exception must not leave a worker (std::terminate): it is handed to the calling thread.
    auto worker = [&] {
        try {
            for (size_t i = next++; i < n && !stop; i = next++) {
                checks[i] = checkImageFile((root / manifest.images[i].relative_path).string(), min_side);
                ++done;
            }
        } catch (...) {
            fail(std::current_exception());
        }
    };
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
    try {
        while (done < n && !stop) {
            if (cancel && cancel->isCancelled()) stop = true;
            if (observer) observer->onProgress("validating images", static_cast<long long>(done), static_cast<long long>(n));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    } catch (...) {
        fail(std::current_exception());
    }
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    if (stop) throw Cancelled();
    if (observer) observer->onProgress("validating images", static_cast<long long>(n), static_cast<long long>(n));
    return checks;
}

std::string optionsJson(const DatasetImportRequest& r) {
    nlohmann::json j = {{"min_side", r.min_side},
                        {"split_ratios", {r.ratios.train, r.ratios.val, r.ratios.test}},
                        {"seed", r.seed},
                        {"images_dir", r.images_dir}};
    if (r.options.csv_separator) j["csv_separator"] = std::string(1, r.options.csv_separator);
    if (!r.options.image_column.empty()) j["image_column"] = r.options.image_column;
    if (!r.options.caption_column.empty()) j["caption_column"] = r.options.caption_column;
    return j.dump();
}

}  // namespace

bool keepsDuplicatesByDefault(const std::string& format) {
    return format == "flickr8k" || format == "flickr30k" || format == "coco" || format == "karpathy" ||
           format == "clip-benchmark";
}

DatasetImportSummary importDataset(ProjectStore& store, const DatasetImportRequest& request, ProgressObserver* observer,
                                   const CancelToken* cancel) {
    if (request.name.empty()) throw Error("a dataset needs a name (--name)");
    request.ratios.validate();
    if (!request.replace && store.findDataset(request.name))
        throw Error("the project already has a dataset named '" + request.name + "' (choose another name or replace it)");
    if (request.replace && !request.delete_runs && store.findDataset(request.name)) {
        const std::vector<RunInfo> runs = store.runsOfDataset(request.name);
        if (!runs.empty()) {
            std::string names;
            for (const auto& run : runs)
                names += (names.empty() ? "" : ", ") + std::to_string(run.id) + " (" + run.name + ")";
            throw Error("dataset '" + request.name + "' is used by training run" + (runs.size() > 1 ? "s " : " ") + names +
                        "; replacing it would delete " + (runs.size() > 1 ? "them" : "it") +
                        " with all metrics and evaluations. Import under another name, or confirm with "
                        "--delete-runs to replace it anyway (the run folders on disk stay)");
        }
    }

    ImportManifest manifest =
        readAnnotations(request.format, request.source, request.images_dir, request.options, observer, cancel);
    const std::vector<ImageCheck> checks = validateImages(manifest, request.min_side, request.threads, observer, cancel);

    DatasetImportSummary summary;
    summary.dataset = request.name;
    summary.format = manifest.format;
    summary.own_splits = manifest.has_splits;
    summary.problems = manifest.problems;

    DatasetWriter writer(store, NewDataset{request.name, manifest.format, request.source, manifest.images_root,
                                           optionsJson(request)},
                         request.replace ? ExistingDataset::Replace : ExistingDataset::Refuse);
    const bool keep_duplicates = request.keep_duplicates.value_or(keepsDuplicatesByDefault(manifest.format));
    std::unordered_map<std::string, const std::string*> first_with_hash;  // content hash -> path
    for (size_t i = 0; i < manifest.images.size(); ++i) {
        if (observer && i % 256 == 0)
            observer->onProgress("storing", static_cast<long long>(i), static_cast<long long>(manifest.images.size()));
        if (cancel && cancel->isCancelled()) throw Cancelled();  // the writer rolls back
        ImportedImage& image = manifest.images[i];
        const ImageCheck& check = checks[i];
        std::optional<ImportProblem> problem;
        if (!check.ok) {
            problem = ImportProblem{image.relative_path, *check.problem, check.reason};
        } else if (auto [it, inserted] = first_with_hash.emplace(check.content_hash, &image.relative_path); !inserted) {
            if (keep_duplicates) {
                summary.problems.push_back({image.relative_path, ImportProblemKind::IdenticalFile,
                                            "identical to " + *it->second + " (both kept, as the " + manifest.format +
                                                " annotations list both)"});
            } else {
                problem = ImportProblem{image.relative_path, ImportProblemKind::Duplicate,
                                        "the same file as " + *it->second + " (its captions are not imported twice)"};
            }
        }
        if (!manifest.has_splits) image.split = assignSplit(image.relative_path, request.seed, request.ratios);
        if (problem) {
            // Kept in the project for the report, never trained on.
            writer.addImage(image, check.content_hash, check.width, check.height, ImageStatus::Problem);
            summary.problems.push_back(*problem);
            continue;
        }
        writer.addImage(image, check.content_hash, check.width, check.height, ImageStatus::Ok);
        ++summary.images;
        summary.captions += static_cast<int64_t>(image.captions.size());
    }
    for (const auto& p : summary.problems) writer.addProblem(p);
    if (cancel && cancel->isCancelled()) throw Cancelled();  // the writer rolls back
    writer.commit();
    return summary;
}

}  // namespace clipft
