#include "core/text/clip_bpe_tokenizer.h"

#include "core/common/error.h"
#include "core/text/byte_alphabet.h"
#include "core/text/gzip_file.h"
#include "core/text/text_cleaner.h"
#include "core/text/utf8_codec.h"

#include <nlohmann/json.hpp>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <climits>
#include <fstream>
#include <iterator>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace clipft {

namespace {

// open_clip uses merges 1..48894 of the file: 49152 tokens less 256 bytes less the 2 specials.
constexpr size_t kMaxMerges = 49152 - 256 - 2;
// Captions repeat words, so BPE results are cached; the bound keeps odd inputs from growing it
// without end (when full it starts over).
constexpr size_t kMaxCachedWords = 1 << 17;

// open_clip recognises its own special-token spellings inside captions, whatever the file layout.
const char* const kSotText = "<start_of_text>";
const char* const kEotText = "<end_of_text>";

// open_clip compiles its pattern with IGNORECASE in the `regex` module. ICU's case-insensitive
// mode would also close the \p{L} class over case, which `regex` does not, so the pattern is
// case-sensitive here and the literals spell out their simple case variants ('s' also matches
// U+017F long s there). Under IGNORECASE `regex` matches U+0345 with none of the classes, so
// the last class excludes it and it is dropped, as there.
icu::UnicodeString caseInsensitiveLiteral(const std::string& literal) {
    std::string out;
    for (char c : literal) {
        if (c >= 'a' && c <= 'z') {
            out += '[';
            out += c;
            out += static_cast<char>(c - 'a' + 'A');
            if (c == 's') out += "\\u017F";
            out += ']';
        } else {
            out += c;
        }
    }
    return icu::UnicodeString::fromUTF8(out);
}

std::unique_ptr<icu::RegexPattern> compileWordPattern() {
    icu::UnicodeString pattern = caseInsensitiveLiteral(kSotText);
    pattern += "|";
    pattern += caseInsensitiveLiteral(kEotText);
    for (const char* contraction : {"'s", "'t", "'re", "'ve", "'m", "'ll", "'d"}) {
        pattern += "|";
        pattern += caseInsensitiveLiteral(contraction);
    }
    pattern += icu::UnicodeString::fromUTF8(R"(|[\p{L}]+|[\p{N}]|[^\p{White_Space}\p{L}\p{N}\u0345]+)");
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(pattern, 0, parse_error, status));
    if (U_FAILURE(status)) throw Error(std::string("Cannot compile the tokenizer's word pattern: ") + u_errorName(status));
    return compiled;
}

std::string readTextFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw Error("Cannot open " + path + ": the file is missing or unreadable.");
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (file.bad()) throw Error("Cannot read " + path + ".");
    return text;
}

void requireUtf8(const std::string& text, const std::string& path) {
    bool had_errors = false;
    decodeUtf8Lossy(text, &had_errors);
    if (had_errors) throw Error(path + " is not UTF-8 text; is it the right vocabulary file?");
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    size_t pos = 0;
    while (true) {
        const size_t end = text.find('\n', pos);
        std::string line = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        if (end == std::string::npos) break;
        pos = end + 1;
    }
    while (!lines.empty() && lines.back().find_first_not_of(" \t\r\f\v") == std::string::npos) lines.pop_back();
    return lines;
}

using Merge = std::pair<std::string, std::string>;

// Merges "a b" from lines [first, first + kMaxMerges); any other shape is a damaged file.
std::vector<Merge> parseMerges(const std::vector<std::string>& lines, size_t first, const std::string& path) {
    std::vector<Merge> merges;
    for (size_t i = first; i < lines.size() && merges.size() < kMaxMerges; ++i) {
        std::vector<std::string> fields;
        size_t pos = 0;
        const std::string& line = lines[i];
        while ((pos = line.find_first_not_of(" \t\r\f\v", pos)) != std::string::npos) {
            const size_t end = line.find_first_of(" \t\r\f\v", pos);
            fields.push_back(line.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
            pos = end;
        }
        if (fields.size() != 2)
            throw Error(path + ", line " + std::to_string(i + 1) + ": expected a merge of two symbols \"a b\", found \"" +
                        line.substr(0, 80) + "\".");
        merges.emplace_back(std::move(fields[0]), std::move(fields[1]));
    }
    return merges;
}

std::string utf8Of(char32_t cp) {
    std::string s;
    appendUtf8(cp, s);
    return s;
}

}  // namespace

