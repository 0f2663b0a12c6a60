// Recall@k as CLIP_benchmark computes it: a hand-checked case, and agreement with a literal
// transcription of its formula (one-hot top-k against the positive-pair matrix) on data with several
// captions per image and many tied scores, for any chunk size.
#include "core/common/error.h"
#include "core/eval/retrieval_metrics.h"

#include <QtTest>
#include <torch/torch.h>

using namespace clipft;

namespace {

// CLIP_benchmark's recall_at_k over a whole score matrix: > 0 true positives in the top k.
double referenceRecall(const at::Tensor& scores, const at::Tensor& positive, int k) {
    at::Tensor top = std::get<1>(at::topk(scores, k, 1));                                    // [q, k]
    at::Tensor onehot = at::one_hot(top, scores.size(1));                                     // [q, k, n]
    at::Tensor tp = (onehot * positive.unsqueeze(1).to(at::kLong)).sum(at::IntArrayRef{1, 2});  // [q]
    return (tp.to(at::kDouble) / positive.sum(1).to(at::kDouble) > 0).to(at::kDouble).mean().item<double>();
}

}  // namespace

class TestRetrievalMetrics : public QObject {
    Q_OBJECT
private slots:
    void handCheckedCase() {
        // Two images along the axes; captions 0,1 belong to image 0, caption 2 to image 1.
        const at::Tensor images = torch::tensor({{1.0f, 0.0f}, {0.0f, 1.0f}});
        const at::Tensor texts = torch::tensor({{1.0f, 0.1f}, {0.2f, 1.0f}, {0.0f, 1.0f}});
        const at::Tensor owner = torch::tensor({0, 0, 1}, at::kLong);
        const auto m = computeRetrievalMetrics(images, texts, owner, {1, 2}).values;
        // Caption 1 ranks image 1 first: 2 of 3 captions hit at 1, all at 2.
        QCOMPARE(m.at("image_retrieval_recall@1"), 2.0 / 3.0);
        QCOMPARE(m.at("image_retrieval_recall@2"), 1.0);
        // Image 0's best caption is caption 0 (hit); image 1's best is caption 2 (hit).
        QCOMPARE(m.at("text_retrieval_recall@1"), 1.0);
        QCOMPARE(m.at("image_retrieval_mean_rank"), (1.0 + 2.0 + 1.0) / 3.0);
        QCOMPARE(m.at("image_retrieval_median_rank"), 1.0);
    }

    void matchesTheReferenceFormula_data() {
        QTest::addColumn<int>("images");
        QTest::addColumn<int>("captions_per_image");
        QTest::addColumn<int>("levels");  // quantisation levels: few levels = many ties
        QTest::addColumn<qlonglong>("chunk");
        QTest::newRow("flickr-like") << 40 << 5 << 1000 << 1024LL;
        QTest::newRow("many ties") << 30 << 3 << 2 << 7LL;
        QTest::newRow("all tied") << 12 << 2 << 1 << 5LL;
        QTest::newRow("one row chunks") << 15 << 4 << 3 << 1LL;
    }
    void matchesTheReferenceFormula() {
        QFETCH(int, images);
        QFETCH(int, captions_per_image);
        QFETCH(int, levels);
        QFETCH(qlonglong, chunk);
        torch::manual_seed(images * 31 + levels);
        const int dim = 8;
        at::Tensor img = at::randn({images, dim});
        at::Tensor owner = at::arange(images, at::kLong).repeat_interleave(captions_per_image);
        at::Tensor txt = img.index_select(0, owner) + 0.8 * at::randn({owner.size(0), dim});
        // Quantise so that many scores tie exactly; then normalise like the evaluator does.
        img = at::round(img * levels) / std::max(levels, 1);
        txt = at::round(txt * levels) / std::max(levels, 1);
        img = img / img.norm(2, -1, true).clamp_min(1e-12);
        txt = txt / txt.norm(2, -1, true).clamp_min(1e-12);
        const auto m = computeRetrievalMetrics(img, txt, owner, {1, 5, 10}, chunk).values;

        const at::Tensor scores = at::matmul(txt, img.t());  // [captions, images]
        const at::Tensor positive = owner.unsqueeze(1) == at::arange(images, at::kLong).unsqueeze(0);
        for (int k : {1, 5, 10}) {
            QCOMPARE(m.at("image_retrieval_recall@" + std::to_string(k)), referenceRecall(scores, positive, k));
            QCOMPARE(m.at("text_retrieval_recall@" + std::to_string(k)), referenceRecall(scores.t(), positive.t(), k));
        }
    }

    void badInputIsAnError() {
        const at::Tensor img = at::randn({3, 4});
        QVERIFY_THROWS_EXCEPTION(Error, computeRetrievalMetrics(img, at::randn({2, 5}), torch::tensor({0, 1})));
        QVERIFY_THROWS_EXCEPTION(Error, computeRetrievalMetrics(img, at::randn({2, 4}), torch::tensor({0, 3})));
        QVERIFY_THROWS_EXCEPTION(Error, computeRetrievalMetrics(img, at::randn({2, 4}), torch::tensor({0})));
        QVERIFY_THROWS_EXCEPTION(Error, computeRetrievalMetrics(img, at::randn({2, 4}), torch::tensor({0, 1}), {0}));
    }
};

QTEST_GUILESS_MAIN(TestRetrievalMetrics)
#include "tst_retrieval_metrics.moc"
