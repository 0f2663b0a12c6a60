// What several suites need first: a sentencepiece vocabulary trained on some captions and a tiny
// random CLIP that uses it, saved as an open_clip folder (tests make their own models; nothing is
// downloaded).
#pragma once
#include "core/model/clip_model.h"
#include "core/model/model_folder.h"
#include "core/text/sentencepiece_library.h"
#include "core/text/sentencepiece_tokenizer.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace fixtures {

struct TinyClipShape {
    int embed_dim = 16;
    int vision_width = 32, vision_mlp = 64, image_size = 32, patch = 8;
    int text_width = 32, text_mlp = 64, context = 16;
    int vocab_size = 60;  // sentencepiece's target; the tokenizer decides the final count
};

// Writes dir/corpus.txt (the captions, `repeat` times), dir/vocab/ (sentencepiece) and
// dir/model/ (the CLIP, initialised from `seed`, logit scale `logit_scale` unless NaN). Returns
// the model folder.
inline QString writeTinyClip(const QString& dir, const QStringList& captions, TinyClipShape shape = {},
                             uint64_t seed = 1, int repeat = 1, double logit_scale = std::nan("")) {
    QFile corpus(QDir(dir).filePath("corpus.txt"));
    if (!corpus.open(QIODevice::WriteOnly)) return {};
    for (int i = 0; i < repeat; ++i) corpus.write(captions.join('\n').toUtf8() + "\n");
    corpus.close();
    QDir(dir).mkdir("vocab");
    const std::string prefix = QDir(dir).filePath("vocab/demo").toStdString();
    clipft::trainSentencePiece(std::map<std::string, std::string>{{"input", corpus.fileName().toStdString()},
                                                                  {"model_prefix", prefix},
                                                                  {"vocab_size", std::to_string(shape.vocab_size)},
                                                                  {"hard_vocab_limit", "false"}});
    clipft::SentencePieceTokenizer tokenizer(prefix + ".model");
    clipft::ClipConfig config;
    config.embed_dim = shape.embed_dim;
    config.vision = {2, shape.vision_width, 2, shape.patch, shape.image_size, shape.vision_mlp};
    config.text = {shape.context, static_cast<int>(tokenizer.vocabSize()), shape.text_width, 2, 2, shape.text_mlp};
    torch::manual_seed(seed);
    clipft::ClipModel model(config);
    if (!std::isnan(logit_scale)) {
        torch::NoGradGuard no_grad;
        model->logit_scale.fill_(logit_scale);
    }
    const QString model_dir = QDir(dir).filePath("model");
    clipft::saveOpenClipFolder(*model, model_dir.toStdString(), QDir(dir).filePath("vocab").toStdString());
    return model_dir;
}

// Every caption file (*.txt) of a folder, one caption a line.
inline QStringList captionsOfFolder(const QString& folder) {
    QStringList captions;
    for (const QString& name : QDir(folder).entryList({"*.txt"}, QDir::Files, QDir::Name)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            for (const QString& line : QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts)) captions << line;
    }
    return captions;
}

}  // namespace fixtures
