#include "core/store/dataset_store.h"

#include "core/common/error.h"
#include "core/store/sqlite_database.h"

#include <utility>

namespace clipft {

namespace {

// A row of kDatasetColumns, whose columns are DatasetInfo's fields in order.
DatasetInfo readDataset(const SqliteStatement& row) {
    return {row.columnInt64(0), row.columnText(1), row.columnText(2), row.columnText(3),
            row.columnText(4),  row.columnInt64(5), row.columnText(6)};
}

const char* const kDatasetColumns =
    "SELECT id, name, format, source_path, images_root, created_ms, options_json FROM datasets ";

}  // namespace

int64_t datasetIdByName(SqliteDatabase& database, const std::string& name) {
    SqliteStatement find(database, "SELECT id FROM datasets WHERE name = ?1");
    find.bind(1, name);
    if (!find.step()) throw Error(database.path() + ": the project has no dataset named '" + name + "'");
    return find.columnInt64(0);
}

std::vector<DatasetInfo> DatasetStore::datasets() {
    SqliteStatement select(*database_, std::string(kDatasetColumns) + "ORDER BY name");
    std::vector<DatasetInfo> result;
    while (select.step()) result.push_back(readDataset(select));
    return result;
}

std::optional<DatasetInfo> DatasetStore::findDataset(const std::string& name) {
    SqliteStatement select(*database_, std::string(kDatasetColumns) + "WHERE name = ?1");
    select.bind(1, name);
    if (!select.step()) return std::nullopt;
    return readDataset(select);
}

bool DatasetStore::deleteDataset(const std::string& name) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM datasets WHERE name = ?1");
    remove.bind(1, name).run();
    const bool removed = database_->changes() > 0;
    transaction.commit();
    return removed;
}

DatasetStats DatasetStore::datasetStats(const std::string& name) {
    // One read transaction: the counts describe one state even while another connection writes.
    SqliteTransaction snapshot(*database_, SqliteTransaction::Kind::Deferred);
    const int64_t id = datasetIdByName(*database_, name);
    DatasetStats stats;

    SqliteStatement perSplit(*database_,
                             "SELECT i.split, count(DISTINCT i.id), count(c.id) FROM images i "
                             "LEFT JOIN captions c ON c.image_id = i.id "
                             "WHERE i.dataset_id = ?1 AND i.status = 'ok' GROUP BY i.split");
    perSplit.bind(1, id);
    while (perSplit.step()) {
        const SplitCounts counts{perSplit.columnInt64(1), perSplit.columnInt64(2)};
        const std::string split = perSplit.isNull(0) ? std::string() : perSplit.columnText(0);
        if (split == "train")
            stats.train = counts;
        else if (split == "val")
            stats.val = counts;
        else if (split == "test")
            stats.test = counts;
        else
            stats.unsplit = counts;
        stats.images += counts.images;
        stats.captions += counts.captions;
    }

    SqliteStatement problemImages(*database_,
                                  "SELECT count(*) FROM images WHERE dataset_id = ?1 AND status = 'problem'");
    problemImages.bind(1, id);
    problemImages.step();
    stats.problem_images = problemImages.columnInt64(0);

    SqliteStatement problems(*database_, "SELECT count(*) FROM import_problems WHERE dataset_id = ?1");
    problems.bind(1, id);
    problems.step();
    stats.problems = problems.columnInt64(0);
    return stats;  // the snapshot ends without writing anything
}

std::vector<ImportProblem> DatasetStore::datasetProblems(const std::string& name) {
    const int64_t id = datasetIdByName(*database_, name);
    SqliteStatement select(*database_,
                           "SELECT path, kind, reason FROM import_problems WHERE dataset_id = ?1 ORDER BY id");
    select.bind(1, id);
    std::vector<ImportProblem> problems;
    while (select.step()) {
        const std::string kindName = select.columnText(1);
        const std::optional<ImportProblemKind> kind = parseImportProblemKind(kindName);
        if (!kind)
            throw Error(database_->path() + ": dataset '" + name + "' reports a problem of kind '" + kindName +
                        "', which this version of clipft does not know");
        problems.push_back(ImportProblem{select.columnText(0), *kind, select.columnText(2)});
    }
    return problems;
}

