// clipft demo [--json] [--out DIR] [--device D] [--threads N] [--images N] [--epochs N]
#include "arguments.h"
#include "commands.h"
#include "training_console.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/jobs/finetune_demo.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace clipft::cli {
namespace {

nlohmann::json toJson(const Metrics& metrics) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [name, value] : metrics) j[name] = value;
    return j;
}

std::string newWorkDir() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = (fs::path(tmp && *tmp ? tmp : "/tmp") / "clipft-demo-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw Error("cannot create a working folder under " + fs::path(pattern).parent_path().string());
    return pattern;
}

double relative(const Metrics& before, const Metrics& after, const std::string& key) {
    const double b = before.at(key);
    return b > 0 ? (after.at(key) - b) / b : 0.0;
}

void printRow(const char* label, const Metrics& m) {
    std::printf("  %-20s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f\n", label, m.at("image_retrieval_recall@1"),
                m.at("image_retrieval_recall@5"), m.at("image_retrieval_recall@10"), m.at("text_retrieval_recall@1"),
                m.at("text_retrieval_recall@5"), m.at("text_retrieval_recall@10"));
}

}  // namespace

int runDemo(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"out", "device", "threads", "images", "epochs", "model"}, {"json"});
    initRuntime(args.threads());
    FinetuneDemoRequest request;
    request.work_dir = args.value("out").value_or("");
    if (request.work_dir.empty()) request.work_dir = newWorkDir();
    request.model_dir = args.value("model").value_or("");
    request.device = parseDevice(args.value("device").value_or("auto"));
    request.specialised_images = args.int64Value("images", request.specialised_images);
    request.training.epochs = args.int64Value("epochs", request.training.epochs, 1);
    request.training.validate();
    const bool json = args.has("json");

    if (!json)
        std::printf("clipft demo: fine-tune the built-in demo CLIP on %lld synthetic images of a new domain\n"
                    "working folder: %s\n\n",
                    static_cast<long long>(request.specialised_images), request.work_dir.c_str());
    std::fflush(stdout);
    TrainingConsole console(request.training.log_every, json);
    CancelToken cancel;
    InterruptToCancel interrupts(cancel);
    const FinetuneDemoReport r = runFinetuneDemo(request, &console, &cancel);

    const std::string key = "image_retrieval_recall@5";
    if (json) {
        nlohmann::json j = {{"model", r.model},
                            {"dataset", r.dataset},
                            {"before", toJson(r.before)},
                            {"after", toJson(r.after)},
                            {"relative_improvement", relative(r.before, r.after, key)},
                            {"generic_before", toJson(r.generic_before)},
                            {"generic_after", toJson(r.generic_after)},
                            {"recommended_alpha", r.recommended_alpha},
                            {"seconds", r.seconds},
                            {"training_seconds", r.training_seconds},
                            {"project", r.project_path},
                            {"run", r.run_id},
                            {"fine_tuned_model", r.final_model_dir}};
        nlohmann::json sweep = nlohmann::json::array();
        for (const auto& point : r.wise_ft)
            sweep.push_back({{"alpha", point.alpha}, {"specialised", toJson(point.specialised)}, {"generic", toJson(point.generic)}});
        j["wise_ft"] = sweep;
        std::cout << j.dump() << "\n";
        return 0;
    }

    std::printf("\n%-14s %-42s %-13s %-7s %s\n", "model", "dataset", "R@5 before", "after", "relative");
    std::printf("%-14s %-42s %-13.3f %-7.3f %+.1f%%\n", r.model.c_str(), r.dataset.c_str(), r.before.at(key),
                r.after.at(key), 100.0 * relative(r.before, r.after, key));
    std::printf("\n  %-20s %6s %6s %6s   %6s %6s %6s\n", "", "img@1", "img@5", "img@10", "txt@1", "txt@5", "txt@10");
    printRow("specialised before", r.before);
    printRow("specialised after", r.after);
    printRow("generic before", r.generic_before);
    printRow("generic after", r.generic_after);
    std::printf("  (image = text-to-image recall, text = image-to-text recall; the generic set is held out and\n"
                "   shows what fine-tuning on the new domain made the model forget)\n");
    if (!r.wise_ft.empty()) {
        std::printf("\nWiSE-FT: weights (1 - alpha) * pre-trained + alpha * fine-tuned\n");
        std::printf("  %-6s %-22s %s\n", "alpha", "specialised image R@5", "generic image R@5");
        for (const auto& point : r.wise_ft)
            std::printf("  %-6.2f %-22.3f %.3f%s\n", point.alpha, point.specialised.at(key), point.generic.at(key),
                        point.alpha == r.recommended_alpha ? "   <- keeps most of both" : "");
    }
    std::printf("\nfinished in %s (fine-tuning %s); project %s, run %lld\n", formatDuration(r.seconds).c_str(),
                formatDuration(r.training_seconds).c_str(), r.project_path.c_str(), static_cast<long long>(r.run_id));
    std::printf("export the mix:  clipft export --project %s --run %lld --wise-ft %.2f --out tuned-model\n",
                r.project_path.c_str(), static_cast<long long>(r.run_id), r.recommended_alpha);
    return 0;
}

}  // namespace clipft::cli
