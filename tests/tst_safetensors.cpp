// Safetensors reader and writer: round trips, zero-copy views, alignment, and rejection of
// damaged or hostile files with messages a user can act on.
#include "core/common/error.h"
#include "core/model/safetensors.h"

#include <ATen/ATen.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

using clipft::SafetensorsDType;
using clipft::SafetensorsFile;

namespace {

QByteArray littleEndian64(quint64 value) {
    QByteArray bytes(8, '\0');
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((value >> (8 * i)) & 0xff);
    return bytes;
}

// A file as the format lays it out: length, header, data.
QByteArray fileBytes(const QByteArray& header, const QByteArray& data) {
    return littleEndian64(static_cast<quint64>(header.size())) + header + data;
}

QByteArray floatBytes(std::initializer_list<float> values) {
    QByteArray bytes;
    for (float value : values) bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

// The message of the clipft::Error that `action` throws; empty when it throws nothing.
QString errorMessage(const std::function<void()>& action) {
    try {
        action();
    } catch (const clipft::Error& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

std::vector<int64_t> parseShape(const QString& text) {
    std::vector<int64_t> shape;
    if (text.isEmpty()) return shape;
    for (const QString& part : text.split('x')) shape.push_back(part.toLongLong());
    return shape;
}

// Random values that survive the dtype exactly, so a round trip compares with at::equal.
at::Tensor sampleTensor(at::ScalarType type, const std::vector<int64_t>& shape) {
    if (type == at::kBool) return at::randint(0, 2, shape, at::kLong).to(at::kBool);
    if (type == at::kByte) return at::randint(0, 256, shape, at::kLong).to(type);
    if (at::isFloatingType(type)) return (at::randn(shape) * 100).to(type);
    return at::randint(-100, 100, shape, at::kLong).to(type);
}

bool viewsMapping(const SafetensorsFile& file, const at::Tensor& tensor) {
    const auto* data = static_cast<const std::byte*>(tensor.data_ptr());
    return data >= file.mappedData() && data < file.mappedData() + file.mappedSize();
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString pathFor(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        at::manual_seed(7);
    }

    void roundTripsEveryTorchDType_data() {
        QTest::addColumn<int>("scalarType");
        QTest::addColumn<QString>("dtypeName");
        QTest::addColumn<QString>("shape");
        const std::pair<at::ScalarType, const char*> types[] = {
            {at::kBool, "BOOL"}, {at::kByte, "U8"},  {at::kChar, "I8"},      {at::kShort, "I16"},
            {at::kInt, "I32"},   {at::kLong, "I64"}, {at::kHalf, "F16"},     {at::kBFloat16, "BF16"},
            {at::kFloat, "F32"}, {at::kDouble, "F64"},
        };
        for (const auto& [type, name] : types)
            for (const char* shape : {"3x5", "7", "", "0", "2x0x3", "2x1x3x2"})
                QTest::addRow("%s [%s]", name, shape) << static_cast<int>(type) << QString(name) << QString(shape);
    }
    void roundTripsEveryTorchDType() {
        QFETCH(int, scalarType);
        QFETCH(QString, dtypeName);
        QFETCH(QString, shape);
        const auto type = static_cast<at::ScalarType>(scalarType);
        const at::Tensor original = sampleTensor(type, parseShape(shape));
        const std::map<std::string, std::string> metadata{{"format", "pt"}, {"note", "caf\u00e9 \"quoted\" \\ tab\t"}};
        const QString path = pathFor("roundtrip.safetensors");
        clipft::saveSafetensors(path.toStdString(), {{"weights", original}}, metadata);

        const auto file = SafetensorsFile::open(path.toStdString());
        QCOMPARE(file->entries().size(), std::size_t{1});
        const auto* entry = file->find("weights");
        QVERIFY(entry != nullptr);
        QCOMPARE(QString(clipft::safetensorsDTypeName(entry->dtype)), dtypeName);
        QCOMPARE(entry->shape, original.sizes().vec());
        QCOMPARE(entry->end - entry->begin, static_cast<uint64_t>(original.nbytes()));
        const at::Tensor loaded = file->tensor("weights");
        QCOMPARE(loaded.scalar_type(), type);
        QCOMPARE(loaded.sizes().vec(), original.sizes().vec());
        QVERIFY(at::equal(loaded, original));
        QVERIFY(file->metadata() == metadata);
    }

    void keepsGivenOrderInHeaderAndAlignsData() {
        const std::vector<std::pair<std::string, at::Tensor>> tensors{
            {"z.bytes", sampleTensor(at::kByte, {3})},  {"y.floats", sampleTensor(at::kFloat, {2, 3})},
            {"x.halfs", sampleTensor(at::kHalf, {5})},  {"w.doubles", sampleTensor(at::kDouble, {1})},
            {"v.flags", sampleTensor(at::kBool, {7})},  {"u.longs", sampleTensor(at::kLong, {2})},
        };
        const QString path = pathFor("order.safetensors");
        clipft::saveSafetensors(path.toStdString(), tensors);

        const QByteArray raw = readFile(path);
        quint64 headerSize = 0;
        for (int i = 7; i >= 0; --i) headerSize = (headerSize << 8) | static_cast<quint8>(raw[i]);
        QCOMPARE(headerSize % 8, quint64{0});
        const QByteArray header = raw.mid(8, static_cast<int>(headerSize));
        QVERIFY(header.startsWith("{\"z.bytes\""));
        qsizetype previous = -1;
        for (const auto& [name, tensor] : tensors) {
            const qsizetype at = header.indexOf("\"" + QByteArray::fromStdString(name) + "\"");
            QVERIFY2(at > previous, name.c_str());
            previous = at;
        }

        const auto file = SafetensorsFile::open(path.toStdString());
        QCOMPARE(file->dataOffset(), 8 + headerSize);
        QCOMPARE(file->entries().size(), tensors.size());
        uint64_t covered = 0;
        for (const auto& entry : file->entries()) {
            QCOMPARE(entry.begin, covered);
            covered = entry.end;
            QCOMPARE((file->dataOffset() + entry.begin) % clipft::safetensorsDTypeSize(entry.dtype), uint64_t{0});
        }
        for (const auto& [name, tensor] : tensors) {
            const at::Tensor loaded = file->tensor(name);
            QVERIFY2(viewsMapping(*file, loaded), name.c_str());
            QVERIFY(at::equal(loaded, tensor));
        }
    }

    void writesNonContiguousTensors() {
        const at::Tensor base = at::arange(24, at::kFloat).reshape({4, 6});
        const std::vector<std::pair<std::string, at::Tensor>> tensors{
            {"transposed", base.t()},
            {"strided", base.slice(1, 0, 6, 2)},
            {"broadcast", at::arange(3, at::kInt).expand({4, 3})},
            {"offset", base[2]},
        };
        QVERIFY(!tensors[0].second.is_contiguous());
        const QString path = pathFor("noncontiguous.safetensors");
        clipft::saveSafetensors(path.toStdString(), tensors);
        const auto file = SafetensorsFile::open(path.toStdString());
        for (const auto& [name, tensor] : tensors) QVERIFY2(at::equal(file->tensor(name), tensor), name.c_str());
    }

    void tensorsViewTheMappingAndOutliveTheFile() {
        const at::Tensor original = at::arange(1000, at::kFloat);
        const QString path = pathFor("zerocopy.safetensors");
        clipft::saveSafetensors(path.toStdString(), {{"values", original}});
        auto file = SafetensorsFile::open(path.toStdString());
        at::Tensor view = file->tensor("values");
        QVERIFY(viewsMapping(*file, view));
        QCOMPARE(view.data_ptr(), static_cast<void*>(const_cast<std::byte*>(file->mappedData() + file->dataOffset())));

        file.reset();  // the tensor alone now keeps the mapping alive
        QVERIFY(at::equal(view, original));

        // Copy-on-write: the write succeeds in memory and never reaches the file.
        view.add_(1);
        QVERIFY(at::equal(view, original + 1));
        QVERIFY(at::equal(SafetensorsFile::open(path.toStdString())->tensor("values"), original));
    }

    void overwritingKeepsOpenTensorsValid() {
        const QString path = pathFor("overwrite.safetensors");
        clipft::saveSafetensors(path.toStdString(), {{"a", at::full({256}, 1.0f)}});
        const at::Tensor before = SafetensorsFile::open(path.toStdString())->tensor("a");
        clipft::saveSafetensors(path.toStdString(), {{"a", at::full({256}, 2.0f)}});
        QVERIFY(at::equal(before, at::full({256}, 1.0f)));
        QVERIFY(at::equal(SafetensorsFile::open(path.toStdString())->tensor("a"), at::full({256}, 2.0f)));
    }

    void readsUnalignedOffsetsByCopying_data() {
        QTest::addColumn<int>("headerPadding");
        // The data section starts at 8 + header length; vary it so the F32 lands at several misalignments.
        for (int padding = 0; padding < 4; ++padding) QTest::addRow("padding %d", padding) << padding;
    }
    void readsUnalignedOffsetsByCopying() {
        QFETCH(int, headerPadding);
        QByteArray header = R"({"flag":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},)"
                            R"("values":{"dtype":"F32","shape":[3],"data_offsets":[1,13]}})";
        header.append(headerPadding, ' ');
        const QString path = pathFor("unaligned.safetensors");
        writeFile(path, fileBytes(header, QByteArray(1, '\x2a') + floatBytes({1.5f, -2.0f, 3.25f})));

        const auto file = SafetensorsFile::open(path.toStdString());
        const at::Tensor values = file->tensor("values");
        QVERIFY(at::equal(values, at::tensor({1.5f, -2.0f, 3.25f})));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(values.data_ptr()) % alignof(float), std::uintptr_t{0});
        const bool aligned = (file->dataOffset() + 1) % 4 == 0;
        QCOMPARE(viewsMapping(*file, values), aligned);
        QCOMPARE(file->tensor("flag").item<uint8_t>(), uint8_t{42});
    }

    void listsButRefusesUnsignedTypesTorchLacks_data() {
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<int>("elementSize");
        QTest::newRow("U16") << "U16" << 2;
        QTest::newRow("U32") << "U32" << 4;
        QTest::newRow("U64") << "U64" << 8;
    }
    void listsButRefusesUnsignedTypesTorchLacks() {
        QFETCH(QString, dtype);
        QFETCH(int, elementSize);
        const QByteArray header = QString(R"({"ids":{"dtype":"%1","shape":[2],"data_offsets":[0,%2]}})")
                                      .arg(dtype).arg(2 * elementSize).toUtf8();
        const QString path = pathFor("unsigned.safetensors");
        writeFile(path, fileBytes(header, QByteArray(2 * elementSize, '\x01')));
        const auto file = SafetensorsFile::open(path.toStdString());
        QCOMPARE(QString(clipft::safetensorsDTypeName(file->find("ids")->dtype)), dtype);
        const QString message = errorMessage([&] { file->tensor("ids"); });
        QVERIFY2(message.contains("'ids'") && message.contains(dtype), qPrintable(message));
    }

    void refusesBoolBytesOtherThanZeroAndOne() {
        const QString path = pathFor("bool.safetensors");
        writeFile(path, fileBytes(R"({"mask":{"dtype":"BOOL","shape":[3],"data_offsets":[0,3]}})", QByteArray("\x01\x02\x00", 3)));
        const QString message = errorMessage([&] { SafetensorsFile::open(path.toStdString())->tensor("mask"); });
        QVERIFY2(message.contains("'mask'") && message.contains("byte value 2"), qPrintable(message));
    }

    void unknownTensorNameIsReported() {
        const QString path = pathFor("named.safetensors");
        clipft::saveSafetensors(path.toStdString(), {{"present", at::ones({2})}});
        const auto file = SafetensorsFile::open(path.toStdString());
        QVERIFY(file->find("absent") == nullptr);
        QVERIFY(file->find("present") != nullptr);
        const QString message = errorMessage([&] { file->tensor("absent"); });
        QVERIFY2(message.contains("'absent'") && message.contains("named.safetensors"), qPrintable(message));
    }

    void acceptsValidEdgeCases_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("tensorCount");
        QTest::addColumn<int>("metadataCount");
        QTest::newRow("empty object") << fileBytes("{}", {}) << 0 << 0;
        QTest::newRow("padded with spaces") << fileBytes("{}      ", {}) << 0 << 0;
        QTest::newRow("metadata only") << fileBytes(R"({"__metadata__":{"a":"1","b":""}})", {}) << 0 << 2;
        QTest::newRow("whitespace inside")
            << fileBytes("{\n  \"t\" : { \"shape\" : [ ] , \"data_offsets\" : [ 0 , 2 ] , \"dtype\" : \"F16\" }\n}\n",
                         QByteArray(2, '\0'))
            << 1 << 0;
        QTest::newRow("zero-byte tensors share an offset")
            << fileBytes(R"({"b":{"dtype":"F32","shape":[0,5],"data_offsets":[4,4]},)"
                         R"("a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                         R"("c":{"dtype":"I64","shape":[0],"data_offsets":[4,4]}})",
                         floatBytes({1.0f}))
            << 3 << 0;
        QTest::newRow("huge dimension beside a zero")
            << fileBytes(R"({"a":{"dtype":"U8","shape":[9223372036854775807,0],"data_offsets":[0,0]}})", {}) << 1 << 0;
        QTest::newRow("empty tensor name")
            << fileBytes(R"({"":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}})", QByteArray(1, '\x07')) << 1 << 0;
    }
    void acceptsValidEdgeCases() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, tensorCount);
        QFETCH(int, metadataCount);
        const QString path = pathFor("valid.safetensors");
        writeFile(path, bytes);
        const auto file = SafetensorsFile::open(path.toStdString());
        QCOMPARE(static_cast<int>(file->entries().size()), tensorCount);
        QCOMPARE(static_cast<int>(file->metadata().size()), metadataCount);
        for (const auto& entry : file->entries()) {
            const at::Tensor tensor = file->tensor(entry.name);
            QCOMPARE(tensor.sizes().vec(), entry.shape);
        }
    }

