// The project file store: schema versions and migrations, refusing files that are not projects,
// datasets written all-or-nothing (also when the writing process is SIGKILLed), the typed reads
// the importer, trainer, evaluator and search rely on, and cascading deletes.
#include "core/common/error.h"
#include "core/store/dataset_writer.h"
#include "core/store/project_schema.h"
#include "core/store/project_store.h"
#include "core/store/schema_migrations.h"
#include "core/store/sqlite_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <limits>
#include <memory>
#include <random>
#include <stdexcept>
#include <thread>

using namespace clipft;

namespace {

const char* const kChildArgument = "--killed-import-child";

QString q(const std::string& text) { return QString::fromStdString(text); }

// The message of the clipft::Error that `action` throws; empty when it throws nothing.
QString errorMessage(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return q(error.what());
    }
    return {};
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

ImportedImage image(const std::string& path, const std::string& split, std::vector<std::string> captions,
                    int64_t firstLine = 1) {
    ImportedImage result;
    result.relative_path = path;
    result.split = split;
    for (std::size_t i = 0; i < captions.size(); ++i)
        result.captions.push_back({captions[i], firstLine + static_cast<int64_t>(i)});
    return result;
}

NewDataset newDataset(const std::string& name) {
    NewDataset dataset;
    dataset.name = name;
    dataset.format = "folder";
    dataset.source_path = "/data/" + name;
    dataset.images_root = "/data/" + name + "/images";
    dataset.options_json = R"({"seed": 7, "ratios": [0.8, 0.1, 0.1]})";
    return dataset;
}

// A small dataset with every kind of row: images in each split and in none, one image stored as
// a problem, several captions per image, non-ASCII text and two report entries.
void writeSample(ProjectStore& store, const std::string& name) {
    DatasetWriter writer(store, newDataset(name));
    writer.addImage(image("a.jpg", "train", {"a red circle", "a circle that is red"}), "hash-a", 500, 375);
    writer.addImage(image("b.jpg", "val", {"ein Käfer 🐞 auf \"Blatt\""}, 3), "hash-b", 640, 480);
    writer.addImage(image("sub/c.jpg", "test", {"one", "two", "three"}, 4), "hash-c", 32, 32);
    writer.addImage(image("d.jpg", "", {"in no split"}, 0), "hash-d", 100, 200);
    writer.addImage(image("e.jpg", "train", {"too small to train on"}, 8), "hash-e", 4, 4, ImageStatus::Problem);
    writer.addProblem({"missing.jpg", ImportProblemKind::MissingFile, "line 9: missing.jpg is not on disk"});
    writer.addProblem({"captions.txt", ImportProblemKind::BadEncoding, "captions.txt is Latin-1, not UTF-8"});
    writer.commit();
}

int64_t count(ProjectStore& store, const std::string& table) {
    return store.database().queryInt64("SELECT count(*) FROM " + table);
}

std::vector<std::string> datasetNames(ProjectStore& store) {
    std::vector<std::string> names;
    for (const DatasetInfo& info : store.datasets()) names.push_back(info.name);
    return names;
}

// Migration steps that record when they run, for testing SchemaMigrations on its own.
std::vector<MigrationStep> loggingSteps(int versions, std::vector<int>& log) {
    std::vector<MigrationStep> steps;
    for (int version = 1; version <= versions; ++version) {
        steps.push_back({version, "step " + std::to_string(version), [version, &log](SqliteDatabase& db) {
                             db.execute("CREATE TABLE t" + std::to_string(version) + " (x)");
                             db.execute("INSERT INTO t" + std::to_string(version) + " VALUES (" +
                                        std::to_string(version) + ")");
                             log.push_back(version);
                         }});
    }
    return steps;
}

// Run in a child process by killedImportLeavesProjectIntact: opens the project, writes a large
// dataset inside one transaction, creates `readyFile`, then waits to be killed.
int killedImportChild(const std::string& project, const QString& readyFile) {
    try {
        ProjectStore store = ProjectStore::open(project);
        // A tiny page cache makes SQLite spill uncommitted pages into the WAL file, so the kill
        // leaves uncommitted frames behind for recovery to ignore, not just memory to lose.
        store.database().execute("PRAGMA cache_size = 16");
        DatasetWriter writer(store, newDataset("during"));
        for (int i = 0; i < 20000; ++i) {
            const std::string name = "killed/" + std::to_string(i) + ".jpg";
            writer.addImage(image(name, "train", {"caption one of " + name, "caption two of " + name}),
                            "hash-" + std::to_string(i), 500, 375);
        }
        QFile ready(readyFile);
        if (!ready.open(QIODevice::WriteOnly)) return 2;
        ready.close();
        // Never commits; gives up after two minutes in case the parent died without killing it.
        std::this_thread::sleep_for(std::chrono::minutes(2));
        return 3;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "child failed: %s\n", error.what());
        return 1;
    }
}

}  // namespace

class TestProjectStore : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_;

    QString path(const QString& name) const { return dir_->filePath(name); }
    std::string file(const QString& name) const { return path(name).toStdString(); }

