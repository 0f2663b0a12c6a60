#include "core/text/sentencepiece_tokenizer.h"

#include "core/common/error.h"
#include "core/text/sentencepiece_library.h"

#include <algorithm>

namespace clipft {

void SentencePieceTokenizer::ProcessorDeleter::operator()(clipft_spm_processor* p) const {
    if (p) sentencePieceApi().free(p);  // a processor exists only if the bridge loaded
}

SentencePieceTokenizer::SentencePieceTokenizer(const std::string& model_path) : modelPath_(model_path) {
    const SentencePieceApi& api = sentencePieceApi();
    char error[1024] = {0};
    processor_.reset(api.load(model_path.c_str(), error, sizeof error));
    if (!processor_) {
        throw Error("cannot read the sentencepiece model '" + model_path +
                    "' (is it a sentencepiece .model file?): " + error);
    }
    pieceCount_ = api.vocabSize(processor_.get());
    if (pieceCount_ <= 0) throw Error("the sentencepiece model '" + model_path + "' has no pieces");
}

SentencePieceTokenizer::~SentencePieceTokenizer() = default;

std::vector<int64_t> SentencePieceTokenizer::pieceIds(const std::string& utf8_text) const {
    const SentencePieceApi& api = sentencePieceApi();
    // Encode is const inside sentencepiece and safe from several threads; the buffer is local.
    std::vector<int32_t> ids(utf8_text.size() + 16);
    char error[1024] = {0};
    for (;;) {
        const int32_t n = api.encode(processor_.get(), utf8_text.c_str(), ids.data(),
                                     static_cast<int32_t>(ids.size()), error, sizeof error);
        if (n < 0) throw Error("sentencepiece could not encode a text with '" + modelPath_ + "': " + error);
        if (static_cast<size_t>(n) <= ids.size()) {
            return std::vector<int64_t>(ids.begin(), ids.begin() + n);
        }
        ids.resize(static_cast<size_t>(n));
    }
}

std::vector<int64_t> SentencePieceTokenizer::encode(const std::string& utf8_text, int context_length) const {
    if (context_length < 2) {
        throw Error("a context length of " + std::to_string(context_length) +
                    " cannot hold the start and end tokens; use at least 2");
    }
    const std::vector<int64_t> pieces = pieceIds(utf8_text);
    std::vector<int64_t> row(static_cast<size_t>(context_length), 0);
    row[0] = sotId();
    const size_t kept = std::min(pieces.size(), static_cast<size_t>(context_length) - 2);
    std::copy(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(kept), row.begin() + 1);
    row[kept + 1] = eotId();  // the last slot when the text was cut
    return row;
}

std::string SentencePieceTokenizer::decode(const std::vector<int64_t>& ids) const {
    std::vector<int32_t> pieces;
    for (int64_t id : ids) {
        if (id == eotId()) break;
        if (id == sotId()) continue;
        if (id < 0 || id >= pieceCount_) {
            throw Error("token id " + std::to_string(id) + " is outside the vocabulary of '" + modelPath_ + "'");
        }
        pieces.push_back(static_cast<int32_t>(id));
    }
    const SentencePieceApi& api = sentencePieceApi();
    std::string text(pieces.size() * 8 + 16, '\0');
    char error[1024] = {0};
    for (;;) {
        const int32_t n = api.decode(processor_.get(), pieces.data(), static_cast<int32_t>(pieces.size()),
                                     text.data(), static_cast<int32_t>(text.size()), error, sizeof error);
        if (n < 0) throw Error("sentencepiece could not decode ids with '" + modelPath_ + "': " + error);
        if (static_cast<size_t>(n) < text.size()) {
            text.resize(static_cast<size_t>(n));
            return text;
        }
        text.resize(static_cast<size_t>(n) + 1);
    }
}

std::string SentencePieceTokenizer::piece(int64_t id) const {
    if (id == sotId()) return "<SOT>";
    if (id == eotId()) return "<EOT>";
    const char* p = id >= 0 && id < pieceCount_
                        ? sentencePieceApi().idToPiece(processor_.get(), static_cast<int32_t>(id))
                        : nullptr;
    if (!p) throw Error("token id " + std::to_string(id) + " is outside the vocabulary of '" + modelPath_ + "'");
    return p;
}

}  // namespace clipft
