// A small command-line parser: `--name value`, `--name=value`, flags, and positionals.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clipft::cli {

class Arguments {
public:
    // valued: options that take a value; flags: options that don't. Anything else starting with
    // "--" is an error naming it; a lone "--" ends the options (everything after it is
    // positional, as getopt does). Throws clipft::Error.
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued, const std::set<std::string>& flags);

    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;  // throws clipft::Error when absent
    int intValue(const std::string& name, int fallback) const;
    int64_t int64Value(const std::string& name, int64_t fallback) const;
    // The same, refusing a value below `minimum` with a message naming the option.
    int intValue(const std::string& name, int fallback, int minimum) const;
    int64_t int64Value(const std::string& name, int64_t fallback, int64_t minimum) const;
    // --threads: 0 (the default) is one per core; negative counts are refused.
    int threads() const { return intValue("threads", 0, 0); }
    double doubleValue(const std::string& name, double fallback) const;
    const std::vector<std::string>& positionals() const { return positionals_; }

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positionals_;
};

// "1,5,10" -> {1, 5, 10}, sorted and without repeats, for --k of eval and compare. Throws
// clipft::Error naming the text when an item is not a whole number of at least 1.
std::vector<int> parseRecallKs(const std::string& text);

}  // namespace clipft::cli
