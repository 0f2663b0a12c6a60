// The C ABI over sentencepiece (spm_bridge.h). Every entry point catches every exception: a C++
// exception must not unwind through dlsym'd C functions into a program built against another
// protobuf.
#include "spm_bridge.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

struct clipft_spm_processor {
    sentencepiece::SentencePieceProcessor processor;
};

namespace {

void writeError(char* error, size_t error_size, const std::string& message) {
    if (!error || error_size == 0) return;
    const size_t n = message.size() < error_size - 1 ? message.size() : error_size - 1;
    std::memcpy(error, message.data(), n);
    error[n] = '\0';
}

// Runs body, turning any exception into -1 (or the given failure value) and a message.
template <typename Result, typename Body>
Result guarded(Result failure, char* error, size_t error_size, Body body) noexcept {
    try {
        return body();
    } catch (const std::exception& e) {
        writeError(error, error_size, std::string("sentencepiece: ") + e.what());
    } catch (...) {
        writeError(error, error_size, "sentencepiece: unknown error");
    }
    return failure;
}

int32_t train(const std::unordered_map<std::string, std::string>& options, char* error, size_t error_size) {
    const auto status = sentencepiece::SentencePieceTrainer::Train(options);
    if (!status.ok()) {
        writeError(error, error_size, status.ToString());
        return -1;
    }
    return 0;
}

}  // namespace

extern "C" {

int32_t clipft_spm_abi_version(void) { return CLIPFT_SPM_ABI_VERSION; }

clipft_spm_processor* clipft_spm_load(const char* model_path, char* error, size_t error_size) {
    return guarded<clipft_spm_processor*>(nullptr, error, error_size, [&]() -> clipft_spm_processor* {
        if (!model_path) {
            writeError(error, error_size, "no model path given");
            return nullptr;
        }
        auto* p = new clipft_spm_processor;
        const auto status = p->processor.Load(model_path);
        if (!status.ok()) {
            delete p;
            writeError(error, error_size, status.ToString());
            return nullptr;
        }
        return p;
    });
}

void clipft_spm_free(clipft_spm_processor* processor) {
    try {
        delete processor;
    } catch (...) {
    }
}

int32_t clipft_spm_vocab_size(const clipft_spm_processor* processor) {
    return guarded<int32_t>(-1, nullptr, 0, [&]() -> int32_t {
        return processor ? processor->processor.GetPieceSize() : -1;
    });
}

int32_t clipft_spm_encode(const clipft_spm_processor* processor, const char* text, int32_t* ids,
                          int32_t capacity, char* error, size_t error_size) {
    return guarded<int32_t>(-1, error, error_size, [&]() -> int32_t {
        if (!processor || !text) {
            writeError(error, error_size, "no processor or no text given");
            return -1;
        }
        std::vector<int> out;
        const auto status = processor->processor.Encode(text, &out);
        if (!status.ok()) {
            writeError(error, error_size, status.ToString());
            return -1;
        }
        const int32_t n = static_cast<int32_t>(out.size());
        if (ids && n <= capacity) std::copy(out.begin(), out.end(), ids);
        return n;
    });
}

int32_t clipft_spm_decode(const clipft_spm_processor* processor, const int32_t* ids, int32_t count,
                          char* text, int32_t capacity, char* error, size_t error_size) {
    return guarded<int32_t>(-1, error, error_size, [&]() -> int32_t {
        if (!processor || (!ids && count > 0) || count < 0) {
            writeError(error, error_size, "no processor or no ids given");
            return -1;
        }
        const int size = processor->processor.GetPieceSize();
        std::vector<int> in(ids, ids + count);
        for (int id : in) {
            // sentencepiece CHECK-fails (aborts) on ids out of range, so refuse them here.
            if (id < 0 || id >= size) {
                writeError(error, error_size, "id " + std::to_string(id) + " is outside the vocabulary of " +
                                                  std::to_string(size));
                return -1;
            }
        }
        std::string out;
        const auto status = processor->processor.Decode(in, &out);
        if (!status.ok()) {
            writeError(error, error_size, status.ToString());
            return -1;
        }
        const int32_t n = static_cast<int32_t>(out.size());
        if (text && n < capacity) {
            std::memcpy(text, out.data(), out.size());
            text[n] = '\0';
        }
        return n;
    });
}

const char* clipft_spm_id_to_piece(const clipft_spm_processor* processor, int32_t id) {
    return guarded<const char*>(nullptr, nullptr, 0, [&]() -> const char* {
        if (!processor || id < 0 || id >= processor->processor.GetPieceSize()) return nullptr;
        return processor->processor.IdToPiece(id).c_str();
    });
}

int32_t clipft_spm_piece_to_id(const clipft_spm_processor* processor, const char* piece) {
    return guarded<int32_t>(-1, nullptr, 0, [&]() -> int32_t {
        if (!processor || !piece) return -1;
        return processor->processor.PieceToId(piece);
    });
}

int32_t clipft_spm_train(const char* args, char* error, size_t error_size) {
    return guarded<int32_t>(-1, error, error_size, [&]() -> int32_t {
        if (!args) {
            writeError(error, error_size, "no training arguments given");
            return -1;
        }
        // Split here rather than in sentencepiece's string overload: that one logs the whole
        // command before it reads --minloglevel, so it could never be silent.
        std::unordered_map<std::string, std::string> options;
        std::istringstream words(args);
        std::string word;
        while (words >> word) {
            if (word.rfind("--", 0) == 0) word.erase(0, 2);
            const auto equals = word.find('=');
            if (equals == std::string::npos) {
                options[word] = "true";  // a bare --flag
            } else {
                options[word.substr(0, equals)] = word.substr(equals + 1);
            }
        }
        return train(options, error, error_size);
    });
}

int32_t clipft_spm_train_options(const char* const* names, const char* const* values, int32_t count,
                                 char* error, size_t error_size) {
    return guarded<int32_t>(-1, error, error_size, [&]() -> int32_t {
        if (count < 0 || (count > 0 && (!names || !values))) {
            writeError(error, error_size, "no training options given");
            return -1;
        }
        std::unordered_map<std::string, std::string> options;
        for (int32_t i = 0; i < count; ++i) {
            if (!names[i] || !values[i]) {
                writeError(error, error_size, "a training option has no name or no value");
                return -1;
            }
            options[names[i]] = values[i];
        }
        return train(options, error, error_size);
    });
}

}  // extern "C"
