// The built-in demo model: the shipped folder in resources/demo-model loads through the ordinary
// model path (sentencepiece tokenizer included), fits the size budget and still tells shapes and
// colours apart; and the recipe that made it (`clipft pretrain-demo`) runs end to end, writes a
// folder that loads, is reproducible from its seed, and can be cancelled.
#include "core/common/error.h"
#include "core/common/resource_paths.h"
#include "core/demo/demo_batch_source.h"
#include "core/demo/demo_captioner.h"
#include "core/demo/demo_dataset.h"
#include "core/demo/demo_retrieval.h"
#include "core/model/model_folder.h"
#include "core/model/safetensors.h"
#include "core/text/sentencepiece_tokenizer.h"
#include "core/demo/demo_pretraining.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

using namespace clipft;
namespace fs = std::filesystem;

namespace {

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Tiny settings: the real architecture, a few steps of small batches.
DemoPretrainingOptions smokeOptions(const std::string& out) {
    DemoPretrainingOptions options;
    options.out_dir = out;
    options.seed = 7;
    options.images = 32;
    options.batch_size = 8;
    options.steps = 3;
    options.warmup_steps = 1;
    options.eval_images = 16;
    options.eval_every = 2;
    options.log_every = 1;
    return options;
}

class StepCounter : public TrainingObserver {
public:
    void onStep(const StepReport& report) override { steps = report.step, total = report.total_steps; }
    void onEvaluation(const EvaluationReport&) override { ++evaluations; }
    int64_t steps = 0, total = 0;
    int evaluations = 0;
};

}  // namespace

