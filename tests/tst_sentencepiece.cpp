// The sentencepiece tokenizer through the dlopen'd bridge, in one process with LibTorch: the point
// is that sentencepiece's embedded protobuf and LibTorch's libprotobuf.so.32 coexist (DESIGN.md).
// Slots run in order; missingBridgeIsReported must come before anything loads the bridge.
#include "core/common/error.h"
#include "core/text/sentencepiece_library.h"
#include "core/text/sentencepiece_tokenizer.h"

#include <torch/torch.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <random>
#include <thread>

using clipft::SentencePieceTokenizer;

namespace {

// A tiny caption corpus: every combination of a few subjects, actions and places.
QStringList captions() {
    const QStringList subjects = {"a small dog", "the black cat", "two children", "an old man",
                                  "a red bicycle", "a brown horse", "the elephant", "a young woman"};
    const QStringList actions = {"is sleeping", "runs", "stands", "is waiting", "plays", "sits"};
    const QStringList places = {"on the grass", "near the river", "in the kitchen", "under a tree",
                                "on a sandy beach", "beside the house"};
    QStringList lines;
    for (const auto& s : subjects)
        for (const auto& a : actions)
            for (const auto& p : places) lines << s + " " + a + " " + p;
    return lines;
}

int countOf(const std::vector<int64_t>& row, int64_t id) {
    return static_cast<int>(std::count(row.begin(), row.end(), id));
}

}  // namespace

