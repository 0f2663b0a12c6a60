// Runtime set-up: thread count and device parsing.
#include "core/common/error.h"
#include "core/common/runtime.h"

#include <ATen/Parallel.h>
#include <QtTest>
#include <thread>

class TestRuntime : public QObject {
    Q_OBJECT
private slots:
    void threadsDefaultToCoreCount() {
        clipft::initRuntime();
        QCOMPARE(at::get_num_threads(), static_cast<int>(std::thread::hardware_concurrency()));
        clipft::initRuntime(1);
        QCOMPARE(at::get_num_threads(), 1);
        clipft::initRuntime();
    }
    void parsesCpu() {
        QVERIFY(clipft::parseDevice("cpu").is_cpu());
        if (!torch::cuda::is_available()) QVERIFY(clipft::parseDevice("auto").is_cpu());
    }
    void rejectsUnknownDevices_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("typo") << "cpux";
        QTest::newRow("bad index") << "cuda:x";
        QTest::newRow("tpu") << "tpu";
        QTest::newRow("far index") << "cuda:99";
    }
    void rejectsUnknownDevices() {
        QFETCH(QString, name);
        QVERIFY_THROWS_EXCEPTION(clipft::Error, clipft::parseDevice(name.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