class TestDemoModel : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        at::set_num_threads(2);
    }

    void demoModelIsFoundInTheSourceTree() {
        qunsetenv("CLIPFT_DEMO_MODEL");
        const std::string dir = demoModelDir();
        QVERIFY2(fs::equivalent(dir, fs::path(CLIPFT_SOURCE_DIR) / "resources" / "demo-model"), dir.c_str());
        // The variable overrides the search, and a folder without a model is refused with a sentence.
        qputenv("CLIPFT_DEMO_MODEL", dir_.path().toUtf8());
        QVERIFY_THROWS_EXCEPTION(Error, demoModelDir());
        qunsetenv("CLIPFT_DEMO_MODEL");
    }

    // Loading reports progress tensor by tensor and can be cancelled; the weights are the file's
    // (no random values survive: the parameters are created empty and filled from the file).
    void loadingReportsProgressAndCanBeCancelled() {
        const std::string dir = demoModelDir();
        struct Progress : ProgressObserver {
            std::vector<std::pair<long long, long long>> seen;
            void onProgress(const std::string& stage, long long done, long long total) override {
                if (stage == "loading weights") seen.emplace_back(done, total);
            }
        } progress;
        const LoadedModel loaded = loadModel(dir, c10::Device(c10::kCPU), &progress);
        const auto parameters = loaded.model->named_parameters(true);
        QCOMPARE(progress.seen.size(), parameters.size());
        QCOMPARE(progress.seen.back(), std::make_pair(static_cast<long long>(parameters.size()),
                                                      static_cast<long long>(parameters.size())));
        auto file = SafetensorsFile::open(dir + "/open_clip_model.safetensors");
        const at::Tensor stored = file->tensor("visual.conv1.weight").to(at::kFloat);
        QVERIFY(at::equal(loaded.model->visual->conv1->weight, stored));
        QVERIFY(at::equal(loaded.model->logit_scale, file->tensor("logit_scale").to(at::kFloat)));

        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, loadModel(dir, c10::Device(c10::kCPU), nullptr, &cancel));
    }

    void shippedModelLoadsWithItsSentencePieceVocabulary() {
        const std::string dir = demoModelDir();
        int64_t bytes = 0;
        for (const auto& entry : fs::directory_iterator(dir)) bytes += static_cast<int64_t>(entry.file_size());
        QVERIFY2(bytes <= 10 * 1000 * 1000, qPrintable(QString("the demo model takes %1 bytes").arg(bytes)));

        auto file = SafetensorsFile::open(dir + "/open_clip_model.safetensors");
        for (const auto& entry : file->entries()) QCOMPARE(entry.dtype, SafetensorsDType::F16);

        const LoadedModel loaded = loadModel(dir, c10::Device(c10::kCPU));
        const auto* tokenizer = dynamic_cast<const SentencePieceTokenizer*>(loaded.tokenizer.get());
        QVERIFY(tokenizer);
        QCOMPARE(loaded.model->config.vision.image_size, 64);
        QCOMPARE(loaded.model->config.text.vocab_size, static_cast<int>(tokenizer->vocabSize()));
        QCOMPARE(loaded.model->logit_scale.scalar_type(), at::kFloat);  // fp16 on disk, fp32 in memory

        // Every word a demo caption of either variant can hold is known (no <unk>, id 0), and queries
        // are case-folded.
        for (const std::string& word : demoCaptionVocabulary())
            for (int64_t id : tokenizer->pieceIds(word)) QVERIFY2(id != 0, word.c_str());
        QCOMPARE(tokenizer->encode("A Red CIRCLE", 32), tokenizer->encode("a red circle", 32));
    }

    void shippedModelTellsGenericShapesApart() {
        LoadedModel loaded = loadModel(demoModelDir(), c10::Device(c10::kCPU));
        // Held out: the model was trained on samples of seed 0 only. Chance image R@5 is 5/64.
        DemoEvaluationSet set = demoHeldOutSet(DemoVariant::Generic, 0, 64);
        const auto metrics = evaluateOnDemoSet(*loaded.model, *loaded.tokenizer, set).values;
        qInfo("generic, 64 held-out images: image R@5 %.3f, text R@5 %.3f", metrics.at("image_retrieval_recall@5"),
              metrics.at("text_retrieval_recall@5"));
        QVERIFY(metrics.at("image_retrieval_recall@5") > 0.5);
        QVERIFY(metrics.at("text_retrieval_recall@5") > 0.5);
    }

    void demoCaptionsFitTheContext() {
        const LoadedModel loaded = loadModel(demoModelDir(), c10::Device(c10::kCPU));
        const int context = loaded.model->config.text.context_length;
        for (DemoVariant variant : {DemoVariant::Generic, DemoVariant::Specialised})
            for (int64_t i = 0; i < 300; ++i)
                for (const std::string& caption : generateDemoSample(variant, 3, i, 16).captions) {
                    const std::vector<int64_t> ids = loaded.tokenizer->encode(caption, context);
                    QVERIFY2(ids.back() == 0, caption.c_str());  // padding left over: nothing was cut
                }
    }

    void batchesDependOnlyOnTheirPosition() {
        auto tokenizer = std::make_shared<SentencePieceTokenizer>(demoModelDir() + "/" + kDemoVocabularyFile);
        DemoBatchOptions options;
        options.images = 40;
        options.batch_size = 8;
        options.order_seed = 5;
        DemoBatchSource a(options, tokenizer), b(options, tokenizer);
        at::set_num_threads(1);
        const TrainingBatch first = a.batchAt(2, 3);
        at::set_num_threads(2);
        b.seek(2, 3);
        const TrainingBatch second = b.next(nullptr);
        at::set_num_threads(2);
        QVERIFY(at::equal(first.images, second.images));
        QVERIFY(at::equal(first.tokens, second.tokens));
        QCOMPARE(first.item_indices, second.item_indices);
        QCOMPARE(a.batchesPerEpoch(), int64_t(5));
        // Another epoch visits the images in another order.
        QVERIFY(a.batchAt(3, 3).item_indices != first.item_indices);
    }

    void pretrainingWritesALoadableReproducibleModel() {
        const std::string out = dir_.filePath("smoke").toStdString();
        StepCounter counter;
        const DemoPretrainingResult r = pretrainDemoModel(smokeOptions(out), &counter);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.steps, int64_t(3));
        QCOMPARE(counter.steps, int64_t(3));
        QCOMPARE(counter.evaluations, 2);  // at step 2 and at the end
        QVERIFY(r.parameters > 1000000 && r.parameters < 5000000);
        QVERIFY(r.generic.count("image_retrieval_recall@5") && r.specialised.count("text_retrieval_recall@5"));

        // Exactly the model, its config and its vocabulary: no scratch files left behind.
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(out)) names.insert(entry.path().filename().string());
        QCOMPARE(names, (std::set<std::string>{"open_clip_config.json", "open_clip_model.safetensors",
                                               kDemoVocabularyFile}));
        const LoadedModel loaded = loadModel(out, c10::Device(c10::kCPU));
        QVERIFY(dynamic_cast<const SentencePieceTokenizer*>(loaded.tokenizer.get()));
        QCOMPARE(loaded.model->config.text.vocab_size, static_cast<int>(r.vocabulary_pieces + 2));

        // The same options again give the same weights and config, byte for byte, and the same
        // vocabulary (its .model file also records the paths sentencepiece trained from, which differ).
        const std::string again = dir_.filePath("smoke-again").toStdString();
        pretrainDemoModel(smokeOptions(again));
        for (const char* name : {"open_clip_config.json", "open_clip_model.safetensors"})
            QVERIFY2(readBytes(fs::path(out) / name) == readBytes(fs::path(again) / name), name);
        const SentencePieceTokenizer first(out + "/" + kDemoVocabularyFile), second(again + "/" + kDemoVocabularyFile);
        QCOMPARE(first.pieceCount(), second.pieceCount());
        for (int64_t id = 0; id < first.vocabSize(); ++id) QCOMPARE(first.piece(id), second.piece(id));

        // A folder with files in it is refused rather than mixed into.
        QVERIFY_THROWS_EXCEPTION(Error, pretrainDemoModel(smokeOptions(out)));
    }

    void cancelledPretrainingSavesNothing() {
        const std::string out = dir_.filePath("cancelled").toStdString();
        CancelToken cancel;
        cancel.cancel();
        const DemoPretrainingResult r = pretrainDemoModel(smokeOptions(out), nullptr, &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(r.steps, int64_t(0));
        QVERIFY(fs::is_empty(out));
    }
};

QTEST_GUILESS_MAIN(TestDemoModel)
#include "tst_demo_model.moc"
