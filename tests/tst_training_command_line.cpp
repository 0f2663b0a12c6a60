// "Copy as command line" on the Train page: the `clipft train ...` written for a set of settings
// starts a run whose stored settings equal those of the same settings trained in-process, for the
// defaults, each preset and a set where every option the command line has differs from its
// default. Also `clipft train --preset`, and the shell quoting of the line, checked by a real sh.
#include "clipft_process.h"
#include "tiny_model_fixture.h"

#include "core/common/error.h"
#include "core/demo/demo_dataset.h"
#include "core/jobs/dataset_import_job.h"
#include "core/jobs/training_command_line.h"
#include "core/jobs/training_job.h"
#include "core/store/project_store.h"
#include "core/train/training_presets.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <limits>

using namespace clipft;

namespace {

QStringList toQt(const std::vector<std::string>& words) {
    QStringList list;
    for (const std::string& word : words) list << QString::fromStdString(word);
    return list;
}

// Every setting the command line can express differs from its default here (checked below), so a
// setting left out of the command would show as a difference in the stored settings.
TrainingOptions unusualOptions() {
    TrainingOptions o;
    o.epochs = 3;
    o.max_steps = 2;
    o.batch_size = 6;
    o.accum_steps = 2;
    o.adamw.lr = 3.0000000000000004e-4;  // one ulp above 3e-4: "%g" would lose it
    o.adamw.weight_decay = 0.05;
    o.warmup_steps = 1;
    o.grad_clip_norm = 0.5;
    o.lock_image = 0;
    o.lock_text = 2;
    o.augment = false;
    o.include_search_feedback = true;
    o.train_logit_scale = false;
    o.eval_every = 1;
    o.checkpoint_every = 1;
    o.log_every = 1;
    o.best_metric = "clip_val_loss";
    o.early_stopping_patience = 4;
    o.early_stopping_min_delta = 1e-3;
    o.seed = std::numeric_limits<uint64_t>::max() - 6;  // above 2^63: read as a signed number by the CLI
    o.loader_threads = 1;
    return o;
}

}  // namespace

