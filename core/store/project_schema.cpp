#include "core/store/project_schema.h"

#include "core/store/schema_migrations.h"
#include "core/store/sqlite_database.h"

#include <string>

namespace clipft {

namespace {

// Version 1: datasets as imported, and the tables that training, evaluation and search fill in
// later, designed together so those features need no second schema.
// Times are Unix milliseconds (UTC). JSON columns are checked by the program, not by SQLite,
// so the file stays readable by an SQLite built without the JSON functions.
const char* const kSchemaV1 = R"sql(
CREATE TABLE datasets (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE,
    format       TEXT    NOT NULL,          -- ImportManifest::format: "folder", "coco", ...
    source_path  TEXT    NOT NULL,          -- the folder or annotation file the user imported
    images_root  TEXT    NOT NULL,          -- absolute folder image paths are relative to
    created_ms   INTEGER NOT NULL,
    options_json TEXT    NOT NULL DEFAULT '{}'  -- import options (split ratios, seed, min size, ...)
);

CREATE TABLE images (
    id            INTEGER PRIMARY KEY,
    dataset_id    INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    relative_path TEXT    NOT NULL,         -- '/' separators, relative to datasets.images_root
    content_hash  TEXT,                     -- as the import job computes it; NULL when unreadable
    width         INTEGER,
    height        INTEGER,
    status        TEXT    NOT NULL CHECK (status IN ('ok', 'problem')),
    -- The split is per image, so all captions of an image are in the same split.
    split         TEXT    CHECK (split IN ('train', 'val', 'test')),  -- NULL: in no split
    UNIQUE (dataset_id, relative_path)
);
CREATE INDEX images_by_split ON images(dataset_id, split);
-- Search maps cached embeddings (keyed by hash) back to images.
CREATE INDEX images_by_hash ON images(content_hash);

CREATE TABLE captions (
    id          INTEGER PRIMARY KEY,
    image_id    INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    text        TEXT    NOT NULL,
    source_line INTEGER NOT NULL DEFAULT 0  -- 1-based line or record in the annotation file; 0: none
);
CREATE INDEX captions_by_image ON captions(image_id);

CREATE TABLE import_problems (
    id         INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    path       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,            -- importProblemKindName(): "missing_file", ...
    reason     TEXT    NOT NULL
);
CREATE INDEX import_problems_by_dataset ON import_problems(dataset_id);

CREATE TABLE runs (
    id                     INTEGER PRIMARY KEY,
    dataset_id             INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    name                   TEXT    NOT NULL DEFAULT '',
    base_model_path        TEXT    NOT NULL,
    base_model_fingerprint TEXT    NOT NULL,
    status                 TEXT    NOT NULL,  -- runStatusName(): "created", "running", ...
    status_message         TEXT    NOT NULL DEFAULT '',  -- why it failed, for the user
    created_ms             INTEGER NOT NULL,
    updated_ms             INTEGER NOT NULL,
    output_dir             TEXT    NOT NULL,
    hyperparameters_json   TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX runs_by_dataset ON runs(dataset_id);

-- One row per (metric, step): the key is the order charts read them in, and a run resumed from
-- a checkpoint overwrites the steps it repeats.
CREATE TABLE run_metrics (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT    NOT NULL,                -- "loss", "lr", "logit_scale", "samples_per_s", ...
    step   INTEGER NOT NULL,
    epoch  REAL    NOT NULL,                -- fractional: 1.5 is half-way through the second epoch
    value  REAL,                            -- NULL stands for NaN (a diverged loss), which SQLite cannot hold
    PRIMARY KEY (run_id, name, step)
) WITHOUT ROWID;

CREATE TABLE evaluations (
    id                INTEGER PRIMARY KEY,
    run_id            INTEGER REFERENCES runs(id) ON DELETE CASCADE,  -- NULL: a model outside any run
    step              INTEGER,              -- the run's step whose weights were evaluated
    model_fingerprint TEXT    NOT NULL,
    dataset_id        INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    split             TEXT    NOT NULL CHECK (split IN ('train', 'val', 'test', 'all')),
    metrics_json      TEXT    NOT NULL,     -- {"image_retrieval_recall@5": ..., ...}
    created_ms        INTEGER NOT NULL
);
CREATE INDEX evaluations_by_run ON evaluations(run_id, step);
CREATE INDEX evaluations_by_dataset ON evaluations(dataset_id, split, model_fingerprint);

CREATE TABLE checkpoints (
    id                INTEGER PRIMARY KEY,
    run_id            INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    step              INTEGER NOT NULL,
    path              TEXT    NOT NULL,
    model_fingerprint TEXT,                 -- NULL until computed; keys the embedding cache
    is_best           INTEGER NOT NULL DEFAULT 0 CHECK (is_best IN (0, 1)),
    metric            REAL,                 -- what ranks checkpoints (e.g. val recall@5); NULL: not evaluated
    created_ms        INTEGER NOT NULL,
    UNIQUE (run_id, step)
);
CREATE UNIQUE INDEX checkpoints_one_best ON checkpoints(run_id) WHERE is_best = 1;

-- Image embeddings by (model, image content): shared by every dataset holding the same image,
-- and kept when a dataset is deleted, since a re-import would need them again. The fingerprint
-- must cover the weights and the image preprocessing.
CREATE TABLE embedding_cache (
    model_fingerprint TEXT    NOT NULL,
    content_hash      TEXT    NOT NULL,
    dim               INTEGER NOT NULL CHECK (dim > 0),
    embedding         BLOB    NOT NULL CHECK (length(embedding) = 4 * dim),  -- float32, little-endian
    PRIMARY KEY (model_fingerprint, content_hash)
);
)sql";

std::vector<MigrationStep> projectSteps() {
    std::vector<MigrationStep> steps;
    steps.push_back({1, "create the project tables", [](SqliteDatabase& database) {
                         database.execute(kSchemaV1);
                         database.execute("PRAGMA application_id = " + std::to_string(kProjectApplicationId));
                     }});
    steps.push_back({2, "record the WiSE-FT mix an evaluation measured", [](SqliteDatabase& database) {
                         database.execute("ALTER TABLE evaluations ADD COLUMN wise_ft_alpha REAL");
                     }});
    steps.push_back({3, "keep what the user marked on the Search page", [](SqliteDatabase& database) {
                         // "This is a match" (a caption of that image, in the image's split) and
                         // "Not a match" (a negative), by the query text.
                         database.execute(R"sql(
CREATE TABLE search_feedback (
    id         INTEGER PRIMARY KEY,
    image_id   INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    text       TEXT    NOT NULL,
    is_match   INTEGER NOT NULL CHECK (is_match IN (0, 1)),
    created_ms INTEGER NOT NULL,
    UNIQUE (image_id, text)
);
CREATE INDEX search_feedback_by_image ON search_feedback(image_id);
)sql");
                     }});
    // Later versions append steps here; a released step is never edited.
    return steps;
}

}  // namespace

const SchemaMigrations& projectSchemaMigrations() {
    static const SchemaMigrations migrations(projectSteps());
    return migrations;
}

}  // namespace clipft
