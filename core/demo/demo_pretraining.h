// The recipe that makes clipft's built-in demo model (resources/demo-model): a small sentencepiece
// vocabulary trained on demo captions with sentencepiece's own trainer, a small CLIP for 64x64
// images (demoModelConfig), trained from scratch on the *generic* synthetic variant rendered on the
// fly, checked on held-out generic samples, and saved as an open_clip folder with fp16 weights.
// `clipft pretrain-demo` runs it. Everything is drawn from the one seed: the same options on the
// same number of threads write the same files.
//
// The model learns shapes and colours only (generic captions never name counts, sizes, positions,
// relations or textures), which leaves the specialised variant for `clipft demo` to fine-tune on.
#pragma once
#include "core/common/progress.h"
#include "core/demo/demo_retrieval.h"
#include "core/model/clip_config.h"
#include "core/train/trainer.h"

#include <c10/core/ScalarType.h>

#include <cstdint>
#include <map>
#include <string>

namespace clipft {

struct DemoPretrainingOptions {
    std::string out_dir;       // created when missing; must otherwise be empty
    uint64_t seed = 0;         // data set, vocabulary corpus, initialisation and batch order
    int64_t images = 200000;   // distinct generic training images: samples 0 .. images-1 of `seed`
    int64_t steps = 1500;      // > 0: exactly this many optimizer steps (then `epochs` is ignored)
    int64_t epochs = 1;        // passes over `images` when steps is 0
    int batch_size = 128;
    double lr = 5e-4;
    double weight_decay = 0.1;
    int64_t warmup_steps = -1;  // -1: the Trainer's default (10% of the steps, at most 500)
    int vocabulary_size = 400;  // sentencepiece pieces asked for; the trainer may keep fewer
    int64_t eval_every = 250;   // steps between held-out evaluations; 0: at the end only
    int64_t eval_images = 500;  // held-out images per evaluation (generic; specialised at the end too)
    int64_t log_every = 10;     // steps between progress reports
    at::ScalarType weight_dtype = at::kHalf;  // of the saved weights; training is always fp32

    // Throws clipft::Error naming the first setting out of range.
    void validate() const;
};

// The demo model's architecture for a text vocabulary of vocab_size ids (sentencepiece pieces + SOT
// + EOT): 64x64 images in 8x8 patches, a few million parameters in all.
ClipConfig demoModelConfig(int vocab_size);

// The file name of the sentencepiece model inside a demo model folder.
extern const char* const kDemoVocabularyFile;  // "sentencepiece.model"

// The held-out evaluation sets of a model pre-trained from `seed`: `count` samples of `variant` from
// seed + 1, which training never draws from (it only uses samples of `seed`).
DemoEvaluationSet demoHeldOutSet(DemoVariant variant, uint64_t seed, int64_t count);

// Trains the demo vocabulary into dir/kDemoVocabularyFile from captions of both variants plus every
// word demoCaptionVocabulary() lists, so the specialised words that fine-tuning meets are whole
// pieces too. Case-folding normalisation, so "Red Circle" encodes as "red circle". Deterministic in
// seed. Returns the model file's path. Throws clipft::Error.
std::string trainDemoVocabulary(const std::string& dir, uint64_t seed, int vocabulary_size);

struct DemoPretrainingResult {
    std::string out_dir;
    ClipConfig config;
    int64_t parameters = 0;
    int64_t vocabulary_pieces = 0;  // sentencepiece pieces (the model's vocab_size is 2 more)
    int64_t steps = 0;
    int64_t samples = 0;
    double train_seconds = 0;  // the optimizer steps alone
    double total_seconds = 0;  // vocabulary, training, evaluations and saving
    bool cancelled = false;    // then nothing was saved
    // Held-out metrics (CLIP_benchmark's keys) of the saved model, read back from out_dir.
    std::map<std::string, double> generic;
    std::map<std::string, double> specialised;
};

// Runs the whole recipe. Progress: stages "vocabulary", "images"/"texts" (evaluations) and
// "saving" through onProgress; onStep and onEvaluation (held-out generic metrics) while training.
// When `cancel` is set it stops between steps and returns with cancelled = true, leaving out_dir
// without a model. Throws clipft::Error for bad options or a folder that cannot be written.
DemoPretrainingResult pretrainDemoModel(const DemoPretrainingOptions& options, TrainingObserver* observer = nullptr,
                                        const CancelToken* cancel = nullptr);

}  // namespace clipft