struct ClipBpeTokenizer::Impl {
    struct MergeResult {
        int32_t rank;
        int32_t merged_id;
    };

    std::array<int32_t, 256> byte_ids{};      // symbol of a byte inside a word
    std::array<int32_t, 256> byte_end_ids{};  // the same byte ending a word ("</w>")
    std::unordered_map<uint64_t, MergeResult> merges;  // (left id, right id) -> rank, merged id
    int32_t sot = 0, eot = 0;
    int64_t vocab_size = 0;
    std::unique_ptr<icu::RegexPattern> word_pattern = compileWordPattern();

    mutable std::shared_mutex cache_mutex;
    mutable std::unordered_map<std::string, std::vector<int32_t>> cache;

    static uint64_t key(int32_t left, int32_t right) {
        return (static_cast<uint64_t>(static_cast<uint32_t>(left)) << 32) | static_cast<uint32_t>(right);
    }

    // Resolves byte symbols and merges against token -> id; `source` names the files in errors.
    void build(const std::unordered_map<std::string, int32_t>& encoder, const std::vector<Merge>& merge_list,
               const std::string& source) {
        const ByteAlphabet& alphabet = byteAlphabet();
        for (int b = 0; b < 256; ++b) {
            const std::string symbol = utf8Of(alphabet.byte_to_char[b]);
            const auto plain = encoder.find(symbol);
            const auto end = encoder.find(symbol + "</w>");
            if (plain == encoder.end() || end == encoder.end())
                throw Error(source + " lacks the byte symbol \"" + symbol + "\" (or \"" + symbol +
                            "</w>\"); it is not a CLIP byte-level BPE vocabulary.");
            byte_ids[b] = plain->second;
            byte_end_ids[b] = end->second;
        }
        for (size_t rank = 0; rank < merge_list.size(); ++rank) {
            const auto& [left, right] = merge_list[rank];
            const auto l = encoder.find(left), r = encoder.find(right);
            // A merge of symbols that are not tokens can never apply.
            if (l == encoder.end() || r == encoder.end()) continue;
            const auto merged = encoder.find(left + right);
            if (merged == encoder.end())
                throw Error(source + ": the merge \"" + left + " " + right + "\" makes a token that the vocabulary lacks.");
            // Later duplicates win, as in open_clip's dict(zip(merges, range(...))).
            merges[key(l->second, r->second)] = {static_cast<int32_t>(rank), merged->second};
        }
    }

    std::vector<int32_t> bpe(const std::string& word) const {
        std::vector<int32_t> symbols(word.size());
        for (size_t i = 0; i < word.size(); ++i) {
            const auto b = static_cast<unsigned char>(word[i]);
            symbols[i] = i + 1 == word.size() ? byte_end_ids[b] : byte_ids[b];
        }
        std::vector<int32_t> next;
        while (symbols.size() > 1) {
            // The lowest-ranked adjacent pair is merged everywhere, left to right, then again.
            const MergeResult* best = nullptr;
            uint64_t best_key = 0;
            for (size_t i = 0; i + 1 < symbols.size(); ++i) {
                const auto it = merges.find(key(symbols[i], symbols[i + 1]));
                if (it != merges.end() && (!best || it->second.rank < best->rank)) {
                    best = &it->second;
                    best_key = it->first;
                }
            }
            if (!best) break;
            const auto left = static_cast<int32_t>(best_key >> 32), right = static_cast<int32_t>(best_key & 0xFFFFFFFF);
            next.clear();
            for (size_t i = 0; i < symbols.size(); ++i) {
                if (i + 1 < symbols.size() && symbols[i] == left && symbols[i + 1] == right) {
                    next.push_back(best->merged_id);
                    ++i;
                } else {
                    next.push_back(symbols[i]);
                }
            }
            symbols.swap(next);
        }
        return symbols;
    }

