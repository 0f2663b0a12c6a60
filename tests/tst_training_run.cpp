// `clipft train` as a user runs it, on a real (tiny) project: the run recorded in the project,
// best and final models, `runs list|show`, `export --wise-ft`, and a run killed with SIGKILL then
// resumed, which must end exactly where the uninterrupted run ended.
#include "core/jobs/dataset_import_job.h"
#include "core/demo/demo_dataset.h"
#include "core/model/clip_model.h"
#include "core/model/model_folder.h"
#include "core/model/safetensors.h"
#include "core/store/project_store.h"
#include "core/store/sqlite_database.h"
#include "core/text/sentencepiece_library.h"
#include "core/text/sentencepiece_tokenizer.h"
#include "core/common/file_lock.h"
#include "core/train/training_checkpoint.h"
#include "core/jobs/training_job.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <set>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace clipft;

namespace {

const QString kClipft = QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft");

struct Run {
    int exit_code = -1;
    QString out, err;
};

Run runClipft(const QStringList& args) {
    QProcess process;
    process.start(kClipft, args);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Weights of an open_clip folder by name.
std::map<std::string, at::Tensor> weightsOf(const QString& dir) {
    auto file = SafetensorsFile::open(QDir(dir).filePath("open_clip_model.safetensors").toStdString());
    std::map<std::string, at::Tensor> weights;
    for (const auto& entry : file->entries()) weights[entry.name] = file->tensor(entry.name).to(at::kFloat).clone();
    return weights;
}

double maxDifference(const std::map<std::string, at::Tensor>& a, const std::map<std::string, at::Tensor>& b) {
    if (a.size() != b.size()) return 1e9;
    double worst = 0;
    for (const auto& [name, tensor] : a) {
        const auto other = b.find(name);
        if (other == b.end()) return 1e9;
        worst = std::max(worst, (tensor - other->second).abs().max().item<double>());
    }
    return worst;
}

}  // namespace

class TestTrainingRun : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_, model_;
    QStringList train_args_;

    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // 64 synthetic captioned images (32x32), imported with train/val splits.
        writeDemoDataset(path("data").toStdString(), DemoVariant::Generic, 64, 5, 32);
        project_ = path("project.clipft");
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            DatasetImportRequest request;
            request.name = "shapes";
            request.source = path("data").toStdString();
            request.ratios = {0.75, 0.25, 0.0};
            importDataset(store, request);
            QVERIFY(store.datasetStats("shapes").val.images >= 8);
        }
        // A sentencepiece vocabulary of the captions, and a tiny CLIP that uses it.
        QFile corpus(path("corpus.txt"));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        for (const QString& name : QDir(path("data")).entryList({"*.txt"})) {
            QFile caption(QDir(path("data")).filePath(name));
            QVERIFY(caption.open(QIODevice::ReadOnly));
            corpus.write(caption.readAll());
        }
        corpus.close();
        QDir(dir_.path()).mkdir("vocab");
        trainSentencePiece(std::map<std::string, std::string>{{"input", path("corpus.txt").toStdString()},
                                                              {"model_prefix", path("vocab/demo").toStdString()},
                                                              {"vocab_size", "60"},
                                                              {"hard_vocab_limit", "false"}});
        SentencePieceTokenizer tokenizer(path("vocab/demo.model").toStdString());
        ClipConfig config;
        config.embed_dim = 16;
        config.vision = {2, 32, 2, 8, 32, 64};
        config.text = {16, static_cast<int>(tokenizer.vocabSize()), 32, 2, 2, 64};
        torch::manual_seed(3);
        ClipModel model(config);
        model_ = path("model");
        saveOpenClipFolder(*model, model_.toStdString(), path("vocab").toStdString());

        train_args_ = QStringList{"train", "--project", project_, "--dataset", "shapes", "--model", model_,
                                  "--steps", "24", "--batch-size", "8", "--lr", "1e-3", "--warmup", "3",
                                  "--eval-every", "8", "--checkpoint-every", "2", "--log-every", "1",
                                  "--seed", "3", "--threads", "1", "--device", "cpu"};
    }

    void trainRecordsTheRunAndWritesModels() {
        const Run run = runClipft(train_args_ + QStringList{"--out", path("run1")});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("step 24/24"));
        QVERIFY(run.out.contains("eval step 24: image R@1"));
        QVERIFY(run.out.contains("final model:"));
        QVERIFY(QFile::exists(path("run1/final/open_clip_model.safetensors")));
        QVERIFY(QFile::exists(path("run1/best/open_clip_model.safetensors")));
        QVERIFY(QFile::exists(path("run1/final/demo.model")));  // the folder is complete on its own
        loadModel(path("run1/final").toStdString(), c10::Device(c10::kCPU));

        ProjectStore store = ProjectStore::open(project_.toStdString());
        const auto runs = store.runs();
        QCOMPARE(runs.size(), std::size_t{1});
        QCOMPARE(runs[0].status, RunStatus::Completed);
        QCOMPARE(store.runMetrics(runs[0].id, "loss").size(), std::size_t{24});
        QCOMPARE(store.runMetrics(runs[0].id, "lr").size(), std::size_t{24});
        QCOMPARE(store.runMetrics(runs[0].id, "logit_scale").size(), std::size_t{24});
        QCOMPARE(store.runMetrics(runs[0].id, "samples_per_s").size(), std::size_t{24});
        const auto evaluations = store.evaluationsOfRun(runs[0].id);
        // At the start, every 8 steps, and at the end of each epoch.
        const int64_t batches_per_epoch = store.datasetStats("shapes").train.images / 8;
        std::set<int64_t> expected{0, 8, 16, 24}, evaluated;
        for (int64_t step = batches_per_epoch; step <= 24; step += batches_per_epoch) expected.insert(step);
        for (const auto& e : evaluations) evaluated.insert(*e.step);
        QCOMPARE(evaluations.size(), expected.size());
        QVERIFY(evaluated == expected);
        QCOMPARE(*evaluations.back().step, int64_t{24});
        const auto metrics = nlohmann::json::parse(evaluations.back().metrics_json);
        QVERIFY(metrics.contains("image_retrieval_recall@5"));
        QVERIFY(metrics.contains("clip_val_loss"));
        bool has_best = false;
        for (const auto& c : store.checkpoints(runs[0].id)) has_best |= c.is_best;
        QVERIFY(has_best);
        const auto loss = store.runMetrics(runs[0].id, "loss");
        QVERIFY(loss.back().value < loss.front().value);

        const Run list = runClipft({"runs", "list", "--project", project_, "--json"});
        QVERIFY2(list.exit_code == 0, qPrintable(list.err));
        const auto listed = nlohmann::json::parse(list.out.toStdString());
        QCOMPARE(listed.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(listed[0]["status"].get<std::string>()), QStringLiteral("completed"));
        QCOMPARE(listed[0]["steps"].get<int>(), 24);
        const Run show = runClipft({"runs", "show", "--project", project_, QString::number(runs[0].id)});
        QVERIFY2(show.exit_code == 0, qPrintable(show.err));
        QVERIFY(show.out.contains("step 24"));

        // WiSE-FT export: halfway between the pre-trained and the final weights.
        const Run exported = runClipft({"export", "--project", project_, "--run", QString::number(runs[0].id), "--from",
                                        "final", "--wise-ft", "0.5", "--out", path("half")});
        QVERIFY2(exported.exit_code == 0, qPrintable(exported.err));
        const auto base = weightsOf(model_), tuned = weightsOf(path("run1/final")), half = weightsOf(path("half"));
        std::map<std::string, at::Tensor> midpoint;
        for (const auto& [name, tensor] : base) midpoint[name] = 0.5 * tensor + 0.5 * tuned.at(name);
        QVERIFY(maxDifference(half, midpoint) < 1e-6);
        QVERIFY(maxDifference(half, tuned) > 1e-4);
        loadModel(path("half").toStdString(), c10::Device(c10::kCPU));

        // The evaluation's WiSE-FT sweep: alpha 0 is the pre-trained model, 1 the fine-tuned one.
        const QString run_id = QString::number(runs[0].id);
        const Run sweep = runClipft({"eval", "--project", project_, "--dataset", "shapes", "--split", "val", "--run", run_id,
                                     "--from", "final", "--wise-ft", "0,0.5,1", "--json"});
        QVERIFY2(sweep.exit_code == 0, qPrintable(sweep.err));
        const auto points = nlohmann::json::parse(sweep.out.toStdString());
        QCOMPARE(points.size(), std::size_t{3});
        QCOMPARE(points[1]["alpha"].get<double>(), 0.5);
        const auto evalOf = [&](const QString& model) {
            const Run e = runClipft({"eval", "--project", project_, "--dataset", "shapes", "--split", "val", "--model", model,
                                     "--json"});
            return e.exit_code == 0 ? nlohmann::json::parse(e.out.toStdString()) : nlohmann::json();
        };
        const auto base_metrics = evalOf(model_), tuned_metrics = evalOf(path("run1/final"));
        for (const char* key : {"image_retrieval_recall@1", "image_retrieval_recall@5", "text_retrieval_recall@5"}) {
            QCOMPARE(points[0][key].get<double>(), base_metrics[key].get<double>());
            QCOMPARE(points[2][key].get<double>(), tuned_metrics[key].get<double>());
        }

        const Run refused = runClipft(train_args_ + QStringList{"--out", path("run1")});
        QCOMPARE(refused.exit_code, 1);
        QVERIFY2(refused.err.contains("already holds a run's checkpoint"), qPrintable(refused.err));
    }

    void killedRunResumesExactly() {
        // The same run again, killed with SIGKILL somewhere after step 9.
        QProcess child;
        child.start(kClipft, train_args_ + QStringList{"--out", path("run2")});
        QVERIFY(child.waitForStarted());
        QString seen;
        while (!seen.contains("step 9/24") && child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
            seen += QString::fromUtf8(child.readAllStandardOutput());
        }
        child.kill();
        child.waitForFinished();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit, "the run finished before it could be killed");
        const int64_t checkpoint_step = readCheckpointInfo(path("run2/checkpoint.safetensors").toStdString()).state.step;
        QVERIFY2(checkpoint_step >= 8 && checkpoint_step < 24, qPrintable(QString::number(checkpoint_step)));
        QVERIFY(!QFile::exists(path("run2/final")));

        int64_t killed = 0, complete = 0;
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            const auto runs = store.runs();
            QCOMPARE(runs.size(), std::size_t{2});
            complete = runs[0].id;
            killed = runs[1].id;
            QCOMPARE(runs[1].status, RunStatus::Running);  // it never got to say otherwise
            // ...but its process is gone, so nobody holds its lock: it shows as interrupted.
            QCOMPARE(runLiveStatus(runs[1]), RunStatus::Interrupted);
        }
        const Run listed = runClipft({"runs", "list", "--project", project_, "--json"});
        QVERIFY2(listed.exit_code == 0, qPrintable(listed.err));
        QCOMPARE(nlohmann::json::parse(listed.out.toStdString())[1]["status"].get<std::string>(), std::string("interrupted"));
        {
            // While another process holds the run's lock (it is training), a second one is refused.
            std::optional<FileLock> held = FileLock::tryAcquire(runLockPath(path("run2").toStdString()));
            QVERIFY(held);
            ProjectStore store = ProjectStore::open(project_.toStdString());
            QCOMPARE(runLiveStatus(*store.findRun(killed)), RunStatus::Running);
            const Run twice = runClipft({"train", "--project", project_, "--resume", QString::number(killed), "--threads", "1"});
            QCOMPARE(twice.exit_code, 1);
            QVERIFY2(twice.err.contains("being trained by another process"), qPrintable(twice.err));
        }
        const Run resumed = runClipft({"train", "--project", project_, "--resume", QString::number(killed), "--threads", "1"});
        QVERIFY2(resumed.exit_code == 0, qPrintable(resumed.err));
        QVERIFY(resumed.out.contains("step 24/24"));

        QCOMPARE(maxDifference(weightsOf(path("run1/final")), weightsOf(path("run2/final"))), 0.0);
        QCOMPARE(maxDifference(weightsOf(path("run1/best")), weightsOf(path("run2/best"))), 0.0);
        ProjectStore store = ProjectStore::open(project_.toStdString());
        QCOMPARE(store.findRun(killed)->status, RunStatus::Completed);
        const auto a = store.runMetrics(complete, "loss"), b = store.runMetrics(killed, "loss");
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].step, b[i].step);
            QCOMPARE(a[i].value, b[i].value);
        }
        // The trainer's validations (the WiSE-FT sweep above added evaluations without a step).
        const auto validations = [&](int64_t run) {
            std::vector<EvaluationInfo> found;
            for (const auto& e : store.evaluationsOfRun(run))
                if (e.step) found.push_back(e);
            return found;
        };
        const auto ea = validations(complete), eb = validations(killed);
        QCOMPARE(ea.size(), eb.size());  // the evaluations after the checkpoint were not recorded twice
        QCOMPARE(QString::fromStdString(ea.back().metrics_json), QString::fromStdString(eb.back().metrics_json));

        const Run again = runClipft({"train", "--project", project_, "--resume", QString::number(killed)});
        QCOMPARE(again.exit_code, 1);
        QVERIFY2(again.err.contains("already completed"), qPrintable(again.err));
    }

    // Last: it edits the dataset. A run resumed after a caption of its training data changed is
    // refused, and left resumable.
    void resumeOnChangedDataIsRefused() {
        int64_t run = 0;
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            run = store.runs().back().id;
            store.setRunStatus(run, RunStatus::Cancelled, "as if stopped");
            store.database().execute(
                "UPDATE captions SET text = 'a caption edited after training' WHERE id = (SELECT min(c.id) FROM captions c "
                "JOIN images i ON i.id = c.image_id WHERE i.split = 'train')");
        }
        const Run resumed = runClipft({"train", "--project", project_, "--resume", QString::number(run)});
        QCOMPARE(resumed.exit_code, 1);
        QVERIFY2(resumed.err.contains("has changed since"), qPrintable(resumed.err));
        ProjectStore store = ProjectStore::open(project_.toStdString());
        QCOMPARE(store.findRun(run)->status, RunStatus::Cancelled);  // still resumable once the data is back
    }
};

QTEST_GUILESS_MAIN(TestTrainingRun)
#include "tst_training_run.moc"
