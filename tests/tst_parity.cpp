// Parity with the reference implementation (open_clip 3.3.0) on ../shared/parity/tiny-gelu: the
// same tokens, pixels and embeddings from both weight layouts. Skipped when ../shared is absent.
#include "clipft_process.h"

#include "core/common/runtime.h"
#include "core/dataset/caption_lines.h"
#include "core/image/image_folder.h"
#include "core/image/image_transform.h"
#include "core/jobs/dataset_import_job.h"
#include "core/jobs/embed_job.h"
#include "core/model/model_folder.h"
#include "core/model/safetensors.h"
#include "core/store/project_store.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace clipft;

namespace {
const std::string kCase = std::string(CLIPFT_SHARED_DIR) + "/parity/tiny-gelu";

at::Tensor rowCosine(const at::Tensor& a, const at::Tensor& b) {
    return (a * b).sum(-1) / (a.norm(2, -1) * b.norm(2, -1));
}
}  // namespace

class TestParity : public QObject {
    Q_OBJECT
    std::shared_ptr<SafetensorsFile> expected_;
    std::vector<std::string> images_;
    std::vector<bool> exact_size_;  // images that need no resize
    std::vector<std::string> captions_;

private slots:
    void initTestCase() {
        if (!std::filesystem::exists(kCase + "/expected.safetensors")) QSKIP("../shared/parity is not here");
        initRuntime();
        expected_ = SafetensorsFile::open(kCase + "/expected.safetensors");
        images_ = listImageFiles(kCase + "/images");
        captions_ = readCaptionLines(kCase + "/captions.txt");
        for (const auto& path : images_) {
            const cv::Mat m = cv::imread(path);
            exact_size_.push_back(m.rows == 64 && m.cols == 64);
        }
        QCOMPARE(static_cast<int64_t>(images_.size()), expected_->tensor("image_embeds").size(0));
        QCOMPARE(static_cast<int64_t>(captions_.size()), expected_->tensor("tokens").size(0));
    }

    void pixelsMatchTheReferenceTransform() {
        ImageTransformConfig transform;
        transform.image_size = 64;
        const at::Tensor pixels = loadImageBatch(images_, transform);  // [9, 3, 64, 64]
        const at::Tensor reference = expected_->tensor("pixel_values");
        QCOMPARE(pixels.sizes(), reference.sizes());
        for (size_t i = 0; i < images_.size(); ++i) {
            const double diff = (pixels[i] - reference[i]).abs().max().item<double>();
            // The resize reproduces PIL's fixed-point arithmetic and the normalisation torchvision's
            // float operations, so every pixel is bit-identical (one 8-bit step would be ~0.015).
            QVERIFY2(diff == 0.0, qPrintable(QString("%1: max |diff| %2").arg(images_[i].c_str()).arg(diff)));
        }
    }

    void embeddingsMatch_data() {
        QTest::addColumn<QString>("layout");
        QTest::newRow("open_clip") << "openclip";
        QTest::newRow("transformers") << "hf";
    }
    void embeddingsMatch() {
        QFETCH(QString, layout);
        const LoadedModel model = loadModel(kCase + "/" + layout.toStdString(), c10::Device(c10::kCPU));
        EmbedRequest request;
        request.image_paths = images_;
        request.captions = captions_;
        request.batch_size = 4;  // several batches, and a partial last one
        const EmbedResult result = embed(model, request, c10::Device(c10::kCPU));

        QVERIFY(at::equal(result.tokens, expected_->tensor("tokens")));
        const at::Tensor text_cos = rowCosine(result.text_embeds, expected_->tensor("text_embeds"));
        qInfo("%s: min text cosine %.7f, min image cosine %.7f", qPrintable(layout), text_cos.min().item<double>(),
              rowCosine(result.image_embeds, expected_->tensor("image_embeds")).min().item<double>());
        QVERIFY2(text_cos.min().item<double>() >= 0.9999, qPrintable(QString("text cosine %1").arg(text_cos.min().item<double>())));
        const at::Tensor image_cos = rowCosine(result.image_embeds, expected_->tensor("image_embeds"));
        for (size_t i = 0; i < images_.size(); ++i) {
            const double cos = image_cos[i].item<double>();
            QVERIFY2(cos >= (exact_size_[i] ? 0.9999 : 0.9995), qPrintable(QString("%1: cosine %2").arg(images_[i].c_str()).arg(cos)));
        }
        const double scale = model.model->logit_scale.exp().item<double>();
        QVERIFY(std::abs(scale - expected_->tensor("logit_scale").item<double>()) < 1e-4);
    }
    // `clipft search` over the reference's images ranks them as open_clip's own embeddings do:
    // for each caption as a query, the images in the order of the reference's cosine similarity.
    void searchRanksTheImagesAsTheReferenceDoes() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path data = dir.filePath("images").toStdString();
        std::filesystem::create_directories(data);
        std::vector<std::string> names;
        for (size_t i = 0; i < images_.size(); ++i) {
            const std::filesystem::path image(images_[i]);
            names.push_back(image.filename().string());
            std::filesystem::copy_file(image, data / image.filename());
            std::ofstream(data / (image.stem().string() + ".txt")) << "picture " << i << "\n";
        }
        const std::string project = dir.filePath("parity.clipft").toStdString();
        {
            ProjectStore store = ProjectStore::open(project);
            DatasetImportRequest request;
            request.name = "parity";
            request.source = data.string();
            request.ratios = {0.0, 0.0, 1.0};
            importDataset(store, request);
        }
        QStringList args{"search", "--project", QString::fromStdString(project), "--dataset", "parity", "--model",
                         QString::fromStdString(kCase + "/openclip"), "--split", "all", "--k", "9", "--json"};
        std::vector<int64_t> query_rows;
        for (size_t c = 0; c < captions_.size(); ++c)
            if (!captions_[c].empty()) {
                args << QString::fromStdString(captions_[c]);
                query_rows.push_back(static_cast<int64_t>(c));
            }
        const auto run = fixtures::runClipft(args);
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        const auto out = nlohmann::json::parse(run.out.toStdString());
        const at::Tensor reference = expected_->tensor("text_embeds").matmul(expected_->tensor("image_embeds").t());  // [7, 9]
        QCOMPARE(out["queries"].size(), query_rows.size());
        for (size_t q = 0; q < query_rows.size(); ++q) {
            const auto& hits = out["queries"][q]["a"];
            QCOMPARE(hits.size(), images_.size());
            const at::Tensor row = reference[query_rows[q]];  // [9] cosine similarities, open_clip's
            for (size_t r = 0; r < hits.size(); ++r) {
                const std::string image = hits[r]["image"].get<std::string>();
                const auto found = std::find(names.begin(), names.end(), image);
                QVERIFY2(found != names.end(), image.c_str());
                const double expected_score = row[found - names.begin()].item<double>();
                QVERIFY2(std::abs(hits[r]["score"].get<double>() - expected_score) < 2e-3,
                         qPrintable(QString("%1 for query %2").arg(image.c_str()).arg(q)));
                // The order too, wherever the reference's scores are not within rounding of a tie.
                if (r > 0) {
                    const std::string above = hits[r - 1]["image"].get<std::string>();
                    const double above_score = row[std::find(names.begin(), names.end(), above) - names.begin()].item<double>();
                    QVERIFY2(above_score >= expected_score - 2e-3, qPrintable(QString("%1 above %2").arg(above.c_str(), image.c_str())));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestParity)
#include "tst_parity.moc"
