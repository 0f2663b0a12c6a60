// clipft import ..., clipft dataset list|stats|problems ...
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"

#include "core/common/error.h"
#include "core/jobs/dataset_import_job.h"
#include "core/store/project_store.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace clipft::cli {

namespace {

nlohmann::json problemsJson(const std::vector<ImportProblem>& problems) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : problems)
        list.push_back({{"path", p.path}, {"kind", importProblemKindName(p.kind)}, {"reason", p.reason}});
    return list;
}

void printProblems(const std::vector<ImportProblem>& problems) {
    for (const auto& p : problems)
        std::printf("%-22s %s: %s\n", importProblemKindName(p.kind), p.path.c_str(), p.reason.c_str());
}

SplitRatios parseRatios(const std::string& text) {
    SplitRatios r;
    if (std::sscanf(text.c_str(), "%lf,%lf,%lf", &r.train, &r.val, &r.test) != 3)
        throw Error("--split needs three numbers like 0.8,0.1,0.1, not '" + text + "'");
    r.validate();
    return r;
}

}  // namespace

int runImport(const std::vector<std::string>& raw) {
    const Arguments args(raw,
                         {"project", "name", "format", "images", "separator", "image-column", "caption-column",
                          "min-side", "split", "seed", "threads", "duplicates"},
                         {"json", "replace", "delete-runs"});
    if (args.positionals().size() != 1) throw Error("give exactly one SOURCE (a folder or an annotation file)");
    DatasetImportRequest request;
    request.name = args.required("name");
    request.format = args.value("format").value_or("auto");
    request.source = args.positionals().front();
    request.images_dir = args.value("images").value_or("");
    if (auto sep = args.value("separator")) {
        const std::string s = *sep == "tab" || *sep == "\\t" ? "\t" : *sep;
        if (s.size() != 1) throw Error("--separator must be one character (or 'tab')");
        request.options.csv_separator = s[0];
    }
    request.options.image_column = args.value("image-column").value_or("");
    request.options.caption_column = args.value("caption-column").value_or("");
    request.min_side = args.intValue("min-side", request.min_side, 1);
    if (auto split = args.value("split")) request.ratios = parseRatios(*split);
    request.seed = static_cast<uint64_t>(args.intValue("seed", 0));
    request.replace = args.has("replace");
    request.delete_runs = args.has("delete-runs");
    if (auto duplicates = args.value("duplicates")) {
        if (*duplicates != "keep" && *duplicates != "drop")
            throw Error("--duplicates takes keep or drop, not '" + *duplicates + "'");
        request.keep_duplicates = *duplicates == "keep";
    }
    request.threads = args.threads();

    ProjectStore store = ProjectStore::open(args.required("project"));
    ConsoleProgress progress;
    const DatasetImportSummary s = importDataset(store, request, &progress);
    if (args.has("json")) {
        std::cout << nlohmann::json{{"dataset", s.dataset},
                                    {"format", s.format},
                                    {"images", s.images},
                                    {"captions", s.captions},
                                    {"problems", problemsJson(s.problems)}}
                         .dump()
                  << "\n";
        return 0;
    }
    std::printf("imported '%s' (%s): %lld images, %lld captions, %zu problems\n", s.dataset.c_str(), s.format.c_str(),
                static_cast<long long>(s.images), static_cast<long long>(s.captions), s.problems.size());
    printProblems(s.problems);
    return 0;
}

int runDataset(const std::vector<std::string>& raw) {
    if (raw.empty()) throw Error("dataset needs a subcommand: list, stats or problems");
    const std::string sub = raw.front();
    const Arguments args(std::vector<std::string>(raw.begin() + 1, raw.end()), {"project", "name"}, {"json"});
    ProjectStore store = ProjectStore::open(args.required("project"));
    if (sub == "list") {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& d : store.datasets()) {
            const DatasetStats st = store.datasetStats(d.name);
            list.push_back({{"name", d.name}, {"format", d.format}, {"images", st.images}, {"captions", st.captions}});
            if (!args.has("json"))
                std::printf("%-24s %-14s %8lld images %9lld captions\n", d.name.c_str(), d.format.c_str(),
                            static_cast<long long>(st.images), static_cast<long long>(st.captions));
        }
        if (args.has("json")) std::cout << list.dump() << "\n";
        return 0;
    }
    const std::string name = args.required("name");
    if (!store.findDataset(name)) throw Error("the project has no dataset named '" + name + "'");
    if (sub == "stats") {
        const DatasetStats st = store.datasetStats(name);
        const nlohmann::json j = {{"images", st.images},
                                  {"captions", st.captions},
                                  {"splits", {{"train", st.train.images}, {"val", st.val.images}, {"test", st.test.images}}},
                                  {"unsplit", st.unsplit.images},
                                  {"problems", st.problems}};
        if (args.has("json")) {
            std::cout << j.dump() << "\n";
        } else {
            std::printf("%s: %lld images, %lld captions; train %lld, val %lld, test %lld, in no split %lld; %lld problems\n",
                        name.c_str(), static_cast<long long>(st.images), static_cast<long long>(st.captions),
                        static_cast<long long>(st.train.images), static_cast<long long>(st.val.images),
                        static_cast<long long>(st.test.images), static_cast<long long>(st.unsplit.images),
                        static_cast<long long>(st.problems));
        }
        return 0;
    }
    if (sub == "problems") {
        const auto problems = store.datasetProblems(name);
        if (args.has("json"))
            std::cout << problemsJson(problems).dump() << "\n";
        else
            printProblems(problems);
        return 0;
    }
    throw Error("unknown dataset subcommand '" + sub + "' (list, stats, problems)");
}

}  // namespace clipft::cli
