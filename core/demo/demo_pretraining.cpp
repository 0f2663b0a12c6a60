#include "core/demo/demo_pretraining.h"

#include "core/common/error.h"
#include "core/demo/demo_batch_source.h"
#include "core/demo/demo_captioner.h"
#include "core/demo/demo_random.h"
#include "core/model/model_folder.h"
#include "core/text/sentencepiece_library.h"
#include "core/text/sentencepiece_tokenizer.h"

#include <ATen/ATen.h>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace clipft {

namespace fs = std::filesystem;

const char* const kDemoVocabularyFile = "sentencepiece.model";

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Captions per variant in the vocabulary corpus: every phrasing occurs many times over.
constexpr int64_t kCorpusScenes = 4000;
// The demo captions are at most ~20 pieces; 32 leaves room for a user's longer query.
constexpr int kContextLength = 32;
// Seed streams of the recipe's own draws (the data set has its own, from generateDemoSample).
enum RecipeStream : uint64_t { kCorpus = 0, kBatchOrder = 1 };

// Removes the recipe's scratch folder however the recipe ends.
struct ScratchFolder {
    fs::path path;
    ~ScratchFolder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

void prepareOutputFolder(const fs::path& dir) {
    std::error_code error;
    if (fs::exists(dir, error)) {
        if (!fs::is_directory(dir, error))
            throw Error(dir.string() + " exists and is not a folder: choose a new folder for the demo model");
        if (!fs::is_empty(dir, error))
            throw Error(dir.string() + " is not empty: choose a new or empty folder for the demo model");
        return;
    }
    if (!fs::create_directories(dir, error) && error)
        throw Error("could not create " + dir.string() + ": " + error.message());
}

int64_t parameterCount(ClipModelImpl& model) {
    int64_t count = 0;
    for (const auto& parameter : model.parameters()) count += parameter.numel();
    return count;
}

}  // namespace

void DemoPretrainingOptions::validate() const {
    const auto require = [](bool ok, const std::string& message) {
        if (!ok) throw Error(message);
    };
    require(!out_dir.empty(), "no output folder given for the demo model");
    require(images >= batch_size, "the demo training set needs at least one batch of images (--images >= --batch-size)");
    require(batch_size >= 2, "the batch size must be at least 2 (contrastive training needs negatives)");
    require(steps >= 0, "the number of steps cannot be negative");
    require(steps > 0 || epochs >= 1, "give a positive number of steps or epochs");
    require(lr > 0 && weight_decay >= 0, "the learning rate must be positive and the weight decay not negative");
    require(vocabulary_size >= 40 && vocabulary_size <= 8000, "the demo vocabulary size must be 40 to 8000 pieces");
    require(eval_every >= 0 && log_every >= 1, "evaluation and logging intervals must not be negative");
    require(eval_images >= 10, "the held-out evaluation needs at least 10 images");
    require(weight_dtype == at::kFloat || weight_dtype == at::kHalf || weight_dtype == at::kBFloat16,
            "the demo model's weights can be saved as fp32, fp16 or bf16");
}

ClipConfig demoModelConfig(int vocab_size) {
    ClipConfig config;
    config.name = "clipft-demo";
    config.embed_dim = 128;
    // 8x8 patches: 64 patch tokens, fine enough to tell a small object's shape and which cell it is in.
    config.vision = {/*layers=*/4, /*width=*/128, /*heads=*/2, /*patch_size=*/8, /*image_size=*/64, /*mlp_width=*/512};
    config.text = {kContextLength, vocab_size, /*width=*/128, /*heads=*/2, /*layers=*/4, /*mlp_width=*/512};
    config.validate();
    return config;
}

DemoEvaluationSet demoHeldOutSet(DemoVariant variant, uint64_t seed, int64_t count) {
    DemoEvaluationSet set;
    set.variant = variant;
    set.seed = seed + 1;
    set.first_index = 0;
    set.count = count;
    return set;
}

std::string trainDemoVocabulary(const std::string& dir, uint64_t seed, int vocabulary_size) {
    const fs::path corpus = fs::path(dir) / "vocabulary-corpus.txt";
    {
        std::ofstream out(corpus, std::ios::binary | std::ios::trunc);
        for (DemoVariant variant : {DemoVariant::Generic, DemoVariant::Specialised}) {
            const uint64_t variant_seed = deriveDemoSeed(seed, static_cast<uint64_t>(variant), kCorpus);
            for (int64_t i = 0; i < kCorpusScenes; ++i) {
                const DemoScene scene = sampleDemoScene(variant, deriveDemoSeed(variant_seed, static_cast<uint64_t>(i), 0));
                for (const std::string& caption : captionDemoScene(scene, deriveDemoSeed(variant_seed, static_cast<uint64_t>(i), 1)))
                    out << caption << "\n";
            }
        }
        for (const std::string& word : demoCaptionVocabulary()) out << word << "\n";
        out.close();
        if (!out) throw Error("could not write " + corpus.string() + ": check that the disk has room");
    }
    const std::string prefix = (fs::path(dir) / fs::path(kDemoVocabularyFile).stem()).string();
    trainSentencePiece(std::map<std::string, std::string>{
        {"input", corpus.string()},
        {"model_prefix", prefix},
        // BPE: on this small set of distinct sentences sentencepiece's unigram trainer stopped at ~155
        // pieces and split "background" and "picture" into letters; BPE with 400 pieces makes every
        // word a piece of its own (only hyphenated ones, "polka-dot", are two words and a hyphen).
        {"model_type", "bpe"},
        {"vocab_size", std::to_string(vocabulary_size)},
        {"hard_vocab_limit", "false"},  // a tiny vocabulary_size on tiny data may give fewer pieces
        {"character_coverage", "1.0"},
        {"normalization_rule_name", "nmt_nfkc_cf"},  // case folding: a typed query may have capitals
        {"bos_id", "-1"},                            // the tokenizer adds its own SOT and EOT
        {"eos_id", "-1"},
        {"num_threads", "1"},                        // one thread: the same pieces every time
        {"shuffle_input_sentence", "false"},
    });
    std::error_code ignored;
    fs::remove(corpus, ignored);
    fs::remove(prefix + ".vocab", ignored);  // a readable copy of the pieces; the .model has them all
    return prefix + ".model";
}