private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
    }
    void cleanup() { dir_.reset(); }

    void createsAndReopens() {
        const std::string project = file("new.clipft");
        {
            ProjectStore store = ProjectStore::open(project);
            QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
            QVERIFY(ProjectStore::latestSchemaVersion() >= 1);
            QCOMPARE(store.database().queryInt64("PRAGMA application_id"), int64_t{kProjectApplicationId});
            QCOMPARE(q(store.database().queryText("PRAGMA journal_mode")), QStringLiteral("wal"));
            QCOMPARE(store.database().queryInt64("PRAGMA foreign_keys"), int64_t{1});
            QCOMPARE(store.database().queryInt64("PRAGMA synchronous"), int64_t{1});  // NORMAL
            QVERIFY(store.datasets().empty());
            writeSample(store, "first");
        }
        QVERIFY(QFileInfo::exists(path("new.clipft")));
        ProjectStore store = ProjectStore::open(project);
        QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
        QCOMPARE(store.datasets().size(), std::size_t{1});
        QCOMPARE(store.datasetStats("first").captions, int64_t{7});
        // Opening an up-to-date file is read-only as far as the schema goes.
        QCOMPARE(count(store, "sqlite_master WHERE name = 'datasets'"), int64_t{1});
    }

    void upgradesUnversionedFile_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("zero-byte file") << 0;
        QTest::newRow("SQLite file with no tables, version 0") << 1;
    }
    void upgradesUnversionedFile() {
        QFETCH(int, kind);
        const QString project = path("old.clipft");
        if (kind == 0) {
            QVERIFY(writeFile(project, {}));
        } else {
            SqliteDatabase db(project.toStdString());
            db.execute("CREATE TABLE scratch (x); DROP TABLE scratch;");
            QVERIFY(QFileInfo(project).size() > 0);
            QCOMPARE(SchemaMigrations::version(db), 0);
        }
        ProjectStore store = ProjectStore::open(project.toStdString());
        QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
        writeSample(store, "works");
        QCOMPARE(store.datasetStats("works").images, int64_t{4});
    }

    void migrationsApplyOnlyMissingStepsInOrder() {
        const std::string path = file("steps.db");
        std::vector<int> log;
        {
            SqliteDatabase db(path);
            QCOMPARE(SchemaMigrations(loggingSteps(1, log)).migrate(db), 0);
            QCOMPARE(SchemaMigrations::version(db), 1);
        }
        QCOMPARE(log, std::vector<int>({1}));
        SqliteDatabase db(path);
        const SchemaMigrations three(loggingSteps(3, log));
        QCOMPARE(three.latestVersion(), 3);
        QCOMPARE(three.migrate(db), 1);
        QCOMPARE(log, std::vector<int>({1, 2, 3}));
        QCOMPARE(SchemaMigrations::version(db), 3);
        QCOMPARE(db.queryInt64("SELECT x FROM t1"), int64_t{1});  // the old data survived
        QCOMPARE(db.queryInt64("SELECT x FROM t3"), int64_t{3});
        QCOMPARE(three.migrate(db), 3);  // nothing left to do
        QCOMPARE(log.size(), std::size_t{3});
    }

    void failedMigrationStepLeavesPreviousVersion() {
        const std::string path = file("failing.db");
        std::vector<int> log;
        SqliteDatabase db(path);
        SchemaMigrations(loggingSteps(1, log)).migrate(db);
        std::vector<MigrationStep> steps = loggingSteps(2, log);
        steps.push_back({3, "a step that breaks halfway", [](SqliteDatabase& database) {
                             database.execute("CREATE TABLE half_done (x)");
                             throw std::runtime_error("disk on fire");
                         }});
        const QString message = errorMessage([&] { SchemaMigrations(steps).migrate(db); });
        QVERIFY2(message.contains(q(path)), qPrintable(message));
        QVERIFY2(message.contains("disk on fire") && message.contains("format 3"), qPrintable(message));
        QCOMPARE(SchemaMigrations::version(db), 2);  // step 2 committed, step 3 rolled back
        QCOMPARE(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"), int64_t{0});
        QCOMPARE(db.queryInt64("SELECT x FROM t2"), int64_t{2});
        QVERIFY(!db.inTransaction());
    }

    void refusesNewerVersion() {
        const QString project = path("future.clipft");
        {
            ProjectStore store = ProjectStore::open(project.toStdString());
            writeSample(store, "kept");
            store.database().execute("PRAGMA user_version = " +
                                     std::to_string(ProjectStore::latestSchemaVersion() + 1));
        }
        const QByteArray bytes = readFile(project);
        const QString message = errorMessage([&] { ProjectStore::open(project.toStdString()); });
        QVERIFY2(message.contains(project), qPrintable(message));
        QVERIFY2(message.contains("newer version of clipft"), qPrintable(message));
        QCOMPARE(readFile(project), bytes);
        QVERIFY2(message.contains(QString::number(ProjectStore::latestSchemaVersion() + 1)), qPrintable(message));
        SqliteDatabase db(project.toStdString());
        QCOMPARE(SchemaMigrations::version(db), ProjectStore::latestSchemaVersion() + 1);
        QCOMPARE(db.queryInt64("SELECT count(*) FROM images"), int64_t{5});
    }

    void refusesFilesThatAreNotProjects_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes") << 0 << "not an SQLite database";
        QTest::newRow("text file") << 1 << "not an SQLite database";
        QTest::newRow("SQLite magic, then garbage") << 2 << "";
        QTest::newRow("another program's database") << 3 << "another program";
        QTest::newRow("SQLite file with a foreign application id") << 4 << "another program";
        QTest::newRow("a folder") << 5 << "";
    }
    void refusesFilesThatAreNotProjects() {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const QString target = path("input.clipft");
        switch (kind) {
            case 0: {
                std::mt19937 random(42);
                QByteArray bytes(4096, '\0');
                for (char& byte : bytes) byte = static_cast<char>(random());
                QVERIFY(writeFile(target, bytes));
                break;
            }
            case 1: QVERIFY(writeFile(target, "filepath,title\nimages/a.jpg,a red circle\n")); break;
            case 2: QVERIFY(writeFile(target, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a'))); break;
            case 3: {
                SqliteDatabase other(target.toStdString());
                other.execute("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');");
                break;
            }
            case 4: {
                SqliteDatabase other(target.toStdString());
                other.execute("PRAGMA application_id = 1234567");
                break;
            }
            case 5: QVERIFY(QDir().mkpath(target)); break;
        }
        const QByteArray before = kind == 5 ? QByteArray() : readFile(target);
        const QString message = errorMessage([&] { ProjectStore::open(target.toStdString()); });
        QVERIFY2(message.contains(target), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        // The file was not touched: not converted to WAL, no tables added.
        if (kind != 5) QCOMPARE(readFile(target), before);
        QVERIFY(!QFileInfo(target + "-wal").exists() || QFileInfo(target + "-wal").size() == 0);
    }

    void datasetRoundTrip() {
        const std::string project = file("roundtrip.clipft");
        const int64_t before = currentUnixMs();
        {
            ProjectStore store = ProjectStore::open(project);
            writeSample(store, "sample");
        }
        const int64_t after = currentUnixMs();
        ProjectStore store = ProjectStore::open(project);  // read back from the file, not from memory

        const std::vector<DatasetInfo> datasets = store.datasets();
        QCOMPARE(datasets.size(), std::size_t{1});
        const DatasetInfo& info = datasets[0];
        QCOMPARE(q(info.name), QStringLiteral("sample"));
        QCOMPARE(q(info.format), QStringLiteral("folder"));
        QCOMPARE(q(info.source_path), QStringLiteral("/data/sample"));
        QCOMPARE(q(info.images_root), QStringLiteral("/data/sample/images"));
        QCOMPARE(q(info.options_json), q(newDataset("x").options_json));
        QVERIFY(info.created_ms >= before && info.created_ms <= after);
        QVERIFY(store.findDataset("sample").has_value());
        QCOMPARE(store.findDataset("sample")->id, info.id);
        QVERIFY(!store.findDataset("Sample").has_value());

        // Problem images are kept for the report but not handed to training.
        const std::vector<StoredImage> images = store.datasetImages("sample");
        QCOMPARE(images.size(), std::size_t{4});
        QCOMPARE(q(images[0].relative_path), QStringLiteral("a.jpg"));
        QCOMPARE(q(images[0].content_hash), QStringLiteral("hash-a"));
        QCOMPARE(images[0].width, 500);
        QCOMPARE(images[0].height, 375);
        QCOMPARE(images[0].status, ImageStatus::Ok);
        QCOMPARE(images[0].split, DatasetSplit::Train);
        QCOMPARE(images[0].captions.size(), std::size_t{2});
        QCOMPARE(q(images[0].captions[1].text), QStringLiteral("a circle that is red"));
        QCOMPARE(images[0].captions[1].source_line, int64_t{2});
        QCOMPARE(q(images[1].captions[0].text), QString::fromUtf8("ein Käfer 🐞 auf \"Blatt\""));
        QCOMPARE(images[1].split, DatasetSplit::Val);
        QCOMPARE(q(images[2].relative_path), QStringLiteral("sub/c.jpg"));
        QCOMPARE(images[2].captions.size(), std::size_t{3});
        QCOMPARE(q(images[2].captions[2].text), QStringLiteral("three"));
        QCOMPARE(images[2].captions[2].source_line, int64_t{6});
        QCOMPARE(images[3].split, DatasetSplit::None);
        QCOMPARE(images[3].captions[0].source_line, int64_t{0});

        const std::vector<std::pair<DatasetSplit, QString>> splits = {{DatasetSplit::Train, "a.jpg"},
                                                                      {DatasetSplit::Val, "b.jpg"},
                                                                      {DatasetSplit::Test, "sub/c.jpg"},
                                                                      {DatasetSplit::None, "d.jpg"}};
        for (const auto& [split, only] : splits) {
            const std::vector<StoredImage> part = store.datasetImages("sample", split);
            QCOMPARE(part.size(), std::size_t{1});
            QCOMPARE(q(part[0].relative_path), only);
            QCOMPARE(part[0].split, split);
        }

        const std::vector<ImportProblem> problems = store.datasetProblems("sample");
        QCOMPARE(problems.size(), std::size_t{2});
        QCOMPARE(q(problems[0].path), QStringLiteral("missing.jpg"));
        QCOMPARE(problems[0].kind, ImportProblemKind::MissingFile);
        QCOMPARE(q(problems[0].reason), QStringLiteral("line 9: missing.jpg is not on disk"));
        QCOMPARE(problems[1].kind, ImportProblemKind::BadEncoding);
        QCOMPARE(q(store.database().queryText("SELECT kind FROM import_problems ORDER BY id")),
                 QStringLiteral("missing_file"));

        const QString missing = errorMessage([&] { store.datasetImages("nope"); });
        QVERIFY2(missing.contains("no dataset named 'nope'") && missing.contains(q(project)), qPrintable(missing));
    }

    void statsCountImagesCaptionsAndSplits() {
        ProjectStore store = ProjectStore::open(file("stats.clipft"));
        writeSample(store, "sample");
        const DatasetStats stats = store.datasetStats("sample");
        QCOMPARE(stats.images, int64_t{4});
        QCOMPARE(stats.captions, int64_t{7});
        QCOMPARE(stats.train.images, int64_t{1});
        QCOMPARE(stats.train.captions, int64_t{2});
        QCOMPARE(stats.val.images, int64_t{1});
        QCOMPARE(stats.val.captions, int64_t{1});
        QCOMPARE(stats.test.images, int64_t{1});
        QCOMPARE(stats.test.captions, int64_t{3});
        QCOMPARE(stats.unsplit.images, int64_t{1});
        QCOMPARE(stats.unsplit.captions, int64_t{1});
        QCOMPARE(stats.problem_images, int64_t{1});
        QCOMPARE(stats.problems, int64_t{2});

        // An image without captions counts as an image with none.
        {
            DatasetWriter writer(store, newDataset("bare"));
            writer.addImage(image("x.jpg", "test", {}), "hash-x", 10, 10);
            writer.commit();
        }
        const DatasetStats bare = store.datasetStats("bare");
        QCOMPARE(bare.images, int64_t{1});
        QCOMPARE(bare.captions, int64_t{0});
        QCOMPARE(bare.test.images, int64_t{1});
        QCOMPARE(store.datasetImages("bare")[0].captions.size(), std::size_t{0});
        QVERIFY(!errorMessage([&] { store.datasetStats("missing"); }).isEmpty());
    }

    void duplicateDatasetNameIsRefusedUnlessReplaced() {
        ProjectStore store = ProjectStore::open(file("dup.clipft"));
        writeSample(store, "photos");
        const QString message = errorMessage([&] { DatasetWriter writer(store, newDataset("photos")); });
        QVERIFY2(message.contains("already has a dataset named 'photos'"), qPrintable(message));
        QCOMPARE(store.datasetStats("photos").images, int64_t{4});

        {
            DatasetWriter writer(store, newDataset("photos"), ExistingDataset::Replace);
            writer.addImage(image("new.jpg", "train", {"the replacement"}), "hash-new", 8, 8);
            writer.commit();
        }
        QCOMPARE(datasetNames(store), std::vector<std::string>({"photos"}));
        const std::vector<StoredImage> images = store.datasetImages("photos");
        QCOMPARE(images.size(), std::size_t{1});
        QCOMPARE(q(images[0].relative_path), QStringLiteral("new.jpg"));
        QVERIFY(store.datasetProblems("photos").empty());
        QCOMPARE(count(store, "captions"), int64_t{1});  // the old captions went with the old dataset
    }

    void badImagesAreRefusedWithoutSpoilingTheImport() {
        ProjectStore store = ProjectStore::open(file("bad.clipft"));
        DatasetWriter writer(store, newDataset("d"));
        writer.addImage(image("a.jpg", "train", {"first"}), "hash-a", 10, 10);
        QString message = errorMessage([&] { writer.addImage(image("a.jpg", "val", {"again", "twice"}), "h", 1, 1); });
        QVERIFY2(message.contains("'a.jpg' is listed twice"), qPrintable(message));
        message = errorMessage([&] { writer.addImage(image("k.jpg", "restval", {"karpathy"}), "hash-k", 1, 1); });
        QVERIFY2(message.contains("restval"), qPrintable(message));
        QVERIFY(!errorMessage([&] { writer.addImage(image("", "", {"x"}), "", 0, 0); }).isEmpty());
        writer.addImage(image("b.jpg", "", {"second"}), "", 0, 0);  // unreadable: no hash, no size
        writer.commit();
        QCOMPARE(writer.imageCount(), int64_t{2});

        const DatasetStats stats = store.datasetStats("d");
        QCOMPARE(stats.images, int64_t{2});
        QCOMPARE(stats.captions, int64_t{2});  // nothing of the refused images was written
        QCOMPARE(stats.train.images, int64_t{1});
        const std::vector<StoredImage> images = store.datasetImages("d");
        QCOMPARE(q(images[1].content_hash), QString());
        QCOMPARE(images[1].width, 0);
        QCOMPARE(store.database().queryInt64("SELECT count(*) FROM images WHERE content_hash IS NULL"), int64_t{1});

        QVERIFY(errorMessage([&] { DatasetWriter w(store, newDataset("")); }).contains("needs a name"));
        NewDataset badOptions = newDataset("opts");
        badOptions.options_json = "{seed: 7";
        QVERIFY(errorMessage([&] { DatasetWriter w(store, badOptions); }).contains("not valid JSON"));
        QCOMPARE(datasetNames(store), std::vector<std::string>({"d"}));
    }

    void failedImportLeavesProjectAsItWas_data() {
        QTest::addColumn<int>("how");
        QTest::newRow("exception mid-import") << 0;
        QTest::newRow("cancelled: writer dropped without commit") << 1;
        QTest::newRow("replacing import that fails") << 2;
    }
    void failedImportLeavesProjectAsItWas() {
        QFETCH(int, how);
        ProjectStore store = ProjectStore::open(file("rollback.clipft"));
        writeSample(store, "kept");
        const DatasetStats before = store.datasetStats("kept");
        const std::string name = how == 2 ? "kept" : "lost";
        const auto existing = how == 2 ? ExistingDataset::Replace : ExistingDataset::Refuse;
        try {
            DatasetWriter writer(store, newDataset(name), existing);
            for (int i = 0; i < 100; ++i)
                writer.addImage(image(std::to_string(i) + ".jpg", "train", {"c"}), "h" + std::to_string(i), 2, 2);
            writer.addProblem({"x", ImportProblemKind::Corrupt, "truncated"});
            if (how != 1) throw Cancelled();
        } catch (const Cancelled&) {
        }
        QCOMPARE(datasetNames(store), std::vector<std::string>({"kept"}));
        const DatasetStats after = store.datasetStats("kept");
        QCOMPARE(after.images, before.images);
        QCOMPARE(after.captions, before.captions);
        QCOMPARE(after.problems, before.problems);
        QCOMPARE(count(store, "images"), int64_t{5});
        QVERIFY(!store.database().inTransaction());
        writeSample(store, "next");  // the connection is usable again
        QCOMPARE(store.datasets().size(), std::size_t{2});
    }

    void readersSeeOnlyCommittedImports() {
        const std::string project = file("readers.clipft");
        ProjectStore writerStore = ProjectStore::open(project);
        writeSample(writerStore, "old");
        ProjectStore reader = ProjectStore::open(project);
        {
            DatasetWriter writer(writerStore, newDataset("new"));
            writer.addImage(image("n.jpg", "train", {"n"}), "hash-n", 1, 1);
            // WAL: the reader is not blocked by the open write transaction and does not see it.
            QCOMPARE(datasetNames(reader), std::vector<std::string>({"old"}));
            QCOMPARE(reader.datasetStats("old").images, int64_t{4});
            writer.commit();
        }
        QCOMPARE(datasetNames(reader), std::vector<std::string>({"new", "old"}));
    }

    void setSplitsMovesImagesAllOrNothing() {
        ProjectStore store = ProjectStore::open(file("splits.clipft"));
        writeSample(store, "sample");
        writeSample(store, "other");
        const std::vector<StoredImage> images = store.datasetImages("sample");
        const int64_t a = images[0].id;
        const int64_t d = images[3].id;
        store.setSplits("sample", {{a, DatasetSplit::Test}, {d, DatasetSplit::Val}});
        DatasetStats stats = store.datasetStats("sample");
        QCOMPARE(stats.train.images, int64_t{0});
        QCOMPARE(stats.val.images, int64_t{2});
        QCOMPARE(stats.test.images, int64_t{2});
        QCOMPARE(stats.test.captions, int64_t{5});  // captions follow their image
        QCOMPARE(stats.unsplit.images, int64_t{0});

        const int64_t foreign = store.datasetImages("other")[0].id;
        const QString message =
            errorMessage([&] { store.setSplits("sample", {{a, DatasetSplit::None}, {foreign, DatasetSplit::Train}}); });
        QVERIFY2(message.contains("no image with id " + QString::number(foreign)), qPrintable(message));
        stats = store.datasetStats("sample");
        QCOMPARE(stats.test.images, int64_t{2});  // the first assignment was undone too
        QCOMPARE(stats.unsplit.images, int64_t{0});
        QCOMPARE(store.datasetStats("other").train.images, int64_t{1});
    }

    void captionsAndImagesAreEditedInPlace() {
        ProjectStore store = ProjectStore::open(file("edits.clipft"));
        writeSample(store, "sample");
        writeSample(store, "other");
        const std::vector<StoredImage> before = store.datasetImages("sample");
        const StoredImage& a = before[0];  // train, 2 captions
        const StoredImage& c = before[2];  // test, 3 captions

        store.setCaptionText("sample", a.captions[1].id, "  a crimson circle \n");
        QCOMPARE(QString::fromStdString(store.datasetImages("sample")[0].captions[1].text), QString("a crimson circle"));
        QVERIFY(errorMessage([&] { store.setCaptionText("sample", a.captions[0].id, " \t"); }).contains("cannot be empty"));
        const int64_t foreign_caption = store.datasetImages("other")[0].captions[0].id;
        QVERIFY(errorMessage([&] { store.setCaptionText("sample", foreign_caption, "x"); }).contains("no caption with id"));
        QCOMPARE(store.datasetImages("other")[0].captions[0].text, std::string("a red circle"));  // untouched

        store.removeCaption("sample", c.captions[1].id);
        DatasetStats stats = store.datasetStats("sample");
        QCOMPARE(stats.test.images, int64_t{1});
        QCOMPARE(stats.test.captions, int64_t{2});
        // The last caption of an image is refused: the image would have nothing to be found by.
        const StoredImage& b = before[1];
        QVERIFY(errorMessage([&] { store.removeCaption("sample", b.captions[0].id); }).contains("only caption"));
        QCOMPARE(store.datasetStats("sample").val.captions, int64_t{1});

        const int64_t captions_before = count(store, "captions");
        store.removeImage("sample", a.id);
        stats = store.datasetStats("sample");
        QCOMPARE(stats.train.images, int64_t{0});  // the other splits keep their images
        QCOMPARE(stats.val.images, int64_t{1});
        QCOMPARE(stats.test.images, int64_t{1});
        QCOMPARE(count(store, "captions"), captions_before - 2);  // its captions went with it
        QVERIFY(errorMessage([&] { store.removeImage("sample", a.id); }).contains("no image with id"));
        QCOMPARE(store.datasetStats("other").train.images, int64_t{1});

        // Renaming keeps everything; a taken or empty name is refused.
        store.renameDataset("sample", "renamed");
        QVERIFY(!store.findDataset("sample"));
        QCOMPARE(store.datasetStats("renamed").test.captions, int64_t{2});
        QVERIFY(errorMessage([&] { store.renameDataset("renamed", "other"); }).contains("already has a dataset named 'other'"));
        QVERIFY(errorMessage([&] { store.renameDataset("renamed", "  "); }).contains("needs a name"));
        QVERIFY(store.runsOfDataset("renamed").empty());

        // Everything is stored: a reopened project reads the same.
        ProjectStore again = ProjectStore::open(file("edits.clipft"));
        QCOMPARE(again.datasetStats("renamed").captions, store.datasetStats("renamed").captions);
    }

    void embeddingCacheRoundTrip() {
        const std::string project = file("cache.clipft");
        const std::vector<float> values = {0.5f, -1.25f, 3.0f, 1e-30f, -0.0f, 7.75f, 1.0f / 3.0f, -2.5e7f};
        {
            ProjectStore store = ProjectStore::open(project);
            store.putEmbeddings("model-A", {"h1", "h2"}, 4, values.data());
            store.putEmbeddings("model-B", {"h1"}, 2, values.data() + 6);
        }
        ProjectStore store = ProjectStore::open(project);
        EmbeddingLookup found = store.getEmbeddings("model-A", {"h2", "missing", "h1"});
        QCOMPARE(found.dim, 4);
        QCOMPARE(found.found, std::vector<bool>({true, false, true}));
        QCOMPARE(found.values.size(), std::size_t{12});
        QVERIFY(std::memcmp(found.values.data(), values.data() + 4, 4 * sizeof(float)) == 0);  // bit-exact
        QVERIFY(std::memcmp(found.values.data() + 8, values.data(), 4 * sizeof(float)) == 0);
        for (int i = 4; i < 8; ++i) QCOMPARE(found.values[i], 0.0f);

        found = store.getEmbeddings("model-B", {"h1", "h2"});
        QCOMPARE(found.dim, 2);
        QCOMPARE(found.found, std::vector<bool>({true, false}));
        QCOMPARE(found.values[1], -2.5e7f);

        found = store.getEmbeddings("model-C", {"h1"});
        QCOMPARE(found.dim, 0);
        QCOMPARE(found.found, std::vector<bool>({false}));

        const std::vector<float> replacement = {9, 8, 7, 6};
        store.putEmbeddings("model-A", {"h1"}, 4, replacement.data());
        QCOMPARE(store.getEmbeddings("model-A", {"h1"}).values, replacement);
        QCOMPARE(count(store, "embedding_cache"), int64_t{3});

        // The table refuses a blob whose size does not match its dimension.
        QVERIFY(!errorMessage([&] {
                     store.database().execute(
                         "INSERT INTO embedding_cache VALUES ('model-A', 'h9', 4, zeroblob(12))");
                 }).isEmpty());
        QVERIFY(!errorMessage([&] { store.putEmbeddings("model-A", {"h3"}, 0, values.data()); }).isEmpty());
        QCOMPARE(store.deleteEmbeddings("model-A"), int64_t{2});
        QCOMPARE(count(store, "embedding_cache"), int64_t{1});
    }

    void runsMetricsCheckpointsEvaluations() {
        ProjectStore store = ProjectStore::open(file("runs.clipft"));
        writeSample(store, "sample");
        NewRun newRun;
        newRun.dataset = "sample";
        newRun.name = "first try";
        newRun.base_model_path = "/models/ViT-B-32";
        newRun.base_model_fingerprint = "fp-base";
        newRun.output_dir = "/runs/1";
        newRun.hyperparameters_json = R"({"lr": 1e-5, "batch_size": 64})";
        const int64_t run = store.createRun(newRun);
        std::optional<RunInfo> info = store.findRun(run);
        QVERIFY(info.has_value());
        QCOMPARE(info->status, RunStatus::Created);
        QCOMPARE(q(info->name), QStringLiteral("first try"));
        QCOMPARE(q(info->hyperparameters_json), q(newRun.hyperparameters_json));
        QCOMPARE(info->dataset_id, store.findDataset("sample")->id);
        store.setRunStatus(run, RunStatus::Failed, "out of memory at step 12");
        info = store.findRun(run);
        QCOMPARE(info->status, RunStatus::Failed);
        QCOMPARE(q(info->status_message), QStringLiteral("out of memory at step 12"));
        QVERIFY(info->updated_ms >= info->created_ms);
        QCOMPARE(store.runs().size(), std::size_t{1});
        QCOMPARE(store.runsOfDataset("sample").size(), std::size_t{1});
        QVERIFY(!store.findRun(run + 1).has_value());
        QVERIFY(!errorMessage([&] { store.setRunStatus(run + 1, RunStatus::Running); }).isEmpty());

        NewRun orphan = newRun;
        orphan.dataset = "missing";
        QVERIFY(errorMessage([&] { store.createRun(orphan); }).contains("no dataset named 'missing'"));
        NewRun badJson = newRun;
        badJson.hyperparameters_json = "lr=1";
        QVERIFY(errorMessage([&] { store.createRun(badJson); }).contains("not valid JSON"));

        const double nan = std::numeric_limits<double>::quiet_NaN();
        store.addRunMetrics(run, {{1, 0.01, "loss", 4.5}, {2, 0.02, "loss", 4.25}, {1, 0.01, "lr", 1e-6}});
        store.addRunMetrics(run, {{2, 0.02, "loss", nan}, {3, 0.03, "loss", 3.0}});  // step 2 again: resumed
        const std::vector<RunMetric> loss = store.runMetrics(run, "loss");
        QCOMPARE(loss.size(), std::size_t{3});
        QCOMPARE(loss[0].value, 4.5);
        QVERIFY(std::isnan(loss[1].value));
        QCOMPARE(loss[2].step, int64_t{3});
        QCOMPARE(loss[2].epoch, 0.03);
        QCOMPARE(store.runMetrics(run).size(), std::size_t{4});
        QCOMPARE(store.runMetrics(run, "lr")[0].value, 1e-6);
        QVERIFY(!errorMessage([&] { store.addRunMetrics(run + 1, {{1, 0, "loss", 1}}); }).isEmpty());

        NewCheckpoint checkpoint{run, 100, "/runs/1/step100.safetensors", "fp-100", 0.41, true};
        store.addCheckpoint(checkpoint);
        checkpoint.step = 200;
        checkpoint.path = "/runs/1/step200.safetensors";
        checkpoint.metric = 0.52;
        store.addCheckpoint(checkpoint);
        store.addCheckpoint({run, 300, "/runs/1/step300.safetensors", "", std::nullopt, false});
        std::vector<CheckpointInfo> checkpoints = store.checkpoints(run);
        QCOMPARE(checkpoints.size(), std::size_t{3});
        QVERIFY(!checkpoints[0].is_best);  // marking 200 best unmarked 100
        QVERIFY(checkpoints[1].is_best);
        QVERIFY(checkpoints[1].metric.has_value());
        QCOMPARE(*checkpoints[1].metric, 0.52);
        QVERIFY(!checkpoints[2].metric.has_value());
        QCOMPARE(q(checkpoints[2].model_fingerprint), QString());
        QVERIFY(errorMessage([&] { store.addCheckpoint(checkpoint); }).contains("already has a checkpoint at step 200"));
        QCOMPARE(store.checkpoints(run).size(), std::size_t{3});

        store.addEvaluation({std::nullopt, std::nullopt, "fp-base", "sample", "test", R"({"recall@5": 0.4})"});
        store.addEvaluation({run, 200, "fp-200", "sample", "val", R"({"recall@5": 0.52})"});
        QVERIFY(!errorMessage([&] { store.addEvaluation({run, 1, "fp", "sample", "restval", "{}"}); }).isEmpty());
        QVERIFY(!errorMessage([&] { store.addEvaluation({run + 7, 1, "fp", "sample", "val", "{}"}); }).isEmpty());
        const std::vector<EvaluationInfo> ofRun = store.evaluationsOfRun(run);
        QCOMPARE(ofRun.size(), std::size_t{1});
        QVERIFY(ofRun[0].step.has_value());
        QCOMPARE(*ofRun[0].step, int64_t{200});
        QCOMPARE(q(ofRun[0].split), QStringLiteral("val"));
        const std::vector<EvaluationInfo> ofDataset = store.evaluationsOfDataset("sample");
        QCOMPARE(ofDataset.size(), std::size_t{2});
        QVERIFY(!ofDataset[0].run_id.has_value());
        QCOMPARE(q(ofDataset[0].metrics_json), QStringLiteral(R"({"recall@5": 0.4})"));

        // A resumed run forgets what it recorded after its checkpoint's step, and a best model's
        // folder is recorded once, at the step its weights come from.
        store.addRunMetrics(run, {{150, 1.5, "loss", 0.9}, {250, 2.5, "loss", 0.8}});
        store.addEvaluation({run, 250, "fp-250", "sample", "val", R"({"recall@5": 0.6})"});
        store.discardRunAfter(run, 200);
        for (const RunMetric& metric : store.runMetrics(run)) QVERIFY(metric.step <= 200);
        QCOMPARE(store.runMetrics(run, "loss").back().step, int64_t{150});
        QCOMPARE(store.evaluationsOfRun(run).size(), std::size_t{1});
        QCOMPARE(store.checkpoints(run).size(), std::size_t{2});  // step 300 is gone
        QCOMPARE(store.removeCheckpointsAt(run, "/runs/1/step300.safetensors"), int64_t{0});
        QCOMPARE(store.removeCheckpointsAt(run, store.checkpoints(run).front().path), int64_t{1});
        QCOMPARE(store.checkpoints(run).size(), std::size_t{1});

        QVERIFY(store.deleteRun(run));
        QVERIFY(!store.deleteRun(run));
        QCOMPARE(count(store, "run_metrics"), int64_t{0});
        QCOMPARE(count(store, "checkpoints"), int64_t{0});
        QCOMPARE(count(store, "evaluations"), int64_t{1});  // the base model's evaluation stays
        QCOMPARE(store.datasetStats("sample").images, int64_t{4});
    }

    void deletingDatasetCascades() {
        ProjectStore store = ProjectStore::open(file("cascade.clipft"));
        writeSample(store, "gone");
        writeSample(store, "stays");
        NewRun newRun;
        newRun.base_model_path = "/m";
        newRun.base_model_fingerprint = "fp";
        newRun.output_dir = "/o";
        newRun.dataset = "gone";
        const int64_t goneRun = store.createRun(newRun);
        newRun.dataset = "stays";
        const int64_t staysRun = store.createRun(newRun);
        for (int64_t run : {goneRun, staysRun}) {
            store.addRunMetrics(run, {{1, 0.1, "loss", 2.0}});
            store.addCheckpoint({run, 10, "/o/c.safetensors", "fp-10", 0.3, true});
        }
        store.addEvaluation({goneRun, 10, "fp-10", "gone", "test", "{}"});
        store.addEvaluation({std::nullopt, std::nullopt, "fp", "gone", "all", "{}"});
        store.addEvaluation({staysRun, 10, "fp-10", "stays", "test", "{}"});
        const std::vector<float> embedding = {1, 2};
        store.putEmbeddings("fp", {"hash-a"}, 2, embedding.data());

        QVERIFY(store.deleteDataset("gone"));
        QVERIFY(!store.deleteDataset("gone"));
        QCOMPARE(datasetNames(store), std::vector<std::string>({"stays"}));
        // Exactly the other dataset's rows are left in every table.
        QCOMPARE(count(store, "images"), int64_t{5});
        QCOMPARE(count(store, "captions"), int64_t{8});
        QCOMPARE(count(store, "import_problems"), int64_t{2});
        QCOMPARE(count(store, "runs"), int64_t{1});
        QCOMPARE(count(store, "run_metrics"), int64_t{1});
        QCOMPARE(count(store, "checkpoints"), int64_t{1});
        QCOMPARE(count(store, "evaluations"), int64_t{1});
        QVERIFY(store.findRun(staysRun).has_value());
        QCOMPARE(count(store, "embedding_cache"), int64_t{1});  // shared by content, kept
        QCOMPARE(store.database().queryInt64("SELECT count(*) FROM pragma_foreign_key_check"), int64_t{0});
    }

    void bulkImportOfEightThousandImages() {
        ProjectStore store = ProjectStore::open(file("bulk.clipft"));
        const int imageCount = 8000;
        const int captionsPerImage = 5;
        const char* const splits[] = {"train", "train", "train", "train", "train",
                                      "train", "train", "train", "val",   "test"};
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        {
            DatasetWriter writer(store, newDataset("bulk"));
            for (int i = 0; i < imageCount; ++i) {
                const std::string name = "images/" + std::to_string(i) + ".jpg";
                std::vector<std::string> captions;
                for (int c = 0; c < captionsPerImage; ++c)
                    captions.push_back("caption " + std::to_string(c) + " of image " + std::to_string(i));
                writer.addImage(image(name, splits[i % 10], captions, int64_t{i} * captionsPerImage + 1),
                                "hash-" + std::to_string(i), 500, 375);
            }
            writer.commit();
            QCOMPARE(writer.captionCount(), int64_t{imageCount} * captionsPerImage);
        }
        // For information only: wall time depends on what else runs on the machine.
        qInfo("stored %d images and %d captions in %lld ms (%.0f ms of CPU)", imageCount,
              imageCount * captionsPerImage, static_cast<long long>(timer.elapsed()),
              1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);

        const DatasetStats stats = store.datasetStats("bulk");
        QCOMPARE(stats.images, int64_t{imageCount});
        QCOMPARE(stats.captions, int64_t{imageCount} * captionsPerImage);
        QCOMPARE(stats.train.images, int64_t{6400});
        QCOMPARE(stats.val.images, int64_t{800});
        QCOMPARE(stats.test.images, int64_t{800});
        QCOMPARE(stats.test.captions, int64_t{4000});

        const std::vector<StoredImage> test = store.datasetImages("bulk", DatasetSplit::Test);
        QCOMPARE(test.size(), std::size_t{800});
        for (const StoredImage& stored : test) {
            const int i = std::stoi(stored.relative_path.substr(7));
            QCOMPARE(i % 10, 9);
            QCOMPARE(q(stored.content_hash), q("hash-" + std::to_string(i)));
            QCOMPARE(stored.captions.size(), std::size_t{captionsPerImage});
            QCOMPARE(q(stored.captions[4].text), q("caption 4 of image " + std::to_string(i)));
            QCOMPARE(stored.captions[4].source_line, int64_t{i} * captionsPerImage + 5);
        }
    }

    void killedImportLeavesProjectIntact() {
        const QString project = path("killed.clipft");
        const QString ready = path("child-ready");
        DatasetStats before;
        {
            ProjectStore store = ProjectStore::open(project.toStdString());
            writeSample(store, "before");
            before = store.datasetStats("before");
        }

        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({kChildArgument, project, ready});
        child.setStandardOutputFile(QProcess::nullDevice());
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(ready)) {
            if (child.waitForFinished(50))
                QFAIL(qPrintable("the child ended before it was killed: " + child.readAllStandardError()));
            QVERIFY2(waited.elapsed() < 120000, "the child did not get ready within two minutes");
        }
        // The uncommitted transaction reached the disk, so recovery has something to discard.
        QVERIFY(QFileInfo(project + "-wal").size() > 100 * 1024);
        child.kill();  // SIGKILL: no destructors, no rollback
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        ProjectStore store = ProjectStore::open(project.toStdString());
        QCOMPARE(q(store.database().queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(store.database().queryInt64("SELECT count(*) FROM pragma_foreign_key_check"), int64_t{0});
        QCOMPARE(datasetNames(store), std::vector<std::string>({"before"}));
        const DatasetStats after = store.datasetStats("before");
        QCOMPARE(after.images, before.images);
        QCOMPARE(after.captions, before.captions);
        QCOMPARE(after.problems, before.problems);
        QCOMPARE(count(store, "images"), int64_t{5});
        QCOMPARE(count(store, "captions"), int64_t{8});
        // No lock survived the kill: the next import goes through.
        writeSample(store, "after");
        QCOMPARE(datasetNames(store), std::vector<std::string>({"after", "before"}));
    }
};

int main(int argc, char** argv) {
    // The crash test runs this binary a second time as the process it kills.
    if (argc == 4 && std::strcmp(argv[1], kChildArgument) == 0)
        return killedImportChild(argv[2], QString::fromLocal8Bit(argv[3]));
    QCoreApplication app(argc, argv);
    TestProjectStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_project_store.moc"
