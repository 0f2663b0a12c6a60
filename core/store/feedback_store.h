// What the user marked on the Search page, by query: "This is a match" (the query becomes a
// caption of that image, in the image's split, trained on when a run includes search feedback)
// and "Not a match" (a negative, kept for later use). Part of ProjectStore.
#pragma once
#include "core/store/project_records.h"

#include <optional>
#include <string>
#include <vector>

namespace clipft {

class SqliteDatabase;

class FeedbackStore {
public:
    // Records (or changes) what `text` is to the image; the text is trimmed. Throws clipft::Error
    // for an empty text or an image the project does not have.
    SearchFeedback addSearchFeedback(int64_t image_id, const std::string& text, bool is_match);
    // The dataset's feedback, oldest first; only the images of `split` when given.
    std::vector<SearchFeedback> searchFeedback(const std::string& dataset,
                                               std::optional<DatasetSplit> split = std::nullopt);
    bool removeSearchFeedback(int64_t feedback_id);  // false when there was none

protected:
    explicit FeedbackStore(SqliteDatabase* database) : database_(database) {}

private:
    SqliteDatabase* database_;  // owned by the ProjectStore
};

}  // namespace clipft
