// clipft: the headless command line. Same core calls as the GUI; errors a user can cause are
// printed as one sentence with a non-zero exit.
#include "commands.h"

#include "core/common/error.h"
#include "core/common/runtime.h"

#include <c10/util/Exception.h>

#include <cstring>
#include <filesystem>
#include <iostream>

namespace {

const char* const kUsage = R"(clipft — fine-tune CLIP on your own captioned images

usage: clipft <command> [options]

commands:
  demo [--json] [--out DIR] [--images N] [--epochs N] [--device D]
      The built-in demo: fine-tunes the shipped demo CLIP on a synthetic domain it never saw and
      prints recall@k before and after (and on a held-out set of what it knew), with a WiSE-FT sweep.
  embed --model DIR [--images DIR] [--captions FILE] --out FILE.safetensors
        [--device auto|cpu|cuda|cuda:N] [--batch-size N] [--threads N]
      Embed every image in DIR (sorted by file name) and every line of FILE (one caption a line).
      Writes image_embeds [N, D], text_embeds [M, D] (L2-normalised, F32) and tokens [M, context].
  bench embed (--model DIR | --config NAME) [--batch-size N] [--device D] [--json]
      Images/s and texts/s of the towers, and the FLOP rate against this machine's matmul peak.
      NAME: ViT-B-32, ViT-B-16, ViT-B-16-plus-240, ViT-L-14 (random weights).
  bench train (--model DIR | --config NAME) [--batch-size N] [--steps N] [--precision P] [--device D] [--json]
      Training samples/s (forward + backward + AdamW) and the FLOP rate against the matmul peak.
  bench import [--images N] [--json]
      Imports N synthetic 500x375 JPEGs with 5 captions each (validation included); images/s.
  bench search [--images N] [--dim D | --config NAME] [--k K] [--queries Q] [--json]
      Milliseconds per text-to-image query over N random unit vectors of D dimensions (default
      100000 x 512, top 10): clipft's index, torch's matmul + topk and FAISS's IndexFlatIP, measured
      in the same run; checks that clipft's top k equals torch's. --config NAME adds the time from a
      typed query to both result lists of the Search page: two such text towers (random weights)
      and two searches.
  import --project FILE.clipft --name NAME [--format FORMAT] [--images DIR] SOURCE [--json]
        [--separator C|tab] [--image-column COL] [--caption-column COL] [--min-side PX]
        [--split 0.8,0.1,0.1] [--seed S] [--duplicates keep|drop] [--replace [--delete-runs]]
      Imports a captioned image set. FORMAT: auto, folder, csv, jsonl, flickr8k, flickr30k, coco,
      karpathy, clip-benchmark. SOURCE is a folder or an annotation file. Every bad item is reported;
      the import is one transaction (a failed or interrupted import changes nothing).
      Byte-identical images are kept for published benchmarks (flickr8k, flickr30k, coco, karpathy,
      clip-benchmark: their counts stay the published ones; the report warns "identical to X") and
      dropped for other formats; --duplicates says otherwise. --replace refuses to replace a dataset
      that training runs use unless --delete-runs confirms deleting those runs with it.
  dataset list --project FILE [--json]
  dataset stats --project FILE --name NAME [--json]
  dataset problems --project FILE --name NAME [--json]
  eval --project FILE --dataset NAME (--model DIR | --run RUN [--from best|final|checkpoint]
        [--wise-ft A,B,...]) [--split train|val|test|all] [--k 1,5,10] [--batch-size N] [--device D]
        [--threads N] [--no-cache] [--json]
      Zero-shot retrieval as CLIP_benchmark computes it: image and text recall@k, mean and median
      rank, and the contrastive validation loss. Default split: test when the dataset has one, else
      all. Stores the evaluation in the project; image embeddings are cached there, so evaluating
      an unchanged model again decodes no image (--no-cache: neither read nor write the cache).
      --json prints one object with CLIP_benchmark's key names. --run evaluates a training run's
      model; with --wise-ft, each mix (1 - A) * pre-trained + A * fine-tuned (a list with --json).
  search --project FILE --dataset NAME --model DIR [--model-b DIR | --run RUN [--from best|final]
        [--wise-ft A]] [--split S] [--k K] [--image FILE] [--device D] [--no-cache] [--json] [--] [QUERY ...]
      Searches the split's images (default: test when there is one, else all) for each text QUERY
      (and the --image FILE) and prints the top K (default 5) with scores; with a second model, its
      results beside the first's. After --, every argument is a query, even one starting with --. A query that is a caption of the split shows where its image
      ranks under each model. Image embeddings come from the project's cache (as eval's do).
  compare --project FILE --dataset NAME --model DIR (--model-b DIR | --run RUN [--from best|final]
        [--wise-ft A]) [--split S] [--k 1,5,10] [--device D] [--no-cache] [--json]
      Every caption of the split as a query: the rank of its image under A and under B (1 + the
      images scoring strictly higher), how many improved, worsened or stayed, and recall@k of both
      (as eval computes it).
  train --project FILE --dataset NAME --model DIR --out DIR [--epochs N | --steps N] [--lr X]
        [--batch-size N] [--accum N] [--warmup N] [--wd X] [--grad-clip X] [--lock-image[=N]]
        [--lock-text[=N]] [--augment random-resized-crop|none] [--fixed-logit-scale] [--include-feedback] [--precision fp32|amp|bf16] [--eval-every N]
        [--checkpoint-every N] [--best-metric M] [--early-stop N] [--min-delta X] [--seed S]
        [--device D] [--threads N] [--name NAME] [--preset ID] [--json]
  train --project FILE --resume RUN
      Fine-tunes on the dataset's train split (all images when it has none) with open_clip's loss,
      AdamW and warmup + cosine schedule; evaluates recall@k on the val split each epoch (and every
      N steps), keeps the best model by M (default image_retrieval_recall@5), and writes DIR/best,
      DIR/final (open_clip folders) and DIR/checkpoint.safetensors. --accum N keeps every
      micro-batch's negatives. --lock-image[=N] / --lock-text[=N] freeze a tower except its last N
      groups, counted as open_clip counts them: 0 (or no N) freezes it all, 1 leaves only the
      projection trainable, 2 adds the last block with the final LayerNorm, and each further N one
      more block; the first group is the patch/token and positional embeddings. --augment none
      trains on the eval transform (resize, centre crop) instead of RandomResizedCrop(0.9-1.0).
      --include-feedback also trains on the captions confirmed on Studio's Search page ("This is a
      match") for training images. --preset quick-cpu-demo|finetuner-study|small-dataset starts
      from a named set of settings (Studio's Train page offers the same); options given override it.
      Ctrl-C stops between steps with a checkpoint; --resume continues exactly where it stopped.
  runs list --project FILE [--json]
  runs show --project FILE RUN [--json]
      The project's training runs: settings, loss, evaluations, best model.
  export --project FILE --run RUN --out DIR [--from best|final|checkpoint] [--wise-ft ALPHA]
      Writes the run's model as an open_clip folder; with --wise-ft, the weights
      (1 - ALPHA) * pre-trained + ALPHA * fine-tuned (WiSE-FT: keeps more of what CLIP knew).
  demo-data --out DIR [--variant generic|specialised] [--count N] [--seed S] [--size PX]
      Writes the built-in synthetic captioned data set (PNG images with sidecar captions) into DIR,
      which must be new or empty.
  pretrain-demo --out DIR [--steps N | --epochs N] [--images N] [--batch-size N] [--seed S]
        [--lr X] [--vocab-size N] [--eval-every N] [--eval-images N] [--threads N] [--fp32] [--json]
      Makes the built-in demo model from nothing: a sentencepiece vocabulary and a small CLIP
      (64x64 images) trained on the generic synthetic data, saved with fp16 weights into DIR (new
      or empty); prints its recall on held-out generic and specialised images. The defaults
      reproduce resources/demo-model.

A model DIR is an open_clip folder (open_clip_config.json + open_clip_model.safetensors) or a
transformers folder (config.json + model.safetensors), with its tokenizer files
(bpe_simple_vocab_16e6.txt.gz, or vocab.json + merges.txt).

  clipft --version    print the version, the LibTorch it was built with (CUDA, cuDNN) and the devices
  clipft --help       this text
)";

}  // namespace

