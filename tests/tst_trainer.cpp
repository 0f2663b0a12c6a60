// The trainer's arithmetic and its guarantees: the loss and its gradients against a hand-computed
// symmetric cross-entropy, accumulation equal to one big batch, frozen weights untouched, the
// schedule, the loss scaler, checkpoints that resume bit for bit, NaN handling, cancellation, early
// stopping, and a tiny model that actually learns.
#include "core/common/error.h"
#include "core/common/pause_token.h"
#include "core/jobs/throttled_training_observer.h"
#include "core/eval/retrieval_metrics.h"
#include "core/model/clip_model.h"
#include "core/model/clip_loss.h"
#include "core/train/adamw.h"
#include "core/train/clip_optimizer.h"
#include "core/train/contrastive_step.h"
#include "core/train/gradient_clipping.h"
#include "core/train/lr_schedule.h"
#include "core/train/parameter_groups.h"
#include "core/train/tower_freezing.h"
#include "core/train/trainer.h"
#include "core/train/training_checkpoint.h"
#include "core/model/wise_ft.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/nn/utils/clip_grad.h>
#include <torch/optim/adamw.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace clipft;

namespace {

constexpr int kColours = 8;
constexpr int kImage = 16;
constexpr int kContext = 8;
constexpr int64_t kVocab = 12;  // 0 pad, 1 SOT, 2..9 colour words, 11 EOT

ClipConfig tinyConfig() {
    ClipConfig config;
    config.name = "tiny-test";
    config.embed_dim = 16;
    config.vision = {2, 32, 2, 8, kImage, 64};
    config.text = {kContext, static_cast<int>(kVocab), 32, 2, 2, 64};
    return config;
}

ClipModel tinyModel(uint64_t seed) {
    torch::manual_seed(seed);
    return ClipModel(tinyConfig());
}

// [3, kImage, kImage]: a solid colour with a little noise; colour c has a fixed RGB.
at::Tensor colourImage(int colour, at::Generator& generator) {
    const float r = (colour & 1) ? 1.f : -1.f, g = (colour & 2) ? 1.f : -1.f, b = (colour & 4) ? 1.f : -1.f;
    at::Tensor image = at::stack({at::full({kImage, kImage}, r), at::full({kImage, kImage}, g), at::full({kImage, kImage}, b)});
    return image + 0.3 * at::randn({3, kImage, kImage}, generator);
}

at::Tensor colourTokens(int colour) {  // [kContext]
    at::Tensor tokens = at::zeros({kContext}, at::kLong);
    tokens[0] = 1;
    tokens[1] = 2 + colour;
    tokens[2] = kVocab - 1;
    return tokens;
}

// Batches of coloured squares, each captioned with its colour; content depends only on
// (seed, epoch, batch), as the real loader's does.
class ColourSource : public BatchSource {
public:
    ColourSource(int batch_size, int64_t batches_per_epoch, uint64_t seed, bool poison = false)
        : batch_size_(batch_size), batches_(batches_per_epoch), seed_(seed), poison_(poison) {}
    int64_t batchesPerEpoch() const override { return batches_; }
    void seek(int64_t epoch, int64_t batch) override { epoch_ = epoch, batch_ = batch; }
    TrainingBatch next(const CancelToken* cancel) override {
        if (cancel && cancel->isCancelled()) throw Cancelled();
        at::Generator generator = at::detail::createCPUGenerator(seed_ * 1000003 + epoch_ * 1009 + batch_);
        TrainingBatch batch;
        batch.epoch = epoch_;
        batch.batch_in_epoch = batch_;
        std::vector<at::Tensor> images, tokens;
        for (int i = 0; i < batch_size_; ++i) {
            const int colour = static_cast<int>((batch_ * batch_size_ + i + epoch_ * 3) % kColours);
            images.push_back(colourImage(colour, generator));
            tokens.push_back(colourTokens(colour));
        }
        batch.images = at::stack(images);
        batch.tokens = at::stack(tokens);
        if (poison_) batch.images.fill_(std::numeric_limits<float>::quiet_NaN());
        ++served;
        if (++batch_ == batches_) batch_ = 0, ++epoch_;
        return batch;
    }
    int64_t served = 0;

private:
    int batch_size_;
    int64_t batches_;
    uint64_t seed_;
    bool poison_;
    int64_t epoch_ = 0, batch_ = 0;
};

// Validation: two noisy squares of every colour, each captioned with its colour.
std::map<std::string, double> validateColours(ClipModelImpl& model) {
    torch::NoGradGuard no_grad;
    const bool was_training = model.is_training();
    model.eval();
    at::Generator generator = at::detail::createCPUGenerator(777);
    std::vector<at::Tensor> images, tokens, caption_image;
    for (int i = 0; i < 2 * kColours; ++i) {
        images.push_back(colourImage(i % kColours, generator));
        tokens.push_back(colourTokens(i % kColours));
    }
    const at::Tensor image_embeds = model.encodeImage(at::stack(images));
    const at::Tensor text_embeds = model.encodeText(at::stack(tokens));
    const RetrievalMetrics metrics =
        computeRetrievalMetrics(image_embeds, text_embeds, at::arange(2 * kColours, at::kLong), {1, 5});
    model.train(was_training);
    return metrics.values;
}

std::vector<std::pair<std::string, at::Tensor>> weightsOf(ClipModelImpl& model) {
    std::vector<std::pair<std::string, at::Tensor>> weights;
    for (const auto& item : model.named_parameters(true)) weights.emplace_back(item.key(), item.value().detach().clone());
    return weights;
}

double maxDifference(const std::vector<std::pair<std::string, at::Tensor>>& a,
                     const std::vector<std::pair<std::string, at::Tensor>>& b) {
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, (a[i].second - b[i].second).abs().max().item<double>());
    return worst;
}

