// The built-in demo end to end on a small scale: the shipped demo model, a small specialised set,
// one short epoch. Checks the report's structure and its internal consistency (WiSE-FT's α = 0 is
// the pre-trained model and α = 1 the fine-tuned one), the α recommendation, and `clipft demo
// --json` as a user runs it.
#include "core/common/error.h"
#include "core/store/project_store.h"
#include "core/jobs/finetune_demo.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace clipft;

namespace {

const char* const kR5 = "image_retrieval_recall@5";

FinetuneDemoRequest smallDemo(const QString& dir) {
    FinetuneDemoRequest request;
    request.work_dir = dir.toStdString();
    request.specialised_images = 400;
    request.generic_images = 120;
    request.training.epochs = 2;
    request.training.batch_size = 32;
    request.wise_ft_alphas = {0.0, 0.5, 1.0};
    return request;
}

}  // namespace

class TestFinetuneDemo : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void demoReportIsConsistent() {
        const FinetuneDemoRequest request = smallDemo(dir_.filePath("small"));
        const FinetuneDemoReport r = runFinetuneDemo(request);
        for (const Metrics* m : {&r.before, &r.after, &r.generic_before, &r.generic_after})
            for (const char* key : {"image_retrieval_recall@1", kR5, "image_retrieval_recall@10", "text_retrieval_recall@5"})
                QVERIFY2(m->count(key) && m->at(key) >= 0 && m->at(key) <= 1, key);
        QVERIFY(r.after.at(kR5) != r.before.at(kR5));  // the model did change
        QCOMPARE(r.wise_ft.size(), std::size_t{3});
        // α = 0 is exactly the pre-trained model, α = 1 exactly the fine-tuned one.
        for (const auto& [key, value] : r.before) QCOMPARE(r.wise_ft[0].specialised.at(key), value);
        for (const auto& [key, value] : r.generic_before) QCOMPARE(r.wise_ft[0].generic.at(key), value);
        for (const auto& [key, value] : r.after) QCOMPARE(r.wise_ft[2].specialised.at(key), value);
        QVERIFY(r.recommended_alpha == 0.0 || r.recommended_alpha == 0.5 || r.recommended_alpha == 1.0);
        QVERIFY(r.seconds >= r.training_seconds && r.training_seconds > 0);

        ProjectStore store = ProjectStore::open(r.project_path);
        QVERIFY(store.findDataset("demo-specialised").has_value());
        QCOMPARE(store.datasetStats("demo-generic").test.images, int64_t{120});
        QCOMPARE(store.findRun(r.run_id)->status, RunStatus::Completed);

        // The same folder twice is refused, and nothing in it is touched.
        QVERIFY_THROWS_EXCEPTION(Error, runFinetuneDemo(request));
        QCOMPARE(ProjectStore::open(r.project_path).runs().size(), std::size_t{1});
    }

    void recommendationKeepsMostOfBoth() {
        const auto m = [](double r5) { return Metrics{{kR5, r5}}; };
        // Specialised 0.1 -> 0.5, generic 0.8 -> 0.4: α 0.5 keeps 75% of the gain and 87.5% of the
        // generic recall, better than either end (α 1 keeps only half the generic recall).
        const std::vector<WiseFtPoint> sweep{{0.0, m(0.1), m(0.8)}, {0.5, m(0.4), m(0.7)}, {1.0, m(0.5), m(0.4)}};
        QCOMPARE(recommendWiseFtAlpha(sweep, m(0.1), m(0.5), m(0.8)), 0.5);
        // When fine-tuning forgets nothing, the fine-tuned end wins.
        const std::vector<WiseFtPoint> no_loss{{0.0, m(0.1), m(0.8)}, {1.0, m(0.5), m(0.8)}};
        QCOMPARE(recommendWiseFtAlpha(no_loss, m(0.1), m(0.5), m(0.8)), 1.0);
        QVERIFY_THROWS_EXCEPTION(Error, recommendWiseFtAlpha({}, m(0.1), m(0.5), m(0.8)));
    }

    void demoCommandPrintsTheJsonReport() {
        QProcess process;
        process.start(QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft"),
                      {"demo", "--json", "--out", dir_.filePath("cli"), "--images", "300", "--epochs", "1"});
        QVERIFY(process.waitForFinished(600000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const auto report = nlohmann::json::parse(process.readAllStandardOutput().toStdString());
        for (const char* key : {"model", "dataset", "before", "after", "generic_before", "generic_after", "wise_ft"})
            QVERIFY2(report.contains(key), key);
        QVERIFY(report["before"].contains(kR5));
        QVERIFY(report["after"].contains("text_retrieval_recall@5"));
        QVERIFY(report["wise_ft"].is_array() && report["wise_ft"].size() >= 2);
        QVERIFY(report["wise_ft"][0].contains("alpha"));
    }
};

QTEST_GUILESS_MAIN(TestFinetuneDemo)
#include "tst_finetune_demo.moc"
