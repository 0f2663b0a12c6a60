// Search (issue 11): the embedding index returns the exact top k (its int8 scan included), ranks
// count the images scoring strictly higher, and `clipft search` / `clipft compare` agree with a
// brute-force reference computed here from what `clipft embed` gives for the same images and
// captions; compare's recall is `clipft eval`'s; the benchmark's top k equals torch's.
#include "core/common/error.h"
#include "core/demo/demo_dataset.h"
#include "core/jobs/dataset_import_job.h"
#include "core/jobs/search_job.h"
#include "core/jobs/training_job.h"
#include "core/train/training_checkpoint.h"
#include "core/model/safetensors.h"
#include "core/search/approximate_index.h"
#include "core/search/caption_ranks.h"
#include "core/search/embedding_index.h"
#include "core/store/project_store.h"
#include "clipft_process.h"
#include "tiny_model_fixture.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

using namespace clipft;

namespace {
using Run = fixtures::ClipftRun;
using fixtures::runClipft;

at::Tensor normalize(const at::Tensor& x) { return x / x.norm(2, -1, true).clamp_min(1e-12); }  // F.normalize

// The brute force every check is measured against: all scores in double, sorted best first (equal
// scores by lower row). Returns the rows and the scores of the first k.
std::pair<std::vector<int64_t>, std::vector<double>> bruteForceTopK(const at::Tensor& rows, const at::Tensor& query,
                                                                     int64_t k) {
    const at::Tensor scores = at::matmul(rows.to(at::kDouble), query.to(at::kDouble).reshape({-1}));  // [N]
    std::vector<int64_t> order(static_cast<size_t>(rows.size(0)));
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int64_t>(i);
    const double* s = scores.data_ptr<double>();
    std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return s[a] > s[b]; });
    order.resize(static_cast<size_t>(std::min<int64_t>(k, rows.size(0))));
    std::vector<double> top;
    for (int64_t r : order) top.push_back(s[r]);
    return {order, top};
}

// 1 + the number of rows scoring strictly higher than `row`, in double.
int64_t bruteForceRank(const at::Tensor& rows, const at::Tensor& query, int64_t row) {
    const at::Tensor scores = at::matmul(rows.to(at::kDouble), query.to(at::kDouble).reshape({-1}));  // [N]
    const double own = scores[row].item<double>();
    int64_t rank = 1;
    for (int64_t i = 0; i < scores.size(0); ++i)
        if (scores[i].item<double>() > own) ++rank;
    return rank;
}

// The same where fp32 cannot tell scores apart: ranks it may give, from counting the rows scoring
// more than `eps` above `row` (the best it can be) to those scoring more than `eps` below (the worst).
std::pair<int64_t, int64_t> bruteForceRankRange(const at::Tensor& rows, const at::Tensor& query, int64_t row, double eps) {
    const at::Tensor scores = at::matmul(rows.to(at::kDouble), query.to(at::kDouble).reshape({-1}));  // [N]
    const double own = scores[row].item<double>();
    return {1 + (scores > own + eps).sum().item<int64_t>(), 1 + (scores > own - eps).sum().item<int64_t>() - 1};
}

// The index's answer is the exact top k when its scores are the brute force's k best, and each
// row it names really has the score it gives (ties may come in either order).
void checkExactTopK(const at::Tensor& rows, const at::Tensor& query, const SearchHits& hits, int64_t k,
                    double tolerance) {
    const auto [ref_rows, ref_scores] = bruteForceTopK(rows, query, k);
    QCOMPARE(hits.indices.size(1), static_cast<int64_t>(ref_rows.size()));
    const at::Tensor all = at::matmul(rows.to(at::kDouble), query.to(at::kDouble).reshape({-1}));  // [N]
    std::set<int64_t> seen;
    for (int64_t i = 0; i < hits.indices.size(1); ++i) {
        const int64_t row = hits.indices[0][i].item<int64_t>();
        const double score = hits.scores[0][i].item<double>();
        QVERIFY2(seen.insert(row).second, "a row returned twice");
        QVERIFY2(std::abs(score - ref_scores[static_cast<size_t>(i)]) <= tolerance,
                 qPrintable(QString("hit %1: score %2, brute force %3").arg(i).arg(score).arg(ref_scores[size_t(i)])));
        QVERIFY2(std::abs(score - all[row].item<double>()) <= tolerance,
                 qPrintable(QString("hit %1: row %2 scores %3, not %4").arg(i).arg(row).arg(all[row].item<double>()).arg(score)));
    }
}

}  // namespace