DemoPretrainingResult pretrainDemoModel(const DemoPretrainingOptions& options, TrainingObserver* observer,
                                        const CancelToken* cancel) {
    options.validate();
    const auto started = Clock::now();
    const fs::path out(options.out_dir);
    prepareOutputFolder(out);
    // The vocabulary and anything else half-made live here until the model is saved.
    ScratchFolder scratch{out / ".pretrain-demo"};
    std::error_code error;
    fs::create_directories(scratch.path, error);
    if (error) throw Error("could not create " + scratch.path.string() + ": " + error.message());

    DemoPretrainingResult result;
    result.out_dir = options.out_dir;

    if (observer) observer->onProgress("vocabulary", 0, 1);
    auto tokenizer = std::make_shared<SentencePieceTokenizer>(
        trainDemoVocabulary(scratch.path.string(), options.seed, options.vocabulary_size));
    if (observer) observer->onProgress("vocabulary", 1, 1);
    result.vocabulary_pieces = tokenizer->pieceCount();
    result.config = demoModelConfig(static_cast<int>(tokenizer->vocabSize()));

    // Initialisation draws from LibTorch's global generator: seed it so the start is the same each run.
    at::manual_seed(options.seed);
    ClipModel model(result.config);
    result.parameters = parameterCount(*model);

    DemoBatchOptions data;
    data.variant = DemoVariant::Generic;
    data.data_seed = options.seed;
    data.images = options.images;
    data.batch_size = options.batch_size;
    data.image_size = result.config.vision.image_size;
    data.context_length = result.config.text.context_length;
    data.order_seed = deriveDemoSeed(options.seed, 0, kBatchOrder);
    data.normalisation = result.config.preprocess;
    DemoBatchSource source(data, tokenizer);

    TrainingOptions training;
    training.epochs = options.epochs;
    training.max_steps = options.steps;
    training.batch_size = options.batch_size;
    training.adamw.lr = options.lr;
    training.adamw.weight_decay = options.weight_decay;
    training.warmup_steps = options.warmup_steps;
    training.eval_every = options.eval_every;  // with no validate hook (0) the Trainer never evaluates
    training.eval_at_start = false;
    training.log_every = options.log_every;
    training.seed = options.seed;

    const DemoEvaluationSet held_out = demoHeldOutSet(DemoVariant::Generic, options.seed, options.eval_images);
    TrainerHooks hooks;
    if (options.eval_every > 0) {
        hooks.validate = [&](ClipModelImpl& m, const CancelToken* c) {
            return evaluateOnDemoSet(m, *tokenizer, held_out, 128, observer, c).values;
        };
    }
    Trainer trainer(model, source, training, c10::Device(c10::kCPU), /*checkpoint_path=*/"", hooks);
    const auto training_started = Clock::now();
    const TrainingOutcome outcome = trainer.run(observer, cancel);
    result.train_seconds = secondsSince(training_started);
    result.steps = outcome.state.step;
    result.samples = outcome.state.batches_consumed * options.batch_size;
    if (outcome.end == TrainingEnd::Cancelled) {
        result.cancelled = true;
        result.total_seconds = secondsSince(started);
        return result;
    }

    if (observer) observer->onProgress("saving", 0, 1);
    saveOpenClipFolder(*model, options.out_dir, scratch.path.string(), options.weight_dtype);
    if (observer) observer->onProgress("saving", 1, 1);

    // Measure what was shipped: the saved (rounded) weights, read back as any user reads them.
    LoadedModel saved = loadModel(options.out_dir, c10::Device(c10::kCPU));
    result.generic = evaluateOnDemoSet(*saved.model, *saved.tokenizer, held_out, 128, observer, cancel).values;
    result.specialised = evaluateOnDemoSet(*saved.model, *saved.tokenizer,
                                           demoHeldOutSet(DemoVariant::Specialised, options.seed, options.eval_images),
                                           128, observer, cancel)
                             .values;
    result.total_seconds = secondsSince(started);
    return result;
}

}  // namespace clipft
