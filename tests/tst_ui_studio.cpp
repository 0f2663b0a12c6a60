// clipft Studio's window driven as a user drives it (offscreen): a folder dropped onto the window
// is imported in the background, the report lists exactly the bad items, a cancelled import
// leaves the project as it was, and a reopened project shows what it had. QSignalSpy waits.
#include "image_fixtures.h"

#include "event_loop_probe.h"
#include "ui/jobs/job_runner.h"
#include "ui/pages/data/data_page.h"
#include "ui/pages/data/image_grid_model.h"
#include "ui/pages/data/import_dialog.h"
#include "ui/studio_window.h"

#include "core/demo/demo_dataset.h"
#include "core/store/project_store.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QPushButton>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <set>

using namespace clipft;
using clipft::ui::JobRunner;
using clipft::ui::StudioWindow;

namespace {

void writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// Drops `path` onto the window as a file manager would.
void dropOnto(QWidget& window, const QString& path) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
}

}  // namespace

class TestStudio : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // settings of their own, not the user's
        QVERIFY(dir_.isValid());
        // A messy folder: 12 good captioned images, and three bad items.
        writeDemoDataset(path("messy").toStdString(), DemoVariant::Generic, 12, 9, 48);
        writeText(path("messy/notes.png"), "just text");                 // not an image
        writeText(path("messy/notes.txt"), "a caption of no image\n");
        fixtures::writeBytes(path("messy/lonely.png").toStdString(),
                             fixtures::encode(".png", cv::Mat(40, 40, CV_8UC3, cv::Scalar(1, 2, 3))));  // no caption
        fixtures::Bytes truncated = fixtures::encode(".jpg", cv::Mat(64, 64, CV_8UC3, cv::Scalar(200, 10, 10)));
        truncated.resize(truncated.size() / 3);
        fixtures::writeBytes(path("messy/cut.jpg").toStdString(), truncated);
        writeText(path("messy/cut.txt"), "a red square\n");
    }

    void aDroppedFolderIsImportedAndTheReportListsExactlyTheBadItems() {
        StudioWindow window;
        window.show();
        QVERIFY(window.openProject(path("studio.clipft")));
        QCOMPARE(window.currentPage(), QString("data"));
        QSignalSpy finished(&window.runner(), &JobRunner::finished);
        QSignalSpy shown(&window.dataPage(), &ui::DataPage::imagesShown);
        dropOnto(window, path("messy"));
        // The drop opens the import dialog on the folder: it detects the format and counts what the
        // annotations name (12 captioned demo images, notes.png and cut.jpg: 14; lonely.png has no
        // caption, the one problem the annotations show), and Import runs it.
        auto* dialog = window.findChild<ui::ImportDialog*>("importDialog");
        QVERIFY(dialog);
        QSignalSpy ready(dialog, &ui::ImportDialog::previewReady);
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.last().at(0).toBool(), true);
        QCOMPARE(dialog->detectedFormat(), QString("folder"));
        QVERIFY2(dialog->foundText().contains("14 image names"), qPrintable(dialog->foundText()));
        QVERIFY2(dialog->foundText().contains("1 problem"), qPrintable(dialog->foundText()));
        QCOMPARE(dialog->findChild<QLineEdit*>("importName")->text(), QString("messy"));
        // Splits that do not add up to 100 % are refused, with the reason.
        auto* train_share = dialog->findChild<QSpinBox*>("importTrain");
        train_share->setValue(50);
        QVERIFY(!dialog->canImport());
        QVERIFY(dialog->findChild<QLabel*>("importProblem")->text().contains("70"));
        train_share->setValue(80);
        QVERIFY(dialog->canImport());
        dialog->findChild<QPushButton*>("importButton")->click();
        QVERIFY(finished.wait(60000));

        // The grid shows the 12 good images, read in the background; the caption filter narrows it.
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toInt() == 12, 30000);
        QCOMPARE(window.dataPage().imageModel()->rowCount(), 12);
        auto* filter = window.findChild<QLineEdit*>("captionFilter");
        QVERIFY(filter);
        const QString first_caption = window.dataPage().imageModel()->image(0).captions.value(0);
        filter->setText(first_caption);
        QVERIFY(window.dataPage().imageFilter()->rowCount() >= 1);
        QVERIFY(window.dataPage().imageFilter()->rowCount() < 12);
        filter->setText("no caption says this");
        QCOMPARE(window.dataPage().imageFilter()->rowCount(), 0);
        filter->clear();
        // Choosing an image fills the detail pane with its captions and facts.
        auto* grid = window.dataPage().imageGrid();
        grid->setCurrentIndex(grid->model()->index(0, 0));
        auto* captions = window.findChild<QListWidget*>("imageCaptions");
        QVERIFY(captions);
        QCOMPARE(captions->count(), window.dataPage().imageModel()->image(0).captions.size());
        QVERIFY(window.findChild<QLabel*>("imageFacts")->text().contains("48"));

        auto* datasets = window.findChild<QTreeWidget*>("datasets");
        QVERIFY(datasets);
        QTRY_COMPARE_WITH_TIMEOUT(datasets->topLevelItemCount(), 1, 30000);  // listed in the background
        QCOMPARE(datasets->topLevelItem(0)->text(0), QString("messy"));
        QCOMPARE(datasets->topLevelItem(0)->text(1), QString("12"));

        auto* report = window.findChild<QTableView*>("report");
        QVERIFY(report);
        QTRY_COMPARE_WITH_TIMEOUT(report->model()->rowCount(), 3, 30000);
        std::set<std::pair<QString, QString>> rows;  // (kind, file)
        for (int r = 0; r < report->model()->rowCount(); ++r)
            rows.insert({report->model()->index(r, 0).data().toString(), report->model()->index(r, 1).data().toString()});
        const std::set<std::pair<QString, QString>> expected = {
            {"not_an_image", "notes.png"}, {"image_without_caption", "lonely.png"}, {"corrupt", "cut.jpg"}};
        QCOMPARE(rows, expected);

        // The report exports as CSV, as filtered: one kind leaves one row.
        auto* kinds = window.findChild<QComboBox*>("problemKind");
        QVERIFY(kinds);
        kinds->setCurrentIndex(kinds->findData("corrupt"));
        QCOMPARE(report->model()->rowCount(), 1);
        QVERIFY(window.dataPage().exportReport(path("report.csv")));
        QFile csv(path("report.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QString("kind,file,reason"));
        QVERIFY2(lines[1].startsWith("\"corrupt\",\"cut.jpg\","), qPrintable(lines[1]));
        // A folder that cannot be written is refused with a message, and nothing is written.
        QVERIFY(!window.dataPage().exportReport(path("messy/cut.jpg/report.csv")));
    }

    void theImportDialogOffersTheOptionsThatApply() {
        // A CSV whose columns are not open_clip's: not readable until the columns are named.
        writeDemoDataset(path("table").toStdString(), DemoVariant::Generic, 5, 4, 48);
        QStringList images = QDir(path("table")).entryList({"*.png", "*.jpg"}, QDir::Files, QDir::Name);
        QVERIFY(images.size() == 5);
        QByteArray csv = "picture;words\n";
        for (const QString& image : images) csv += image.toUtf8() + ";a photo called " + image.toUtf8() + "\n";
        writeText(path("table/list.csv"), csv);
        StudioWindow window;
        QVERIFY(window.openProject(path("dialog.clipft")));
        ui::ImportDialog* dialog = window.dataPage().openImportDialog(path("table/list.csv"));
        QVERIFY(dialog);
        QSignalSpy ready(dialog, &ui::ImportDialog::previewReady);
        auto* format = dialog->findChild<QComboBox*>("importFormat");
        format->setCurrentIndex(format->findData("csv"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.last().at(0).toBool(), false);  // no open_clip "filepath" column: the core says so
        QVERIFY2(dialog->foundText().contains("no image column"), qPrintable(dialog->foundText()));
        QVERIFY(!dialog->canImport());
        QVERIFY(dialog->findChild<QComboBox*>("importSeparator")->isEnabled());
        dialog->findChild<QLineEdit*>("importImageColumn")->setText("picture");
        dialog->findChild<QLineEdit*>("importCaptionColumn")->setText("words");
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.last().at(0).toBool(), true);
        QVERIFY2(dialog->foundText().contains("5 image names, 5 captions"), qPrintable(dialog->foundText()));
        QVERIFY(dialog->canImport());
        const DatasetImportRequest request = dialog->request();
        QCOMPARE(QString::fromStdString(request.format), QString("csv"));
        QCOMPARE(QString::fromStdString(request.options.caption_column), QString("words"));
        QCOMPARE(request.min_side, 32);
        // A folder import does not use columns.
        dialog->setSource(path("messy"));
        format->setCurrentIndex(format->findData("auto"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->detectedFormat(), QString("folder"), 30000);
        QVERIFY(!dialog->findChild<QComboBox*>("importSeparator")->isEnabled());
        dialog->reject();
    }

    void aCancelledImportLeavesTheProjectAsItWas() {
        StudioWindow window;
        QVERIFY(window.openProject(path("cancel.clipft")));
        writeDemoDataset(path("many").toStdString(), DemoVariant::Generic, 400, 3, 48);
        QSignalSpy cancelled(&window.runner(), &JobRunner::cancelled);
        QSignalSpy progress(&window.runner(), &JobRunner::progress);
        window.dataPage().importPath(path("many"));
        QVERIFY(progress.wait(30000));  // it is under way
        window.runner().cancel();
        QVERIFY(cancelled.wait(30000));
        ProjectStore store = ProjectStore::open(path("cancel.clipft").toStdString());
        QVERIFY(store.datasets().empty());
    }

    void aReopenedProjectShowsWhatItHad() {
        StudioWindow window;
        QVERIFY(window.openProject(path("studio.clipft")));  // imported by the first case
        auto* datasets = window.findChild<QTreeWidget*>("datasets");
        QTRY_COMPARE_WITH_TIMEOUT(datasets->topLevelItemCount(), 1, 30000);
        QCOMPARE(datasets->topLevelItem(0)->text(0), QString("messy"));
        auto* report = window.findChild<QTableView*>("report");
        QTRY_COMPARE_WITH_TIMEOUT(report->model()->rowCount(), 3, 30000);
    }

    void editsFromTheDataPageAreStored() {
        StudioWindow window;
        QSignalSpy shown(&window.dataPage(), &ui::DataPage::imagesShown);
        QVERIFY(window.openProject(path("studio.clipft")));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toInt() == 12, 30000);
        ui::DataPage& page = window.dataPage();
        ui::ImageGridModel* model = page.imageModel();
        const qint64 first_id = model->image(0).id;
        QVERIFY(page.editCaption(0, 0, "  a caption typed in Studio "));
        QCOMPARE(model->image(0).captions.value(0), QString("a caption typed in Studio"));
        // An empty caption is refused and the old text stays, in the grid and in the project.
        QSignalSpy messages(&page, &ui::DataPage::message);
        QVERIFY(!page.editCaption(0, 0, "   "));
        QVERIFY(messages.last().at(0).toString().contains("cannot be empty"));
        QCOMPARE(model->image(0).captions.value(0), QString("a caption typed in Studio"));
        {
            ProjectStore store = ProjectStore::open(path("studio.clipft").toStdString());
            const auto images = store.datasetImages("messy");
            QCOMPARE(images[0].id, first_id);
            QCOMPARE(QString::fromStdString(images[0].captions[0].text), QString("a caption typed in Studio"));
        }
        // Removing an image takes its row away and the project's counts follow.
        int with_two = -1;
        for (int row = 0; row < model->rowCount() && with_two < 0; ++row)
            if (model->image(row).captions.size() >= 2 && row != 0) with_two = row;
        QVERIFY(with_two > 0);
        const int captions_before = model->image(with_two).captions.size();
        QVERIFY(page.removeCaption(with_two, 1));
        QCOMPARE(model->image(with_two).captions.size(), captions_before - 1);
        QVERIFY(page.removeImage(0));
        QCOMPARE(model->rowCount(), 11);
        ProjectStore store = ProjectStore::open(path("studio.clipft").toStdString());
        QCOMPARE(store.datasetStats("messy").images, int64_t{11});
        QVERIFY(store.datasetImages("messy")[0].id != first_id);
        // Renaming keeps the data under the new name.
        QVERIFY(page.renameDataset("messy", "tidy"));
        QCOMPARE(window.findChild<QTreeWidget*>("datasets")->topLevelItem(0)->text(0), QString("tidy"));
        QCOMPARE(ProjectStore::open(path("studio.clipft").toStdString()).datasetStats("tidy").images, int64_t{11});
    }

    void computeSettingsAreKeptPerProject() {
        {
            StudioWindow window;
            QVERIFY(window.openProject(path("compute.clipft")));
            auto* device = window.findChild<QComboBox*>("device");
            auto* precision = window.findChild<QComboBox*>("precision");
            auto* threads = window.findChild<QSpinBox*>("cpuThreads");
            QVERIFY(device && precision && threads);
            QVERIFY(device->findData("cpu") >= 0);
            device->setCurrentIndex(device->findData("cpu"));
            // On the CPU only fp32 is offered (autocast needs CUDA).
            QCOMPARE(precision->count(), 1);
            QCOMPARE(precision->currentData().toString(), QString("fp32"));
            threads->setValue(1);
        }
        StudioWindow again;
        QVERIFY(again.openProject(path("compute.clipft")));
        QCOMPARE(again.findChild<QComboBox*>("device")->currentData().toString(), QString("cpu"));
        QCOMPARE(again.findChild<QSpinBox*>("cpuThreads")->value(), 1);
        // Another project has its own settings.
        QVERIFY(again.openProject(path("other-compute.clipft")));
        QCOMPARE(again.findChild<QComboBox*>("device")->currentData().toString(), QString("auto"));
        QCOMPARE(again.findChild<QSpinBox*>("cpuThreads")->value(), 0);
    }

    void theEventLoopNeverStallsDuringAnEightThousandImageImport() {
        writeDemoDataset(path("eight-thousand").toStdString(), DemoVariant::Generic, 8000, 1, 32);
        StudioWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path("big.clipft")));
        fixtures::EventLoopProbe probe;
        QSignalSpy finished(&window.runner(), &JobRunner::finished);
        QSignalSpy shown(&window.dataPage(), &ui::DataPage::imagesShown);
        probe.start();
        window.dataPage().importPath(path("eight-thousand"));
        QVERIFY(finished.wait(300000));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toInt() == 8000, 60000);
        QTest::qWait(300);  // the first screen of thumbnails arrives
        probe.stop();
        const qint64 worst = probe.worstGapMs();
        qInfo("the longest the event loop waited: %lld ms", worst);
        QVERIFY2(worst < 50, qPrintable(QString("the event loop stalled for %1 ms").arg(worst)));
        QCOMPARE(ProjectStore::open(path("big.clipft").toStdString()).datasetStats("eight-thousand").images, int64_t{8000});
    }
};

QTEST_MAIN(TestStudio)
#include "tst_ui_studio.moc"
