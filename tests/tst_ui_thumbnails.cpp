// The thumbnail grid (offscreen): the loader decodes only the rows the view paints, its memory cache
// stays within its bound, the disk cache serves a reopened grid without decoding, and scrolling a
// 40,000-image grid never stalls the event loop for more than 50 ms (measured as timer latency).
#include "event_loop_probe.h"
#include "first_frame_fixtures.h"
#include "image_fixtures.h"
#include "ui/pages/data/image_grid_model.h"
#include "ui/thumbnails/thumbnail_loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using clipft::ui::GridImage;
using clipft::ui::ImageGridModel;
using clipft::ui::ThumbnailLoader;
using clipft::ui::ThumbnailRequest;

namespace {

// `count` distinct 320×240 JPEGs (a numbered colour field), as a camera folder would hold.
QStringList writeImages(const QString& folder, int count) {
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 200, 200));
        QPainter painter(&image);
        painter.drawText(20, 120, QString::number(i));
        painter.end();
        const QString path = QString("%1/%2.jpg").arg(folder).arg(i, 5, 10, QChar('0'));
        image.save(path, "JPG", 90);
        paths << path;
    }
    return paths;
}

// Rows over `paths`, cycled: each row its own content hash, so each is loaded on its own.
QVector<GridImage> rows(const QStringList& paths, int count) {
    QVector<GridImage> images;
    for (int i = 0; i < count; ++i) {
        GridImage image;
        image.id = i + 1;
        image.path = paths[i % paths.size()];
        image.relative_path = QFileInfo(image.path).fileName();
        image.content_hash = QString("%1").arg(i, 16, 16, QChar('0'));
        image.width = 320, image.height = 240;
        image.captions = {QString("photo number %1").arg(i), QString("a colour field %1").arg(i % 7)};
        images.push_back(image);
    }
    return images;
}

void configureGrid(QListView& view) {
    view.setViewMode(QListView::IconMode);
    view.setMovement(QListView::Static);
    view.setResizeMode(QListView::Adjust);
    view.setUniformItemSizes(true);
    view.setLayoutMode(QListView::Batched);
    view.setBatchSize(2000);
    view.setIconSize(QSize(128, 128));
    view.setGridSize(QSize(148, 164));
}

// Lets queued thumbnails arrive until the loader has nothing left to do.
void settle(ThumbnailLoader& loader) {
    for (int i = 0; i < 50; ++i) {
        loader.waitForDone();
        QCoreApplication::processEvents();
        QTest::qWait(20);
        if (loader.queued() == 0) break;
    }
    loader.waitForDone();
    QCoreApplication::processEvents();
}

}  // namespace

