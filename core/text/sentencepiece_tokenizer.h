// A Tokenizer over a sentencepiece .model file (unigram or BPE), used by clipft's own demo model.
// The sentencepiece pieces keep their ids 0..n-1; SOT and EOT are appended after them (n and n+1),
// so EOT is the largest id and the text tower finds it as the argmax of a row.
#pragma once
#include "core/text/tokenizer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct clipft_spm_processor;

namespace clipft {

class SentencePieceTokenizer : public Tokenizer {
public:
    // Loads the bridge (sentencepiece_library.h) and the model. Throws clipft::Error naming the
    // file when it cannot be read as a sentencepiece model, or when the bridge is missing.
    explicit SentencePieceTokenizer(const std::string& model_path);
    ~SentencePieceTokenizer() override;
    SentencePieceTokenizer(const SentencePieceTokenizer&) = delete;
    SentencePieceTokenizer& operator=(const SentencePieceTokenizer&) = delete;

    // [SOT] piece ids [EOT] 0 ..., length context_length (>= 2, else clipft::Error); a text too
    // long is cut with EOT kept last. Padding 0 is also sentencepiece's <unk> id: harmless, as the
    // causal mask and EOT pooling never read past EOT.
    std::vector<int64_t> encode(const std::string& utf8_text, int context_length) const override;
    int64_t vocabSize() const override { return pieceCount_ + 2; }
    int64_t sotId() const override { return pieceCount_; }
    int64_t eotId() const override { return pieceCount_ + 1; }

    // The sentencepiece ids of a text, without SOT, EOT, cutting or padding.
    std::vector<int64_t> pieceIds(const std::string& utf8_text) const;
    // Text of a row: stops at EOT, skips SOT. Throws clipft::Error for ids outside the vocabulary.
    std::string decode(const std::vector<int64_t>& ids) const;
    // The piece of an id ("▁dog", "<SOT>", "<EOT>"); throws clipft::Error out of range.
    std::string piece(int64_t id) const;
    // Number of sentencepiece pieces (vocabSize() - 2).
    int64_t pieceCount() const { return pieceCount_; }
    const std::string& modelPath() const { return modelPath_; }

private:
    struct ProcessorDeleter {
        void operator()(clipft_spm_processor* p) const;
    };
    std::string modelPath_;
    std::unique_ptr<clipft_spm_processor, ProcessorDeleter> processor_;
    int64_t pieceCount_ = 0;
};

}  // namespace clipft