class TestSearch : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_, model_a_, model_b_, data_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    // `clipft embed` of the dataset's images (file-name order) and of the given captions: the
    // vectors the brute force starts from. image_embeds [images, D], text_embeds [captions, D].
    std::pair<at::Tensor, at::Tensor> embedWithCli(const QString& model, const QStringList& captions, const QString& tag) {
        QFile file(path(tag + "-captions.txt"));
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(captions.join('\n').toUtf8() + "\n");
        file.close();
        const QString out = path(tag + ".safetensors");
        const Run embed = runClipft({"embed", "--model", model, "--images", data_, "--captions", file.fileName(), "--out",
                                     out, "--device", "cpu"});
        if (embed.exit_code != 0) qWarning("%s", qPrintable(embed.err));
        auto tensors = SafetensorsFile::open(out.toStdString());
        return {normalize(tensors->tensor("image_embeds").to(at::kFloat)), normalize(tensors->tensor("text_embeds").to(at::kFloat))};
    }

    // The images `clipft embed` lists, in its order (sorted file names).
    QStringList imageFiles() const { return QDir(data_).entryList({"*.png"}, QDir::Files, QDir::Name); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        data_ = path("data");
        writeDemoDataset(data_.toStdString(), DemoVariant::Generic, 36, 11, 32);
        project_ = path("project.clipft");
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            DatasetImportRequest request;
            request.name = "shapes";
            request.source = data_.toStdString();
            request.ratios = {0.5, 0.25, 0.25};
            importDataset(store, request);
            QVERIFY(store.datasetStats("shapes").test.images >= 5);
        }
        const QStringList captions = fixtures::captionsOfFolder(data_);
        QVERIFY(!captions.isEmpty());
        QVERIFY(QDir().mkpath(path("a")) && QDir().mkpath(path("b")));
        model_a_ = fixtures::writeTinyClip(path("a"), captions, {}, 5, 3);
        model_b_ = fixtures::writeTinyClip(path("b"), captions, {}, 6, 3);
        QVERIFY(!model_a_.isEmpty() && !model_b_.isEmpty());
    }

    // --- the index -------------------------------------------------------------------------

    void indexReturnsTheExactTopK_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("kind");
        // Below 2^20 floats the index multiplies in fp32; above, it scans int8 codes and rescores.
        QTest::newRow("small, matmul path") << 500 << 32 << 10 << "random";
        QTest::newRow("k larger than the index") << 7 << 8 << 20 << "random";
        QTest::newRow("int8 scan, 512 dimensions") << 30000 << 512 << 10 << "random";
        QTest::newRow("int8 scan, odd width") << 25000 << 77 << 25 << "random";
        QTest::newRow("int8 scan, near-duplicate rows") << 24000 << 64 << 10 << "near-duplicates";
        QTest::newRow("int8 scan, one large component") << 24000 << 64 << 10 << "spiky";
        QTest::newRow("int8 scan, zero rows among them") << 70000 << 16 << 5 << "zeros";
        QTest::newRow("int8 scan, just above the threshold") << 2048 << 512 << 10 << "random";
    }
    void indexReturnsTheExactTopK() {
        QFETCH(int, rows);
        QFETCH(int, dim);
        QFETCH(int, k);
        QFETCH(QString, kind);
        at::Generator generator = at::detail::createCPUGenerator(rows + dim);
        at::Tensor x = at::randn({rows, dim}, generator, at::kFloat);  // [N, D]
        if (kind == "near-duplicates") {
            // Many rows within quantisation error of one another: only the fp32 rescoring can order them.
            x = x[0].unsqueeze(0).expand({rows, dim}) + 1e-4 * x;
        } else if (kind == "spiky") {
            x.select(1, 3).mul_(200.0);  // int8 scales set by one component, the others coarse
        } else if (kind == "zeros") {
            x.narrow(0, 100, 500).zero_();
        }
        x = normalize(x).contiguous();
        const EmbeddingIndex index(x);
        QCOMPARE(index.size(), int64_t(rows));
        QCOMPARE(index.dim(), int64_t(dim));
        const at::Tensor queries = normalize(at::randn({6, dim}, generator, at::kFloat));  // [6, D]
        for (int64_t q = 0; q < queries.size(0); ++q) {
            // A query close to a row of the index too, as a caption's own image is.
            const at::Tensor query = q == 5 ? normalize(x[rows / 3] + 0.01 * queries[q]) : queries[q];
            checkExactTopK(x, query, index.search(query, k), k, 2e-6);
            const int64_t row = (q * 7919) % rows;
            // The rank is fp32's: exact up to the rows that score within fp32's rounding of this one
            // (many for near-duplicate or spiky rows, now and then one for random ones).
            const auto [best, worst] = bruteForceRankRange(x, query, row, 1e-6);
            const int64_t rank = index.rankOf(query, row);
            QVERIFY2(rank >= best && rank <= worst, qPrintable(QString("rank %1 outside [%2, %3]").arg(rank).arg(best).arg(worst)));
            if (kind == "random") QVERIFY2(worst - best <= 2, qPrintable(QString("[%1, %2]").arg(best).arg(worst)));
        }
        // A batch of queries gives each its own exact answer.
        const SearchHits batch = index.search(queries, k);
        for (int64_t q = 0; q < queries.size(0); ++q) {
            SearchHits one{batch.scores.narrow(0, q, 1), batch.indices.narrow(0, q, 1)};
            checkExactTopK(x, queries[q], one, k, 2e-6);
        }
    }

    void indexRefusesWhatItCannotHold() {
        QVERIFY_THROWS_EXCEPTION(Error, EmbeddingIndex(at::zeros({4}, at::kFloat)));
        QVERIFY_THROWS_EXCEPTION(Error, EmbeddingIndex(at::zeros({4, 3}, at::kDouble)));
        const EmbeddingIndex index(at::eye(3, at::kFloat));
        QVERIFY_THROWS_EXCEPTION(Error, index.search(at::zeros({4}, at::kFloat), 1));
        QVERIFY_THROWS_EXCEPTION(Error, index.rankOf(at::zeros({3}, at::kFloat), 3));
        QVERIFY_THROWS_EXCEPTION(Error, index.searchByMatmul(at::zeros({2, 4}, at::kFloat), 1));
        // k below 1 asks for nothing, on both paths: no hits, not an error from topk.
        for (const SearchHits& none : {index.search(at::ones({2, 3}, at::kFloat), -1),
                                       index.searchByMatmul(at::ones({2, 3}, at::kFloat), -1)}) {
            QCOMPARE(none.scores.size(0), int64_t(2));
            QCOMPARE(none.indices.size(1), int64_t(0));
        }
        // A diverged model's NaN query is refused on both paths (matmul, and the int8 scan's bounds).
        QVERIFY_THROWS_EXCEPTION(Error, index.search(at::full({3}, NAN, at::kFloat), 1));
        at::Generator generator = at::detail::createCPUGenerator(5);
        const EmbeddingIndex large(normalize(at::randn({4096, 512}, generator, at::kFloat)));
        at::Tensor nan_query = at::zeros({512}, at::kFloat);
        nan_query[7] = NAN;
        QVERIFY_THROWS_EXCEPTION(Error, large.search(nan_query, 5));
        QVERIFY_THROWS_EXCEPTION(Error, captionRanks(at::eye(3, at::kFloat), at::full({1, 3}, NAN, at::kFloat),
                                                     at::zeros({1}, at::kLong)));
        QCOMPARE(large.search(at::zeros({0, 512}, at::kFloat), 5).indices.size(0), int64_t(0));
    }

    // --- ranks ---------------------------------------------------------------------------

    void captionRankCountsOnlyStrictlyHigherImages() {
        // Exactly representable scores: image 1 duplicates image 0, so neither pushes the other down.
        const at::Tensor images = at::tensor({1.f, 0.f, 1.f, 0.f, 0.f, 1.f, 0.6f, 0.8f}).reshape({4, 2});
        const at::Tensor texts = at::tensor({1.f, 0.f, 0.f, 1.f, 0.f, 1.f}).reshape({3, 2});
        const at::Tensor owner = at::tensor(std::vector<int64_t>{1, 2, 0});
        // Caption 0 = (1,0): scores 1, 1, 0, 0.6: image 1 ties image 0 -> rank 1.
        // Caption 1 = (0,1): scores 0, 0, 1, 0.8: image 2 first -> rank 1.
        // Caption 2 = (0,1): its image 0 scores 0; images 2 and 3 score higher -> rank 3.
        const at::Tensor ranks = captionRanks(images, texts, owner);
        QCOMPARE(ranks[0].item<int64_t>(), int64_t(1));
        QCOMPARE(ranks[1].item<int64_t>(), int64_t(1));
        QCOMPARE(ranks[2].item<int64_t>(), int64_t(3));
        // Random embeddings, in chunks smaller than the caption count, against the brute force.
        at::Generator generator = at::detail::createCPUGenerator(3);
        const at::Tensor many_images = normalize(at::randn({50, 8}, generator, at::kFloat));
        const at::Tensor many_texts = normalize(at::randn({120, 8}, generator, at::kFloat));
        const at::Tensor owners = at::arange(120, at::kLong).remainder(50);
        const at::Tensor chunked = captionRanks(many_images, many_texts, owners, 7);
        for (int64_t c = 0; c < 120; ++c)
            QCOMPARE(chunked[c].item<int64_t>(), bruteForceRank(many_images, many_texts[c], owners[c].item<int64_t>()));
    }

    // --- the command line against the brute force -----------------------------------------

    void searchAgreesWithTheBruteForce() {
        // The split's images and their captions, as the project holds them.
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const EvaluationSet set = loadEvaluationSet(store, "shapes", "all");
        std::map<QString, QStringList> captions_of;  // file name -> captions
        for (size_t c = 0; c < set.captions.size(); ++c)
            captions_of[QString::fromStdString(set.relative_paths[size_t(set.caption_image[c])])]
                << QString::fromStdString(set.captions[c]);
        // A caption found on one image only: its image is the ground truth.
        QString unique_caption, its_image;
        std::map<QString, int> uses;
        for (const auto& c : set.captions) ++uses[QString::fromStdString(c)];
        for (const auto& [file, captions] : captions_of)
            for (const QString& c : captions)
                if (uses[c] == 1 && unique_caption.isEmpty()) unique_caption = c, its_image = file;
        QVERIFY(!unique_caption.isEmpty());
        const QStringList queries{"a red circle", unique_caption, "something that is in no caption"};

        const int k = 6;
        const Run run = runClipft(QStringList{"search", "--project", project_, "--dataset", "shapes", "--split", "all",
                                              "--model", model_a_, "--model-b", model_b_, "--k", QString::number(k),
                                              "--device", "cpu", "--json"} + queries);
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        QVERIFY2(run.out.count('\n') == 1, qPrintable(run.out));
        const auto out = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(static_cast<int>(out["queries"].size()), queries.size());

        const QStringList files = imageFiles();
        QCOMPARE(static_cast<size_t>(files.size()), set.image_paths.size());
        for (const auto& [side, model] : {std::pair<std::string, QString>{"a", model_a_}, {"b", model_b_}}) {
            const auto [images, texts] = embedWithCli(model, queries, QString::fromStdString(side));  // [N, D], [3, D]
            QCOMPARE(images.size(0), int64_t(files.size()));
            for (int q = 0; q < queries.size(); ++q) {
                const auto& entry = out["queries"][size_t(q)];
                QCOMPARE(QString::fromStdString(entry["query"].get<std::string>()), queries[q]);
                const auto& hits = entry[side];
                QCOMPARE(static_cast<int>(hits.size()), k);
                const auto [ref_rows, ref_scores] = bruteForceTopK(images, texts[q], k);
                for (int i = 0; i < k; ++i) {
                    const auto& hit = hits[size_t(i)];
                    QCOMPARE(hit["rank"].get<int>(), i + 1);
                    const QString image = QString::fromStdString(hit["image"].get<std::string>());
                    QVERIFY2(std::abs(hit["score"].get<double>() - ref_scores[size_t(i)]) < 1e-5,
                             qPrintable(QString("%1 %2 hit %3: %4 vs %5").arg(side.c_str()).arg(q).arg(i)
                                            .arg(hit["score"].get<double>()).arg(ref_scores[size_t(i)])));
                    QCOMPARE(image, files[int(ref_rows[size_t(i)])]);
                    QStringList captions;
                    for (const auto& c : hit["captions"]) captions << QString::fromStdString(c.get<std::string>());
                    QCOMPARE(captions, captions_of[image]);
                }
                // Only the caption query has a ground truth, and its rank is the brute force's.
                QCOMPARE(entry.contains("ground_truth"), q == 1);
                if (q == 1) {
                    QCOMPARE(QString::fromStdString(entry["ground_truth"]["image"].get<std::string>()), its_image);
                    QCOMPARE(entry["ground_truth"]["rank_" + side].get<int64_t>(),
                             bruteForceRank(images, texts[q], files.indexOf(its_image)));
                }
            }
        }
        // The two tiny models disagree somewhere: the check above tells A's list from B's.
        QVERIFY(out["queries"][0]["a"] != out["queries"][0]["b"]);

        // Without --json: a readable list that names the images and the ground truth's ranks.
        const Run table = runClipft({"search", "--project", project_, "--dataset", "shapes", "--model", model_a_,
                                     "--split", "all", unique_caption});
        QVERIFY2(table.exit_code == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(its_image) && table.out.contains("under A"), qPrintable(table.out));

        // After "--" every argument is a query, options included; "--" itself is none.
        const QStringList odd{"--k", "- a dash", "--json"};
        const Run literal = runClipft(QStringList{"search", "--project", project_, "--dataset", "shapes", "--split", "all",
                                                  "--model", model_a_, "--json", "--"} + odd);
        QVERIFY2(literal.exit_code == 0, qPrintable(literal.err));
        const auto answered = nlohmann::json::parse(literal.out.toStdString())["queries"];
        QCOMPARE(static_cast<int>(answered.size()), odd.size());
        for (int q = 0; q < odd.size(); ++q)
            QCOMPARE(QString::fromStdString(answered[size_t(q)]["query"].get<std::string>()), odd[q]);
    }

    void anImageQueryFindsItselfFirst() {
        const QString image = QDir(data_).filePath(imageFiles().at(4));
        const Run run = runClipft({"search", "--project", project_, "--dataset", "shapes", "--split", "all", "--model",
                                   model_a_, "--image", image, "--k", "3", "--json"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        const auto out = nlohmann::json::parse(run.out.toStdString());
        const auto& hits = out["queries"][0]["a"];
        QCOMPARE(QString::fromStdString(hits[0]["image"].get<std::string>()), imageFiles().at(4));
        QVERIFY(std::abs(hits[0]["score"].get<double>() - 1.0) < 1e-5);
        QVERIFY(hits[1]["score"].get<double>() <= hits[0]["score"].get<double>());
        QVERIFY(QString::fromStdString(hits[1]["image"].get<std::string>()) != imageFiles().at(4));
        QVERIFY(!out["queries"][0].contains("b"));

        // A file that is not an image is named in one sentence.
        const Run bad = runClipft({"search", "--project", project_, "--dataset", "shapes", "--model", model_a_, "--image",
                                   path("project.clipft")});
        QCOMPARE(bad.exit_code, 1);
        QVERIFY2(bad.err.contains("project.clipft"), qPrintable(bad.err));
    }

    void compareAgreesWithTheBruteForceAndWithEval() {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const EvaluationSet set = loadEvaluationSet(store, "shapes", "test");
        const Run run = runClipft({"compare", "--project", project_, "--dataset", "shapes", "--model", model_a_,
                                   "--model-b", model_b_, "--device", "cpu", "--json"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        const auto out = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(out["split"].get<std::string>(), std::string("test"));  // auto: the test split
        QCOMPARE(out["queries"].size(), set.captions.size());

        QStringList captions;
        for (const auto& c : set.captions) captions << QString::fromStdString(c);
        const QStringList files = imageFiles();
        std::vector<int64_t> rows_of_set;  // the split's images among `clipft embed`'s rows
        for (const auto& p : set.relative_paths) rows_of_set.push_back(files.indexOf(QString::fromStdString(p)));
        const at::Tensor select = at::tensor(rows_of_set);
        const auto [images_a, texts_a] = embedWithCli(model_a_, captions, "cmp-a");
        const auto [images_b, texts_b] = embedWithCli(model_b_, captions, "cmp-b");
        const at::Tensor split_a = images_a.index_select(0, select), split_b = images_b.index_select(0, select);

        int64_t improved = 0, worse = 0, unchanged = 0;
        for (size_t c = 0; c < set.captions.size(); ++c) {
            const auto& row = out["queries"][c];
            QCOMPARE(row["caption"].get<std::string>(), set.captions[c]);
            QCOMPARE(row["image"].get<std::string>(), set.relative_paths[size_t(set.caption_image[c])]);
            const int64_t rank_a = bruteForceRank(split_a, texts_a[int64_t(c)], set.caption_image[c]);
            const int64_t rank_b = bruteForceRank(split_b, texts_b[int64_t(c)], set.caption_image[c]);
            QCOMPARE(row["rank_a"].get<int64_t>(), rank_a);
            QCOMPARE(row["rank_b"].get<int64_t>(), rank_b);
            (rank_b < rank_a ? improved : rank_b > rank_a ? worse : unchanged)++;
        }
        QCOMPARE(out["improved"].get<int64_t>(), improved);
        QCOMPARE(out["worse"].get<int64_t>(), worse);
        QCOMPARE(out["unchanged"].get<int64_t>(), unchanged);
        QVERIFY(improved + worse > 0);  // two different random models do not rank everything alike

        // recall@k of both is what `clipft eval` prints for each model on the same split.
        for (const auto& [side, model] : {std::pair<std::string, QString>{"a", model_a_}, {"b", model_b_}}) {
            const Run eval = runClipft({"eval", "--project", project_, "--dataset", "shapes", "--model", model, "--json"});
            QVERIFY2(eval.exit_code == 0, qPrintable(eval.err));
            const auto metrics = nlohmann::json::parse(eval.out.toStdString());
            for (const char* key : {"image_retrieval_recall@1", "image_retrieval_recall@5", "image_retrieval_recall@10",
                                    "text_retrieval_recall@1", "text_retrieval_recall@5", "text_retrieval_recall@10"})
                QVERIFY2(std::abs(out[side][key].get<double>() - metrics[key].get<double>()) < 1e-12,
                         qPrintable(QString("%1 %2: %3 vs eval %4").arg(side.c_str(), key).arg(out[side][key].get<double>())
                                        .arg(metrics[key].get<double>())));
        }
    }

    // A run's model as B: at WiSE-FT alpha 0 the mix is the pre-trained model, so B's ranks are A's.
    void aRunsWiseFtMixAtZeroIsThePretrainedModel() {
        const Run train = runClipft({"train", "--project", project_, "--dataset", "shapes", "--model", model_a_, "--out",
                                     path("run"), "--steps", "4", "--batch-size", "6", "--lr", "1e-3", "--eval-every", "4",
                                     "--threads", "1", "--device", "cpu"});
        QVERIFY2(train.exit_code == 0, qPrintable(train.err));
        const Run mix = runClipft({"compare", "--project", project_, "--dataset", "shapes", "--model", model_a_, "--run",
                                   "1", "--from", "final", "--wise-ft", "0", "--json"});
        QVERIFY2(mix.exit_code == 0, qPrintable(mix.err));
        const auto out = nlohmann::json::parse(mix.out.toStdString());
        QCOMPARE(out["model_b"].get<std::string>(), std::string("run 1 (final), WiSE-FT alpha 0.00"));
        QCOMPARE(out["improved"].get<int64_t>() + out["worse"].get<int64_t>(), int64_t(0));
        for (const auto& row : out["queries"]) QCOMPARE(row["rank_a"].get<int64_t>(), row["rank_b"].get<int64_t>());

        // The run's own final model is another model.
        const Run tuned = runClipft({"search", "--project", project_, "--dataset", "shapes", "--model", model_a_, "--run",
                                     "1", "--from", "final", "--json", "a blue square"});
        QVERIFY2(tuned.exit_code == 0, qPrintable(tuned.err));
        const auto hits = nlohmann::json::parse(tuned.out.toStdString())["queries"][0];
        QVERIFY(hits["a"] != hits["b"]);
    }

    // Teach by searching: a confirmed query is a caption of its image for runs that include search
    // feedback, and only for training images; "not a match" and other splits' marks are not trained on.
    void searchFeedbackIsTrainedOnOnlyWhenIncluded() {
        std::vector<StoredImage> train;
        int64_t test_image = 0;
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            train = store.datasetImages("shapes", DatasetSplit::Train);
            test_image = store.datasetImages("shapes", DatasetSplit::Test).front().id;
            QVERIFY(train.size() > 3);
            const SearchFeedback first = store.addSearchFeedback(train[1].id, "  a caption only the user gave  ", true);
            QCOMPARE(first.text, std::string("a caption only the user gave"));
            store.addSearchFeedback(train[2].id, "not this one", false);
            store.addSearchFeedback(test_image, "a test image's new caption", true);
            // Marking the same query again changes the mark instead of adding a second one.
            store.addSearchFeedback(train[3].id, "changed my mind", true);
            store.addSearchFeedback(train[3].id, "changed my mind", false);
            const auto marks = store.searchFeedback("shapes");
            QCOMPARE(marks.size(), size_t(4));
            QCOMPARE(store.searchFeedback("shapes", DatasetSplit::Test).size(), size_t(1));
            QVERIFY_THROWS_EXCEPTION(Error, store.addSearchFeedback(train[1].id, "   ", true));
            QVERIFY_THROWS_EXCEPTION(Error, store.addSearchFeedback(999999, "no such image", true));
        }
        // What the training data must be, with and without the feedback.
        std::vector<StoredImage> with = train;
        with[1].captions.push_back({0, "a caption only the user gave", 0});
        const std::string plain = trainingDataFingerprint(train), included = trainingDataFingerprint(with);
        QVERIFY(plain != included);
        for (const auto& [flag, expected] : {std::pair<QString, std::string>{"", plain}, {"--include-feedback", included}}) {
            const QString out = path("feedback-run" + flag);
            QStringList args{"train", "--project", project_, "--dataset", "shapes", "--model", model_a_, "--out", out,
                             "--steps", "1", "--batch-size", "6", "--eval-every", "1", "--threads", "1", "--device", "cpu"};
            if (!flag.isEmpty()) args << flag;
            const Run train_run = runClipft(args);
            QVERIFY2(train_run.exit_code == 0, qPrintable(train_run.err));
            const CheckpointContents checkpoint = readCheckpointInfo((out + "/checkpoint.safetensors").toStdString());
            QCOMPARE(checkpoint.state.data_items, int64_t(train.size()));
            QCOMPARE(checkpoint.state.data_fingerprint, expected);
        }
    }

    // --- the job as the GUI calls it ---------------------------------------------------------

    void theIndexComesFromTheCacheTheSecondTime() {
        SearchIndexRequest request;
        request.project_path = project_.toStdString();
        request.dataset = "shapes";
        request.split = "val";
        request.model.model_dir = model_b_.toStdString();
        request.batch_size = 4;
        const auto first = buildSearchIndex(request);
        QCOMPARE(first->images(), int64_t(first->set().image_paths.size()));
        const auto second = buildSearchIndex(request);
        QCOMPARE(second->cachedImages(), second->images());
        QVERIFY(at::equal(first->index().rows(), second->index().rows()));
        // "More like this": the image itself first, at score 1.
        const QueryResult like = second->searchLikeImage(2, 3);
        QCOMPARE(like.hits[0].image, int64_t(2));
        QVERIFY(std::abs(like.hits[0].score - 1.0) < 1e-5);
        // An image found by its project id; one of another split is not in this index.
        for (int64_t row = 0; row < second->images(); ++row)
            QCOMPARE(second->rowOfImage(second->set().image_ids[size_t(row)]), row);
        QCOMPARE(second->rowOfImage(-5), int64_t(-1));

        CancelToken cancel;
        cancel.cancel();
        request.use_cache = false;
        QVERIFY_THROWS_EXCEPTION(Cancelled, buildSearchIndex(request, nullptr, &cancel));
    }

    void badCommandLinesAreOneSentence_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no query") << QStringList{"search", "--dataset", "shapes", "--model", "M"} << "give a text query";
        QTest::newRow("two second models")
            << QStringList{"search", "--dataset", "shapes", "--model", "M", "--model-b", "B", "--run", "1", "q"} << "not both";
        QTest::newRow("--from without a run")
            << QStringList{"compare", "--dataset", "shapes", "--model", "M", "--from", "best"} << "give --run RUN";
        QTest::newRow("compare without B") << QStringList{"compare", "--dataset", "shapes", "--model", "M"}
                                           << "needs a second model";
        QTest::newRow("unknown dataset") << QStringList{"search", "--dataset", "birds", "--model", "M", "q"}
                                         << "no dataset named 'birds'";
        QTest::newRow("unknown run") << QStringList{"compare", "--dataset", "shapes", "--model", "MODEL", "--run", "99"}
                                     << "no run 99";
        QTest::newRow("alpha out of range")
            << QStringList{"search", "--dataset", "shapes", "--model", "M", "--run", "1", "--wise-ft", "2", "q"}
            << "between 0 and 1";
    }
    void badCommandLinesAreOneSentence() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        args.replaceInStrings(QRegularExpression("^MODEL$"), model_a_);
        const Run run = runClipft(args + QStringList{"--project", project_});
        QCOMPARE(run.exit_code, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.count('\n'), 1);
    }

    // The benchmark checks its own exactness against torch on every query it times.
    void benchSearchReportsAnExactTopK() {
        const Run run = runClipft({"bench", "search", "--images", "30000", "--dim", "64", "--queries", "5", "--json"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        const auto out = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(out["images"].get<int64_t>(), int64_t(30000));
        QCOMPARE(out["mismatched_queries"].get<int64_t>(), int64_t(0));
        QVERIFY(out["max_score_difference"].get<double>() < 1e-5);
        QVERIFY(out["ms_per_query"].get<double>() > 0 && out["torch_matmul_topk_ms_per_query"].get<double>() > 0);
    }
    // --- the approximate index (FAISS's inverted file) -----------------------------------

    void approximateIndexFindsWhatTheExactOneFinds() {
        if (!approximateSearchAvailable()) {
            QVERIFY_THROWS_EXCEPTION(Error, ApproximateIndex(at::eye(4, at::kFloat)));
            QSKIP("this build has no FAISS");
        }
        // Rows around 50 centres, as embeddings gather by subject; queries from the same mixture.
        at::Generator generator = at::detail::createCPUGenerator(11);
        const at::Tensor centres = normalize(at::randn({50, 32}, generator, at::kFloat));            // [50, 32]
        auto around = [&](int64_t n) {
            const at::Tensor which = at::randint(50, {n}, generator, at::kLong);
            return normalize(centres.index_select(0, which) + 0.1 * at::randn({n, 32}, generator, at::kFloat));
        };
        const at::Tensor rows = around(20000), queries = around(40);  // [20000, 32], [40, 32]
        const EmbeddingIndex exact(rows);
        const SearchHits truth = exact.searchByMatmul(queries, 10);

        ApproximateIndexOptions options;
        options.lists = 64;
        options.probes = 64;  // every list: nothing can be missed
        ApproximateIndex all(rows, options);
        QCOMPARE(all.lists(), int64_t(64));
        const SearchHits every = all.search(queries, 10);
        QCOMPARE(recallAgainstExact(every, truth), 1.0);
        QVERIFY((every.scores - truth.scores).abs().max().item<double>() < 1e-5);

        // Probing a few lists finds most of it, and what it returns is real: each score is the
        // row's inner product with the query, best first.
        all.setProbes(4);
        const SearchHits few = all.search(queries, 10);
        const double recall = recallAgainstExact(few, truth);
        qInfo("recall@10 with 4 of 64 lists probed: %.3f", recall);
        QVERIFY(recall > 0.8 && recall <= 1.0);
        for (int64_t q = 0; q < queries.size(0); ++q)
            for (int64_t j = 0; j < 10; ++j) {
                const int64_t row = few.indices[q][j].item<int64_t>();
                if (row < 0) continue;
                const double score = rows[row].dot(queries[q]).item<double>();
                QVERIFY(std::abs(score - few.scores[q][j].item<double>()) < 1e-5);
                if (j > 0) QVERIFY(few.scores[q][j].item<double>() <= few.scores[q][j - 1].item<double>());
            }
        QVERIFY_THROWS_EXCEPTION(Error, all.search(at::zeros({5}, at::kFloat), 3));
    }

    void benchSearchMeasuresTheApproximateIndexRecall() {
        if (!approximateSearchAvailable()) QSKIP("this build has no FAISS");
        const Run run = runClipft({"bench", "search", "--images", "20000", "--dim", "32", "--queries", "5",
                                   "--approximate", "--clustered", "--json"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        const auto out = nlohmann::json::parse(run.out.toStdString());
        QVERIFY(out["approximate_ms_per_query"].get<double>() > 0);
        const double recall = out["approximate_recall"].get<double>();
        QVERIFY(recall > 0 && recall <= 1);
        QCOMPARE(out["approximate_lists"].get<int64_t>(), int64_t(141));  // √20000
        QCOMPARE(out["mismatched_queries"].get<int64_t>(), int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
