#include "core/store/project_records.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstring>

namespace clipft {

const char* datasetSplitName(DatasetSplit split) {
    switch (split) {
        case DatasetSplit::None: return "";
        case DatasetSplit::Train: return "train";
        case DatasetSplit::Val: return "val";
        case DatasetSplit::Test: return "test";
    }
    return "";
}

std::optional<DatasetSplit> parseDatasetSplit(const std::string& name) {
    for (DatasetSplit split : {DatasetSplit::None, DatasetSplit::Train, DatasetSplit::Val, DatasetSplit::Test})
        if (name == datasetSplitName(split)) return split;
    return std::nullopt;
}

const char* runStatusName(RunStatus status) {
    switch (status) {
        case RunStatus::Created: return "created";
        case RunStatus::Running: return "running";
        case RunStatus::Completed: return "completed";
        case RunStatus::Failed: return "failed";
        case RunStatus::Cancelled: return "cancelled";
        case RunStatus::Interrupted: return "interrupted";
    }
    return "unknown";
}

std::optional<RunStatus> parseRunStatus(const std::string& name) {
    for (RunStatus status : {RunStatus::Created, RunStatus::Running, RunStatus::Completed, RunStatus::Failed,
                             RunStatus::Cancelled, RunStatus::Interrupted})
        if (name == runStatusName(status)) return status;
    return std::nullopt;
}

std::optional<ImportProblemKind> parseImportProblemKind(const std::string& name) {
    // Walks the enum until importProblemKindName stops knowing it, so kinds added to the manifest
    // later are found without touching this function.
    for (int value = 0;; ++value) {
        const auto kind = static_cast<ImportProblemKind>(value);
        const char* kindName = importProblemKindName(kind);
        if (std::strcmp(kindName, "unknown") == 0) return std::nullopt;
        if (name == kindName) return kind;
    }
}

int64_t currentUnixMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

bool isJsonText(const std::string& text) { return nlohmann::json::accept(text); }

}  // namespace clipft
