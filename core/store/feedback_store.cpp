#include "core/store/feedback_store.h"

#include "core/common/error.h"
#include "core/store/dataset_store.h"
#include "core/store/sqlite_database.h"

namespace clipft {

SearchFeedback FeedbackStore::addSearchFeedback(int64_t image_id, const std::string& text, bool is_match) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) throw Error("a search query to remember cannot be empty");
    const std::string clean = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    SqliteTransaction transaction(*database_);
    SqliteStatement image(*database_, "SELECT 1 FROM images WHERE id = ?1");
    image.bind(1, image_id);
    if (!image.step()) throw Error(database_->path() + ": the project has no image with id " + std::to_string(image_id));
    SearchFeedback feedback{0, image_id, clean, is_match, currentUnixMs()};
    // A second mark of the same query on the same image replaces the first (match <-> not a match).
    SqliteStatement upsert(*database_,
                           "INSERT INTO search_feedback (image_id, text, is_match, created_ms) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (image_id, text) DO UPDATE SET is_match = excluded.is_match, "
                           "created_ms = excluded.created_ms");
    upsert.bind(1, image_id).bind(2, clean).bind(3, is_match ? 1 : 0).bind(4, feedback.created_ms).run();
    SqliteStatement id(*database_, "SELECT id FROM search_feedback WHERE image_id = ?1 AND text = ?2");
    id.bind(1, image_id).bind(2, clean);
    if (id.step()) feedback.id = id.columnInt64(0);
    transaction.commit();
    return feedback;
}

std::vector<SearchFeedback> FeedbackStore::searchFeedback(const std::string& dataset, std::optional<DatasetSplit> split) {
    const int64_t id = datasetIdByName(*database_, dataset);
    SqliteStatement select(*database_,
                           "SELECT f.id, f.image_id, f.text, f.is_match, f.created_ms FROM search_feedback f "
                           "JOIN images i ON i.id = f.image_id WHERE i.dataset_id = ?1 AND (?2 IS NULL OR i.split = ?2) "
                           "ORDER BY f.id");
    select.bind(1, id);
    if (split)
        select.bind(2, datasetSplitName(*split));
    else
        select.bindNull(2);
    std::vector<SearchFeedback> result;
    while (select.step())
        result.push_back({select.columnInt64(0), select.columnInt64(1), select.columnText(2), select.columnInt64(3) != 0,
                          select.columnInt64(4)});
    return result;
}

bool FeedbackStore::removeSearchFeedback(int64_t feedback_id) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM search_feedback WHERE id = ?1");
    remove.bind(1, feedback_id).run();
    const bool removed = database_->changes() > 0;
    transaction.commit();
    return removed;
}

}  // namespace clipft
