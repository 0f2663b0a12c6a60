// Stores one imported dataset in a project file, all or nothing: everything added between the
// constructor and commit() is one transaction, so an import that throws, is cancelled (the
// writer is destroyed without commit) or whose process is killed leaves the project as it was.
// Statements are prepared once and reused: 8,000 images with 40,000 captions take well under
// a second. The writer holds the project's write lock until it commits or is destroyed; other
// writers wait up to the busy timeout (10 s), so validate the images first and write after.
#pragma once
#include "core/dataset/import_manifest.h"
#include "core/store/project_records.h"
#include "core/store/sqlite_database.h"

#include <cstdint>
#include <string>

namespace clipft {

class ProjectStore;

enum class ExistingDataset {
    Refuse,   // a dataset of the same name is an error
    Replace,  // the old dataset (and its runs, as deleteDataset) goes when the new one commits
};

class DatasetWriter {
public:
    // Begins the transaction (waiting up to the busy timeout for another writer) and adds the
    // dataset row. Throws clipft::Error when the name is empty or taken (with Refuse), or the
    // options are not JSON. The store must outlive the writer and is not used meanwhile.
    DatasetWriter(ProjectStore& store, const NewDataset& dataset,
                  ExistingDataset existing = ExistingDataset::Refuse);
    ~DatasetWriter();  // rolls back unless committed
    DatasetWriter(const DatasetWriter&) = delete;
    DatasetWriter& operator=(const DatasetWriter&) = delete;

    // Adds an image with its captions and split (ImportedImage::split must be "", "train",
    // "val" or "test"). `content_hash` may be empty (unreadable file), `width`/`height` 0 when
    // unknown. Throws clipft::Error when the path is empty, already added or the split unknown;
    // then nothing of the image was written and the import may go on. Returns the image id.
    int64_t addImage(const ImportedImage& image, const std::string& content_hash, int width, int height,
                     ImageStatus status = ImageStatus::Ok);
    void addProblem(const ImportProblem& problem);
    void commit();

    int64_t datasetId() const { return datasetId_; }
    int64_t imageCount() const { return images_; }
    int64_t captionCount() const { return captions_; }

private:
    SqliteDatabase& database_;
    SqliteTransaction transaction_;
    SqliteStatement insertImage_;
    SqliteStatement insertCaption_;
    SqliteStatement insertProblem_;
    std::string datasetName_;
    int64_t datasetId_ = 0;
    int64_t images_ = 0;
    int64_t captions_ = 0;
};

}  // namespace clipft
