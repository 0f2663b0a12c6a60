// clipft demo-data --out DIR [--variant generic|specialised] [--count N] [--seed S] [--size PX]
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"

#include "core/common/error.h"
#include "core/demo/demo_dataset.h"
#include "core/demo/demo_scene.h"

#include <cstdio>

namespace clipft::cli {

int runDemoData(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"out", "variant", "count", "seed", "size", "threads"}, {});
    const DemoVariant variant = parseDemoVariant(args.value("variant").value_or("generic"));
    const int count = args.intValue("count", 1000, 1);
    if (count <= 0) throw Error("--count must be positive");
    const int size = args.intValue("size", 64, 1);
    if (size < 16 || size > 1024) throw Error("--size must be between 16 and 1024 pixels");
    ConsoleProgress progress;
    // The writer refuses a non-empty folder, so files of an earlier, larger run never mix in.
    const DemoDatasetSummary s = writeDemoDataset(args.required("out"), variant, count,
                                                  static_cast<uint64_t>(args.intValue("seed", 0)), size, &progress,
                                                  nullptr, args.threads());
    std::printf("wrote %lld images with %lld captions to %s\n", static_cast<long long>(s.images),
                static_cast<long long>(s.captions), s.out_dir.c_str());
    return 0;
}

}  // namespace clipft::cli
