#include "core/store/dataset_writer.h"

#include "core/store/project_store.h"

#include <sqlite3.h>

namespace clipft {

DatasetWriter::DatasetWriter(ProjectStore& store, const NewDataset& dataset, ExistingDataset existing)
    : database_(store.database()),
      transaction_(database_),
      insertImage_(database_,
                   "INSERT INTO images (dataset_id, relative_path, content_hash, width, height, status, split) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
      insertCaption_(database_, "INSERT INTO captions (image_id, text, source_line) VALUES (?1, ?2, ?3)"),
      insertProblem_(database_,
                     "INSERT INTO import_problems (dataset_id, path, kind, reason) VALUES (?1, ?2, ?3, ?4)"),
      datasetName_(dataset.name) {
    const std::string& file = database_.path();
    if (dataset.name.empty()) throw Error(file + ": a dataset needs a name");
    if (!isJsonText(dataset.options_json))
        throw Error(file + ": the options of dataset '" + dataset.name + "' are not valid JSON");

    // Checked under the write lock the transaction already holds, so no other import can take the
    // name between this check and the insert.
    SqliteStatement find(database_, "SELECT id FROM datasets WHERE name = ?1");
    find.bind(1, dataset.name);
    if (find.step()) {
        if (existing == ExistingDataset::Refuse)
            throw Error(file + ": the project already has a dataset named '" + dataset.name +
                        "'; choose another name or replace it");
        SqliteStatement remove(database_, "DELETE FROM datasets WHERE id = ?1");
        remove.bind(1, find.columnInt64(0)).run();
    }

    SqliteStatement insert(database_,
                           "INSERT INTO datasets (name, format, source_path, images_root, created_ms, options_json) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, dataset.name)
        .bind(2, dataset.format)
        .bind(3, dataset.source_path)
        .bind(4, dataset.images_root)
        .bind(5, currentUnixMs())
        .bind(6, dataset.options_json)
        .run();
    datasetId_ = database_.lastInsertRowId();
}

DatasetWriter::~DatasetWriter() = default;  // transaction_ rolls back unless committed

int64_t DatasetWriter::addImage(const ImportedImage& image, const std::string& content_hash, int width,
                                int height, ImageStatus status) {
    const std::string& file = database_.path();
    if (image.relative_path.empty()) throw Error(file + ": an image of dataset '" + datasetName_ + "' has no path");
    const std::optional<DatasetSplit> split = parseDatasetSplit(image.split);
    if (!split)
        throw Error(file + ": image '" + image.relative_path + "' has split '" + image.split +
                    "'; a split is train, val, test or none");

    insertImage_.bind(1, datasetId_).bind(2, image.relative_path);
    if (content_hash.empty())
        insertImage_.bindNull(3);
    else
        insertImage_.bind(3, content_hash);
    if (width > 0 && height > 0)
        insertImage_.bind(4, width).bind(5, height);
    else
        insertImage_.bindNull(4).bindNull(5);
    insertImage_.bind(6, status == ImageStatus::Ok ? "ok" : "problem");
    if (*split == DatasetSplit::None)
        insertImage_.bindNull(7);
    else
        insertImage_.bind(7, datasetSplitName(*split));
    // The image row goes first, so when it is refused nothing of this image was written and the
    // import can go on with the next one.
    try {
        insertImage_.run();
    } catch (const SqliteError& error) {
        if (error.code() == SQLITE_CONSTRAINT_UNIQUE)
            throw Error(file + ": image '" + image.relative_path + "' is listed twice in dataset '" +
                        datasetName_ + "'");
        throw;
    }
    const int64_t imageId = database_.lastInsertRowId();

    for (const ImportedCaption& caption : image.captions) {
        insertCaption_.bind(1, imageId).bind(2, caption.text).bind(3, caption.source_line).run();
    }
    ++images_;
    captions_ += static_cast<int64_t>(image.captions.size());
    return imageId;
}

void DatasetWriter::addProblem(const ImportProblem& problem) {
    insertProblem_.bind(1, datasetId_)
        .bind(2, problem.path)
        .bind(3, importProblemKindName(problem.kind))
        .bind(4, problem.reason)
        .run();
}

void DatasetWriter::commit() { transaction_.commit(); }

}  // namespace clipft
