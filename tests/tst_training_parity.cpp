// A few steps of `clipft train` against open_clip's own training loop, on one fixed full batch.
//
// The reference below is a transcription of open_clip_train (main.py's parameter groups and AdamW,
// scheduler.py's cosine_lr, train.py's train_one_epoch, loss.py's ClipLoss) into LibTorch, written
// from that source: scheduler(step) before each step, zero_grad, forward, ClipLoss, backward,
// clip_grad_norm_(model.parameters()), optimizer.step(), logit_scale.clamp_(0, ln 100). Only the
// forward pass (the towers, checked against open_clip by tst_parity) and the image/text
// preprocessing are clipft's. `clipft train --augment none` runs as a child process, as a user runs
// it, and its final weights must equal the reference's to 1e-3 relative L2 per tensor.
//
// The settings make every part of the loop visible: a weight decay large enough that decaying the
// wrong group shows (checked: the reference with open_clip's old mistake, positional embeddings
// exempt, differs by more than the bar), warmup then cosine, a clipping norm below the gradient's,
// and a starting temperature above ln 100 so the clamp acts.
#include "core/jobs/dataset_import_job.h"
#include "core/demo/demo_dataset.h"
#include "core/image/image_decoder.h"
#include "core/image/image_transform.h"
#include "core/model/clip_model.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"
#include "tiny_model_fixture.h"

#include <ATen/ATen.h>
#include <torch/nn/functional/loss.h>
#include <torch/nn/utils/clip_grad.h>
#include <torch/optim/adamw.h>

#include <cmath>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace clipft;

namespace {

const QString kClipft = QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft");

constexpr int kImages = 8;  // one full batch
constexpr int kSteps = 4;
constexpr int kWarmup = 2;
constexpr double kLr = 1e-3;
constexpr double kWeightDecay = 5.0;
constexpr double kGradClip = 0.05;
constexpr double kInitialLogitScale = 4.7;  // > ln 100: the clamp after step 1 acts

// open_clip_train/main.py: exclude = lambda n, p: p.ndim < 2 or "bn" in n or "ln" in n or "bias" in n
// or 'logit_scale' in n. `exempt_positional` reproduces the rule clipft used to have, to show the
// test can tell the two apart.
bool excludedFromDecay(const std::string& n, const at::Tensor& p, bool exempt_positional) {
    const auto has = [&](const char* s) { return n.find(s) != std::string::npos; };
    return p.dim() < 2 || has("bn") || has("ln") || has("bias") || has("logit_scale") ||
           (exempt_positional && has("positional_embedding"));
}

// open_clip_train/scheduler.py cosine_lr, called with the step index before each step.
double cosineLr(double base_lr, int warmup_length, int steps, int step) {
    if (step < warmup_length) return base_lr * (step + 1) / warmup_length;
    const double e = step - warmup_length;
    const double es = steps - warmup_length;
    return 0.5 * (1 + std::cos(M_PI * e / es)) * base_lr;
}

// The reference loop; returns the trained weights by clipft's parameter name.
std::map<std::string, at::Tensor> openClipLoop(const std::string& model_dir, const at::Tensor& images,
                                               const at::Tensor& texts, bool exempt_positional) {
    LoadedModel loaded = loadModel(model_dir, c10::Device(c10::kCPU));
    ClipModelImpl& model = *loaded.model;
    model.train();
    std::vector<at::Tensor> gain_or_bias_params, rest_params;
    for (const auto& item : model.named_parameters(true)) {
        if (!item.value().requires_grad()) continue;
        (excludedFromDecay(item.key(), item.value(), exempt_positional) ? gain_or_bias_params : rest_params)
            .push_back(item.value());
    }
    const auto adamw = [](double wd) {
        return std::make_unique<torch::optim::AdamWOptions>(
            torch::optim::AdamWOptions(kLr).betas(std::make_tuple(0.9, 0.98)).eps(1e-6).weight_decay(wd));
    };
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(gain_or_bias_params, adamw(0.0));
    groups.emplace_back(rest_params, adamw(kWeightDecay));
    torch::optim::AdamW optimizer(std::move(groups), *adamw(kWeightDecay));

    for (int step = 0; step < kSteps; ++step) {
        const double lr = cosineLr(kLr, kWarmup, kSteps, step);
        for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
        optimizer.zero_grad();
        // CLIP.forward: normalised features and logit_scale.exp().
        const at::Tensor image_features = model.encodeImage(images, true);  // [N, D]
        const at::Tensor text_features = model.encodeText(texts, true);     // [N, D]
        const at::Tensor logit_scale = model.logit_scale.exp();
        // ClipLoss.get_logits and forward.
        const at::Tensor logits_per_image = logit_scale * image_features.matmul(text_features.t());  // [N, N]
        const at::Tensor logits_per_text = logit_scale * text_features.matmul(image_features.t());   // [N, N]
        const at::Tensor labels = at::arange(images.size(0), at::kLong);
        namespace F = torch::nn::functional;
        const at::Tensor total_loss = (F::cross_entropy(logits_per_image, labels) + F::cross_entropy(logits_per_text, labels)) / 2;
        total_loss.backward();
        torch::nn::utils::clip_grad_norm_(model.parameters(), kGradClip, 2.0);
        optimizer.step();
        torch::NoGradGuard no_grad;
        model.logit_scale.clamp_(0, std::log(100.0));
    }
    std::map<std::string, at::Tensor> weights;
    for (const auto& item : model.named_parameters(true)) weights[item.key()] = item.value().detach().clone();
    return weights;
}

std::map<std::string, at::Tensor> weightsOfFolder(const std::string& dir) {
    LoadedModel loaded = loadModel(dir, c10::Device(c10::kCPU));
    std::map<std::string, at::Tensor> weights;
    for (const auto& item : loaded.model->named_parameters(true)) weights[item.key()] = item.value().detach().clone();
    return weights;
}

double relativeL2(const at::Tensor& a, const at::Tensor& reference) {
    const double norm = reference.norm().item<double>();
    return (a - reference).norm().item<double>() / std::max(norm, 1e-12);
}

}  // namespace