std::vector<StoredImage> DatasetStore::datasetImages(const std::string& name, std::optional<DatasetSplit> split) {
    SqliteTransaction snapshot(*database_, SqliteTransaction::Kind::Deferred);
    const int64_t id = datasetIdByName(*database_, name);
    std::string sql =
        "SELECT i.id, i.relative_path, i.content_hash, i.width, i.height, i.split, c.id, c.text, c.source_line "
        "FROM images i LEFT JOIN captions c ON c.image_id = i.id "
        "WHERE i.dataset_id = ?1 AND i.status = 'ok' ";
    if (split) sql += *split == DatasetSplit::None ? "AND i.split IS NULL " : "AND i.split = ?2 ";
    sql += "ORDER BY i.id, c.id";
    SqliteStatement select(*database_, sql);
    select.bind(1, id);
    if (split && *split != DatasetSplit::None) select.bind(2, datasetSplitName(*split));

    std::vector<StoredImage> images;
    while (select.step()) {
        const int64_t imageId = select.columnInt64(0);
        if (images.empty() || images.back().id != imageId) {
            StoredImage image;
            image.id = imageId;
            image.relative_path = select.columnText(1);
            image.content_hash = select.columnText(2);
            image.width = static_cast<int>(select.columnInt64(3));
            image.height = static_cast<int>(select.columnInt64(4));
            image.split = parseDatasetSplit(select.columnText(5)).value_or(DatasetSplit::None);
            images.push_back(std::move(image));
        }
        if (!select.isNull(6))
            images.back().captions.push_back(
                StoredCaption{select.columnInt64(6), select.columnText(7), select.columnInt64(8)});
    }
    return images;
}

void DatasetStore::setSplits(const std::string& name, const std::vector<SplitAssignment>& assignments) {
    SqliteTransaction transaction(*database_);
    const int64_t id = datasetIdByName(*database_, name);
    SqliteStatement update(*database_, "UPDATE images SET split = ?1 WHERE id = ?2 AND dataset_id = ?3");
    for (const SplitAssignment& assignment : assignments) {
        if (assignment.split == DatasetSplit::None)
            update.bindNull(1);
        else
            update.bind(1, datasetSplitName(assignment.split));
        update.bind(2, assignment.image_id).bind(3, id).run();
        if (database_->changes() == 0)
            throw Error(database_->path() + ": dataset '" + name + "' has no image with id " +
                        std::to_string(assignment.image_id) + "; no split was changed");
    }
    transaction.commit();
}

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

void DatasetStore::setCaptionText(const std::string& name, int64_t caption_id, const std::string& text) {
    const std::string clean = trimmed(text);
    if (clean.empty()) throw Error("a caption cannot be empty; remove it instead");
    SqliteTransaction transaction(*database_);
    const int64_t id = datasetIdByName(*database_, name);
    SqliteStatement update(*database_,
                           "UPDATE captions SET text = ?1 WHERE id = ?2 AND image_id IN "
                           "(SELECT id FROM images WHERE dataset_id = ?3)");
    update.bind(1, clean).bind(2, caption_id).bind(3, id).run();
    if (database_->changes() == 0)
        throw Error(database_->path() + ": dataset '" + name + "' has no caption with id " + std::to_string(caption_id));
    transaction.commit();
}

void DatasetStore::removeCaption(const std::string& name, int64_t caption_id) {
    SqliteTransaction transaction(*database_);
    const int64_t id = datasetIdByName(*database_, name);
    SqliteStatement find(*database_,
                         "SELECT c.image_id, (SELECT COUNT(*) FROM captions o WHERE o.image_id = c.image_id) "
                         "FROM captions c JOIN images i ON i.id = c.image_id WHERE c.id = ?1 AND i.dataset_id = ?2");
    find.bind(1, caption_id).bind(2, id);
    if (!find.step())
        throw Error(database_->path() + ": dataset '" + name + "' has no caption with id " + std::to_string(caption_id));
    if (find.columnInt64(1) <= 1)
        throw Error("this is the image's only caption; remove the image instead, or edit the caption");
    SqliteStatement remove(*database_, "DELETE FROM captions WHERE id = ?1");
    remove.bind(1, caption_id).run();
    transaction.commit();
}

void DatasetStore::removeImage(const std::string& name, int64_t image_id) {
    SqliteTransaction transaction(*database_);
    const int64_t id = datasetIdByName(*database_, name);
    SqliteStatement remove(*database_, "DELETE FROM images WHERE id = ?1 AND dataset_id = ?2");
    remove.bind(1, image_id).bind(2, id).run();  // captions go with it (ON DELETE CASCADE)
    if (database_->changes() == 0)
        throw Error(database_->path() + ": dataset '" + name + "' has no image with id " + std::to_string(image_id));
    transaction.commit();
}

void DatasetStore::renameDataset(const std::string& name, const std::string& new_name) {
    const std::string clean = trimmed(new_name);
    if (clean.empty()) throw Error("a dataset needs a name");
    SqliteTransaction transaction(*database_);
    const int64_t id = datasetIdByName(*database_, name);
    if (clean == name) return;
    if (findDataset(clean)) throw Error("the project already has a dataset named '" + clean + "'");
    SqliteStatement update(*database_, "UPDATE datasets SET name = ?1 WHERE id = ?2");
    update.bind(1, clean).bind(2, id).run();
    transaction.commit();
}

}  // namespace clipft
