// The `clipft` subcommands. Each takes the arguments after its name and returns the exit code;
// user errors are thrown as clipft::Error and printed by main().
#pragma once
#include <string>
#include <vector>

namespace clipft::cli {

int runEmbed(const std::vector<std::string>& args);
int runBench(const std::vector<std::string>& args);
int runImport(const std::vector<std::string>& args);
int runDataset(const std::vector<std::string>& args);
int runDemoData(const std::vector<std::string>& args);
int runEval(const std::vector<std::string>& args);
int runSearch(const std::vector<std::string>& args);
int runCompare(const std::vector<std::string>& args);
int runTrain(const std::vector<std::string>& args);
int runRuns(const std::vector<std::string>& args);
int runExport(const std::vector<std::string>& args);
int runPretrainDemo(const std::vector<std::string>& args);
int runDemo(const std::vector<std::string>& args);

}  // namespace clipft::cli