class TestThumbnails : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QStringList images_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        images_ = writeImages(dir_.filePath("photos"), 60);
    }

    void onlyVisibleRowsAreDecodedAndMemoryStaysBounded() {
        // Room for 16 thumbnails in memory (128×96 RGB32 = 48 KB each).
        ThumbnailLoader loader(128, dir_.filePath("cache-a"), 16 * 128 * 96 * 4, nullptr);
        ImageGridModel model(loader);
        model.setImages(rows(images_, 600));
        QListView view;
        configureGrid(view);
        view.setModel(&model);
        view.resize(620, 360);  // 4 columns × 2 rows visible
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        settle(loader);
        int visible = 0;  // rows the viewport shows, wholly or in part
        for (int row = 0; row < model.rowCount(); ++row)
            visible += view.viewport()->rect().intersects(view.visualRect(model.index(row))) ? 1 : 0;
        QVERIFY(visible >= 8 && visible < 30);
        // Exactly the visible rows are in memory, and none beyond them.
        for (int row = 0; row < 60; ++row) QCOMPARE(loader.isLoaded(model.image(row).content_hash), row < visible);
        // (+1: the view measures its uniform item size on one row before it knows its own size.)
        QVERIFY2(loader.decodes() > 0 && loader.decodes() <= visible + 1,
                 qPrintable(QString("%1 decodes for %2 visible").arg(loader.decodes()).arg(visible)));
        QVERIFY(model.thumbnailRequests() < 600);
        // The painted tiles now show thumbnails: asking again decodes nothing more.
        const int before = loader.decodes();
        QVERIFY(!loader.thumbnail({model.image(0).content_hash, model.image(0).path}).isNull());
        QCOMPARE(loader.decodes(), before);

        // Scroll to the end: the rows passed over in one jump are never decoded.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        settle(loader);
        QVERIFY2(loader.decodes() <= 2 * visible, qPrintable(QString::number(loader.decodes())));
        QVERIFY(!loader.thumbnail({model.image(599).content_hash, model.image(599).path}).isNull());
        QVERIFY(loader.memoryUsed() <= loader.memoryBound());
        QVERIFY(loader.memoryUsed() > 0);
        // Some of the first screen's thumbnails were evicted to stay within the bound.
        int still_held = 0;
        for (int row = 0; row < visible; ++row)
            still_held += loader.thumbnail({model.image(row).content_hash, model.image(row).path}).isNull() ? 0 : 1;
        QVERIFY2(still_held < visible, qPrintable(QString::number(still_held)));
    }

    void theDiskCacheServesAReopenedGrid() {
        const QString cache = dir_.filePath("cache-b");
        const QVector<GridImage> grid = rows(images_, 20);
        {
            ThumbnailLoader first(128, cache, 64 << 20, nullptr);
            for (const auto& image : grid) first.thumbnail({image.content_hash, image.path});
            settle(first);
            QCOMPARE(first.decodes(), 20);
            QCOMPARE(first.diskHits(), 0);
        }
        ThumbnailLoader second(128, cache, 64 << 20, nullptr);
        QSignalSpy ready(&second, &ThumbnailLoader::thumbnailReady);
        for (const auto& image : grid) second.thumbnail({image.content_hash, image.path});
        settle(second);
        QCOMPARE(ready.count(), 20);
        QCOMPARE(second.decodes(), 0);
        QCOMPARE(second.diskHits(), 20);
        const QImage thumbnail = second.thumbnail({grid[3].content_hash, grid[3].path});
        QCOMPARE(thumbnail.size(), QSize(128, 96));  // the aspect ratio kept

        // A file that is not an image fails once, visibly, and is not retried.
        QFile bad(dir_.filePath("not-an-image.jpg"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("text");
        bad.close();
        second.thumbnail({"ffff0000", bad.fileName()});
        settle(second);
        QVERIFY(second.failed("ffff0000"));
        const int decodes = second.decodes();
        second.thumbnail({"ffff0000", bad.fileName()});
        settle(second);
        QCOMPARE(second.decodes(), decodes);
    }

    void everyFormatTheEngineReadsHasAThumbnail_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QColor>("colour");  // of the top-left pixel
        QTest::newRow("png") << "solid.png" << QColor(200, 40, 40);
        QTest::newRow("bmp") << "solid.bmp" << QColor(200, 40, 40);
        QTest::newRow("tiff") << "solid.tiff" << QColor(200, 40, 40);
        QTest::newRow("16-bit png") << "deep.png" << QColor(200, 40, 40);
        QTest::newRow("cmyk jpeg") << "cmyk.jpg" << QColor(200, 40, 40);
        QTest::newRow("gif") << "palette.gif" << QColor(250, 30, 20);
        if (cv::haveImageWriter(".webp")) QTest::newRow("webp") << "solid.webp" << QColor(200, 40, 40);
        const std::vector<uint8_t>& first = animatedWebpFixtures()[0].rgb;  // lossless: exact
        QTest::newRow("animated webp") << "anim.webp" << QColor(first[0], first[1], first[2]);
    }
    void everyFormatTheEngineReadsHasAThumbnail() {
        // Qt reads some of these only with its image-formats plugins, some not at all; the engine
        // decodes them all, so the grid shows them all.
        QFETCH(QString, file);
        QFETCH(QColor, colour);
        using namespace fixtures;
        const QString folder = dir_.filePath("formats");
        QDir().mkpath(folder);
        const auto at = [&](const char* name) { return QDir(folder).filePath(name).toStdString(); };
        const cv::Mat solid(60, 90, CV_8UC3, cv::Scalar(40, 40, 200));  // B, G, R
        cv::imwrite(at("solid.png"), solid);
        cv::imwrite(at("solid.bmp"), solid);
        cv::imwrite(at("solid.tiff"), solid);
        if (cv::haveImageWriter(".webp")) cv::imwrite(at("solid.webp"), solid, {cv::IMWRITE_WEBP_QUALITY, 101});
        cv::imwrite(at("deep.png"), cv::Mat(60, 90, CV_16UC3, cv::Scalar(40 * 257, 40 * 257, 200 * 257)));
        writeBytes(at("cmyk.jpg"), Bytes(std::begin(kCmykJpeg), std::end(kCmykJpeg)));
        writeBytes(at("palette.gif"), gifFixtures()[0].bytes);
        writeBytes(at("anim.webp"), animatedWebpFixtures()[0].bytes);

        ThumbnailLoader loader(64, "", 8 << 20, nullptr);
        const ThumbnailRequest request{"hash-" + file, QDir(folder).filePath(file)};
        loader.thumbnail(request);
        settle(loader);
        QVERIFY2(!loader.failed(request.content_hash), qPrintable(file));
        const QImage thumbnail = loader.thumbnail(request);
        QVERIFY(!thumbnail.isNull());
        QVERIFY(std::max(thumbnail.width(), thumbnail.height()) <= 64);
        const QColor got = thumbnail.pixelColor(0, 0);
        QVERIFY2(std::abs(got.red() - colour.red()) <= 6 && std::abs(got.green() - colour.green()) <= 6 &&
                     std::abs(got.blue() - colour.blue()) <= 6,
                 qPrintable(QString("%1: %2").arg(file, got.name())));
    }

    void scrollingFortyThousandImagesNeverStallsTheEventLoop() {
        ThumbnailLoader loader(128, dir_.filePath("cache-c"), 96 << 20, nullptr);
        ImageGridModel model(loader);
        QListView view;
        configureGrid(view);
        view.setModel(&model);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        fixtures::EventLoopProbe probe;
        QVector<GridImage> forty_thousand = rows(images_, 40000);  // the page reads these on a worker
        probe.start();
        model.setImages(std::move(forty_thousand));
        QTest::qWait(50);
        QScrollBar* bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 100000);  // 40,000 rows laid out
        // Scroll as a user dragging the bar does: a screenful at a time, then jumps.
        for (int step = 0; step < 150; ++step) {
            bar->setValue(step < 100 ? step * view.viewport()->height() : bar->maximum() * (step - 100) / 50);
            QTest::qWait(16);  // one frame
        }
        probe.stop();
        const qint64 worst = probe.worstGapMs();
        qInfo("the longest the event loop waited: %lld ms", worst);
        QVERIFY2(worst < 50, qPrintable(QString("the event loop stalled for %1 ms").arg(worst)));
        QVERIFY(loader.decodes() > 0);
        QVERIFY(loader.decodes() < 40000);
        loader.clearQueue();
        loader.waitForDone();
    }
};

QTEST_MAIN(TestThumbnails)
#include "tst_ui_thumbnails.moc"
