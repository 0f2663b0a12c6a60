// The devices the Train page offers: the CPU first, with its name and memory, then the GPUs the
// NVIDIA driver reports (none on a machine without one), each usable only where this LibTorch can
// train on it.
#include "core/common/compute_devices.h"

#include <torch/cuda.h>

#include <dlfcn.h>

#include <QtTest>

using namespace clipft;

class TestComputeDevices : public QObject {
    Q_OBJECT

private slots:
    void cpuComesFirst() {
        const std::vector<ComputeDevice> devices = listComputeDevices();
        QVERIFY(!devices.empty());
        const ComputeDevice& cpu = devices.front();
        QCOMPARE(QString::fromStdString(cpu.id), QStringLiteral("cpu"));
        QVERIFY(!cpu.name.empty());
        QVERIFY2(cpu.total_bytes > cpu.free_bytes && cpu.free_bytes > 0,
                 qPrintable(QString("total %1, free %2").arg(cpu.total_bytes).arg(cpu.free_bytes)));
        QVERIFY(cpu.usable);
        QVERIFY(cpu.note.empty());
        qInfo("%s: %s, %lld of %lld bytes free", cpu.id.c_str(), cpu.name.c_str(), static_cast<long long>(cpu.free_bytes),
              static_cast<long long>(cpu.total_bytes));
    }

    void gpusFollowInTheirOrder() {
        const std::vector<ComputeDevice> devices = listComputeDevices();
        void* driver = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
        const int64_t torch_gpus = static_cast<int64_t>(torch::cuda::device_count());
        if (!driver && torch_gpus == 0) {
            QCOMPARE(devices.size(), std::size_t{1});  // no NVIDIA driver: just the CPU
            return;
        }
        QVERIFY(static_cast<int64_t>(devices.size()) >= 1 + torch_gpus);
        for (size_t i = 1; i < devices.size(); ++i) {
            const ComputeDevice& gpu = devices[i];
            qInfo("%s: %s, %lld of %lld bytes free, %s %s", gpu.id.c_str(), gpu.name.c_str(),
                  static_cast<long long>(gpu.free_bytes), static_cast<long long>(gpu.total_bytes),
                  gpu.usable ? "usable" : "not usable:", gpu.note.c_str());
            QCOMPARE(QString::fromStdString(gpu.id), QStringLiteral("cuda:%1").arg(i - 1));
            QVERIFY(!gpu.name.empty());
            QCOMPARE(gpu.usable, static_cast<int64_t>(i - 1) < torch_gpus);
            QVERIFY(gpu.usable || !gpu.note.empty());
            if (driver) QVERIFY(gpu.total_bytes >= gpu.free_bytes && gpu.free_bytes > 0);
        }
    }

    void askingTwiceGivesTheSameList() {
        const auto a = listComputeDevices(), b = listComputeDevices();
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(QString::fromStdString(a[i].id), QString::fromStdString(b[i].id));
            QCOMPARE(QString::fromStdString(a[i].name), QString::fromStdString(b[i].name));
            QCOMPARE(a[i].total_bytes, b[i].total_bytes);
            QCOMPARE(a[i].usable, b[i].usable);
        }
    }
};

QTEST_GUILESS_MAIN(TestComputeDevices)
#include "tst_compute_devices.moc"
