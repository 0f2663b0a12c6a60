// The training memory estimate: its parameter counts equal the real models' (ViT-B-32's is
// open_clip's 151,277,313), the trainable counts equal what the tower locks leave trainable, a
// locked tower needs no gradients or optimizer state, and activations scale with the batch.
#include "core/model/clip_model.h"
#include "core/train/memory_estimate.h"
#include "core/train/tower_freezing.h"

#include <QtTest>

using namespace clipft;

namespace {

ClipConfig tinyConfig() {  // tests/tiny_model_fixture.h's shape
    ClipConfig config;
    config.name = "tiny";
    config.embed_dim = 16;
    config.vision = {2, 32, 2, 8, 32, 64};
    config.text = {16, 60, 32, 2, 2, 64};
    return config;
}

int64_t numel(const std::vector<at::Tensor>& parameters) {
    int64_t count = 0;
    for (const auto& p : parameters) count += p.numel();
    return count;
}

}  // namespace

class TestMemoryEstimate : public QObject {
    Q_OBJECT

private slots:
    void parametersAreTheModels_data() {
        QTest::addColumn<QString>("config");
        QTest::newRow("tiny") << "tiny";
        QTest::newRow("ViT-B-32") << "ViT-B-32";
        QTest::newRow("ViT-B-16-plus-240") << "ViT-B-16-plus-240";
    }

    void parametersAreTheModels() {
        QFETCH(QString, config);
        const ClipConfig c = config == "tiny" ? tinyConfig() : builtinConfig(config.toStdString());
        ClipModel model(c, ClipModelImpl::Init::Uninitialised);  // sizes only; no values needed
        const TrainingMemoryEstimate e = estimateTrainingMemory(c, 32, Precision::Fp32, std::nullopt, std::nullopt);
        QCOMPARE(e.parameters, numel(model->parameters()));
        QCOMPARE(e.trainable_parameters, e.parameters);
        QCOMPARE(imageTowerParameters(c), numel(model->visual->parameters()));
        QCOMPARE(textTowerParameters(c), numel(model->text->parameters()));
        QCOMPARE(e.weights_bytes, 4 * e.parameters);
        QCOMPARE(e.gradients_bytes, 4 * e.parameters);
        QCOMPARE(e.optimizer_bytes, 8 * e.parameters);
        QCOMPARE(e.total_bytes, e.weights_bytes + e.gradients_bytes + e.optimizer_bytes + e.activations_bytes);
        if (config == "ViT-B-32") QCOMPARE(e.parameters, int64_t{151277313});  // open_clip's count
    }

    void trainableParametersAreWhatTheLocksLeave() {
        const ClipConfig c = tinyConfig();
        ClipModel model(c, ClipModelImpl::Init::Uninitialised);
        const std::vector<std::optional<int>> locks{std::nullopt, 0, 1, 2, 3, 4, 5, 9};
        for (const auto& image : locks) {
            for (const auto& text : locks) {
                for (auto& p : model->parameters()) p.set_requires_grad(true);
                if (image) lockTower(*model, Tower::Image, *image);
                if (text) lockTower(*model, Tower::Text, *text);
                const TrainingMemoryEstimate e = estimateTrainingMemory(c, 4, Precision::Fp32, image, text);
                QVERIFY2(e.trainable_parameters == countTrainable(*model).trainable,
                         qPrintable(QString("image %1 text %2").arg(image ? *image : -1).arg(text ? *text : -1)));
            }
        }
    }