class TestTrainingCommandLine : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_, model_;
    int outputs_ = 0;

    QString path(const QString& name) const { return dir_.filePath(name); }
    std::string newOutputDir() { return path("out" + QString::number(++outputs_)).toStdString(); }

    // The run trained into `output_dir`, whether it completed or failed.
    std::optional<RunInfo> runAt(const std::string& output_dir) {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        for (const RunInfo& run : store.runs())
            if (std::filesystem::path(run.output_dir) == std::filesystem::absolute(output_dir)) return run;
        return std::nullopt;
    }

    // Trains `options` in-process and through the command line trainingCommandArguments() writes,
    // and compares what the two runs stored. error: what both must fail with ("" : both train).
    void compareRuns(const TrainingOptions& options, const QString& error = {}) {
        const std::string in_process_dir = newOutputDir(), command_dir = newOutputDir();
        TrainingJobRequest request;
        request.project_path = project_.toStdString();
        request.dataset = "shapes";
        request.model_dir = model_.toStdString();
        request.output_dir = in_process_dir;
        request.run_name = "same settings";
        request.options = options;
        request.device = c10::Device(c10::kCPU);
        try {
            runTrainingJob(request);
            QVERIFY2(error.isEmpty(), "the in-process run trained where it should have failed");
        } catch (const Error& e) {
            QVERIFY2(!error.isEmpty() && QString(e.what()).contains(error), e.what());
        }

        TrainingCommand command;
        command.project = request.project_path;
        command.dataset = request.dataset;
        command.model_dir = request.model_dir;
        command.output_dir = command_dir;
        command.run_name = request.run_name;
        command.device = "cpu";
        command.options = options;
        QStringList args = toQt(trainingCommandArguments(command));
        QCOMPARE(args.takeFirst(), QStringLiteral("clipft"));
        const fixtures::ClipftRun run = fixtures::runClipft(args + QStringList{"--threads", "1"});
        if (error.isEmpty()) {
            QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        } else {
            QCOMPARE(run.exit_code, 1);
            QVERIFY2(run.err.contains(error), qPrintable(run.err));
        }

        const std::optional<RunInfo> a = runAt(in_process_dir), b = runAt(command_dir);
        QVERIFY(a && b);
        const auto stored_a = nlohmann::json::parse(a->hyperparameters_json);
        const auto stored_b = nlohmann::json::parse(b->hyperparameters_json);
        QVERIFY2(stored_a == stored_b, qPrintable(QString::fromStdString(stored_a.dump() + "\n" + stored_b.dump())));
        QVERIFY(stored_a == nlohmann::json::parse(trainingOptionsToJson(options)));
        QCOMPARE(QString::fromStdString(b->name), QString::fromStdString(a->name));
        QCOMPARE(b->dataset_id, a->dataset_id);
        QCOMPARE(QString::fromStdString(b->base_model_path), QString::fromStdString(a->base_model_path));
        QCOMPARE(b->status, a->status);
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // 48 synthetic captioned images (32x32): 36 to train on, 12 to validate with.
        writeDemoDataset(path("data").toStdString(), DemoVariant::Generic, 48, 5, 32);
        project_ = path("project.clipft");
        ProjectStore store = ProjectStore::open(project_.toStdString());
        DatasetImportRequest import;
        import.name = "shapes";
        import.source = path("data").toStdString();
        import.ratios = {0.75, 0.25, 0.0};
        importDataset(store, import);
        QVERIFY(store.datasetStats("shapes").train.images >= 12);
        model_ = fixtures::writeTinyClip(dir_.path(), fixtures::captionsOfFolder(path("data")));
        QVERIFY(!model_.isEmpty());
    }

    void argumentsSpellEveryOption() {
        TrainingCommand command;
        command.project = "p.clipft";
        command.dataset = "shapes";
        command.model_dir = "model";
        command.output_dir = "out";
        const std::vector<std::string> args = trainingCommandArguments(command);
        const QString line = QString::fromStdString(shellCommandLine(args));
        QVERIFY2(line.startsWith("clipft train --project p.clipft --dataset shapes --model model --out out --device auto "),
                 qPrintable(line));
        // Defaults written out, negative numbers in --option=value form, doubles as the shortest
        // text that reads back exactly.
        for (const char* part : {" --epochs 5 ", " --steps 0 ", " --batch-size 32 ", " --lr 1e-05 ", " --wd 0.1 ",
                                 " --warmup=-1 ", " --grad-clip 1 ", " --augment random-resized-crop ",
                                 " --precision fp32 ", " --eval-every 0 ", " --best-metric image_retrieval_recall@5 ",
                                 " --min-delta 0 ", " --seed 0"})
            QVERIFY2(line.contains(part), qPrintable(line + " lacks" + part));
        for (const char* absent : {"--lock-image", "--lock-text", "--fixed-logit-scale", "--include-feedback",
                                   "--loader-threads", "--name"})
            QVERIFY2(!line.contains(absent), qPrintable(line));

        command.options = unusualOptions();
        command.run_name = "-dashed";
        const std::vector<std::string> unusual_args = trainingCommandArguments(command);
        const QString unusual = QString::fromStdString(shellCommandLine(unusual_args));
        const auto lr = std::find(unusual_args.begin(), unusual_args.end(), "--lr");
        QVERIFY(lr != unusual_args.end() && lr + 1 != unusual_args.end());
        double written = 0;  // from_chars: no locale, as clipft (which never sets one) reads it
        std::from_chars((lr + 1)->data(), (lr + 1)->data() + (lr + 1)->size(), written);
        QCOMPARE(written, command.options.adamw.lr);  // exactly, not to 6 digits
        QVERIFY(*(lr + 1) != "0.0003");
        for (const char* part : {" --name=-dashed ", " --lock-image=0 ",
                                 " --lock-text=2 ", " --augment none ", " --fixed-logit-scale ", " --include-feedback ",
                                 " --seed=-7", " --loader-threads 1"})
            QVERIFY2(unusual.contains(part), qPrintable(unusual + " lacks" + part));
        command.options.precision = Precision::Bf16;
        QVERIFY(QString::fromStdString(shellCommandLine(trainingCommandArguments(command))).contains(" --precision bf16 "));

        // Settings without an option are refused by name, not dropped.
        TrainingOptions inexpressible;
        QVERIFY(trainingSettingsWithoutOption(inexpressible).empty());
        inexpressible.adamw.beta2 = 0.999;
        inexpressible.max_bad_steps = 9;
        QCOMPARE(trainingSettingsWithoutOption(inexpressible).size(), std::size_t{2});
        command.options = inexpressible;
        try {
            trainingCommandArguments(command);
            QFAIL("a setting the command line cannot express was dropped");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("beta2 0.999") && QString(e.what()).contains("bad steps 9"), e.what());
        }
    }

    void unusualOptionsCoverEveryOption() {
        // Guards the test below: each setting the command line has differs from its default.
        const auto defaults = nlohmann::json::parse(trainingOptionsToJson(TrainingOptions{}));
        const auto unusual = nlohmann::json::parse(trainingOptionsToJson(unusualOptions()));
        for (const auto& [key, value] : defaults.items()) {
            const bool without_option = key == "beta1" || key == "beta2" || key == "eps" || key == "eval_at_start" ||
                                        key == "max_bad_steps";
            if (without_option || key == "precision") continue;  // precision: the bf16 case below
            QVERIFY2(unusual.at(key) != value, key.c_str());
        }
    }

    void commandTrainsWithTheSameSettings_data() {
        QTest::addColumn<QString>("preset");
        QTest::newRow("defaults") << QString();
        for (const TrainingPreset& preset : trainingPresets()) QTest::newRow(preset.id.c_str()) << QString::fromStdString(preset.id);
    }

    void commandTrainsWithTheSameSettings() {
        QFETCH(QString, preset);
        TrainingOptions options;
        if (!preset.isEmpty()) options = findTrainingPreset(preset.toStdString())->options;
        options.max_steps = 2;  // fast; the rest as the preset has it, but a batch this data can fill
        options.batch_size = 8;
        compareRuns(options);
    }

    void commandTrainsWithUnusualSettings() { compareRuns(unusualOptions()); }

    // Autocast needs CUDA: on the CPU both runs are recorded with their settings, then fail alike.
    void commandKeepsPrecision_data() {
        QTest::addColumn<int>("precision");
        QTest::newRow("bf16") << static_cast<int>(Precision::Bf16);
        QTest::newRow("amp") << static_cast<int>(Precision::Amp);
    }

    void commandKeepsPrecision() {
        QFETCH(int, precision);
        TrainingOptions options;
        options.max_steps = 2;
        options.batch_size = 8;
        options.precision = static_cast<Precision>(precision);
        options.lock_text = 1;
        compareRuns(options, "needs a CUDA device");
    }

    void presetIsTheBaseOfExplicitOptions() {
        const std::string out = newOutputDir();
        const fixtures::ClipftRun run = fixtures::runClipft(
            {"train", "--project", project_, "--dataset", "shapes", "--model", model_, "--out", QString::fromStdString(out),
             "--preset", "small-dataset", "--steps", "2", "--batch-size", "8", "--lr", "2e-5", "--device", "cpu",
             "--threads", "1"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        TrainingOptions expected = findTrainingPreset("small-dataset")->options;
        expected.max_steps = 2;
        expected.batch_size = 8;
        expected.adamw.lr = 2e-5;
        const std::optional<RunInfo> stored = runAt(out);
        QVERIFY(stored);
        const auto settings = nlohmann::json::parse(stored->hyperparameters_json);
        QVERIFY2(settings == nlohmann::json::parse(trainingOptionsToJson(expected)), settings.dump().c_str());
        QCOMPARE(settings["lock_image"].get<int>(), 0);

        const fixtures::ClipftRun unknown = fixtures::runClipft(
            {"train", "--project", project_, "--dataset", "shapes", "--model", model_, "--out", path("never"), "--preset",
             "fastest", "--device", "cpu"});
        QCOMPARE(unknown.exit_code, 1);
        QVERIFY2(unknown.err.contains("unknown preset 'fastest'") &&
                     unknown.err.contains("quick-cpu-demo, finetuner-study, small-dataset"),
                 qPrintable(unknown.err));
    }

    void shellLineSplitsBackIntoTheWords() {
        QCOMPARE(QString::fromStdString(shellCommandLine({"clipft", "train", "--lr", "3e-4", "--lock-image=0", "a/b.c:d@e%f+g,h"})),
                 QStringLiteral("clipft train --lr 3e-4 --lock-image=0 a/b.c:d@e%f+g,h"));
        QCOMPARE(QString::fromStdString(shellCommandLine({"it's"})), QStringLiteral("'it'\\''s'"));
        QCOMPARE(QString::fromStdString(shellCommandLine({"X=1", "X=1"})), QStringLiteral("'X=1' X=1"));  // not an assignment

        // The words `sh` sees in the line: printf wraps each in <> (none of them holds "><").
        const std::vector<std::string> words{"/tmp/my runs/it's here", "", "a\"b$HOME`c`\\d", "tab\there", "new\nline",
                                             "*", "~", "#x", "!x", "a;b|c&d", "(x)", "{a,b}", "ünïcode €", "'", "''"};
        std::vector<std::string> line{"printf", "<%s>"};
        line.insert(line.end(), words.begin(), words.end());
        QProcess sh;
        sh.start("/bin/sh", {"-c", QString::fromStdString(shellCommandLine(line))});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QString out = QString::fromUtf8(sh.readAllStandardOutput());
        QVERIFY(out.startsWith('<') && out.endsWith('>'));
        out = out.mid(1, out.size() - 2);
        QCOMPARE(out.split("><"), toQt(words));
    }
};

QTEST_GUILESS_MAIN(TestTrainingCommandLine)
#include "tst_training_command_line.moc"
