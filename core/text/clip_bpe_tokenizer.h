// CLIP's byte-level BPE tokenizer, matching open_clip's SimpleTokenizer (clean='lower') id for id:
// clean the caption (text_cleaner.h), split it into words with CLIP's pattern, map each word's
// UTF-8 bytes onto the byte alphabet, mark the last symbol with "</w>" and apply merges lowest
// rank first.
#pragma once
#include "core/text/tokenizer.h"

#include <memory>
#include <string>
#include <vector>

namespace clipft {

class ClipBpeTokenizer : public Tokenizer {
public:
    // open_clip's bpe_simple_vocab_16e6.txt.gz: a header line, then one merge "a b" a line; the
    // first 48894 merges are used. Ids: 256 byte symbols, the same with "</w>", one per merge,
    // then <start_of_text> and <end_of_text> (49406 and 49407 for the full file).
    static std::unique_ptr<ClipBpeTokenizer> fromBpeGzip(const std::string& path);
    // The transformers layout: vocab.json (token -> id, with <|startoftext|> and <|endoftext|>)
    // and merges.txt (a "#version" line, then merges in rank order).
    static std::unique_ptr<ClipBpeTokenizer> fromVocabMerges(const std::string& vocab_json_path,
                                                             const std::string& merges_txt_path);
    ~ClipBpeTokenizer() override;

    std::vector<int64_t> encode(const std::string& utf8_text, int context_length) const override;  // [context_length]
    int64_t vocabSize() const override;
    int64_t sotId() const override;
    int64_t eotId() const override;

    // The BPE ids of a caption without SOT/EOT, padding or truncation.
    std::vector<int64_t> encodeIds(const std::string& utf8_text) const;

private:
    struct Impl;
    explicit ClipBpeTokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace clipft
