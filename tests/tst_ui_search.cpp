// The Search page driven as a user drives it (offscreen): typing a query fills both grids with
// scores, a fast run of queries ends with the last one shown (stale results dropped), a caption
// query marks its image in both grids with its two ranks (as `clipft search` gives them), and the
// compare table is sorted by improvement, exports as CSV, and runs a row's caption when clicked.
#include "clipft_process.h"
#include "tiny_model_fixture.h"

#include "ui/jobs/background_read.h"
#include "ui/jobs/job_runner.h"
#include "ui/pages/search/result_grid_model.h"
#include "ui/pages/data/data_page.h"
#include "ui/pages/data/image_grid_model.h"
#include "ui/pages/search/search_page.h"
#include "ui/studio_window.h"

#include "core/demo/demo_dataset.h"
#include "core/eval/evaluation_set.h"
#include "core/jobs/dataset_import_job.h"
#include "core/jobs/training_job.h"
#include "core/train/training_checkpoint.h"
#include "core/store/project_store.h"

#include <nlohmann/json.hpp>

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace clipft;
using clipft::ui::ResultGridModel;
using clipft::ui::SearchPage;
using clipft::ui::StudioWindow;

class TestUiSearch : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_, model_a_, model_b_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    // A window on the project's Search page with A and B chosen and their indexes built.
    void openSearch(StudioWindow& window) {
        window.show();
        QVERIFY(window.openProject(project_));
        SearchPage& page = window.searchPage();
        QSignalSpy listed(&page, &SearchPage::datasetsListed);
        window.showPage("search");
        QVERIFY(listed.count() > 0 || listed.wait(30000));
        QSignalSpy ready(&page, &SearchPage::indexesReady);
        page.selectSplit("all");
        page.selectModel(0, "dir:" + model_a_);
        page.selectModel(1, "dir:" + model_b_);
        QTRY_VERIFY_WITH_TIMEOUT(page.hasIndexes() && !ready.isEmpty() && !window.runner().isRunning(), 120000);
        QVERIFY(page.results(1) != nullptr);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        writeDemoDataset(path("data").toStdString(), DemoVariant::Generic, 30, 4, 32);
        project_ = path("search.clipft");
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            DatasetImportRequest request;
            request.name = "shapes";
            request.source = path("data").toStdString();
            importDataset(store, request);
        }
        const QStringList captions = fixtures::captionsOfFolder(path("data"));
        QVERIFY(QDir().mkpath(path("a")) && QDir().mkpath(path("b")));
        model_a_ = fixtures::writeTinyClip(path("a"), captions, {}, 21, 3);
        model_b_ = fixtures::writeTinyClip(path("b"), captions, {}, 22, 3);
        QVERIFY(!model_a_.isEmpty() && !model_b_.isEmpty());
    }

    void typingAQueryFillsBothGridsWithScores() {
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        QSignalSpy shown(&page, &SearchPage::resultsShown);
        auto* query = page.findChild<QLineEdit*>("query");
        QVERIFY(query);
        QTest::keyClicks(query, "a red circle");
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().at(0).toString(), QString("a red circle"));
        const int k = page.findChild<QSpinBox*>()->value();
        for (int side = 0; side < 2; ++side) {
            ResultGridModel* results = page.results(side);
            QCOMPARE(results->rowCount(), k);
            for (int row = 0; row < k; ++row) {
                const QModelIndex index = results->index(row);
                QCOMPARE(index.data(ResultGridModel::RankRole).toInt(), row + 1);
                const double score = index.data(ResultGridModel::ScoreRole).toDouble();
                QVERIFY(score >= -1.0 && score <= 1.0);
                if (row > 0) QVERIFY(score <= results->index(row - 1).data(ResultGridModel::ScoreRole).toDouble());
                QVERIFY(index.data(Qt::DisplayRole).toString().startsWith(QString("#%1").arg(row + 1)));
            }
        }
        // The two tiny models are different models: their lists differ.
        QStringList a, b;
        for (int row = 0; row < k; ++row) {
            a << page.results(0)->index(row).data(ResultGridModel::PathRole).toString();
            b << page.results(1)->index(row).data(ResultGridModel::PathRole).toString();
        }
        QVERIFY(a != b);
    }

    void afterAFastRunOfQueriesTheGridsShowTheLast() {
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        auto* query = page.findChild<QLineEdit*>("query");
        QSignalSpy shown(&page, &SearchPage::resultsShown);
        const QStringList queries{"a", "a blue", "a blue square", "a green", "a green triangle", "two small red circles"};
        // Each Return starts a search at once, so several are in flight together.
        for (const QString& text : queries) {
            query->setText(text);
            QTest::keyClick(query, Qt::Key_Return);
        }
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == queries.last(), 30000);
        // Whatever was still running has finished and reported: nothing overwrote the last query.
        ui::backgroundReadPool()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(page.shownQuery(), queries.last());
        // All six were started before the event loop ran again, so only the last may be delivered.
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.last().at(0).toString(), queries.last());
    }

    void aCaptionQueryMarksItsImageWithBothRanks() {
        // A caption found on one image only, and its two ranks as `clipft search` gives them.
        std::map<std::string, int> uses;
        EvaluationSet set;
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            set = loadEvaluationSet(store, "shapes", "all");
        }
        for (const auto& c : set.captions) ++uses[c];
        QString caption;
        for (const auto& c : set.captions)
            if (uses[c] == 1) {
                caption = QString::fromStdString(c);
                break;
            }
        QVERIFY(!caption.isEmpty());
        const auto cli = fixtures::runClipft({"search", "--project", project_, "--dataset", "shapes", "--split", "all",
                                              "--model", model_a_, "--model-b", model_b_, "--json", caption});
        QVERIFY2(cli.exit_code == 0, qPrintable(cli.err));
        const auto truth = nlohmann::json::parse(cli.out.toStdString())["queries"][0]["ground_truth"];
        const qint64 rank_a = truth["rank_a"].get<qint64>(), rank_b = truth["rank_b"].get<qint64>();
        const QString image = QString::fromStdString(truth["image"].get<std::string>());

        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        page.findChild<QSpinBox*>()->setValue(30);  // every image, so the ground truth is in both grids
        QSignalSpy shown(&page, &SearchPage::resultsShown);
        page.setQuery(caption);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == caption, 30000);
        const QString text = page.groundTruthText();
        QVERIFY2(text.contains(image), qPrintable(text));
        QVERIFY2(text.contains(QString("rank %1 under A").arg(rank_a)), qPrintable(text));
        QVERIFY2(text.contains(QString("<b>%1</b> under B").arg(rank_b)), qPrintable(text));
        const qint64 change = rank_a - rank_b;
        QVERIFY2(text.contains(change > 0 ? QString("↑ %1").arg(change) : change < 0 ? QString("↓ %1").arg(-change) : "unchanged"),
                 qPrintable(text));
        // In each grid exactly one tile is outlined: that image, at its rank.
        for (int side = 0; side < 2; ++side) {
            int marked = 0;
            for (int row = 0; row < page.results(side)->rowCount(); ++row) {
                const QModelIndex index = page.results(side)->index(row);
                if (!index.data(ResultGridModel::GroundTruthRole).toBool()) continue;
                ++marked;
                QVERIFY(index.data(ResultGridModel::PathRole).toString().endsWith(image));
                QCOMPARE(index.data(ResultGridModel::RankRole).toLongLong(), side == 0 ? rank_a : rank_b);
            }
            QCOMPARE(marked, 1);
        }
        // A query that is no caption has no ground truth.
        page.setQuery("no caption says this");
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == "no caption says this", 30000);
        QVERIFY(page.groundTruthText().isEmpty());
    }

    void thisIsAMatchStoresACaptionAndTrainingUsesIt() {
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        page.findChild<QSpinBox*>()->setValue(30);
        const QString text = "a picture the user described";
        page.setQuery(text);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == text, 30000);
        // A training image among B's results.
        int row = -1;
        for (int r = 0; r < page.results(1)->rowCount() && row < 0; ++r)
            if (page.results(1)->tiles()[r].split == "train") row = r;
        QVERIFY(row >= 0);
        const ui::ResultTile tile = page.results(1)->tiles()[row];
        QSignalSpy stored(&page, &SearchPage::feedbackStored);
        QVERIFY(page.markResult(1, row, true));
        QVERIFY(stored.wait(30000));
        QCOMPARE(stored.last().at(1).toBool(), true);

        std::vector<StoredImage> train;
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            const auto marks = store.searchFeedback("shapes");
            QCOMPARE(marks.size(), size_t(1));
            QCOMPARE(marks[0].image_id, tile.image_id);
            QCOMPARE(QString::fromStdString(marks[0].text), text);
            QVERIFY(marks[0].is_match);
            train = store.datasetImages("shapes", DatasetSplit::Train);
        }
        // The next fine-tune with search feedback trains on it: its data is the training images
        // with this caption added to that image.
        for (auto& image : train)
            if (image.id == tile.image_id) image.captions.push_back({0, text.toStdString(), 0});
        const auto run = fixtures::runClipft({"train", "--project", project_, "--dataset", "shapes", "--model", model_a_,
                                              "--out", path("taught"), "--steps", "1", "--batch-size", "6",
                                              "--include-feedback", "--threads", "1", "--device", "cpu"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        const CheckpointContents checkpoint = readCheckpointInfo(path("taught/checkpoint.safetensors").toStdString());
        QCOMPARE(checkpoint.state.data_fingerprint, trainingDataFingerprint(train));
    }

    void theCompareTableIsSortedAndARowRunsItsQuery() {
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        page.showComparisonTab();
        QSignalSpy compared(&page, &SearchPage::comparisonShown);
        page.compareOnSplit();
        QVERIFY(compared.wait(60000));
        EvaluationSet set;
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            set = loadEvaluationSet(store, "shapes", "all");
        }
        QSortFilterProxyModel* table = page.comparisonTable();
        QCOMPARE(table->rowCount(), int(set.captions.size()));
        // Sorted by improvement (rank under A minus rank under B), the biggest first, and each
        // row's change is its two ranks' difference.
        qint64 improved = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const qint64 a = table->index(row, 2).data(Qt::UserRole).toLongLong();
            const qint64 b = table->index(row, 3).data(Qt::UserRole).toLongLong();
            const qint64 change = table->index(row, 4).data(Qt::UserRole).toLongLong();
            QCOMPARE(change, a - b);
            if (row > 0) QVERIFY(change <= table->index(row - 1, 4).data(Qt::UserRole).toLongLong());
            if (change > 0) ++improved;
        }
        QVERIFY2(page.comparisonSummary().contains(QString("<b>%1</b>").arg(improved)), qPrintable(page.comparisonSummary()));
        // The CSV holds the rows as shown.
        QVERIFY(page.exportComparison(path("comparison.csv")));
        QFile csv(path("comparison.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), table->rowCount() + 1);
        QCOMPARE(lines[0], QString("caption,image,rank_a,rank_b,change"));

        // Clicking a row runs its caption as the query.
        const QString caption = table->index(2, 0).data().toString();
        QTableView* view = page.comparisonView();
        QTRY_VERIFY(view->isVisible());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(table->index(2, 0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == caption, 30000);
        QCOMPARE(page.query(), caption);
        QVERIFY(!page.groundTruthText().isEmpty());
    }
    void wiseFtAlphaMixesTheRunWithItsPretrainedModel() {
        // The run trained above started from model A: its mix at α 0 is model A again.
        int64_t run = 0;
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            for (const RunInfo& info : store.runs())
                if (QDir(QString::fromStdString(info.base_model_path)) == QDir(model_a_)) run = info.id;
        }
        QVERIFY(run > 0);
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        auto* slider = page.findChild<QSlider*>("wiseFtAlpha");
        QVERIFY(slider);
        QSignalSpy ready(&page, &SearchPage::indexesReady);
        page.selectModel(1, QString("run:%1:final").arg(run));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !window.runner().isRunning(), 120000);
        QTRY_VERIFY(slider->isVisible());
        QCOMPARE(page.readyAlphas(), QList<double>{1.0});
        ready.clear();
        page.setWiseFtAlpha(0.0);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !window.runner().isRunning(), 120000);
        QCOMPARE(page.readyAlphas(), (QList<double>{0.0, 1.0}));  // both mixes stay cached

        page.setQuery("a picture nobody described");
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == "a picture nobody described", 30000);
        const auto& a = page.results(0)->tiles();
        const auto& b = page.results(1)->tiles();
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].image_id, a[i].image_id);
            QVERIFY(std::abs(b[i].score - a[i].score) < 1e-5);
        }
        // Back at α 1 the cached index answers at once, with the run's own model.
        ready.clear();
        page.setWiseFtAlpha(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        QVERIFY(!window.runner().isRunning());
    }
    void twoMarksInQuickSuccessionAreBothStoredAndAnswered() {
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        const QString text = "two marks in a row";
        page.setQuery(text);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == text, 30000);
        QVERIFY(page.results(0)->rowCount() >= 2);
        QSignalSpy stored(&page, &SearchPage::feedbackStored);
        // Both started before the event loop runs again: the first one's answer is not dropped.
        QVERIFY(page.markResult(0, 0, false));
        QVERIFY(page.markResult(0, 1, false));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 30000);
        ProjectStore store = ProjectStore::open(project_.toStdString());
        int found = 0;
        for (const auto& mark : store.searchFeedback("shapes"))
            if (QString::fromStdString(mark.text) == text && !mark.is_match) ++found;
        QCOMPARE(found, 2);
    }

    void moreLikeThisOnATileOfBSearchesThatImageInBothGrids() {
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        page.setQuery("a green triangle");
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == "a green triangle", 30000);
        const ui::ResultTile tile = page.results(1)->tiles().last();
        QSignalSpy shown(&page, &SearchPage::resultsShown);
        page.searchLikeImage(tile.image_id);
        QVERIFY(shown.wait(30000));
        // The image itself comes first in both grids, at cosine 1 with itself.
        for (int side = 0; side < 2; ++side) {
            const auto& tiles = page.results(side)->tiles();
            QVERIFY(!tiles.isEmpty());
            QCOMPARE(tiles.first().image_id, tile.image_id);
            QVERIFY(std::abs(tiles.first().score - 1.0) < 1e-4);
        }
    }

    // Last: it removes an image from the project.
    void anImageRemovedOnTheDataPageIsNoLongerSearched() {
        StudioWindow window;
        openSearch(window);
        SearchPage& page = window.searchPage();
        const QString text = "a red circle";
        page.setQuery(text);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownQuery() == text, 30000);
        const ui::ResultTile top = page.results(0)->tiles().first();
        const int before = page.results(0)->rowCount();

        ui::DataPage& data = window.dataPage();
        QSignalSpy listed(&data, &ui::DataPage::imagesShown);
        window.showPage("data");
        data.selectDataset("shapes");
        QTRY_VERIFY_WITH_TIMEOUT(data.imageModel()->rowCount() > 0 && !listed.isEmpty(), 30000);
        int row = -1;
        for (int r = 0; r < data.imageModel()->rowCount(); ++r)
            if (data.imageModel()->image(r).id == top.image_id) row = r;
        QVERIFY(row >= 0);
        QVERIFY(data.removeImage(row));

        QSignalSpy ready(&page, &SearchPage::indexesReady);
        QSignalSpy shown(&page, &SearchPage::resultsShown);
        window.showPage("search");
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !shown.isEmpty(), 120000);
        QCOMPARE(page.shownQuery(), text);  // the query ran again over the images as they are now
        QCOMPARE(page.results(0)->rowCount(), before);
        for (int side = 0; side < 2; ++side)
            for (const ui::ResultTile& tile : page.results(side)->tiles()) QVERIFY(tile.image_id != top.image_id);
    }
};

QTEST_MAIN(TestUiSearch)
#include "tst_ui_search.moc"
