#include "core/text/tokenizer_files.h"

#include "core/common/error.h"
#include "core/text/clip_bpe_tokenizer.h"
#include "core/text/sentencepiece_tokenizer.h"

#include <algorithm>
#include <filesystem>

namespace clipft {

namespace fs = std::filesystem;

namespace {
const char* const kBpeGzip = "bpe_simple_vocab_16e6.txt.gz";
const char* const kVocabJson = "vocab.json";
const char* const kMergesTxt = "merges.txt";
}  // namespace

std::vector<std::string> findTokenizerFiles(const std::string& dir) {
    const fs::path root(dir);
    std::error_code ec;
    if (fs::exists(root / kBpeGzip, ec)) return {(root / kBpeGzip).string()};
    if (fs::exists(root / kVocabJson, ec) && fs::exists(root / kMergesTxt, ec))
        return {(root / kVocabJson).string(), (root / kMergesTxt).string()};
    std::vector<std::string> models;
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".model" && it->is_regular_file(ec)) models.push_back(it->path().string());
    }
    std::sort(models.begin(), models.end());
    if (!models.empty()) return {models.front()};
    return {};
}

std::shared_ptr<const Tokenizer> loadTokenizerFromFolder(const std::string& dir) {
    const auto files = findTokenizerFiles(dir);
    if (files.empty())
        throw Error(dir + ": no tokenizer files: expected " + kBpeGzip + ", or " + kVocabJson + " + " + kMergesTxt +
                    " (both come with the model on its download page), or a sentencepiece .model file");
    if (files.size() == 2) return ClipBpeTokenizer::fromVocabMerges(files[0], files[1]);
    if (fs::path(files[0]).extension() == ".model") return std::make_shared<SentencePieceTokenizer>(files[0]);
    return ClipBpeTokenizer::fromBpeGzip(files[0]);
}

}  // namespace clipft
