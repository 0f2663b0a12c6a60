// The built-in demo, end to end, as `clipft demo` and the GUI's welcome page run it: synthetic
// *specialised* data imported into a new project, the shipped demo CLIP (pre-trained on the
// *generic* variant) evaluated, fine-tuned, evaluated again, plus a held-out *generic* set before
// and after (fine-tuning on a narrow domain makes a model forget) and a WiSE-FT sweep that shows
// how much of both a mix of the two models keeps. The Finetuner study's table, reproduced locally.
#pragma once
#include "core/train/trainer.h"
#include "core/train/training_options.h"

#include <c10/core/Device.h>

#include <map>
#include <string>
#include <vector>

namespace clipft {

struct FinetuneDemoRequest {
    std::string work_dir;      // created if needed, must not hold a demo project yet
    std::string model_dir;     // "" : the shipped demo model (demoModelDir())
    int64_t specialised_images = 2000;
    int64_t generic_images = 500;  // held out: not among the pre-training samples
    uint64_t seed = 7;
    TrainingOptions training = defaultOptions();
    std::vector<double> wise_ft_alphas{0.0, 0.25, 0.5, 0.75, 1.0};
    c10::Device device{c10::kCPU};

    // The fine-tuning settings the demo uses: a short run sized for a 2-core CPU.
    static TrainingOptions defaultOptions();
};

using Metrics = std::map<std::string, double>;

struct WiseFtPoint {
    double alpha = 0;
    Metrics specialised;  // on the specialised test split
    Metrics generic;      // on the held-out generic set
};

struct FinetuneDemoReport {
    std::string model;    // the demo model's config name
    std::string dataset;  // "demo-specialised (test split, N images)"
    std::string project_path;
    std::string final_model_dir;  // the fine-tuned model used for "after"
    int64_t run_id = 0;
    Metrics before, after;                  // specialised test split
    Metrics generic_before, generic_after;  // held-out generic set
    std::vector<WiseFtPoint> wise_ft;
    double recommended_alpha = 1.0;  // keeps the largest share of both the new gain and the old recall
    double seconds = 0;
    double training_seconds = 0;
};

// Throws clipft::Error for a bad request; clipft::Cancelled when cancelled.
FinetuneDemoReport runFinetuneDemo(const FinetuneDemoRequest& request, TrainingObserver* observer = nullptr,
                                   const CancelToken* cancel = nullptr);

// Of a WiSE-FT sweep, the α whose smaller "share kept" is largest: the share of the specialised
// image R@5 gain kept, and the share of the generic image R@5 kept. The sweep must not be empty.
double recommendWiseFtAlpha(const std::vector<WiseFtPoint>& sweep, const Metrics& before, const Metrics& after,
                            const Metrics& generic_before);

}  // namespace clipft
