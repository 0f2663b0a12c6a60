// Plain C ABI of libclipft_spm_bridge.so, the only place that links Debian's libsentencepiece.
// core/text/sentencepiece_library.cpp loads it with dlopen(RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND)
// so sentencepiece's embedded protobuf never meets LibTorch's (DESIGN.md). Only C types cross it,
// and no C++ exception ever leaves it.
#pragma once
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CLIPFT_SPM_EXPORT __attribute__((visibility("default")))

// Bumped when a function's meaning changes; the loader refuses a bridge of another version.
#define CLIPFT_SPM_ABI_VERSION 1

typedef struct clipft_spm_processor clipft_spm_processor;

CLIPFT_SPM_EXPORT int32_t clipft_spm_abi_version(void);

// Loads a .model file. On failure returns NULL and writes a message into error (size error_size).
CLIPFT_SPM_EXPORT clipft_spm_processor* clipft_spm_load(const char* model_path, char* error,
                                                        size_t error_size);
CLIPFT_SPM_EXPORT void clipft_spm_free(clipft_spm_processor* processor);
CLIPFT_SPM_EXPORT int32_t clipft_spm_vocab_size(const clipft_spm_processor* processor);
// Encodes UTF-8 text into ids. Returns the number of ids (which may exceed capacity: then call again
// with a larger buffer), or -1 on error with a message in error. Safe to call from several threads
// on one processor.
CLIPFT_SPM_EXPORT int32_t clipft_spm_encode(const clipft_spm_processor* processor, const char* text,
                                            int32_t* ids, int32_t capacity, char* error,
                                            size_t error_size);
// Decodes ids back to UTF-8 text. Returns the text's length in bytes without the terminating NUL
// (which may be >= capacity: then call again with a larger buffer), or -1 on error.
CLIPFT_SPM_EXPORT int32_t clipft_spm_decode(const clipft_spm_processor* processor,
                                            const int32_t* ids, int32_t count, char* text,
                                            int32_t capacity, char* error, size_t error_size);
// The piece of an id as a NUL-terminated string; NULL for an id out of range. The pointer lives
// as long as the processor.
CLIPFT_SPM_EXPORT const char* clipft_spm_id_to_piece(const clipft_spm_processor* processor,
                                                     int32_t id);
// The id of a piece, or the unknown id when the piece is not in the vocabulary.
CLIPFT_SPM_EXPORT int32_t clipft_spm_piece_to_id(const clipft_spm_processor* processor,
                                                 const char* piece);
// Trains a model with sentencepiece's own trainer; args as for spm_train ("--input=... --model_prefix=...").
// Returns 0 on success, -1 with a message in error.
CLIPFT_SPM_EXPORT int32_t clipft_spm_train(const char* args, char* error, size_t error_size);
// The same with count option names (without "--") and values, so values may contain spaces (paths).
CLIPFT_SPM_EXPORT int32_t clipft_spm_train_options(const char* const* names, const char* const* values,
                                                   int32_t count, char* error, size_t error_size);

#ifdef __cplusplus
}
#endif
