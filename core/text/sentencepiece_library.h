// Access to sentencepiece through libclipft_spm_bridge.so, loaded at run time.
//
// Debian's libsentencepiece embeds and exports its own protobuf, which clashes with LibTorch's
// libprotobuf.so.32 when both are linked into one program (DESIGN.md). The bridge links
// sentencepiece alone and is dlopen'd with RTLD_LOCAL | RTLD_DEEPBIND, so each library binds to
// its own protobuf.
#pragma once
#include "core/text/sentencepiece_bridge/spm_bridge.h"

#include <map>
#include <string>

namespace clipft {

// The bridge's entry points (see spm_bridge.h for what each does).
struct SentencePieceApi {
    decltype(&clipft_spm_load) load = nullptr;
    decltype(&clipft_spm_free) free = nullptr;
    decltype(&clipft_spm_vocab_size) vocabSize = nullptr;
    decltype(&clipft_spm_encode) encode = nullptr;
    decltype(&clipft_spm_decode) decode = nullptr;
    decltype(&clipft_spm_id_to_piece) idToPiece = nullptr;
    decltype(&clipft_spm_piece_to_id) pieceToId = nullptr;
    decltype(&clipft_spm_train) train = nullptr;
    decltype(&clipft_spm_train_options) trainOptions = nullptr;
};

// Loads the bridge on first use and returns its entry points; thread-safe, loaded once per process.
// Looks, in order: the file named by $CLIPFT_SPM_BRIDGE (only there, when set); beside the running
// executable; ../lib/clipft/ relative to it (installed layout); the build tree's bin folder.
// Throws clipft::Error saying where it looked when no usable bridge is found. A failure is not
// remembered, so a later call tries again.
const SentencePieceApi& sentencePieceApi();

// The file the bridge was loaded from (loads it if needed).
std::string sentencePieceBridgePath();

// Trains a sentencepiece model with its own trainer, writing <model_prefix>.model and .vocab.
// `args` as for spm_train: "--input=captions.txt --model_prefix=/tmp/m --vocab_size=200". Values
// are split at spaces, so use the options overload for paths that may contain spaces.
// sentencepiece's progress log is silenced unless minloglevel is given. Throws clipft::Error.
void trainSentencePiece(const std::string& args);
// The same with option names without "--": {{"input", path}, {"model_prefix", prefix}, ...}.
void trainSentencePiece(const std::map<std::string, std::string>& options);

}  // namespace clipft