int main(int argc, char** argv) {
    clipft::ensurePassiveOpenMpWaiting(argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        clipft::initRuntime();
        std::cout << "clipft " << CLIPFT_VERSION << "\n" << clipft::describeBuild();
        return 0;
    }
    const std::string command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (command == "embed") return clipft::cli::runEmbed(rest);
        if (command == "bench") return clipft::cli::runBench(rest);
        if (command == "import") return clipft::cli::runImport(rest);
        if (command == "dataset") return clipft::cli::runDataset(rest);
        if (command == "demo-data") return clipft::cli::runDemoData(rest);
        if (command == "eval") return clipft::cli::runEval(rest);
        if (command == "search") return clipft::cli::runSearch(rest);
        if (command == "compare") return clipft::cli::runCompare(rest);
        if (command == "train") return clipft::cli::runTrain(rest);
        if (command == "runs") return clipft::cli::runRuns(rest);
        if (command == "export") return clipft::cli::runExport(rest);
        if (command == "pretrain-demo") return clipft::cli::runPretrainDemo(rest);
        if (command == "demo") return clipft::cli::runDemo(rest);
        std::cerr << "clipft: unknown command '" << command << "' (see clipft --help)\n";
        return 2;
    } catch (const clipft::Error& e) {
        std::cerr << "clipft " << command << ": " << e.what() << "\n";
        return 1;
    } catch (const clipft::Cancelled&) {
        std::cerr << "clipft " << command << ": cancelled\n";
        return 130;
    } catch (const c10::Error& e) {
        // LibTorch errors here are out of memory or a bug; keep the first line, not the stack.
        std::string what = e.what_without_backtrace();
        std::cerr << "clipft " << command << ": " << what.substr(0, what.find('\n')) << "\n";
        return 1;
    } catch (const std::bad_alloc&) {
        std::cerr << "clipft " << command << ": out of memory (try a smaller --batch-size)\n";
        return 1;
    } catch (const std::filesystem::filesystem_error& e) {
        // A file operation no job anticipated: name the path and the reason.
        std::cerr << "clipft " << command << ": " << e.path1().string() << ": " << e.code().message() << "\n";
        return 1;
    } catch (const std::exception& e) {
        // Anything else is a bug, but still a message and an exit status rather than std::terminate.
        std::cerr << "clipft " << command << ": unexpected error: " << e.what() << "\n";
        return 1;
    } catch (...) {
        std::cerr << "clipft " << command << ": unexpected error\n";
        return 1;
    }
}