    void appendWord(const std::string& word, std::vector<int64_t>& ids) const {
        if (word == kSotText) {
            ids.push_back(sot);
            return;
        }
        if (word == kEotText) {
            ids.push_back(eot);
            return;
        }
        {
            std::shared_lock<std::shared_mutex> lock(cache_mutex);
            const auto it = cache.find(word);
            if (it != cache.end()) {
                ids.insert(ids.end(), it->second.begin(), it->second.end());
                return;
            }
        }
        std::vector<int32_t> word_ids = bpe(word);
        ids.insert(ids.end(), word_ids.begin(), word_ids.end());
        std::unique_lock<std::shared_mutex> lock(cache_mutex);
        if (cache.size() >= kMaxCachedWords) cache.clear();
        cache.emplace(word, std::move(word_ids));
    }

    // The ids of the cleaned caption, stopping once there are at least `limit`.
    std::vector<int64_t> encodeIds(const std::string& utf8_text, size_t limit) const {
        std::vector<int64_t> ids;
        const std::u32string cleaned = cleanCaption(decodeUtf8Lossy(utf8_text));
        if (cleaned.empty() || limit == 0) return ids;
        const icu::UnicodeString text =
            icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(cleaned.data()), static_cast<int32_t>(cleaned.size()));
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexMatcher> matcher(word_pattern->matcher(text, status));
        if (U_FAILURE(status)) throw Error(std::string("Cannot run the tokenizer's word pattern: ") + u_errorName(status));
        std::string word;
        while (ids.size() < limit && matcher->find(status) && U_SUCCESS(status)) {
            const int32_t start = matcher->start(status), end = matcher->end(status);
            word.clear();
            text.tempSubStringBetween(start, end).toUTF8String(word);
            appendWord(word, ids);
        }
        if (U_FAILURE(status)) throw Error(std::string("The tokenizer's word pattern failed: ") + u_errorName(status));
        return ids;
    }
};

ClipBpeTokenizer::ClipBpeTokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ClipBpeTokenizer::~ClipBpeTokenizer() = default;

std::unique_ptr<ClipBpeTokenizer> ClipBpeTokenizer::fromBpeGzip(const std::string& path) {
    const std::string text = readGzipFile(path);
    requireUtf8(text, path);
    const std::vector<std::string> lines = splitLines(text);
    if (lines.empty()) throw Error(path + " is empty; expected a header line and BPE merges.");
    const std::vector<Merge> merge_list = parseMerges(lines, 1, path);  // line 0 is a header

    // open_clip's vocabulary: bytes, bytes with "</w>", one token per merge, the two specials.
    std::vector<std::string> vocab;
    vocab.reserve(512 + merge_list.size() + 2);
    const ByteAlphabet& alphabet = byteAlphabet();
    for (uint8_t b : alphabet.vocab_order) vocab.push_back(utf8Of(alphabet.byte_to_char[b]));
    for (uint8_t b : alphabet.vocab_order) vocab.push_back(utf8Of(alphabet.byte_to_char[b]) + "</w>");
    for (const auto& [left, right] : merge_list) vocab.push_back(left + right);
    vocab.push_back(kSotText);
    vocab.push_back(kEotText);
    std::unordered_map<std::string, int32_t> encoder;
    for (size_t id = 0; id < vocab.size(); ++id) encoder[vocab[id]] = static_cast<int32_t>(id);

    auto impl = std::make_unique<Impl>();
    impl->build(encoder, merge_list, path);
    impl->vocab_size = static_cast<int64_t>(vocab.size());
    impl->sot = static_cast<int32_t>(vocab.size() - 2);
    impl->eot = static_cast<int32_t>(vocab.size() - 1);
    return std::unique_ptr<ClipBpeTokenizer>(new ClipBpeTokenizer(std::move(impl)));
}