    void rejectsHostileFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const QByteArray f32x2 = R"({"dtype":"F32","shape":[2],"data_offsets":)";
        const QByteArray eightBytes = floatBytes({1.0f, 2.0f});
        const QByteArray valid = fileBytes(R"({"a":)" + f32x2 + R"([0,8]},"b":)" + f32x2 + "[8,16]}}",
                                           floatBytes({1, 2, 3, 4}));

        QTest::newRow("shorter than the length field") << QByteArray("\x02\x00\x00", 3) << "too short";
        QTest::newRow("header length larger than the file")
            << littleEndian64(1000) + QByteArray("{}") << "1000 bytes but only 2 bytes follow it";
        QTest::newRow("huge header length") << littleEndian64(quint64{1} << 63) + QByteArray("{}") << "100 MB limit";
        QTest::newRow("header length just above the limit")
            << littleEndian64(100'000'001) + QByteArray("{}") << "100 MB limit";
        QTest::newRow("truncated data") << valid.left(valid.size() - 4) << "truncated";
        QTest::newRow("truncated header") << valid.left(20) << "truncated";
        QTest::newRow("invalid JSON") << fileBytes(R"({"a":{"dtype":"F32",)", {}) << "not valid JSON";
        QTest::newRow("garbage after the JSON") << fileBytes("{} x", {}) << "not valid JSON";
        QTest::newRow("invalid UTF-8 in a name")
            << fileBytes("{\"\xff\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}", "x") << "not valid JSON";
        QTest::newRow("NUL padding") << fileBytes(QByteArray("{}\0\0\0\0\0\0", 8), {}) << "NUL byte";
        QTest::newRow("JSON array") << fileBytes("[1,2]", {}) << "not a JSON object";
        QTest::newRow("JSON string") << fileBytes("\"tensor\"", {}) << "not a JSON object";
        QTest::newRow("empty header") << fileBytes("", {}) << "not a JSON object";
        QTest::newRow("leading space") << fileBytes(" {}", {}) << "not a JSON object";
        QTest::newRow("entry is a number") << fileBytes(R"({"a":3})", {}) << "'a' must be described by a JSON object";
        QTest::newRow("unknown dtype")
            << fileBytes(R"({"a":{"dtype":"F128","shape":[1],"data_offsets":[0,16]}})", QByteArray(16, 0))
            << "unknown dtype 'F128'";
        QTest::newRow("lower-case dtype")
            << fileBytes(R"({"a":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}})", QByteArray(4, 0))
            << "unknown dtype 'f32'";
        QTest::newRow("dtype not a string")
            << fileBytes(R"({"a":{"dtype":4,"shape":[1],"data_offsets":[0,4]}})", QByteArray(4, 0))
            << "dtype must be a string";
        QTest::newRow("negative shape")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", eightBytes) << "negative (-2)";
        QTest::newRow("fractional shape")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[2.0],"data_offsets":[0,8]}})", eightBytes) << "whole number";
        QTest::newRow("shape dimension above int64")
            << fileBytes(R"({"a":{"dtype":"U8","shape":[18446744073709551615],"data_offsets":[0,1]}})", "x")
            << "too large";
        QTest::newRow("shape not a list")
            << fileBytes(R"({"a":{"dtype":"F32","shape":2,"data_offsets":[0,8]}})", eightBytes) << "shape must be a list";
        QTest::newRow("missing field") << fileBytes(R"({"a":{"dtype":"F32","data_offsets":[0,8]}})", eightBytes)
                                       << "lacks the field 'shape'";
        QTest::newRow("extra field")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8],"offsets":[0,8]}})", eightBytes)
            << "unexpected field 'offsets'";
        QTest::newRow("one offset") << fileBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8]}})", eightBytes)
                                    << "two byte offsets";
        QTest::newRow("negative offset")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[-8,0]}})", eightBytes) << "negative";
        QTest::newRow("begin after end")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})", eightBytes)
            << "begin lies after its end";
        QTest::newRow("offsets out of the file")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[16],"data_offsets":[0,64]}})", eightBytes)
            << "past the end of the 8-byte data section";
        QTest::newRow("offsets near 2^64")
            << fileBytes(R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[18446744073709551615,0]}})", "x")
            << "begin lies after its end";
        QTest::newRow("overlapping entries")
            << fileBytes(R"({"a":)" + f32x2 + R"([0,8]},"b":)" + f32x2 + "[4,12]}}", QByteArray(12, 0))
            << "'b' (data_offsets [4, 12]) overlaps tensor 'a'";
        QTest::newRow("gap between entries")
            << fileBytes(R"({"a":)" + f32x2 + R"([0,8]},"b":)" + f32x2 + "[12,20]}}", QByteArray(20, 0))
            << "gap of 4 unused bytes";
        QTest::newRow("gap before the first entry")
            << fileBytes(R"({"a":)" + f32x2 + "[4,12]}}", QByteArray(12, 0)) << "gap of 4 unused bytes";
        QTest::newRow("trailing data") << fileBytes(R"({"a":)" + f32x2 + "[0,8]}}", QByteArray(12, 0))
                                       << "cover only 8";
        QTest::newRow("size mismatch")
            << fileBytes(R"({"visual.proj":{"dtype":"F32","shape":[64,64],"data_offsets":[0,4096]}})",
                         QByteArray(4096, 0))
            << "tensor 'visual.proj' declares 4096 bytes but shape [64, 64] of F32 needs 16384";
        QTest::newRow("numel overflow")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,0],"data_offsets":[0,0]}})", {})
            << "overflows 64 bits";
        QTest::newRow("byte count overflow")
            << fileBytes(R"({"a":{"dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,0]}})", {})
            << "overflows 64 bits";
        QTest::newRow("duplicate tensor names")
            << fileBytes(R"({"a":)" + f32x2 + R"([0,8]},"a":)" + f32x2 + "[8,16]}}", QByteArray(16, 0))
            << "names tensor 'a' twice";
        QTest::newRow("duplicate field")
            << fileBytes(R"({"a":{"dtype":"F32","dtype":"F32","shape":[2],"data_offsets":[0,8]}})", eightBytes)
            << "field 'dtype' twice";
        QTest::newRow("duplicate metadata")
            << fileBytes(R"({"__metadata__":{},"__metadata__":{}})", {}) << "two __metadata__";
        QTest::newRow("duplicate metadata key")
            << fileBytes(R"({"__metadata__":{"k":"1","k":"2"}})", {}) << "key 'k' twice";
        QTest::newRow("non-string metadata value")
            << fileBytes(R"({"__metadata__":{"epoch":3}})", {}) << "value for 'epoch' must be a string";
        QTest::newRow("metadata not an object")
            << fileBytes(R"({"__metadata__":["a"]})", {}) << "__metadata__ must be a JSON object of strings, not an array";
        QTest::newRow("deep nesting")
            << fileBytes("{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}", {}) << "deeper";
    }
    void rejectsHostileFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const QString path = pathFor("hostile.safetensors");
        writeFile(path, bytes);
        const QString message = errorMessage([&] { SafetensorsFile::open(path.toStdString()); });
        QVERIFY2(!message.isEmpty(), "the file was accepted");
        QVERIFY2(message.contains("hostile.safetensors"), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        // Messages end up in dialogs and logs: never raw binary from the file.
        for (const QChar c : message) QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(message));
    }

    void rejectsMissingFilesAndFolders() {
        const QString missing = pathFor("missing.safetensors");
        QVERIFY(errorMessage([&] { SafetensorsFile::open(missing.toStdString()); }).contains(missing));
        QVERIFY(errorMessage([&] { SafetensorsFile::open(dir_.path().toStdString()); }).contains("not a regular file"));
    }

    void saveRejectsBadInput_data() {
        QTest::addColumn<QString>("problem");
        QTest::newRow("duplicate names") << "'a' appears twice";
        QTest::newRow("reserved name") << "'__metadata__' is reserved";
        QTest::newRow("complex dtype") << "cannot store";
        QTest::newRow("undefined tensor") << "undefined";
        QTest::newRow("sparse tensor") << "not dense";
        QTest::newRow("name not UTF-8") << "tensor name 'bad?' is not valid UTF-8";
        QTest::newRow("metadata not UTF-8") << "is not valid UTF-8";
    }
    void saveRejectsBadInput() {
        QFETCH(QString, problem);
        std::vector<std::pair<std::string, at::Tensor>> tensors;
        const QString tag = QTest::currentDataTag();
        if (tag == "duplicate names") tensors = {{"a", at::ones({1})}, {"b", at::ones({1})}, {"a", at::ones({2})}};
        if (tag == "reserved name") tensors = {{"__metadata__", at::ones({1})}};
        if (tag == "complex dtype") tensors = {{"c", at::ones({2}, at::kComplexFloat)}};
        if (tag == "undefined tensor") tensors = {{"u", at::Tensor()}};
        if (tag == "sparse tensor") tensors = {{"s", at::eye(3).to_sparse()}};
        if (tag == "name not UTF-8") tensors = {{"bad\xff", at::ones({1})}};
        std::map<std::string, std::string> metadata;
        if (tag == "metadata not UTF-8") metadata = {{"note", "\xc3("}};
        const QString path = pathFor("rejected.safetensors");
        const QString message = errorMessage([&] { clipft::saveSafetensors(path.toStdString(), tensors, metadata); });
        QVERIFY2(message.contains(problem) && message.contains(path), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    void saveReportsUnwritableFolders() {
        const QString inMissingFolder = pathFor("no/such/folder/model.safetensors");
        QString message = errorMessage([&] { clipft::saveSafetensors(inMissingFolder.toStdString(), {{"a", at::ones({1})}}); });
        QVERIFY2(message.contains(inMissingFolder), qPrintable(message));

        const QString plainFile = pathFor("plain-file");
        writeFile(plainFile, "not a folder");
        const QString underFile = plainFile + "/model.safetensors";
        message = errorMessage([&] { clipft::saveSafetensors(underFile.toStdString(), {{"a", at::ones({1})}}); });
        QVERIFY2(message.contains(underFile) && message.contains("Not a directory"), qPrintable(message));

        if (::geteuid() == 0) QSKIP("root can write into a read-only folder");
        const QString readOnlyFolder = pathFor("readonly");
        QVERIFY(QDir().mkpath(readOnlyFolder));
        QVERIFY(::chmod(readOnlyFolder.toLocal8Bit().constData(), 0555) == 0);
        const QString inReadOnly = readOnlyFolder + "/model.safetensors";
        message = errorMessage([&] { clipft::saveSafetensors(inReadOnly.toStdString(), {{"a", at::ones({1})}}); });
        ::chmod(readOnlyFolder.toLocal8Bit().constData(), 0755);
        QVERIFY2(message.contains(inReadOnly) && message.contains("Permission denied"), qPrintable(message));
    }

    void saveLeavesNoTemporaryFiles() {
        const QString folder = pathFor("clean");
        QVERIFY(QDir().mkpath(folder));
        const std::string path = (folder + "/model.safetensors").toStdString();
        clipft::saveSafetensors(path, {{"a", at::ones({4})}});
        clipft::saveSafetensors(path, {{"a", at::ones({8})}});
        QVERIFY_THROWS_EXCEPTION(clipft::Error,
                                 clipft::saveSafetensors(path, {{"a", at::ones({1})}, {"a", at::ones({1})}}));
        const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files, QStringList{"model.safetensors"});
        QCOMPARE(SafetensorsFile::open(path)->find("a")->shape, std::vector<int64_t>{8});
    }

    // Random damage to a valid file must end in a clean clipft::Error or a file that still
    // validates, never in a crash or another exception type.
    void survivesRandomDamage() {
        const QString validPath = pathFor("fuzz-source.safetensors");
        clipft::saveSafetensors(validPath.toStdString(),
                                {{"visual.proj", sampleTensor(at::kFloat, {4, 3})},
                                 {"mask", sampleTensor(at::kBool, {5})},
                                 {"ids", sampleTensor(at::kLong, {2})},
                                 {"scale", sampleTensor(at::kHalf, {})},
                                 {"empty", sampleTensor(at::kDouble, {0, 2})}},
                                {{"format", "pt"}});
        const QByteArray valid = readFile(validPath);
        const int headerEnd = 8 + static_cast<int>(static_cast<quint8>(valid[0]) | static_cast<quint8>(valid[1]) << 8);
        const QByteArray jsonAlphabet = "{}[]\",:0123456789-.eE aFUIB_\\";

        std::mt19937 random(20240601);
        auto below = [&](int bound) { return static_cast<int>(random() % static_cast<unsigned>(bound)); };
        const QString path = pathFor("fuzz.safetensors");
        int accepted = 0, rejected = 0;
        // CLIPFT_FUZZ_ITERATIONS raises the count for a longer run, e.g. under a sanitizer.
        const int iterations = qEnvironmentVariableIsSet("CLIPFT_FUZZ_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("CLIPFT_FUZZ_ITERATIONS")
                                   : 4000;
        for (int iteration = 0; iteration < iterations; ++iteration) {
            QByteArray bytes = valid;
            switch (iteration % 5) {
            case 0:  // flip bits anywhere
                for (int i = 0, n = 1 + below(3); i < n; ++i) bytes[below(bytes.size())] ^= char(1 << below(8));
                break;
            case 1:  // replace header characters with JSON punctuation and digits
                for (int i = 0, n = 1 + below(3); i < n; ++i)
                    bytes[8 + below(headerEnd - 8)] = jsonAlphabet[below(jsonAlphabet.size())];
                break;
            case 2:  // truncate
                bytes.truncate(below(bytes.size()));
                break;
            case 3: {  // rewrite the header length
                const quint64 length = below(2) ? random() % (bytes.size() + 16) : (quint64{random()} << 32) | random();
                bytes.replace(0, 8, littleEndian64(length));
                break;
            }
            case 4:  // insert or delete a header byte, shifting everything after it
                if (below(2)) bytes.insert(8 + below(headerEnd - 8), jsonAlphabet[below(jsonAlphabet.size())]);
                else bytes.remove(8 + below(headerEnd - 8), 1);
                break;
            }
            writeFile(path, bytes);
            try {
                const auto file = SafetensorsFile::open(path.toStdString());
                ++accepted;
                for (const auto& entry : file->entries()) {
                    try {
                        const at::Tensor tensor = file->tensor(entry.name);
                        QCOMPARE(static_cast<uint64_t>(tensor.nbytes()), entry.end - entry.begin);
                    } catch (const clipft::Error&) {
                    }
                }
            } catch (const clipft::Error&) {
                ++rejected;
            } catch (const std::exception& error) {
                QFAIL(qPrintable(QString("iteration %1 threw a non-clipft exception: %2").arg(iteration).arg(error.what())));
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
