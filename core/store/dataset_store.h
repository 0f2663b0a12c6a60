// The datasets of a project: their images, captions, splits and import reports. Written by
// DatasetWriter (one import, one transaction); read and edited here. Part of ProjectStore.
#pragma once
#include "core/store/project_records.h"

#include <optional>
#include <string>
#include <vector>

namespace clipft {

class SqliteDatabase;

// The id of dataset `name`; throws clipft::Error naming the project file when there is none.
int64_t datasetIdByName(SqliteDatabase& database, const std::string& name);

class DatasetStore {
public:
    std::vector<DatasetInfo> datasets();  // by name
    std::optional<DatasetInfo> findDataset(const std::string& name);
    // Deletes the dataset with its images, captions, report, runs and their metrics, checkpoint
    // records and evaluations (not the checkpoint files). False when there is no such dataset.
    bool deleteDataset(const std::string& name);

    // The functions below throw clipft::Error when the project has no dataset `name`.
    DatasetStats datasetStats(const std::string& name);
    std::vector<ImportProblem> datasetProblems(const std::string& name);  // in the order reported
    // Images with status Ok and their captions, in the order they were added; all splits when
    // `split` is nullopt, DatasetSplit::None for the images in no split.
    std::vector<StoredImage> datasetImages(const std::string& name,
                                           std::optional<DatasetSplit> split = std::nullopt);
    // Moves images between splits, all or none: an id that is not an image of `name` throws.
    void setSplits(const std::string& name, const std::vector<SplitAssignment>& assignments);

    // Edits, each in one transaction. Splits are per image, so none of them moves an image between
    // splits; the embedding cache is keyed by image content and caption text is never cached, so it
    // stays valid. A run trained before an edit refuses to resume (its data fingerprint changed).
    // The caption's text becomes `text`, trimmed; an empty text throws (remove the caption instead).
    void setCaptionText(const std::string& name, int64_t caption_id, const std::string& text);
    // Removes one caption; an image's last caption throws (an image without captions has nothing
    // to be retrieved by: remove the image instead).
    void removeCaption(const std::string& name, int64_t caption_id);
    // Removes an image with its captions (the file itself stays).
    void removeImage(const std::string& name, int64_t image_id);
    // Renames a dataset; throws when `new_name` is empty or taken.
    void renameDataset(const std::string& name, const std::string& new_name);

protected:
    explicit DatasetStore(SqliteDatabase* database) : database_(database) {}

private:
    SqliteDatabase* database_;  // owned by the ProjectStore
};

}  // namespace clipft
