// The values a project file holds, as the store reads and writes them: datasets, images with
// their captions, splits, training runs, metrics, checkpoints and evaluations.
#pragma once
#include "core/dataset/import_manifest.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clipft {

enum class DatasetSplit { None, Train, Val, Test };  // None: the image is in no split

const char* datasetSplitName(DatasetSplit split);  // "train", "val", "test"; "" for None
// "train", "val", "test", or "" (None); nullopt for anything else (e.g. Karpathy's "restval").
std::optional<DatasetSplit> parseDatasetSplit(const std::string& name);

enum class ImageStatus { Ok, Problem };  // Problem: stored for the report, never trained on

// Interrupted is never stored: it is a Running run whose process died (see runLiveStatus()).
enum class RunStatus { Created, Running, Completed, Failed, Cancelled, Interrupted };

const char* runStatusName(RunStatus status);  // "created", "running", ...
std::optional<RunStatus> parseRunStatus(const std::string& name);

// The stored name of a problem kind back to the kind; nullopt for a name this program lacks.
std::optional<ImportProblemKind> parseImportProblemKind(const std::string& name);

// Unix time in milliseconds: how the project file stamps rows.
int64_t currentUnixMs();

// Whether `text` parses as JSON: what the *_json columns must hold.
bool isJsonText(const std::string& text);

struct NewDataset {
    std::string name;
    std::string format;       // ImportManifest::format
    std::string source_path;  // what the user pointed the import at
    std::string images_root;  // ImportManifest::images_root
    std::string options_json = "{}";
};

struct DatasetInfo {
    int64_t id = 0;
    std::string name;
    std::string format;
    std::string source_path;
    std::string images_root;
    int64_t created_ms = 0;
    std::string options_json;
};

struct SplitCounts {
    int64_t images = 0;
    int64_t captions = 0;
};

// Counts of images with status Ok (and their captions) unless said otherwise.
struct DatasetStats {
    int64_t images = 0;
    int64_t captions = 0;
    SplitCounts train, val, test, unsplit;
    int64_t problem_images = 0;  // images stored with status Problem
    int64_t problems = 0;        // rows of the import report
};

struct StoredCaption {
    int64_t id = 0;
    std::string text;
    int64_t source_line = 0;
};

struct StoredImage {
    int64_t id = 0;
    std::string relative_path;
    std::string content_hash;
    int width = 0;
    int height = 0;
    ImageStatus status = ImageStatus::Ok;
    DatasetSplit split = DatasetSplit::None;
    std::vector<StoredCaption> captions;  // in the order they were added
};

// What the user said of a search result on the Search page: the query is a caption of the image
// (a match, trained on with --include-feedback when the image is a training image), or not.
struct SearchFeedback {
    int64_t id = 0;
    int64_t image_id = 0;
    std::string text;
    bool is_match = true;
    int64_t created_ms = 0;
};

struct SplitAssignment {
    int64_t image_id = 0;
    DatasetSplit split = DatasetSplit::None;
};

// Rows of the embedding cache found for a list of content hashes.
struct EmbeddingLookup {
    int dim = 0;                // 0 when nothing was found
    std::vector<float> values;  // [hashes, dim], zeros where not found
    std::vector<bool> found;    // [hashes]
};

struct NewRun {
    std::string dataset;  // name
    std::string name;
    std::string base_model_path;
    std::string base_model_fingerprint;
    std::string output_dir;
    std::string hyperparameters_json = "{}";
};

struct RunInfo {
    int64_t id = 0;
    int64_t dataset_id = 0;
    std::string name;
    std::string base_model_path;
    std::string base_model_fingerprint;
    RunStatus status = RunStatus::Created;
    std::string status_message;
    int64_t created_ms = 0;
    int64_t updated_ms = 0;
    std::string output_dir;
    std::string hyperparameters_json;
};

struct RunMetric {
    int64_t step = 0;
    double epoch = 0;
    std::string name;  // "loss", "lr", "logit_scale", "samples_per_s", ...
    double value = 0;  // NaN survives the round trip
};

struct NewCheckpoint {
    int64_t run_id = 0;
    int64_t step = 0;
    std::string path;
    std::string model_fingerprint;  // "" when not computed
    std::optional<double> metric;
    bool is_best = false;  // marking one best unmarks the run's previous best
};

struct CheckpointInfo {
    int64_t id = 0;
    int64_t run_id = 0;
    int64_t step = 0;
    std::string path;
    std::string model_fingerprint;
    bool is_best = false;
    std::optional<double> metric;
    int64_t created_ms = 0;
};

struct NewEvaluation {
    std::optional<int64_t> run_id;  // nullopt: a model outside any run (the pre-trained one)
    std::optional<int64_t> step;
    std::string model_fingerprint;
    std::string dataset;  // name
    std::string split;    // "train", "val", "test" or "all"
    std::string metrics_json;
    std::optional<double> wise_ft_alpha;  // a run's WiSE-FT mix: (1 - α)·pre-trained + α·fine-tuned
};

struct EvaluationInfo {
    int64_t id = 0;
    std::optional<int64_t> run_id;
    std::optional<int64_t> step;
    std::string model_fingerprint;
    int64_t dataset_id = 0;
    std::string split;
    std::string metrics_json;
    int64_t created_ms = 0;
    std::optional<double> wise_ft_alpha;
};

}  // namespace clipft
