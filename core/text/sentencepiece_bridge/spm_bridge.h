// Plain C ABI of libclipft_spm_bridge.so, the only place that links Debian's libsentencepiece.
// core/text/sentencepiece_tokenizer.cpp loads it with dlopen(RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND)
// so sentencepiece's embedded protobuf never meets LibTorch's (DESIGN.md). Only C types cross it.
#pragma once
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct clipft_spm_processor clipft_spm_processor;

// Loads a .model file. On failure returns NULL and writes a message into error (size error_size).
clipft_spm_processor* clipft_spm_load(const char* model_path, char* error, size_t error_size);
void clipft_spm_free(clipft_spm_processor* processor);
int32_t clipft_spm_vocab_size(const clipft_spm_processor* processor);
// Encodes UTF-8 text into ids. Returns the number of ids (which may exceed capacity: then call again
// with a larger buffer), or -1 on error with a message in error.
int32_t clipft_spm_encode(const clipft_spm_processor* processor, const char* text, int32_t* ids,
                          int32_t capacity, char* error, size_t error_size);
// Trains a model with sentencepiece's own trainer; args as for spm_train ("--input=... --model_prefix=...").
// Returns 0 on success, -1 with a message in error.
int32_t clipft_spm_train(const char* args, char* error, size_t error_size);

#ifdef __cplusplus
}
#endif