std::unique_ptr<ClipBpeTokenizer> ClipBpeTokenizer::fromVocabMerges(const std::string& vocab_json_path,
                                                                    const std::string& merges_txt_path) {
    nlohmann::json vocab_json;
    try {
        vocab_json = nlohmann::json::parse(readTextFile(vocab_json_path));
    } catch (const nlohmann::json::exception& e) {
        throw Error(vocab_json_path + " is not valid JSON: " + e.what());
    }
    if (!vocab_json.is_object() || vocab_json.empty())
        throw Error(vocab_json_path + " should be a JSON object mapping each token to its id.");
    std::unordered_map<std::string, int32_t> encoder;
    int64_t max_id = -1;
    for (const auto& [token, id] : vocab_json.items()) {
        if (!id.is_number_integer() || id.get<int64_t>() < 0 || id.get<int64_t>() >= INT32_MAX)
            throw Error(vocab_json_path + ": the id of token \"" + token + "\" is not a non-negative integer.");
        encoder[token] = static_cast<int32_t>(id.get<int64_t>());
        max_id = std::max(max_id, id.get<int64_t>());
    }

    const std::string merges_text = readTextFile(merges_txt_path);
    requireUtf8(merges_text, merges_txt_path);
    const std::vector<std::string> lines = splitLines(merges_text);
    const size_t first = !lines.empty() && lines[0].rfind("#", 0) == 0 ? 1 : 0;  // "#version: 0.2"
    const std::vector<Merge> merge_list = parseMerges(lines, first, merges_txt_path);

    const auto sot = encoder.find("<|startoftext|>"), eot = encoder.find("<|endoftext|>");
    if (sot == encoder.end() || eot == encoder.end())
        throw Error(vocab_json_path + " lacks the special tokens <|startoftext|> and <|endoftext|>.");
    // The text tower pools at argmax(ids), which must be the end-of-text token.
    if (eot->second != max_id)
        throw Error(vocab_json_path + ": <|endoftext|> must have the largest id (" + std::to_string(max_id) + "), it has " +
                    std::to_string(eot->second) + ".");

    auto impl = std::make_unique<Impl>();
    impl->build(encoder, merge_list, vocab_json_path + " with " + merges_txt_path);
    impl->vocab_size = max_id + 1;
    impl->sot = sot->second;
    impl->eot = eot->second;
    return std::unique_ptr<ClipBpeTokenizer>(new ClipBpeTokenizer(std::move(impl)));
}

std::vector<int64_t> ClipBpeTokenizer::encode(const std::string& utf8_text, int context_length) const {
    if (context_length < 1) throw Error("The context length must be at least 1, got " + std::to_string(context_length) + ".");
    const auto ctx = static_cast<size_t>(context_length);
    // Only the first ctx - 2 ids survive; one more tells that the row was cut.
    const std::vector<int64_t> ids = impl_->encodeIds(utf8_text, ctx - 1);
    std::vector<int64_t> row(ctx, 0);  // [context_length]
    row[0] = impl_->sot;
    const size_t kept = std::min(ids.size(), ctx - 1);
    std::copy(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(kept), row.begin() + 1);
    row[std::min(kept + 1, ctx - 1)] = impl_->eot;  // EOT after the ids, or over the last slot when cut
    return row;
}

std::vector<int64_t> ClipBpeTokenizer::encodeIds(const std::string& utf8_text) const {
    return impl_->encodeIds(utf8_text, SIZE_MAX);
}

int64_t ClipBpeTokenizer::vocabSize() const { return impl_->vocab_size; }
int64_t ClipBpeTokenizer::sotId() const { return impl_->sot; }
int64_t ClipBpeTokenizer::eotId() const { return impl_->eot; }

}  // namespace clipft