TrainingOptions smallRun() {
    TrainingOptions options;
    options.max_steps = 12;
    options.batch_size = 8;
    options.adamw.lr = 1e-3;
    options.warmup_steps = 2;
    options.log_every = 1;
    options.eval_at_start = false;
    return options;
}

class RecordingObserver : public TrainingObserver {
public:
    void onStep(const StepReport& report) override {
        losses.push_back(report.loss);
        if (cancel_at_step > 0 && report.step == cancel_at_step && cancel) cancel->cancel();
    }
    void onEvaluation(const EvaluationReport& report) override { evaluations.push_back(report); }
    void onWarning(const std::string& message) override { warnings.push_back(message); }
    void onCheckpoint(int64_t step, const std::string&) override { checkpoint_steps.push_back(step); }
    std::vector<double> losses;
    std::vector<EvaluationReport> evaluations;
    std::vector<std::string> warnings;
    std::vector<int64_t> checkpoint_steps;
    int64_t cancel_at_step = 0;
    CancelToken* cancel = nullptr;
};

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        at::set_num_threads(1);  // bit-exact comparisons below assume one thread's summation order
    }

    void lossMatchesHandComputedCrossEntropy() {
        // A fixed batch of features; the loss and its gradients by hand, in double precision.
        at::Generator generator = at::detail::createCPUGenerator(5);
        const int64_t batch = 6, dim = 4;
        const at::Tensor images = at::randn({batch, dim}, generator, at::kDouble);
        const at::Tensor texts = at::randn({batch, dim}, generator, at::kDouble);
        const double scale = 3.5;

        std::vector<std::vector<double>> logits(batch, std::vector<double>(batch));
        for (int64_t i = 0; i < batch; ++i)
            for (int64_t j = 0; j < batch; ++j) logits[i][j] = scale * (images[i] * texts[j]).sum().item<double>();
        double expected = 0;
        std::vector<std::vector<double>> grad_logits(batch, std::vector<double>(batch, 0.0));  // dL/dlogits[i][j]
        for (int64_t i = 0; i < batch; ++i) {
            double row = 0, column = 0;
            for (int64_t j = 0; j < batch; ++j) row += std::exp(logits[i][j]), column += std::exp(logits[j][i]);
            expected += (std::log(row) - logits[i][i]) + (std::log(column) - logits[i][i]);
            for (int64_t j = 0; j < batch; ++j) {
                grad_logits[i][j] += (std::exp(logits[i][j]) / row - (i == j)) / (2.0 * batch);
                grad_logits[j][i] += (std::exp(logits[j][i]) / column - (i == j)) / (2.0 * batch);
            }
        }
        expected /= 2.0 * batch;

        at::Tensor image_leaf = images.to(at::kFloat).requires_grad_(true);
        at::Tensor text_leaf = texts.to(at::kFloat).requires_grad_(true);
        at::Tensor scale_leaf = at::full({}, scale, at::kFloat).requires_grad_(true);
        const at::Tensor loss = clipLoss(image_leaf, text_leaf, scale_leaf);
        QVERIFY(std::abs(loss.item<double>() - expected) < 1e-5);
        loss.backward();

        const at::Tensor g = at::empty({batch, batch}, at::kDouble);
        for (int64_t i = 0; i < batch; ++i)
            for (int64_t j = 0; j < batch; ++j) g[i][j] = grad_logits[i][j];
        const at::Tensor grad_images = scale * at::matmul(g, texts);     // [batch, dim]
        const at::Tensor grad_texts = scale * at::matmul(g.t(), images);  // [batch, dim]
        const double grad_scale = (g * at::matmul(images, texts.t())).sum().item<double>();
        QVERIFY((image_leaf.grad().to(at::kDouble) - grad_images).abs().max().item<double>() < 1e-5);
        QVERIFY((text_leaf.grad().to(at::kDouble) - grad_texts).abs().max().item<double>() < 1e-5);
        QVERIFY(std::abs(scale_leaf.grad().item<double>() - grad_scale) < 1e-4);
    }

    void stepGradientsMatchTheChainRule() {
        // One training step of a real model: the parameter gradients equal the hand-computed
        // feature gradients pushed back through the towers.
        ClipModel model = tinyModel(11);
        model->train();
        ColourSource source(6, 4, 3);
        const TrainingBatch batch = source.next(nullptr);
        const DynamicLossScaler no_scaling(false);
        const StepLoss step = accumulateContrastiveGradients(*model, {{batch.images, batch.tokens}}, Precision::Fp32, no_scaling);
        QVERIFY(std::isfinite(step.read()));
        std::map<std::string, at::Tensor> step_grads;
        for (const auto& item : model->named_parameters(true)) step_grads[item.key()] = item.value().grad().clone();

        for (auto& p : model->parameters(true)) p.mutable_grad() = at::Tensor();
        const at::Tensor image_features = model->encodeImage(batch.images);  // [6, 16]
        const at::Tensor text_features = model->encodeText(batch.tokens);    // [6, 16]
        const double scale = model->logit_scale.exp().item<double>();
        const at::Tensor I = image_features.detach().to(at::kDouble), T = text_features.detach().to(at::kDouble);
        const at::Tensor logits = scale * at::matmul(I, T.t());
        const int64_t n = I.size(0);
        const at::Tensor eye = at::eye(n, at::kDouble);
        const at::Tensor g = (at::softmax(logits, 1) - eye + (at::softmax(logits.t(), 1) - eye).t()) / (2.0 * n);
        const double loss_by_hand =
            ((-at::log_softmax(logits, 1).diagonal()).sum() + (-at::log_softmax(logits.t(), 1).diagonal()).sum()).item<double>() /
            (2.0 * n);
        QVERIFY(std::abs(step.read() - loss_by_hand) < 1e-5);
        torch::autograd::backward({image_features, text_features},
                               {(scale * at::matmul(g, T)).to(at::kFloat), (scale * at::matmul(g.t(), I)).to(at::kFloat)});
        for (const auto& item : model->named_parameters(true)) {
            if (item.key() == "logit_scale") {
                const double expected = scale * (g * at::matmul(I, T.t())).sum().item<double>();  // d/d log s
                QVERIFY(std::abs(step_grads["logit_scale"].item<double>() - expected) < 1e-4);
                continue;
            }
            const at::Tensor diff = (step_grads[item.key()] - item.value().grad()).abs().max();
            QVERIFY2(diff.item<double>() < 1e-5, item.key().c_str());
        }
    }

    void accumulationEqualsOneLargeBatch() {
        ColourSource source(16, 1, 9);
        const TrainingBatch batch = source.next(nullptr);
        const DynamicLossScaler no_scaling(false);

        ClipModel whole = tinyModel(21);
        whole->train();
        const StepLoss one = accumulateContrastiveGradients(*whole, {{batch.images, batch.tokens}}, Precision::Fp32, no_scaling);

        ClipModel parts = tinyModel(21);
        parts->train();
        std::vector<MicroBatch> micro;
        for (int k = 0; k < 4; ++k)
            micro.push_back({batch.images.slice(0, 4 * k, 4 * k + 4), batch.tokens.slice(0, 4 * k, 4 * k + 4)});
        const StepLoss four = accumulateContrastiveGradients(*parts, micro, Precision::Fp32, no_scaling);

        QVERIFY(std::abs(one.read() - four.read()) < 1e-5);
        const auto a = whole->named_parameters(true), b = parts->named_parameters(true);
        double largest = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            const at::Tensor ga = a[i].value().grad(), gb = b[i].value().grad();
            QVERIFY2(gb.defined(), a[i].key().c_str());
            const double diff = (ga - gb).abs().max().item<double>();
            const double size = ga.abs().max().item<double>();
            largest = std::max(largest, size);
            QVERIFY2(diff <= 1e-5 + 1e-4 * size, qPrintable(QString::fromStdString(a[i].key()) + " " + QString::number(diff)));
        }
        QVERIFY(largest > 1e-4);  // the gradients compared are not all zero
    }

    void freezingLeavesFrozenWeightsBitIdentical() {
        ClipModel model = tinyModel(31);
        const auto before = weightsOf(*model);
        ColourSource source(8, 4, 1);
        TrainingOptions options = smallRun();
        options.max_steps = 4;
        options.adamw.weight_decay = 0.5;  // decay would move frozen weights if they reached the optimizer
        options.lock_image = 2;  // the last block with ln_post, and the projection
        options.lock_text = 0;
        Trainer trainer(model, source, options, c10::Device(c10::kCPU), "");
        trainer.run();
        int changed = 0, frozen = 0;
        const auto after = weightsOf(*model);
        for (size_t i = 0; i < before.size(); ++i) {
            const std::string& name = before[i].first;
            const bool trainable = name.rfind("visual.transformer.resblocks.1.", 0) == 0 || name == "visual.ln_post.weight" ||
                                   name == "visual.ln_post.bias" || name == "visual.proj" || name == "logit_scale";
            const bool same = at::equal(before[i].second, after[i].second);
            if (trainable) {
                changed += !same;
            } else {
                ++frozen;
                QVERIFY2(same, name.c_str());
            }
        }
        QVERIFY(frozen > 10);
        QVERIFY(changed >= 5);
        QVERIFY_THROWS_EXCEPTION(Error, lockTower(*model, Tower::Text, -1));
    }

    // open_clip's lock groups, written from its VisionTransformer.lock and lock_text_tower: the
    // tower's parameters grouped from the front, the last N groups left trainable.
    void lockingCountsGroupsAsOpenClip_data() {
        QTest::addColumn<QString>("tower");
        QTest::addColumn<int>("unlocked");
        QTest::addColumn<QStringList>("trainable");  // name prefixes within the tower
        const QStringList image_groups[] = {
            {"visual.conv1.", "visual.class_embedding", "visual.positional_embedding", "visual.ln_pre."},
            {"visual.transformer.resblocks.0."},
            {"visual.transformer.resblocks.1.", "visual.ln_post."},
            {"visual.proj"}};
        const QStringList text_groups[] = {{"text.token_embedding.", "text.positional_embedding"},
                                           {"text.transformer.resblocks.0."},
                                           {"text.transformer.resblocks.1.", "text.ln_final."},
                                           {"text.text_projection"}};
        for (int n = 0; n <= 5; ++n) {
            QStringList image, text;
            for (int g = std::max(0, 4 - n); g < 4; ++g) image += image_groups[g], text += text_groups[g];
            QTest::newRow(qPrintable(QString("image %1").arg(n))) << "image" << n << image;
            QTest::newRow(qPrintable(QString("text %1").arg(n))) << "text" << n << text;
        }
    }
    void lockingCountsGroupsAsOpenClip() {
        QFETCH(QString, tower);
        QFETCH(int, unlocked);
        QFETCH(QStringList, trainable);
        ClipModel model = tinyModel(3);
        lockTower(*model, tower == "image" ? Tower::Image : Tower::Text, unlocked);
        const QString prefix = tower == "image" ? "visual." : "text.";
        int in_tower = 0;
        for (const auto& item : model->named_parameters(true)) {
            const QString name = QString::fromStdString(item.key());
            if (!name.startsWith(prefix)) {
                QVERIFY2(item.value().requires_grad(), qPrintable(name));  // the other tower and logit_scale
                continue;
            }
            ++in_tower;
            bool expected = false;
            for (const QString& start : trainable) expected |= name.startsWith(start);
            QVERIFY2(item.value().requires_grad() == expected, qPrintable(name));
        }
        QVERIFY(in_tower > 10);
    }

    void weightDecayExclusions_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("dims");
        QTest::addColumn<bool>("excluded");
        QTest::newRow("attention weight") << "visual.transformer.resblocks.0.attn.in_proj_weight" << 2 << false;
        QTest::newRow("attention bias") << "visual.transformer.resblocks.0.attn.in_proj_bias" << 1 << true;
        QTest::newRow("mlp bias") << "text.transformer.resblocks.3.mlp.c_fc.bias" << 1 << true;
        QTest::newRow("layer norm") << "visual.ln_post.weight" << 1 << true;
        QTest::newRow("logit scale") << "logit_scale" << 0 << true;
        // open_clip_train decays the 2-D positional embeddings; the class embedding is 1-D.
        QTest::newRow("text positional embedding") << "text.positional_embedding" << 2 << false;
        QTest::newRow("image positional embedding") << "visual.positional_embedding" << 2 << false;
        QTest::newRow("class embedding") << "visual.class_embedding" << 1 << true;
        QTest::newRow("final layer norm") << "text.ln_final.weight" << 1 << true;
        QTest::newRow("token embedding") << "text.token_embedding.weight" << 2 << false;
        QTest::newRow("projection") << "visual.proj" << 2 << false;
        QTest::newRow("patch conv") << "visual.conv1.weight" << 4 << false;
    }
    void weightDecayExclusions() {
        QFETCH(QString, name);
        QFETCH(int, dims);
        QFETCH(bool, excluded);
        std::vector<int64_t> shape(dims, 2);
        QCOMPARE(isExcludedFromWeightDecay(name.toStdString(), at::zeros(shape)), excluded);
    }

    void scheduleWarmsUpThenFollowsTheCosine() {
        QCOMPARE(cosineLearningRate(1.0, 4, 20, 0), 0.25);
        QCOMPARE(cosineLearningRate(1.0, 4, 20, 3), 1.0);
        QCOMPARE(cosineLearningRate(1.0, 4, 20, 4), 1.0);
        QVERIFY(std::abs(cosineLearningRate(1.0, 4, 20, 12) - 0.5) < 1e-12);
        QVERIFY(std::abs(cosineLearningRate(2.0, 0, 10, 9) - (1 + std::cos(M_PI * 0.9))) < 1e-12);
        double previous = 2;
        for (int step = 4; step < 20; ++step) {
            const double lr = cosineLearningRate(1.0, 4, 20, step);
            QVERIFY(lr <= previous && lr >= 0);
            previous = lr;
        }
    }

    void lossScalerBacksOffAndGrows() {
        DynamicLossScaler scaler(true, 1024.0, 3);
        at::Tensor parameter = at::ones({2}).requires_grad_(true);
        parameter.mutable_grad() = at::full({2}, 2048.0);
        QVERIFY(scaler.unscaleAndCheck({parameter}));
        QCOMPARE(parameter.grad()[0].item<double>(), 2.0);
        scaler.update(true);
        parameter.mutable_grad() = at::full({2}, std::numeric_limits<float>::infinity());
        QVERIFY(!scaler.unscaleAndCheck({parameter}));
        scaler.update(false);
        QCOMPARE(scaler.scale(), 512.0);
        for (int i = 0; i < 3; ++i) scaler.update(true);
        QCOMPARE(scaler.scale(), 1024.0);
        DynamicLossScaler off(false);
        QCOMPARE(off.scale(), 1.0);
        QVERIFY_THROWS_EXCEPTION(Error, checkPrecisionSupported(Precision::Amp, c10::Device(c10::kCPU)));
    }

    void adamwStepsAsLibTorchsAdamW() {
        // clipft's AdamW against LibTorch's own torch::optim::AdamW, the reference: two groups (with
        // and without weight decay), a changing learning rate, six steps.
        torch::manual_seed(5);
        at::Tensor a = at::randn({4, 3}).requires_grad_(true), b = at::randn({5}).requires_grad_(true);
        at::Tensor ref_a = a.detach().clone().requires_grad_(true), ref_b = b.detach().clone().requires_grad_(true);
        AdamW ours({{{a}, 0.1}, {{b}, 0.0}}, 1e-2, 0.9, 0.98, 1e-6);
        const auto options = [](double weight_decay) {
            return std::make_unique<torch::optim::AdamWOptions>(
                torch::optim::AdamWOptions(1e-2).betas(std::make_tuple(0.9, 0.98)).eps(1e-6).weight_decay(weight_decay));
        };
        std::vector<torch::optim::OptimizerParamGroup> groups;
        groups.emplace_back(std::vector<at::Tensor>{ref_a}, options(0.1));
        groups.emplace_back(std::vector<at::Tensor>{ref_b}, options(0.0));
        torch::optim::AdamW reference(std::move(groups), *options(0.1));
        for (int step = 0; step < 6; ++step) {
            const double lr = 1e-2 * (1.0 - step / 10.0);
            ours.setLearningRate(lr);
            for (auto& group : reference.param_groups()) static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
            const at::Tensor grad_a = at::randn({4, 3}), grad_b = at::randn({5});
            a.mutable_grad() = grad_a.clone(), ref_a.mutable_grad() = grad_a.clone();
            b.mutable_grad() = grad_b.clone(), ref_b.mutable_grad() = grad_b.clone();
            ours.step();
            reference.step();
        }
        const double moved = (a - ref_a.detach()).abs().max().item<double>() + (b - ref_b.detach()).abs().max().item<double>();
        QVERIFY2(moved <= 1e-7, qPrintable(QString("differs from torch::optim::AdamW by %1").arg(moved)));
        QCOMPARE(ours.stepsOf(0), 6);
        QVERIFY((a - at::randn({4, 3})).abs().max().item<double>() > 0);  // the comparison is not vacuous
    }

    void adamwSkipsAStepOnTheDeviceFlag() {
        // step(found_inf) equals step() to float rounding when the flag is clear, and leaves every
        // value bit-identical when it is set, even on a first step and with NaN gradients.
        torch::manual_seed(6);
        at::Tensor host = at::randn({3, 4}).requires_grad_(true);
        at::Tensor device = host.detach().clone().requires_grad_(true);
        AdamW on_host({{{host}, 0.05}}, 1e-2, 0.9, 0.98, 1e-6);
        AdamW on_device({{{device}, 0.05}}, 1e-2, 0.9, 0.98, 1e-6);
        const at::Tensor set = at::ones({}, at::kBool), clear = at::zeros({}, at::kBool);

        device.mutable_grad() = at::full({3, 4}, std::numeric_limits<float>::quiet_NaN());
        const at::Tensor untouched = device.detach().clone();
        on_device.step(set);  // a skipped first step
        QVERIFY(at::equal(device.detach(), untouched));
        QCOMPARE(on_device.stepsOf(0), 0);

        for (int step = 0; step < 4; ++step) {
            const at::Tensor grad = at::randn({3, 4});
            host.mutable_grad() = grad.clone(), device.mutable_grad() = grad.clone();
            on_host.step();
            on_device.step(clear);
            const double gap = (host - device).abs().max().item<double>();
            QVERIFY2(gap < 1e-6, qPrintable(QString("step %1: %2").arg(step).arg(gap)));
        }
        const at::Tensor weights = device.detach().clone(), exp_avg = on_device.stateOf(0).exp_avg.clone(),
                         exp_avg_sq = on_device.stateOf(0).exp_avg_sq.clone();
        device.mutable_grad() = at::full({3, 4}, std::numeric_limits<float>::infinity());
        on_device.step(set);
        QVERIFY(at::equal(device.detach(), weights));
        QVERIFY(at::equal(on_device.stateOf(0).exp_avg, exp_avg));
        QVERIFY(at::equal(on_device.stateOf(0).exp_avg_sq, exp_avg_sq));
        QCOMPARE(on_device.stepsOf(0), 4);
        QVERIFY(at::isfinite(device).all().item<bool>());
    }

    void gradientClippingAsLibTorch() {
        torch::manual_seed(7);
        std::vector<at::Tensor> ours, reference;
        for (int64_t n : {3, 7, 2}) {
            at::Tensor p = at::randn({n}).requires_grad_(true);
            p.mutable_grad() = 4 * at::randn({n});
            at::Tensor q = p.detach().clone().requires_grad_(true);
            q.mutable_grad() = p.grad().clone();
            ours.push_back(p), reference.push_back(q);
        }
        const double reference_norm = torch::nn::utils::clip_grad_norm_(reference, 1.5);
        const at::Tensor norm = clipGradientNorm(ours, 1.5);
        QCOMPARE(norm.item<double>(), reference_norm);
        QVERIFY(reference_norm > 1.5);  // clipping happened
        for (size_t i = 0; i < ours.size(); ++i) QVERIFY(at::equal(ours[i].grad(), reference[i].grad()));
    }

    void deferredDeviceReadsTrainTheSame() {
        // The GPU way (a device read per log interval, skips decided on the device), run on the CPU:
        // the same losses, reported in order, and the same weights as deciding every step on the host.
        TrainingOptions options = smallRun();
        options.log_every = 4;  // reads after steps 4 and 8, and at the end
        options.grad_clip_norm = 1.0;
        options.accum_steps = 2;
        std::vector<std::vector<double>> losses;
        std::vector<std::vector<std::pair<std::string, at::Tensor>>> weights;
        for (bool deferred : {false, true}) {
            ClipModel model = tinyModel(71);
            ColourSource source(8, 6, 4);
            Trainer trainer(model, source, options, c10::Device(c10::kCPU), "");
            trainer.setDeferredReads(deferred);
            RecordingObserver observer;
            trainer.run(&observer);
            losses.push_back(observer.losses);
            weights.push_back(weightsOf(*model));
        }
        QCOMPARE(losses[1].size(), losses[0].size());
        QVERIFY(losses[1].size() >= 6);
        for (size_t i = 0; i < losses[0].size(); ++i)
            QVERIFY2(std::abs(losses[0][i] - losses[1][i]) < 1e-4, qPrintable(QString("step %1").arg(i + 1)));
        QVERIFY(losses[1].back() < losses[1].front());
        QVERIFY(maxDifference(weights[0], weights[1]) < 1e-4);

        // NaN losses: skipped on the device, counted at the read, and the run still stops.
        ClipModel model = tinyModel(61);
        const auto before = weightsOf(*model);
        ColourSource poisoned(8, 4, 1, /*poison=*/true);
        options.max_bad_steps = 3;
        options.accum_steps = 1;
        Trainer trainer(model, poisoned, options, c10::Device(c10::kCPU), "");
        trainer.setDeferredReads(true);
        RecordingObserver observer;
        QVERIFY_THROWS_EXCEPTION(Error, trainer.run(&observer));
        QCOMPARE(static_cast<int>(observer.warnings.size()), 4);
        QCOMPARE(maxDifference(before, weightsOf(*model)), 0.0);
    }

    void tinyModelLearns() {
        ClipModel model = tinyModel(41);
        ColourSource source(8, 8, 2);
        TrainingOptions options = smallRun();
        options.max_steps = 0;
        options.epochs = 5;
        options.eval_at_start = true;
        TrainerHooks hooks;
        hooks.validate = [](ClipModelImpl& m, const CancelToken*) { return validateColours(m); };
        int best_saves = 0;
        hooks.save_best = [&](ClipModelImpl&, int64_t, const std::map<std::string, double>&) { ++best_saves; };
        Trainer trainer(model, source, options, c10::Device(c10::kCPU), "", hooks);
        RecordingObserver observer;
        const TrainingOutcome outcome = trainer.run(&observer);
        QCOMPARE(outcome.end, TrainingEnd::Completed);
        QCOMPARE(static_cast<int>(observer.losses.size()), 40);
        QCOMPARE(static_cast<int>(observer.evaluations.size()), 6);  // the start and each epoch's end
        double first = 0, last = 0;
        for (int i = 0; i < 5; ++i) first += observer.losses[i], last += observer.losses[observer.losses.size() - 1 - i];
        QVERIFY2(last < 0.5 * first, qPrintable(QString("loss %1 -> %2").arg(first / 5).arg(last / 5)));
        const double recall_before = observer.evaluations.front().metrics.at("image_retrieval_recall@1");
        const double recall_after = observer.evaluations.back().metrics.at("image_retrieval_recall@1");
        QVERIFY2(recall_after >= recall_before + 0.3, qPrintable(QString("recall@1 %1 -> %2").arg(recall_before).arg(recall_after)));
        QVERIFY(best_saves >= 2);
        QCOMPARE(outcome.state.best_metric, [&] {
            double best = 0;
            for (const auto& e : observer.evaluations) best = std::max(best, e.metrics.at("image_retrieval_recall@5"));
            return best;
        }());
    }

    void resumingFromACheckpointContinuesExactly() {
        const std::string checkpoint = dir_.filePath("resume.safetensors").toStdString();
        TrainingOptions options = smallRun();
        options.accum_steps = 2;
        options.checkpoint_every = 5;

        ClipModel uninterrupted = tinyModel(51);
        ColourSource full_source(8, 6, 4);
        Trainer full(uninterrupted, full_source, options, c10::Device(c10::kCPU), "");
        RecordingObserver full_log;
        full.run(&full_log);

        // Cancel after step 7; the checkpoint then holds step 7. Resume in a fresh trainer.
        ClipModel first_model = tinyModel(51);
        ColourSource first_source(8, 6, 4);
        Trainer first(first_model, first_source, options, c10::Device(c10::kCPU), checkpoint);
        CancelToken cancel;
        RecordingObserver first_log;
        first_log.cancel = &cancel;
        first_log.cancel_at_step = 7;
        const TrainingOutcome stopped = first.run(&first_log, &cancel);
        QCOMPARE(stopped.end, TrainingEnd::Cancelled);
        QCOMPARE(stopped.state.step, 7);
        QCOMPARE(readCheckpointInfo(checkpoint).state.step, 7);
        QVERIFY(std::find(first_log.checkpoint_steps.begin(), first_log.checkpoint_steps.end(), 5) !=
                first_log.checkpoint_steps.end());

        ClipModel resumed_model = tinyModel(999);  // other initial weights: all must come from the file
        ColourSource resumed_source(8, 6, 4);
        Trainer resumed(resumed_model, resumed_source, options, c10::Device(c10::kCPU), checkpoint);
        resumed.resumeFrom(checkpoint);
        RecordingObserver resumed_log;
        const TrainingOutcome done = resumed.run(&resumed_log);
        QCOMPARE(done.end, TrainingEnd::Completed);
        QCOMPARE(static_cast<int>(resumed_log.losses.size()), 5);
        for (int i = 0; i < 5; ++i) QCOMPARE(resumed_log.losses[i], full_log.losses[7 + i]);
        QCOMPARE(maxDifference(weightsOf(*uninterrupted), weightsOf(*resumed_model)), 0.0);

        // Other settings than the checkpoint's are refused.
        TrainingOptions other = options;
        other.adamw.lr = 5e-4;
        ClipModel model = tinyModel(1);
        Trainer mismatched(model, resumed_source, other, c10::Device(c10::kCPU), "");
        QVERIFY_THROWS_EXCEPTION(Error, mismatched.resumeFrom(checkpoint));
    }

    void nanLossesAreSkippedThenStopTheRun() {
        ClipModel model = tinyModel(61);
        const auto before = weightsOf(*model);
        ColourSource poisoned(8, 4, 1, /*poison=*/true);
        TrainingOptions options = smallRun();
        options.max_bad_steps = 3;
        Trainer trainer(model, poisoned, options, c10::Device(c10::kCPU), "");
        RecordingObserver observer;
        try {
            trainer.run(&observer);
            QFAIL("a run of NaN losses did not stop");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("NaN or infinite in 4 steps"), e.what());
            QVERIFY(QString(e.what()).contains("learning rate"));
        }
        QCOMPARE(static_cast<int>(observer.warnings.size()), 4);
        QCOMPARE(maxDifference(before, weightsOf(*model)), 0.0);  // no skipped step touched the weights
    }

    void earlyStoppingWaitsForPatience() {
        ClipModel model = tinyModel(71);
        ColourSource source(8, 4, 1);
        TrainingOptions options = smallRun();
        options.max_steps = 20;
        options.eval_every = 2;
        options.early_stopping_patience = 2;
        options.early_stopping_min_delta = 0.01;
        TrainerHooks hooks;
        int calls = 0;
        hooks.validate = [&](ClipModelImpl&, const CancelToken*) {
            ++calls;
            return std::map<std::string, double>{{"image_retrieval_recall@5", calls == 1 ? 0.5 : 0.505}};
        };
        Trainer trainer(model, source, options, c10::Device(c10::kCPU), "", hooks);
        const TrainingOutcome outcome = trainer.run();
        QCOMPARE(outcome.end, TrainingEnd::EarlyStopped);
        QCOMPARE(calls, 3);  // step 2 sets the best; steps 4 and 6 improve by less than min_delta
        QCOMPARE(outcome.state.step, 6);
        QCOMPARE(outcome.state.best_step, 4);  // 0.505 is still the best value, just not a significant gain
    }

    void cancellingBeforeTheFirstStepLeavesAResumableCheckpoint() {
        const std::string checkpoint = dir_.filePath("cancelled.safetensors").toStdString();
        ClipModel model = tinyModel(81);
        ColourSource source(8, 4, 1);
        Trainer trainer(model, source, smallRun(), c10::Device(c10::kCPU), checkpoint);
        CancelToken cancel;
        cancel.cancel();
        const TrainingOutcome outcome = trainer.run(nullptr, &cancel);
        QCOMPARE(outcome.end, TrainingEnd::Cancelled);
        QCOMPARE(outcome.state.step, 0);
        QCOMPARE(source.served, 0);
        QCOMPARE(readCheckpointInfo(checkpoint).state.step, 0);
    }

    // A pause holds the trainer between steps with its state; resume continues to the same end.
    void pauseHoldsTheRunBetweenSteps() {
        ClipModel model = tinyModel(83);
        ColourSource source(8, 4, 1);
        PauseToken pause;
        struct PausingObserver : TrainingObserver {
            PauseToken* pause = nullptr;
            std::vector<int64_t> steps;
            std::vector<std::pair<bool, int64_t>> pauses;
            int64_t steps_when_paused = -1;
            void onStep(const StepReport& r) override {
                steps.push_back(r.step);
                if (r.step == 3) pause->pause();  // as the GUI's button would, between steps
            }
            void onPaused(bool paused, int64_t step) override {
                pauses.emplace_back(paused, step);
                if (paused) {
                    steps_when_paused = static_cast<int64_t>(steps.size());
                    pause->resume();  // the trainer is now waiting: let it go on
                }
            }
        } observer;
        observer.pause = &pause;
        Trainer trainer(model, source, smallRun(), c10::Device(c10::kCPU), "");
        const TrainingOutcome outcome = trainer.run(&observer, nullptr, &pause);
        QCOMPARE(outcome.end, TrainingEnd::Completed);
        QCOMPARE(outcome.state.step, int64_t(12));
        QCOMPARE(observer.steps_when_paused, int64_t(3));  // it stopped right after step 3
        QCOMPARE(observer.pauses.size(), size_t(2));
        QCOMPARE(observer.pauses[0], std::make_pair(true, int64_t(3)));
        QCOMPARE(observer.pauses[1], std::make_pair(false, int64_t(3)));
        // A paused run that is cancelled stops at once with a checkpoint.
        const std::string checkpoint = dir_.filePath("paused.safetensors").toStdString();
        ClipModel other = tinyModel(84);
        ColourSource other_source(8, 4, 1);
        Trainer paused_trainer(other, other_source, smallRun(), c10::Device(c10::kCPU), checkpoint);
        PauseToken held;
        held.pause();
        CancelToken cancel;
        struct CancelWhenPaused : TrainingObserver {
            CancelToken* cancel = nullptr;
            void onPaused(bool paused, int64_t) override {
                if (paused) cancel->cancel();
            }
        } canceller;
        canceller.cancel = &cancel;
        QCOMPARE(paused_trainer.run(&canceller, &cancel, &held).end, TrainingEnd::Cancelled);
        QCOMPARE(readCheckpointInfo(checkpoint).state.step, int64_t(0));
    }

    // A cancel that arrives during a validation: the resumed run validates again before going on,
    // so it records the same evaluations as an uninterrupted run.
    void cancelDuringValidationRunsItAgainOnResume() {
        const std::string checkpoint = dir_.filePath("mid-validation.safetensors").toStdString();
        TrainingOptions options = smallRun();
        options.eval_every = 4;
        options.eval_at_start = false;
        CancelToken cancel;
        std::vector<int64_t> validated_at;
        TrainerHooks hooks;
        hooks.validate = [&](ClipModelImpl& model, const CancelToken* token) {
            if (token && token->isCancelled()) throw Cancelled();
            return validateColours(model);
        };
        struct CancelInValidation : TrainingObserver {
            CancelToken* cancel = nullptr;
            std::vector<int64_t>* validated = nullptr;
            void onStep(const StepReport& r) override {
                if (r.step == 8) cancel->cancel();  // the validation after step 8 sees it
            }
            void onEvaluation(const EvaluationReport& r) override { validated->push_back(r.step); }
        } observer;
        observer.cancel = &cancel;
        observer.validated = &validated_at;
        {
            ClipModel model = tinyModel(85);
            ColourSource source(8, 4, 1);
            Trainer trainer(model, source, options, c10::Device(c10::kCPU), checkpoint, hooks);
            QCOMPARE(trainer.run(&observer, &cancel).end, TrainingEnd::Cancelled);
        }
        QCOMPARE(validated_at, (std::vector<int64_t>{4}));
        QVERIFY(readCheckpointInfo(checkpoint).state.evaluation_pending);
        QCOMPARE(readCheckpointInfo(checkpoint).state.step, int64_t(8));
        CancelToken fresh;
        ClipModel model = tinyModel(85);
        ColourSource source(8, 4, 1);
        Trainer resumed(model, source, options, c10::Device(c10::kCPU), checkpoint, hooks);
        resumed.resumeFrom(checkpoint);
        observer.cancel = &fresh;  // step 8 is behind it now
        QCOMPARE(resumed.run(&observer, &fresh).end, TrainingEnd::Completed);
        QCOMPARE(validated_at, (std::vector<int64_t>{4, 8, 12}));
    }

    // The throttling adapter hands every step on, in order, in fewer bursts than steps, with the
    // last step and anything after an evaluation never held back.
    void throttledObserverKeepsEveryStepInOrder() {
        struct Counting : TrainingObserver {
            std::vector<int64_t> steps;
            std::vector<std::string> events;  // "steps:N", "evaluation@S"
            void onSteps(const std::vector<StepReport>& reports) override {
                for (const auto& r : reports) steps.push_back(r.step);
                events.push_back("steps:" + std::to_string(reports.size()));
            }
            void onEvaluation(const EvaluationReport& r) override { events.push_back("evaluation@" + std::to_string(r.step)); }
        } sink;
        {
            ThrottledTrainingObserver throttled(sink, std::chrono::hours(1));  // only forced flushes
            for (int64_t step = 1; step <= 1000; ++step) {
                StepReport r;
                r.step = step;
                r.total_steps = 1000;
                throttled.onStep(r);
                if (step == 500) {
                    EvaluationReport e;
                    e.step = 500;
                    throttled.onEvaluation(e);
                }
            }
        }
        QCOMPARE(sink.steps.size(), size_t(1000));
        for (size_t i = 0; i < sink.steps.size(); ++i) QCOMPARE(sink.steps[i], static_cast<int64_t>(i + 1));
        // The first step passes at once (nothing was sent yet), 2..500 wait for the evaluation,
        // 501..1000 for the last step.
        QCOMPARE(sink.events, (std::vector<std::string>{"steps:1", "steps:499", "evaluation@500", "steps:500"}));
    }

    void wiseFtInterpolatesEveryTensor() {
        ClipModel pretrained = tinyModel(91), finetuned = tinyModel(92);
        ClipModel start = wiseFtInterpolate(*pretrained, *finetuned, 0.0);
        ClipModel end = wiseFtInterpolate(*pretrained, *finetuned, 1.0);
        ClipModel middle = wiseFtInterpolate(*pretrained, *finetuned, 0.25);
        QCOMPARE(maxDifference(weightsOf(*start), weightsOf(*pretrained)), 0.0);
        QCOMPARE(maxDifference(weightsOf(*end), weightsOf(*finetuned)), 0.0);
        const auto a = weightsOf(*pretrained), b = weightsOf(*finetuned), m = weightsOf(*middle);
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY2(at::allclose(m[i].second, 0.75 * a[i].second + 0.25 * b[i].second, 1e-5, 1e-6), m[i].first.c_str());
        QVERIFY(maxDifference(m, a) > 0);
        QVERIFY_THROWS_EXCEPTION(Error, wiseFtInterpolate(*pretrained, *finetuned, 1.5));
        ClipConfig other = tinyConfig();
        other.embed_dim = 8;
        ClipModel different(other);
        QVERIFY_THROWS_EXCEPTION(Error, wiseFtInterpolate(*pretrained, *different, 0.5));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
