// Validation of single image files (what the import job runs over every image) and the
// deterministic split assignment.
#include "first_frame_fixtures.h"
#include "image_fixtures.h"

#include "core/dataset/image_validation.h"
#include "core/dataset/split_assignment.h"
#include "core/common/error.h"

#include <QtTest>
#include <opencv2/imgproc.hpp>

#include <map>

using namespace clipft;
using namespace fixtures;


class TestImageValidation : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string path(const char* name) const { return QDir(dir_.path()).filePath(name).toStdString(); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        cv::Mat photo(60, 80, CV_8UC3);
        cv::randu(photo, 0, 255);
        writeBytes(path("good.jpg"), encode(".jpg", photo));
        writeBytes(path("copy.jpg"), encode(".jpg", photo));  // same bytes: a duplicate
        Bytes truncated = encode(".jpg", photo);
        truncated.resize(truncated.size() / 2);
        writeBytes(path("truncated.jpg"), truncated);
        writeBytes(path("empty.jpg"), {});
        writeBytes(path("text.png"), Bytes{'h', 'e', 'l', 'l', 'o', '\n'});
        writeBytes(path("cmyk.jpg"), Bytes(std::begin(kCmykJpeg), std::end(kCmykJpeg)));
        cv::Mat deep(30, 20, CV_16UC3, cv::Scalar(1000, 30000, 65535));
        writeBytes(path("deep.png"), encode(".png", deep));
        writeBytes(path("rotated.jpg"), jpegWithOrientation(photo, 6, false));  // 80x60 stored, shown 60x80
        cv::Mat rgba(10, 12, CV_8UC4, cv::Scalar(1, 2, 3, 128));
        writeBytes(path("alpha.png"), encode(".png", rgba));
        cv::Mat gray(40, 40, CV_8UC1, cv::Scalar(77));
        writeBytes(path("gray.png"), encode(".png", gray));
        writeBytes(path("tiny.png"), encode(".png", cv::Mat(4, 4, CV_8UC3, cv::Scalar(0, 0, 0))));
        writeBytes(path("empty.gif"), Bytes{'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, ';'});
        writeBytes(path("frames.gif"), gifFixtures()[5].bytes);  // 7x5, a frame inside the canvas
        writeBytes(path("phone.heic"), Bytes{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0});
    }

    void classifiesEachFile_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");  // "" when valid
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("good jpeg") << "good.jpg" << "" << 80 << 60;
        QTest::newRow("cmyk jpeg") << "cmyk.jpg" << "" << 8 << 6;
        QTest::newRow("16-bit png") << "deep.png" << "" << 20 << 30;
        QTest::newRow("exif rotated") << "rotated.jpg" << "" << 60 << 80;
        QTest::newRow("alpha png") << "alpha.png" << "" << 12 << 10;
        QTest::newRow("grayscale") << "gray.png" << "" << 40 << 40;
        QTest::newRow("truncated") << "truncated.jpg" << "corrupt" << 0 << 0;
        QTest::newRow("zero bytes") << "empty.jpg" << "not_an_image" << 0 << 0;
        QTest::newRow("text named png") << "text.png" << "not_an_image" << 0 << 0;
        QTest::newRow("gif") << "frames.gif" << "" << 7 << 5;
        QTest::newRow("gif without an image") << "empty.gif" << "corrupt" << 0 << 0;
        QTest::newRow("heic") << "phone.heic" << "unsupported_format" << 0 << 0;
        QTest::newRow("missing") << "absent.jpg" << "missing_file" << 0 << 0;
        QTest::newRow("too small") << "tiny.png" << "too_small" << 0 << 0;
    }
    void classifiesEachFile() {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        QFETCH(int, width);
        QFETCH(int, height);
        const ImageCheck check = checkImageFile(path(file.toUtf8().constData()), /*min_side=*/5);
        if (problem.isEmpty()) {
            QVERIFY2(check.ok, check.reason.c_str());
            QCOMPARE(check.width, width);
            QCOMPARE(check.height, height);
            QCOMPARE(check.content_hash.size(), size_t(32));
        } else {
            QVERIFY(!check.ok);
            QVERIFY(check.problem.has_value());
            QCOMPARE(QString(importProblemKindName(*check.problem)), problem);
            QVERIFY(!check.reason.empty());
        }
    }

    void identicalFilesShareAHash() {
        const ImageCheck a = checkImageFile(path("good.jpg"));
        const ImageCheck b = checkImageFile(path("copy.jpg"));
        const ImageCheck c = checkImageFile(path("rotated.jpg"));
        QCOMPARE(a.content_hash, b.content_hash);
        QVERIFY(a.content_hash != c.content_hash);
    }

    void splitsAreDeterministicAndProportional() {
        const SplitRatios ratios;
        std::map<std::string, int> counts;
        for (int i = 0; i < 10000; ++i) {
            const std::string name = "photos/img_" + std::to_string(i) + ".jpg";
            const char* split = assignSplit(name, 42, ratios);
            QCOMPARE(QString(split), QString(assignSplit(name, 42, ratios)));
            ++counts[split];
        }
        QVERIFY(counts["train"] > 7700 && counts["train"] < 8300);
        QVERIFY(counts["val"] > 850 && counts["val"] < 1150);
        QVERIFY(counts["test"] > 850 && counts["test"] < 1150);
        int moved = 0;
        for (int i = 0; i < 1000; ++i) {
            const std::string name = "img_" + std::to_string(i) + ".jpg";
            moved += QString(assignSplit(name, 1, ratios)) != QString(assignSplit(name, 2, ratios));
        }
        QVERIFY(moved > 100);  // another seed gives other splits
        SplitRatios bad;
        bad.train = 0.9;
        QVERIFY_THROWS_EXCEPTION(Error, bad.validate());
        SplitRatios all_train{1.0, 0.0, 0.0};
        QCOMPARE(QString(assignSplit("x.jpg", 7, all_train)), QString("train"));
    }
};

QTEST_GUILESS_MAIN(TestImageValidation)
#include "tst_image_validation.moc"