class TestSentencePiece : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString corpusPath_;
    std::unique_ptr<SentencePieceTokenizer> unigram_;
    std::unique_ptr<SentencePieceTokenizer> bpe_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // Real LibTorch work before sentencepiece is anywhere near the process.
        const auto product = torch::ones({64, 64}).matmul(torch::ones({64, 64}));  // [64, 64]
        QVERIFY(torch::all(product == 64).item<bool>());

        corpusPath_ = dir_.filePath("captions.txt");
        QFile corpus(corpusPath_);
        QVERIFY(corpus.open(QIODevice::WriteOnly | QIODevice::Text));
        corpus.write(captions().join('\n').toUtf8() + '\n');
    }

    void missingBridgeIsReported() {
        const QByteArray missing = dir_.filePath("nowhere/libclipft_spm_bridge.so").toUtf8();
        qputenv("CLIPFT_SPM_BRIDGE", missing);
        try {
            SentencePieceTokenizer tokenizer(dir_.filePath("any.model").toStdString());
            QFAIL("a missing bridge was not reported");
        } catch (const clipft::Error& e) {
            QVERIFY2(QByteArray(e.what()).contains(missing), e.what());
            QVERIFY2(QByteArray(e.what()).contains("CLIPFT_SPM_BRIDGE"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(clipft::Error, clipft::trainSentencePiece("--input=x --model_prefix=y"));
        qunsetenv("CLIPFT_SPM_BRIDGE");
        // The failure is not remembered: the default search finds the bridge in the build tree.
        const QString found = QString::fromStdString(clipft::sentencePieceBridgePath());
        QVERIFY2(QFileInfo::exists(found), qPrintable(found));
        QVERIFY(found.endsWith("libclipft_spm_bridge.so"));
    }

    void trainsUnigramAndBpeModels() {
        // Unigram through spm_train style arguments.
        const QString unigramPrefix = dir_.filePath("unigram");
        clipft::trainSentencePiece(("--input=" + corpusPath_ + " --model_prefix=" + unigramPrefix +
                                    " --vocab_size=120 --model_type=unigram --hard_vocab_limit=false")
                                       .toStdString());
        QVERIFY(QFileInfo::exists(unigramPrefix + ".model"));
        QVERIFY(QFileInfo::exists(unigramPrefix + ".vocab"));

        // BPE through named options, into a folder whose name has a space.
        QVERIFY(QDir(dir_.path()).mkdir("with space"));
        const QString bpePrefix = dir_.filePath("with space/bpe");
        clipft::trainSentencePiece(std::map<std::string, std::string>{
            {"input", corpusPath_.toStdString()},
            {"model_prefix", bpePrefix.toStdString()},
            {"vocab_size", "100"},
            {"model_type", "bpe"},
            {"hard_vocab_limit", "false"}});
        QVERIFY(QFileInfo::exists(bpePrefix + ".model"));

        unigram_ = std::make_unique<SentencePieceTokenizer>((unigramPrefix + ".model").toStdString());
        bpe_ = std::make_unique<SentencePieceTokenizer>((bpePrefix + ".model").toStdString());
        for (const auto* t : {unigram_.get(), bpe_.get()}) {
            QVERIFY(t->pieceCount() > 30);
            QVERIFY(t->pieceCount() <= 120);
            QCOMPARE(t->sotId(), t->pieceCount());
            QCOMPARE(t->eotId(), t->pieceCount() + 1);
            QCOMPARE(t->vocabSize(), t->pieceCount() + 2);
            QCOMPARE(QString::fromStdString(t->piece(t->eotId())), QString("<EOT>"));
        }
        QCOMPARE(bpe_->pieceCount(), int64_t(100));
    }

    void trainingErrorsAreReported() {
        QVERIFY_THROWS_EXCEPTION(
            clipft::Error, clipft::trainSentencePiece("--input=" + dir_.filePath("absent.txt").toStdString() +
                                                      " --model_prefix=" + dir_.filePath("x").toStdString()));
        QVERIFY_THROWS_EXCEPTION(clipft::Error, clipft::trainSentencePiece("--no_such_flag=1"));
    }

    void rowHasSotPiecesEotAndZeroPadding() {
        QVERIFY(unigram_);
        const std::string text = "a small dog runs on the grass";
        const auto pieces = unigram_->pieceIds(text);
        QVERIFY(!pieces.empty());
        const auto row = unigram_->encode(text, 32);
        QCOMPARE(row.size(), size_t(32));
        QCOMPARE(row[0], unigram_->sotId());
        for (size_t i = 0; i < pieces.size(); ++i) QCOMPARE(row[i + 1], pieces[i]);
        QCOMPARE(row[pieces.size() + 1], unigram_->eotId());
        for (size_t i = pieces.size() + 2; i < row.size(); ++i) QCOMPARE(row[i], int64_t(0));
        QCOMPARE(countOf(row, unigram_->sotId()), 1);
        QCOMPARE(countOf(row, unigram_->eotId()), 1);
        QCOMPARE(*std::max_element(row.begin(), row.end()), unigram_->eotId());
        QCOMPARE(unigram_->decode(row), text);
        QCOMPARE(bpe_->decode(bpe_->encode(text, 32)), text);
    }

    void longTextIsCutWithEotLast() {
        const std::string text = "the elephant is waiting near the river and two children play under a tree "
                                 "while an old man sits beside the house";
        const auto pieces = unigram_->pieceIds(text);
        QVERIFY(pieces.size() > 10);
        const auto row = unigram_->encode(text, 8);
        QCOMPARE(row.size(), size_t(8));
        QCOMPARE(row.front(), unigram_->sotId());
        QCOMPARE(row.back(), unigram_->eotId());
        for (size_t i = 1; i < 7; ++i) QCOMPARE(row[i], pieces[i - 1]);
        // Exactly fitting: context = pieces + 2 leaves no padding and nothing cut.
        const auto exact = unigram_->encode(text, static_cast<int>(pieces.size()) + 2);
        QCOMPARE(exact.back(), unigram_->eotId());
        QCOMPARE(unigram_->decode(exact), text);
        // The smallest context holds only SOT and EOT; smaller ones are refused.
        QCOMPARE(unigram_->encode(text, 2), (std::vector<int64_t>{unigram_->sotId(), unigram_->eotId()}));
        QVERIFY_THROWS_EXCEPTION(clipft::Error, unigram_->encode(text, 1));
    }

    void emptyTextIsSotEot() {
        const auto row = unigram_->encode("", 6);
        QCOMPARE(row, (std::vector<int64_t>{unigram_->sotId(), unigram_->eotId(), 0, 0, 0, 0}));
        QVERIFY(unigram_->pieceIds("").empty());
    }

    void idsAreDeterministic() {
        const std::string text = "a brown horse stands on a sandy beach";
        const auto first = unigram_->encode(text, 20);
        QCOMPARE(unigram_->encode(text, 20), first);
        SentencePieceTokenizer again(unigram_->modelPath());
        QCOMPARE(again.encode(text, 20), first);
        // Concurrent encodes on one tokenizer give the same rows as serial ones.
        const QStringList lines = captions();
        std::vector<std::vector<int64_t>> serial;
        for (const auto& line : lines) serial.push_back(unigram_->encode(line.toStdString(), 20));
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int repeat = 0; repeat < 5; ++repeat)
                    for (int i = 0; i < lines.size(); ++i)
                        if (unigram_->encode(lines[i].toStdString(), 20) != serial[size_t(i)]) ++mismatches[size_t(t)];
            });
        }
        for (auto& thread : threads) thread.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
    }

    void corpusWordsTakeFewerPiecesThanNoise() {
        // Noise drawn from the corpus's own letters, so it is spelled in known pieces, not <unk>.
        std::mt19937 rng(7);
        const std::string letters = "abcdehiklmnoprstuvwy";
        std::string noise;
        for (int i = 0; i < 9; ++i) noise += letters[rng() % letters.size()];
        for (const auto* t : {unigram_.get(), bpe_.get()}) {
            const auto word = t->pieceIds("elephant");
            const auto random = t->pieceIds(noise);
            QVERIFY2(word.size() < random.size(),
                     qPrintable(QString("%1 vs %2 (%3)").arg(word.size()).arg(random.size()).arg(noise.c_str())));
        }
    }

    void rowsFeedLibTorch() {
        const QStringList lines = captions().mid(0, 5);
        const int context = 16;
        std::vector<int64_t> flat;
        for (const auto& line : lines) {
            const auto row = unigram_->encode(line.toStdString(), context);
            flat.insert(flat.end(), row.begin(), row.end());
        }
        const auto n = static_cast<int64_t>(lines.size());
        const auto ids = torch::from_blob(flat.data(), {n, context}, torch::kInt64).clone();  // [N, context]
        torch::manual_seed(0);
        torch::nn::Embedding embedding(unigram_->vocabSize(), 8);
        const auto x = embedding(ids);  // [N, context, 8]
        QCOMPARE(x.sizes().vec(), (std::vector<int64_t>{n, context, 8}));
        // The text tower pools at argmax(ids): that must be the EOT slot of every row.
        const auto eotPos = ids.argmax(-1);  // [N]
        for (int64_t i = 0; i < n; ++i)
            QCOMPARE(ids[i][eotPos[i].item<int64_t>()].item<int64_t>(), unigram_->eotId());
        const auto pooled = x.index({torch::arange(n), eotPos});  // [N, 8]
        const auto expected = embedding->weight[unigram_->eotId()].expand({n, 8});
        QVERIFY(torch::allclose(pooled, expected));
        // And LibTorch still computes after sentencepiece has loaded, trained and encoded.
        const auto gram = pooled.matmul(pooled.t());  // [N, N]
        QVERIFY(torch::allclose(gram, gram.t()));
        QVERIFY(torch::all(torch::ones({32, 32}).matmul(torch::ones({32, 32})) == 32).item<bool>());
    }

    void badModelFilesAreReported() {
        const QString corrupt = dir_.filePath("corrupt.model");
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a sentencepiece model\n\x01\x02\x03");
        file.close();
        for (const QString& path : {corrupt, dir_.filePath("absent.model")}) {
            try {
                SentencePieceTokenizer tokenizer(path.toStdString());
                QFAIL(qPrintable("no error for " + path));
            } catch (const clipft::Error& e) {
                QVERIFY2(QString(e.what()).contains(path), e.what());
            }
        }
    }

    void outOfRangeIdsAreErrors() {
        QVERIFY_THROWS_EXCEPTION(clipft::Error, unigram_->decode({unigram_->sotId(), unigram_->vocabSize()}));
        QVERIFY_THROWS_EXCEPTION(clipft::Error, unigram_->piece(-1));
    }
};

QTEST_GUILESS_MAIN(TestSentencePiece)
#include "tst_sentencepiece.moc"
