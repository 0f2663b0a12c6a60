// The Train page's presets: their ids, that each is a valid set of settings with the meaning its
// id promises, and that the quick demo preset trains as the built-in demo does.
#include "core/jobs/finetune_demo.h"
#include "core/train/training_presets.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace clipft;

class TestTrainingPresets : public QObject {
    Q_OBJECT

private slots:
    void idsAreListedInOrderAndFound() {
        QStringList ids;
        for (const TrainingPreset& preset : trainingPresets()) {
            ids << QString::fromStdString(preset.id);
            QVERIFY2(!preset.description.empty(), preset.id.c_str());
            preset.options.validate();
            const std::optional<TrainingPreset> found = findTrainingPreset(preset.id);
            QVERIFY(found);
            QCOMPARE(trainingOptionsToJson(found->options), trainingOptionsToJson(preset.options));
        }
        QCOMPARE(ids, QStringList({"quick-cpu-demo", "finetuner-study", "small-dataset"}));
        QCOMPARE(QString::fromStdString(trainingPresetIds()), ids.join(", "));
        QVERIFY(!findTrainingPreset("Quick-CPU-demo"));
        QVERIFY(!findTrainingPreset(""));
    }

    void quickDemoIsTheDemoWithEvaluationsWithinEpochs() {
        const TrainingOptions quick = findTrainingPreset("quick-cpu-demo")->options;
        TrainingOptions demo = FinetuneDemoRequest::defaultOptions();
        QCOMPARE(demo.eval_every, int64_t{0});
        demo.eval_every = quick.eval_every;  // the only difference: the chart gets points within epochs
        QCOMPARE(QString::fromStdString(trainingOptionsToJson(quick)), QString::fromStdString(trainingOptionsToJson(demo)));
        // scripts/screenshots.sh's quick run: --epochs 5 --lr 3e-4 --batch-size 64 --warmup 10.
        QCOMPARE(quick.epochs, int64_t{5});
        QCOMPARE(quick.adamw.lr, 3e-4);
        QCOMPARE(quick.batch_size, 64);
        QCOMPARE(quick.warmup_steps, int64_t{10});
        // ~1600 training images at batch 64: 25 steps an epoch, so several evaluations in each.
        QVERIFY(quick.eval_every > 0 && quick.eval_every <= 25 / 2);
    }

    void finetunerStudyIsASmallLearningRate() {
        const TrainingOptions study = findTrainingPreset("finetuner-study")->options;
        QCOMPARE(study.adamw.lr, 1e-6);
        QCOMPARE(study.epochs, int64_t{5});
        TrainingOptions rest = study;  // everything else at the defaults
        rest.adamw.lr = TrainingOptions{}.adamw.lr;
        rest.epochs = TrainingOptions{}.epochs;
        QCOMPARE(QString::fromStdString(trainingOptionsToJson(rest)), QString::fromStdString(trainingOptionsToJson({})));
    }

    void smallDatasetLocksTheImageTower() {
        const TrainingOptions small = findTrainingPreset("small-dataset")->options;
        QVERIFY(small.lock_image && *small.lock_image == 0);  // the whole tower, as --lock-image
        QVERIFY(!small.lock_text);
        QCOMPARE(small.adamw.lr, 1e-5);
        QCOMPARE(small.epochs, int64_t{10});
        QCOMPARE(small.early_stopping_patience, 3);
        QCOMPARE(small.max_steps, int64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestTrainingPresets)
#include "tst_training_presets.moc"
