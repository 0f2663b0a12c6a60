#include "arguments.h"

#include "core/common/error.h"

#include <algorithm>
#include <sstream>

namespace clipft::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") {  // the end of the options: what follows is positional (a query "--k")
            positionals_.insert(positionals_.end(), args.begin() + i + 1, args.end());
            break;
        }
        if (arg.rfind("--", 0) != 0) {
            positionals_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (valued.count(name)) {
            if (inline_value) {
                values_[name] = *inline_value;
            } else if (i + 1 < args.size()) {
                values_[name] = args[++i];
            } else {
                throw Error("option --" + name + " needs a value");
            }
        } else if (flags.count(name)) {
            if (inline_value) throw Error("option --" + name + " takes no value");
            flags_.insert(name);
        } else {
            throw Error("unknown option --" + name + " (see --help)");
        }
    }
}

bool Arguments::has(const std::string& name) const { return flags_.count(name) || values_.count(name); }

std::optional<std::string> Arguments::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Arguments::required(const std::string& name) const {
    auto v = value(name);
    if (!v) throw Error("option --" + name + " is required (see --help)");
    return *v;
}

int Arguments::intValue(const std::string& name, int fallback) const {
    auto v = value(name);
    if (!v) return fallback;
    try {
        size_t used = 0;
        const int parsed = std::stoi(*v, &used);
        if (used != v->size()) throw std::invalid_argument("trailing");
        return parsed;
    } catch (const std::exception&) {
        throw Error("option --" + name + " needs a whole number, not '" + *v + "'");
    }
}

int64_t Arguments::int64Value(const std::string& name, int64_t fallback) const {
    auto v = value(name);
    if (!v) return fallback;
    try {
        size_t used = 0;
        const long long parsed = std::stoll(*v, &used);
        if (used != v->size()) throw std::invalid_argument("trailing");
        return parsed;
    } catch (const std::exception&) {
        throw Error("option --" + name + " needs a whole number, not '" + *v + "'");
    }
}

int Arguments::intValue(const std::string& name, int fallback, int minimum) const {
    const int parsed = intValue(name, fallback);
    if (has(name) && parsed < minimum)
        throw Error("option --" + name + " needs a whole number of at least " + std::to_string(minimum) + ", not " +
                    std::to_string(parsed));
    return parsed;
}

int64_t Arguments::int64Value(const std::string& name, int64_t fallback, int64_t minimum) const {
    const int64_t parsed = int64Value(name, fallback);
    if (has(name) && parsed < minimum)
        throw Error("option --" + name + " needs a whole number of at least " + std::to_string(minimum) + ", not " +
                    std::to_string(parsed));
    return parsed;
}

double Arguments::doubleValue(const std::string& name, double fallback) const {
    auto v = value(name);
    if (!v) return fallback;
    try {
        size_t used = 0;
        const double parsed = std::stod(*v, &used);
        if (used != v->size()) throw std::invalid_argument("trailing");
        return parsed;
    } catch (const std::exception&) {
        throw Error("option --" + name + " needs a number, not '" + *v + "'");
    }
}

std::vector<int> parseRecallKs(const std::string& text) {
    std::vector<int> ks;
    std::stringstream list(text);
    std::string item;
    while (std::getline(list, item, ',')) {
        size_t used = 0;
        int k = 0;
        try {
            k = std::stoi(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != item.size() || k <= 0)
            throw Error("--k needs whole numbers of at least 1 separated by commas, like 1,5,10, not '" + text + "'");
        ks.push_back(k);
    }
    if (ks.empty()) throw Error("--k needs at least one number, like 1,5,10");
    std::sort(ks.begin(), ks.end());
    ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
    return ks;
}

}  // namespace clipft::cli