class TestTrainingParity : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    void clipftTrainMatchesOpenClipsLoop() {
        QVERIFY(dir_.isValid());
        // 8 images of 48 px (the model's 32 px input: the eval transform resizes and crops), one
        // caption each, all in the train split: one batch is the whole data set at every step.
        writeDemoDataset(path("data").toStdString(), DemoVariant::Generic, kImages, 11, 48);
        QStringList captions;
        QStringList image_files = QDir(path("data")).entryList({"*.png"}, QDir::Files, QDir::Name);
        QCOMPARE(image_files.size(), kImages);
        for (const QString& image : image_files) {
            const QString caption_path = path("data/" + QFileInfo(image).completeBaseName() + ".txt");
            QFile file(caption_path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString first = QString::fromUtf8(file.readAll()).split('\n').first().trimmed();
            file.close();
            QVERIFY(!first.isEmpty());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(first.toUtf8() + "\n");
            captions << first;
        }
        const QString project = path("project.clipft");
        {
            ProjectStore store = ProjectStore::open(project.toStdString());
            DatasetImportRequest request;
            request.name = "shapes";
            request.source = path("data").toStdString();
            request.ratios = {1.0, 0.0, 0.0};
            importDataset(store, request);
            QCOMPARE(store.datasetStats("shapes").train.images, static_cast<int64_t>(kImages));
        }

        // A tiny CLIP with a sentencepiece vocabulary of the captions, its temperature above ln 100.
        fixtures::TinyClipShape shape;
        shape.vocab_size = 40;
        const QString model_dir = fixtures::writeTinyClip(dir_.path(), captions, shape, 5, 20, kInitialLogitScale);
        QVERIFY(!model_dir.isEmpty());

        // clipft train, as a user runs it.
        QProcess process;
        process.start(kClipft, {"train", "--project", project, "--dataset", "shapes", "--model", model_dir, "--out",
                                path("run"), "--steps", QString::number(kSteps), "--batch-size", QString::number(kImages),
                                "--lr", QString::number(kLr), "--wd", QString::number(kWeightDecay), "--warmup",
                                QString::number(kWarmup), "--grad-clip", QString::number(kGradClip), "--augment", "none",
                                "--threads", "1", "--device", "cpu"});
        QVERIFY(process.waitForFinished(300000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const auto trained = weightsOfFolder(path("run/final").toStdString());

        // The reference's inputs: the same files through the eval transform, the same tokens.
        LoadedModel loaded = loadModel(model_dir.toStdString(), c10::Device(c10::kCPU));
        ImageTransformConfig transform;
        transform.image_size = loaded.model->config.vision.image_size;
        transform.mean = loaded.model->config.preprocess.mean;
        transform.std = loaded.model->config.preprocess.std;
        std::vector<at::Tensor> pixels, tokens;
        for (int i = 0; i < kImages; ++i) {
            pixels.push_back(evalTransform(decodeImageFile(path("data/" + image_files[i]).toStdString()), transform));
            tokens.push_back(at::tensor(loaded.tokenizer->encode(captions[i].toStdString(), loaded.model->config.text.context_length),
                                        at::kLong));
        }
        const at::Tensor images = at::stack(pixels);  // [8, 3, 32, 32]
        const at::Tensor texts = at::stack(tokens);   // [8, 16]

        const auto reference = openClipLoop(model_dir.toStdString(), images, texts, false);
        const auto initial = weightsOfFolder(model_dir.toStdString());
        QCOMPARE(trained.size(), reference.size());
        for (const auto& [name, expected] : reference) {
            QVERIFY2(trained.count(name), name.c_str());
            const double difference = relativeL2(trained.at(name), expected);
            QVERIFY2(difference <= 1e-3, qPrintable(QString::fromStdString(name) + ": relative L2 " + QString::number(difference)));
            // Every tensor moved, so agreement is not that of two untouched copies.
            QVERIFY2(relativeL2(initial.at(name), expected) > 1e-3, name.c_str());
        }
        // The clamp acted: the temperature is exactly ln 100 or below it.
        QVERIFY(trained.at("logit_scale").item<double>() <= std::log(100.0) + 1e-6);

        // The test's power: decaying the wrong group moves the positional embeddings past the bar.
        const auto wrong = openClipLoop(model_dir.toStdString(), images, texts, true);
        for (const char* name : {"visual.positional_embedding", "text.positional_embedding"}) {
            const double difference = relativeL2(wrong.at(name), reference.at(name));
            QVERIFY2(difference > 2e-3, qPrintable(QString(name) + ": " + QString::number(difference)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingParity)
#include "tst_training_parity.moc"