    void lockedImageTowerNeedsNoOptimizerState() {
        const ClipConfig c = builtinConfig("ViT-B-32");
        const auto full = estimateTrainingMemory(c, 32, Precision::Fp32, std::nullopt, std::nullopt);
        const auto locked = estimateTrainingMemory(c, 32, Precision::Fp32, 0, std::nullopt);
        const int64_t vision = imageTowerParameters(c);
        QCOMPARE(full.optimizer_bytes - locked.optimizer_bytes, 8 * vision);  // two fp32 moments each
        QCOMPARE(full.gradients_bytes - locked.gradients_bytes, 4 * vision);
        QCOMPARE(locked.weights_bytes, full.weights_bytes);  // the frozen weights are still there
        QVERIFY(locked.activations_bytes < full.activations_bytes);  // and keep nothing for backward
        // Both towers frozen except their projections: almost nothing to train, no block to go back through.
        const auto projections = estimateTrainingMemory(c, 32, Precision::Fp32, 1, 1);
        QCOMPARE(projections.trainable_parameters, int64_t{768 * 512 + 512 * 512 + 1});
        QCOMPARE(projections.activations_bytes, int64_t{0});
    }

    void activationsGrowLinearlyWithTheBatch() {
        const ClipConfig c = builtinConfig("ViT-B-16");
        const auto one = estimateTrainingMemory(c, 1, Precision::Fp32, std::nullopt, std::nullopt);
        const auto many = estimateTrainingMemory(c, 48, Precision::Fp32, std::nullopt, std::nullopt);
        QVERIFY(one.activations_bytes > 0);
        QCOMPARE(many.activations_bytes, 48 * one.activations_bytes);
        QCOMPARE(many.optimizer_bytes, one.optimizer_bytes);  // the rest does not depend on the batch
        // Per block and sample: tokens·16·width + heads·tokens² elements (memory_estimate.cpp).
        const int64_t vision = 197 * 16 * 768 + 12 * 197 * 197, text = 77 * 16 * 512 + 8 * 77 * 77;
        QCOMPARE(one.activations_bytes, 4 * 12 * (vision + text));
        // Autocast: activations in 16 bits, fp32 master weights plus a 16-bit copy of each trainable one.
        const auto bf16 = estimateTrainingMemory(c, 48, Precision::Bf16, std::nullopt, std::nullopt);
        QCOMPARE(bf16.activations_bytes * 2, many.activations_bytes);
        QCOMPARE(bf16.weights_bytes, 6 * many.parameters);
        QCOMPARE(bf16.optimizer_bytes, many.optimizer_bytes);
        // A ViT-B-16 at batch 48 in fp32 wants several GiB: the size a user must see before starting.
        QVERIFY(many.total_bytes > (int64_t{4} << 30) && many.total_bytes < (int64_t{16} << 30));
    }

    void refusesABadBatch() {
        QVERIFY_EXCEPTION_THROWN(estimateTrainingMemory(tinyConfig(), 0, Precision::Fp32, std::nullopt, std::nullopt),
                                 std::exception);
    }

    void bytesAreFormattedForPeople() {
        QCOMPARE(QString::fromStdString(formatBytes(0)), QStringLiteral("0 B"));
        QCOMPARE(QString::fromStdString(formatBytes(1023)), QStringLiteral("1023 B"));
        QCOMPARE(QString::fromStdString(formatBytes(1024)), QStringLiteral("1.0 KiB"));
        QCOMPARE(QString::fromStdString(formatBytes(3482)), QStringLiteral("3.4 KiB"));
        QCOMPARE(QString::fromStdString(formatBytes(int64_t{340} << 20)), QStringLiteral("340 MiB"));
        QCOMPARE(QString::fromStdString(formatBytes((int64_t{12} << 30) / 10)), QStringLiteral("1.2 GiB"));
        QCOMPARE(QString::fromStdString(formatBytes((int64_t{1} << 30) - (int64_t{1} << 18))), QStringLiteral("1.0 GiB"));
        QCOMPARE(QString::fromStdString(formatBytes(int64_t{10} << 30)), QStringLiteral("10 GiB"));
        QCOMPARE(QString::fromStdString(formatBytes(int64_t{141} << 30)), QStringLiteral("141 GiB"));
        QCOMPARE(QString::fromStdString(formatBytes(-2048)), QStringLiteral("-2.0 KiB"));
    }
};

QTEST_GUILESS_MAIN(TestMemoryEstimate)
#include "tst_memory_estimate.moc"
