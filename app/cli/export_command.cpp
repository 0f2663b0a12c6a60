// clipft export --project FILE --run RUN --out DIR [--from best|final|checkpoint] [--wise-ft ALPHA]
#include "arguments.h"
#include "commands.h"

#include "core/jobs/export_job.h"

#include <cstdio>
#include <string>

namespace clipft::cli {

int runExport(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"project", "run", "from", "wise-ft", "out"}, {});
    ExportJobRequest request;
    request.project_path = args.required("project");
    request.run = args.int64Value("run", -1);
    args.required("run");
    request.out_dir = args.required("out");
    request.from = args.value("from").value_or("");
    request.wise_ft_alpha = args.doubleValue("wise-ft", 1.0);
    const ExportJobResult result = runExportJob(request);
    std::printf("exported run %lld (%s weights%s) to %s\n", static_cast<long long>(request.run), result.source.c_str(),
                request.wise_ft_alpha == 1.0 ? "" : (", WiSE-FT alpha " + std::to_string(request.wise_ft_alpha).substr(0, 4)).c_str(),
                result.out_dir.c_str());
    return 0;
}

}  // namespace clipft::cli
