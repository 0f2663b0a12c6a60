// Annotation importers: every format from small files the test writes (quoting, BOMs, Windows line
// endings, duplicate names, missing images, Latin-1 and UTF-16 files, splits), the Flickr8k quirks
// at the real file's scale, auto-detection, and a fuzz-ish loop over damaged annotation files.
// Image files are placeholder bytes: importers only check that they exist.
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/caption_lines.h"
#include "core/dataset/csv_reader.h"
#include "core/dataset/importer_registry.h"
#include "core/dataset/manifest_builder.h"
#include "core/dataset/text_encoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace clipft;
using namespace std::string_literals;

using Files = QList<QPair<QString, QByteArray>>;
Q_DECLARE_METATYPE(Files)

namespace {

const QByteArray kImage("placeholder");  // never decoded

QByteArray bytes(const std::string& s) { return QByteArray::fromStdString(s); }

QByteArray utf16(const QString& text, bool little_endian, bool bom) {
    QByteArray out;
    if (bom) out += little_endian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(little_endian ? lo : hi);
        out.append(little_endian ? hi : lo);
    }
    return out;
}

// True when no component of a '/' path is "..".
bool staysInside(const std::string& path) {
    for (const QString& part : QString::fromStdString(path).split('/'))
        if (part == "..") return false;
    return true;
}

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write %s", qPrintable(path));
    file.write(content);
}

void writeFiles(const QString& root, const Files& files) {
    for (const auto& [path, content] : files)
        writeFile(root + "/" + path, content);
}

// "path [split] caption | caption", sorted: what a manifest imported, in one comparable list.
QStringList imageSummary(const ImportManifest& manifest) {
    QStringList out;
    for (const ImportedImage& image : manifest.images) {
        QStringList captions;
        for (const ImportedCaption& caption : image.captions)
            captions << QString::fromStdString(caption.text);
        out << QString::fromStdString(image.relative_path) + " [" + QString::fromStdString(image.split) + "] " +
                   captions.join(" | ");
    }
    out.sort();
    return out;
}

// "kind path", sorted.
QStringList problemSummary(const ImportManifest& manifest) {
    QStringList out;
    for (const ImportProblem& problem : manifest.problems)
        out << QString(importProblemKindName(problem.kind)) + " " + QString::fromStdString(problem.path);
    out.sort();
    return out;
}

QString allReasons(const ImportManifest& manifest) {
    QStringList out;
    for (const ImportProblem& problem : manifest.problems)
        out << QString::fromStdString(problem.path) + ": " + QString::fromStdString(problem.reason);
    return out.join("\n");
}

// "sep=;|image=img|caption=cap"
ImportOptions parseOptions(const QString& spec) {
    ImportOptions options;
    for (const QString& part : spec.split('|', Qt::SkipEmptyParts)) {
        const QString key = part.section('=', 0, 0), value = part.section('=', 1);
        if (key == "sep") options.csv_separator = value == "tab" ? '\t' : value.toLatin1().at(0);
        if (key == "image") options.image_column = value.toStdString();
        if (key == "caption") options.caption_column = value.toStdString();
    }
    return options;
}

QString inTemp(const QTemporaryDir& dir, const QString& relative) {
    return relative.isEmpty() ? dir.path() : dir.path() + "/" + relative;
}

class CountingObserver : public ProgressObserver {
public:
    void onProgress(const std::string& stage, long long done, long long total) override {
        ++calls;
        last_stage = stage;
        last_done = done;
        last_total = total;
    }
    int calls = 0;
    std::string last_stage;
    long long last_done = -1, last_total = -1;
};

// A COCO captions file: images (id, file name) and annotations (image id, caption).
QByteArray cocoJson(const std::vector<std::pair<int, std::string>>& images,
                    const std::vector<std::pair<int, std::string>>& annotations) {
    std::string out = "{\"info\": {}, \"images\": [";
    for (size_t i = 0; i < images.size(); ++i)
        out += (i ? ", " : "") + "{\"id\": "s + std::to_string(images[i].first) + ", \"file_name\": \"" +
               images[i].second + "\", \"width\": 640}";
    out += "], \"licenses\": [], \"annotations\": [";
    for (size_t i = 0; i < annotations.size(); ++i)
        out += (i ? ", " : "") + "{\"image_id\": "s + std::to_string(annotations[i].first) +
               ", \"id\": " + std::to_string(i + 100) + ", \"caption\": \"" + annotations[i].second + "\"}";
    return bytes(out + "]}");
}

}  // namespace

class TestImporters : public QObject {
    Q_OBJECT

private slots:
    void textEncoding_data();
    void textEncoding();
    void csvReader_data();
    void csvReader();
    void imagePaths_data();
    void imagePaths();
    void importFormat_data();
    void importFormat();
    void encodingProblemsNameTheEncoding_data();
    void encodingProblemsNameTheEncoding();
    void userErrors_data();
    void userErrors();
    void autoDetection_data();
    void autoDetection();
    void registryNames();
    void flickr8kAtRealScale();
    void progressAndCancel();
    void damagedAnnotationsNeverCrash_data();
    void damagedAnnotationsNeverCrash();
};

// ---------------------------------------------------------------------------------------------
// Encoding detection

void TestImporters::textEncoding_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("outcome");  // TextOutcome
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("text");  // UTF-8 result

    const int utf8 = int(TextOutcome::Utf8), transcoded = int(TextOutcome::Transcoded),
              refused = int(TextOutcome::Refused), damaged = int(TextOutcome::PartlyDamaged);
    QTest::newRow("ascii") << QByteArray("a dog\n") << utf8 << "UTF-8" << QByteArray("a dog\n");
    QTest::newRow("utf-8 with BOM") << QByteArray(
                                           "\xEF\xBB\xBF"
                                           "caf\xC3\xA9")
                                    << utf8 << "UTF-8" << QByteArray("caf\xC3\xA9");
    QTest::newRow("utf-16le BOM") << utf16(QString::fromUtf8("caf\xC3\xA9 \xF0\x9F\x90\xB6"), true, true) << transcoded
                                  << "UTF-16LE" << QByteArray("caf\xC3\xA9 \xF0\x9F\x90\xB6");
    QTest::newRow("utf-16be BOM") << utf16(QString::fromUtf8("na\xC3\xAFve\r\n"), false, true) << transcoded
                                  << "UTF-16BE" << QByteArray("na\xC3\xAFve\r\n");
    QTest::newRow("utf-32le BOM") << bytes(
                                         "\xFF\xFE\0\0"
                                         "A\0\0\0"
                                         "\xE9\0\0\0"s)
                                  << transcoded << "UTF-32LE" << QByteArray("A\xC3\xA9");
    QTest::newRow("utf-16le truncated") << utf16("abc", true, true).left(5) << refused << "UTF-16LE (damaged"
                                        << QByteArray();
    QTest::newRow("utf-16le lone surrogate") << bytes(
                                                    "\xFF\xFE\x00\xD8"
                                                    "a\0"s)
                                             << refused << "UTF-16LE (damaged" << QByteArray();
    QTest::newRow("latin-1") << QByteArray(
                                    "caf\xE9 cr\xE8me br\xFBl\xE9"
                                    "e\n")
                             << refused << "ISO-8859-1 (Latin-1)" << QByteArray();
    QTest::newRow("windows-1252 quotes") << QByteArray("\x93quoted\x94 \x96 caf\xE9\n") << refused << "Windows-1252"
                                         << QByteArray();
    QTest::newRow("utf-16le without BOM")
        << utf16("a dog on a beach\n", true, false) << refused << "UTF-16LE without a BOM" << QByteArray();
    QTest::newRow("binary") << bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\x01\x02"s) << refused << "binary data"
                            << QByteArray();
    QTest::newRow("utf-8 with one damaged line")
        << QByteArray("caf\xC3\xA9 one\nna\xC3\xAFve two\nbad \xE9 three\r\nfine \xE2\x80\x94 four\n") << damaged
        << "UTF-8 with damaged lines" << QByteArray("caf\xC3\xA9 one\nna\xC3\xAFve two\n\nfine \xE2\x80\x94 four\n");
    QTest::newRow("empty") << QByteArray() << utf8 << "UTF-8" << QByteArray();
}

void TestImporters::textEncoding() {
    QFETCH(QByteArray, input);
    QFETCH(int, outcome);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, text);
    const DecodedText decoded = decodeText(input.toStdString());
    QCOMPARE(int(decoded.outcome), outcome);
    QVERIFY2(QString::fromStdString(decoded.encoding).startsWith(encoding), decoded.encoding.c_str());
    QCOMPARE(QByteArray::fromStdString(decoded.text), text);
    QVERIFY(isValidUtf8(decoded.text));
    if (outcome == int(TextOutcome::PartlyDamaged)) QCOMPARE(decoded.damaged_lines, std::vector<int64_t>{3});
}

// ---------------------------------------------------------------------------------------------
// CSV quoting

void TestImporters::csvReader_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("records");  // fields joined by '¦', then "@line"
    QTest::addColumn<bool>("error");

    QTest::newRow("plain") << QByteArray("a,b\nc,d\n") << "," << QStringList{"a¦b@1", "c¦d@2"} << false;
    QTest::newRow("no final newline") << QByteArray("a,b\nc,d") << "," << QStringList{"a¦b@1", "c¦d@2"} << false;
    QTest::newRow("quoted separator") << QByteArray("x.jpg,\"red, green\"\n") << ","
                                      << QStringList{"x.jpg¦red, green@1"} << false;
    QTest::newRow("doubled quotes") << QByteArray("x.jpg,\"he said \"\"hi\"\"\"\n") << ","
                                    << QStringList{"x.jpg¦he said \"hi\"@1"} << false;
    QTest::newRow("quoted newline") << QByteArray("x.jpg,\"two\r\nlines\"\r\ny.jpg,z\r\n") << ","
                                    << QStringList{"x.jpg¦two\nlines@1", "y.jpg¦z@3"} << false;
    QTest::newRow("windows endings") << QByteArray("a,b\r\nc,d\r\n") << "," << QStringList{"a¦b@1", "c¦d@2"} << false;
    QTest::newRow("tab separator keeps commas")
        << QByteArray("a.jpg\tone, two\n") << "tab" << QStringList{"a.jpg¦one, two@1"} << false;
    QTest::newRow("empty fields") << QByteArray(",,\n") << "," << QStringList{"¦¦@1"} << false;
    QTest::newRow("quote inside unquoted field")
        << QByteArray("a.jpg,5\" screen\n") << "," << QStringList{"a.jpg¦5\" screen@1"} << false;
    QTest::newRow("unterminated quote") << QByteArray("a,b\nc,\"never\nclosed\n") << "," << QStringList{"a¦b@1"}
                                        << true;
}

void TestImporters::csvReader() {
    QFETCH(QByteArray, input);
    QFETCH(QString, separator);
    QFETCH(QStringList, records);
    QFETCH(bool, error);
    const std::string text = input.toStdString();
    CsvReader reader(text, separator == "tab" ? '\t' : separator.toLatin1().at(0));
    CsvRecord record;
    std::string message;
    QStringList got;
    bool failed = false;
    while (true) {
        const auto status = reader.next(record, &message);
        if (status == CsvReader::Status::End) break;
        if (status == CsvReader::Status::Error) {
            failed = true;
            continue;
        }
        QStringList fields;
        for (const std::string& field : record.fields)
            fields << QString::fromStdString(field);
        got << fields.join(QString::fromUtf8("¦")) + "@" + QString::number(record.line);
    }
    QCOMPARE(got, records);
    QCOMPARE(failed, error);
    if (error) QVERIFY2(message.find("line 2") != std::string::npos, message.c_str());
}

// ---------------------------------------------------------------------------------------------
// Image paths: relative, '/'-separated, never leaving the root

void TestImporters::imagePaths_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");  // "" = refused

    QTest::newRow("plain") << "a.jpg"
                           << "a.jpg";
    QTest::newRow("dots and doubled slashes") << "./sub//./b.jpg"
                                              << "sub/b.jpg";
    QTest::newRow("backslashes") << "sub\\c.jpg"
                                 << "sub/c.jpg";
    QTest::newRow("spaces trimmed") << "  d e.jpg \t"
                                    << "d e.jpg";
    QTest::newRow("parent") << "../x.jpg"
                            << "";
    QTest::newRow("parent inside") << "a/../../x.jpg"
                                   << "";
    QTest::newRow("parent via backslash") << "a\\..\\..\\x.jpg"
                                          << "";
    QTest::newRow("absolute") << "/etc/passwd"
                              << "";
    QTest::newRow("drive letter") << "C:\\images\\x.jpg"
                                  << "";
    QTest::newRow("UNC") << "\\\\server\\share\\x.jpg"
                         << "";
    QTest::newRow("empty") << "   "
                           << "";
    QTest::newRow("only dots") << "./."
                               << "";
}

void TestImporters::imagePaths() {
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    std::string why;
    const auto path = normalizeImagePath(raw.toStdString(), &why);
    QCOMPARE(QString::fromStdString(path.value_or("")), expected);
    QCOMPARE(why.empty(), !expected.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Each format, from files the test writes

void TestImporters::importFormat_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("source");  // relative to the temporary folder; "" = the folder
    QTest::addColumn<QString>("images");  // the images folder given, "" = the format's default
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("root");  // the expected images root, relative
    QTest::addColumn<bool>("hasSplits");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("problems");

    // --- folder ---
    QTest::newRow("folder: sidecars, BOM, CRLF, recursion, hidden, orphans")
        << "folder"
        << Files{{"a.jpg", kImage},
                 {"a.txt", "one\ntwo\n"},
                 {"sub/deeper/b.png", kImage},
                 {"sub/deeper/b.txt",
                  "\xEF\xBB\xBF"
                  "bee\r\nsecond bee\r\n"},
                 {"c.JPG", kImage},
                 {"d.webp", kImage},
                 {"d.webp.txt", "dee"},
                 {"orphan.txt", "nobody's caption"},
                 {".thumbnails/a.jpg", kImage},
                 {".thumbnails/a.txt", "hidden"},
                 {"notes.md", "ignored"}}
        << ""
        << ""
        << ""
        << "" << false << QStringList{"a.jpg [] one | two", "d.webp [] dee", "sub/deeper/b.png [] bee | second bee"}
        << QStringList{"caption_without_image orphan.txt", "image_without_caption c.JPG"};

    QTest::newRow("folder: captions.txt merges with sidecars, bad lines, missing, escaping")
        << "folder"
        << Files{{"a.jpg", kImage},
                 {"a.txt", "from sidecar"},
                 {"b/b.jpg", kImage},
                 {"captions.txt",
                  "a.jpg\tfrom list\r\nb/b.jpg\tbee\r\nb\\b.jpg\tbee again\r\nmissing.jpg\tgone\r\n"
                  "a line without a tab\r\n../escape.jpg\tnever read\r\n\r\n"}}
        << ""
        << ""
        << ""
        << "" << false << QStringList{"a.jpg [] from sidecar | from list", "b/b.jpg [] bee | bee again"}
        << QStringList{"bad_line captions.txt", "bad_line captions.txt", "missing_file missing.jpg"};

    QTest::newRow("folder: captions.csv with quoting and duplicates")
        << "folder"
        << Files{{"x.jpg", kImage},
                 {"y.jpg", kImage},
                 {"captions.csv",
                  "image,caption\nx.jpg,\"red, green and blue\"\nx.jpg,\"a \"\"quoted\"\" word\"\n"
                  "y.jpg,\"two\nlines\"\n"}}
        << ""
        << ""
        << ""
        << "" << false << QStringList{"x.jpg [] red, green and blue | a \"quoted\" word", "y.jpg [] two\nlines"}
        << QStringList{};

    QTest::newRow("folder: Latin-1 and UTF-16 sidecars")
        << "folder"
        << Files{{"latin.jpg", kImage}, {"latin.txt", "caf\xE9 au lait\n"},
                 {"wide.jpg", kImage},  {"wide.txt", utf16(QString::fromUtf8("caf\xC3\xA9 au lait\r\n"), true, true)},
                 {"ok.jpg", kImage},    {"ok.txt", "caf\xC3\xA9 au lait"}}
        << ""
        << ""
        << ""
        << "" << false
        << QStringList{QString::fromUtf8("ok.jpg [] caf\xC3\xA9 au lait"),
                       QString::fromUtf8("wide.jpg [] caf\xC3\xA9 au lait")}
        << QStringList{"bad_encoding latin.txt", "bad_encoding wide.txt"};

    QTest::newRow("folder: trimming and empty captions")
        << "folder"
        << Files{{"a.jpg", kImage},
                 {"a.txt",
                  "  \xC2\xA0"
                  "a dog \xE3\x80\x80\t\n   \nsecond\n"},
                 {"b.jpg", kImage},
                 {"b.txt", "\n"},
                 {"c.jpg", kImage},
                 {"c.txt", ""}}
        << ""
        << ""
        << ""
        << "" << false << QStringList{"a.jpg [] a dog | second"}
        << QStringList{"empty_caption a.txt", "empty_caption b.txt", "image_without_caption c.jpg"};

    // --- csv ---
    QTest::newRow("csv: open_clip TSV named .csv, tab sniffed")
        << "csv"
        << Files{{"train.csv",
                  "filepath\ttitle\nimg/a.jpg\tA cat, sitting\nimg/b.jpg\t\"quoted\ttab\"\nimg/a.jpg\tsecond\n"},
                 {"img/a.jpg", kImage},
                 {"img/b.jpg", kImage}}
        << "train.csv"
        << ""
        << ""
        << "" << false << QStringList{"img/a.jpg [] A cat, sitting | second", "img/b.jpg [] quoted\ttab"}
        << QStringList{};

    QTest::newRow("csv: comma, quoting, CRLF, BOM, synonyms")
        << "csv"
        << Files{{"c.csv",
                  "\xEF\xBB\xBF"
                  "image,caption\r\na.jpg,\"Hello, \"\"world\"\"\"\r\na.jpg,\"multi\r\nline\"\r\n"
                  "b.jpg,plain\r\n"},
                 {"a.jpg", kImage},
                 {"b.jpg", kImage}}
        << "c.csv"
        << ""
        << ""
        << "" << false << QStringList{"a.jpg [] Hello, \"world\" | multi\nline", "b.jpg [] plain"} << QStringList{};

    QTest::newRow("csv: missing image, absolute path, short row, empty caption, broken quote")
        << "csv"
        << Files{{"c.tsv",
                  "filepath\ttitle\n/etc/x.jpg\tabsolute\nnone.jpg\tgone\nonlyone\na.jpg\tok\nb.jpg\t  \n"
                  "a.jpg\t\"never closed\nb.jpg\tlost\n"},
                 {"a.jpg", kImage},
                 {"b.jpg", kImage}}
        << "c.tsv"
        << ""
        << ""
        << "" << false << QStringList{"a.jpg [] ok"}
        << QStringList{"bad_line c.tsv", "bad_line c.tsv", "bad_line c.tsv", "empty_caption c.tsv",
                       "missing_file none.jpg"};

    QTest::newRow("csv: chosen columns and separator, images folder given")
        << "csv"
        << Files{{"meta/list.txt", "id;img;text\n1;p/a.jpg;first\n2;p/a.jpg;second\n"}, {"pics/p/a.jpg", kImage}}
        << "meta/list.txt"
        << "pics"
        << "sep=;|image=img|caption=text"
        << "pics" << false << QStringList{"p/a.jpg [] first | second"} << QStringList{};

    QTest::newRow("csv: semicolons from a spreadsheet")
        << "csv" << Files{{"s.csv", "filepath;title\r\na.jpg;\"one; two\"\r\n"}, {"a.jpg", kImage}} << "s.csv"
        << ""
        << ""
        << "" << false << QStringList{"a.jpg [] one; two"} << QStringList{};

    QTest::newRow("csv: Latin-1 file imports nothing")
        << "csv" << Files{{"c.csv", "filepath,title\na.jpg,caf\xE9\n"}, {"a.jpg", kImage}} << "c.csv"
        << ""
        << ""
        << "" << false << QStringList{} << QStringList{"bad_encoding c.csv"};

    // --- jsonl ---
    QTest::newRow("jsonl: caption, captions, bad lines, duplicates, split")
        << "jsonl"
        << Files{{"data.jsonl",
                  "{\"image\": \"a.jpg\", \"caption\": \"one\"}\n"
                  "{\"image\": \"b.jpg\", \"captions\": [\"two\", \"three\"]}\n"
                  "{\"image\": \"c.jpg\", \"caption\": \n"
                  "\n"
                  "{\"image\": \"a.jpg\", \"caption\": \"four\", \"split\": \"val\"}\n"
                  "[1, 2]\n"
                  "{\"caption\": \"no image\"}\n"
                  "{\"image\": \"b.jpg\", \"captions\": [\"\", 5]}\n"
                  "{\"image\": \"../up.jpg\", \"caption\": \"x\"}\n"
                  "{\"image\": \"gone.jpg\", \"caption\": \"x\"}\n"},
                 {"a.jpg", kImage},
                 {"b.jpg", kImage}}
        << "data.jsonl"
        << ""
        << ""
        << "" << true << QStringList{"a.jpg [val] one | four", "b.jpg [] two | three"}
        << QStringList{"bad_line data.jsonl", "bad_line data.jsonl",      "bad_line data.jsonl",  "bad_line data.jsonl",
                       "bad_line data.jsonl", "empty_caption data.jsonl", "missing_file gone.jpg"};

    QTest::newRow("jsonl: BOM, CRLF, unicode escapes")
        << "jsonl"
        << Files{{"d.jsonl",
                  "\xEF\xBB\xBF{\"image\": \"x.jpg\", \"caption\": \"caf\\u00e9  \"}\r\n"
                  "{\"image\": \"x.jpg\", \"caption\": \"na\xC3\xAFve\"}\r\n"},
                 {"x.jpg", kImage}}
        << "d.jsonl"
        << ""
        << ""
        << "" << false << QStringList{QString::fromUtf8("x.jpg [] caf\xC3\xA9 | na\xC3\xAFve")} << QStringList{};

    // --- flickr8k ---
    const QByteArray token8k =
        "1000_aa.jpg#0\tA dog .\r\n1000_aa.jpg#1\tA dog runs .\r\n2000_bb.jpg#0\tCat .\r\n"
        "2000_bb.jpg.1#1\tCat two .\r\n3000_cc.jpg#0\tGhost .\r\n4000_dd.jpg#0\tUnsplit .\r\nno tab here\r\n"
        "1000_aa.jpg#2\t A dog again .  \r\n";
    QTest::newRow("flickr8k: token file, split files, quirks")
        << "flickr8k"
        << Files{{"Flickr8k.token.txt", token8k},
                 {"Flickr_8k.trainImages.txt", "1000_aa.jpg\n"},
                 {"Flickr_8k.devImages.txt", "2000_bb.jpg\r\n"},
                 {"Flickr_8k.testImages.txt", "3000_cc.jpg\n9999_zz.jpg\n"},
                 {"Flicker8k_Dataset/1000_aa.jpg", kImage},
                 {"Flicker8k_Dataset/2000_bb.jpg", kImage},
                 {"Flicker8k_Dataset/4000_dd.jpg", kImage},
                 {"Flicker8k_Dataset/5000_ee.jpg", kImage}}
        << "Flickr8k.token.txt"
        << ""
        << ""
        << "Flicker8k_Dataset" << true
        << QStringList{"1000_aa.jpg [train] A dog . | A dog runs . | A dog again .",
                       "2000_bb.jpg [val] Cat . | Cat two .", "4000_dd.jpg [] Unsplit ."}
        << QStringList{"bad_line Flickr8k.token.txt", "bad_line Flickr_8k.testImages.txt", "missing_file 3000_cc.jpg"};

    QTest::newRow("flickr8k: folder source, Flickr8k_text/ and Flickr8k_Dataset/ beside it")
        << "flickr8k"
        << Files{{"Flickr8k_text/Flickr8k.token.txt", "1000_aa.jpg#0\tA dog .\n2000_bb.jpg#0\tCat .\n"},
                 {"Flickr8k_Dataset/1000_aa.jpg", kImage},
                 {"Flickr8k_Dataset/2000_bb.jpg", kImage}}
        << ""
        << ""
        << ""
        << "Flickr8k_Dataset" << false << QStringList{"1000_aa.jpg [] A dog .", "2000_bb.jpg [] Cat ."}
        << QStringList{};

    QTest::newRow("flickr8k: images folder given")
        << "flickr8k" << Files{{"t/Flickr8k.token.txt", "1000_aa.jpg#0\tA dog .\n"}, {"elsewhere/1000_aa.jpg", kImage}}
        << "t/Flickr8k.token.txt"
        << "elsewhere"
        << ""
        << "elsewhere" << false << QStringList{"1000_aa.jpg [] A dog ."} << QStringList{};

    // --- flickr30k ---
    QTest::newRow("flickr30k: token file")
        << "flickr30k"
        << Files{{"results_20130124.token", "1000.jpg#0\tTwo men .\n1000.jpg#1\tMen .\n2000.jpg#0\tA girl .\n"},
                 {"flickr30k-images/1000.jpg", kImage},
                 {"flickr30k-images/2000.jpg", kImage}}
        << "results_20130124.token"
        << ""
        << ""
        << "flickr30k-images" << false << QStringList{"1000.jpg [] Two men . | Men .", "2000.jpg [] A girl ."}
        << QStringList{};

    QTest::newRow("flickr30k: Kaggle results.csv, pipes in captions, missing separator")
        << "flickr30k"
        << Files{{"flickr30k_images/results.csv",
                  "image_name| comment_number| comment\n1000.jpg| 0| A man | with a pipe .\n1000.jpg| 1| Second .\n"
                  "2000.jpg| 4   A dog runs across the grass .\n3000.jpg\n4000.jpg| x| no number\n"
                  "5000.jpg| 0| Missing image .\n"},
                 {"flickr30k_images/flickr30k_images/1000.jpg", kImage},
                 {"flickr30k_images/flickr30k_images/2000.jpg", kImage}}
        << ""
        << ""
        << ""
        << "flickr30k_images/flickr30k_images" << false
        << QStringList{"1000.jpg [] A man | with a pipe . | Second .", "2000.jpg [] A dog runs across the grass ."}
        << QStringList{"bad_line flickr30k_images/results.csv", "bad_line flickr30k_images/results.csv",
                       "missing_file 5000.jpg"};

    // --- coco ---
    QTest::newRow("coco: folder with train and val files")
        << "coco"
        << Files{{"annotations/captions_train2014.json", cocoJson({{1, "COCO_train2014_1.jpg"},
                                                                   {2, "COCO_train2014_2.jpg"},
                                                                   {4, "COCO_train2014_4.jpg"},
                                                                   {5, "COCO_train2014_5.jpg"}},
                                                                  {{1, "A train ."},
                                                                   {1, "  A second train .\\n"},
                                                                   {2, "Two"},
                                                                   {2, "   "},
                                                                   {4, "Gone"},
                                                                   {99, "Nobody"}})},
                 {"annotations/captions_val2014.json", cocoJson({{3, "COCO_val2014_3.jpg"}}, {{3, "Val"}})},
                 {"train2014/COCO_train2014_1.jpg", kImage},
                 {"train2014/COCO_train2014_2.jpg", kImage},
                 {"train2014/COCO_train2014_5.jpg", kImage},
                 {"train2014/COCO_train2014_unlisted.jpg", kImage},
                 {"val2014/COCO_val2014_3.jpg", kImage}}
        << ""
        << ""
        << ""
        << "" << true
        << QStringList{"train2014/COCO_train2014_1.jpg [train] A train . | A second train .",
                       "train2014/COCO_train2014_2.jpg [train] Two", "val2014/COCO_val2014_3.jpg [val] Val"}
        << QStringList{"caption_without_image annotations/captions_train2014.json",
                       "empty_caption annotations/captions_train2014.json",
                       "image_without_caption train2014/COCO_train2014_5.jpg",
                       "missing_file train2014/COCO_train2014_4.jpg"};

    QTest::newRow("coco: one 2017 file, images folder given")
        << "coco"
        << Files{{"ann/captions_val2017.json",
                  cocoJson({{7, "000000000007.jpg"}, {8, "/abs/8.jpg"}}, {{7, "Seven"}, {7, "Seven again"}, {8, "x"}})},
                 {"imgs/000000000007.jpg", kImage}}
        << "ann/captions_val2017.json"
        << "imgs"
        << ""
        << "imgs" << true << QStringList{"000000000007.jpg [val] Seven | Seven again"}
        << QStringList{"bad_line captions_val2017.json", "caption_without_image captions_val2017.json"};

    QTest::newRow("coco: a file that is not JSON")
        << "coco" << Files{{"captions_train2014.json", "{\"images\": [{\"id\": 1,"}} << "captions_train2014.json"
        << ""
        << ""
        << "" << false << QStringList{} << QStringList{"bad_line captions_train2014.json"};

    // --- karpathy ---
    QTest::newRow("karpathy: dataset_coco.json with filepath, restval")
        << "karpathy"
        << Files{{"dataset_coco.json",
                  "{\"images\": ["
                  "{\"filepath\": \"val2014\", \"filename\": \"v1.jpg\", \"split\": \"test\", \"sentences\": "
                  "[{\"raw\": \"A test .\", \"tokens\": [\"a\", \"test\"]}, {\"raw\": \"Second .\"}]},"
                  "{\"filepath\": \"val2014\", \"filename\": \"v2.jpg\", \"split\": \"restval\", \"sentences\": "
                  "[{\"raw\": \"Restval .\"}]},"
                  "{\"filepath\": \"train2014\", \"filename\": \"t1.jpg\", \"split\": \"train\", \"sentences\": "
                  "[{\"raw\": \"Train .\"}, {\"tokens\": []}]},"
                  "{\"filepath\": \"train2014\", \"filename\": \"t9.jpg\", \"split\": \"train\", \"sentences\": "
                  "[{\"raw\": \"Missing .\"}]},"
                  "{\"filepath\": \"val2014\", \"filename\": \"v3.jpg\", \"split\": \"val\", \"sentences\": []}"
                  "], \"dataset\": \"coco\"}"},
                 {"val2014/v1.jpg", kImage},
                 {"val2014/v2.jpg", kImage},
                 {"val2014/v3.jpg", kImage},
                 {"train2014/t1.jpg", kImage}}
        << "dataset_coco.json"
        << ""
        << ""
        << "" << true
        << QStringList{"train2014/t1.jpg [train] Train .", "val2014/v1.jpg [test] A test . | Second .",
                       "val2014/v2.jpg [train] Restval ."}
        << QStringList{"bad_line dataset_coco.json", "image_without_caption val2014/v3.jpg",
                       "missing_file train2014/t9.jpg"};

    QTest::newRow("karpathy: dataset_flickr8k.json in a folder, images in Flicker8k_Dataset")
        << "karpathy"
        << Files{{"k/dataset_flickr8k.json",
                  "{\"images\": [{\"filename\": \"1000_aa.jpg\", \"split\": \"train\", \"sentences\": [{\"raw\": "
                  "\"A dog .\"}, {\"raw\": \"A dog .\"}]}, {\"filename\": \"1000_aa.jpg\", \"split\": \"test\", "
                  "\"sentences\": [{\"raw\": \"Again .\"}]}], \"dataset\": \"flickr8k\"}"},
                 {"k/Flicker8k_Dataset/1000_aa.jpg", kImage}}
        << "k"
        << ""
        << ""
        << "k/Flicker8k_Dataset" << true << QStringList{"1000_aa.jpg [train] A dog . | A dog . | Again ."}
        << QStringList{"bad_line dataset_flickr8k.json"};

    // --- clip-benchmark ---
    QTest::newRow("clip-benchmark: flickr8k_test_karpathy.txt")
        << "clip-benchmark"
        << Files{{"flickr8k_test_karpathy.txt",
                  "image,caption\n1000_aa.jpg,\"A dog, running .\"\n1000_aa.jpg,Another .\n2000_bb.jpg,\"He said "
                  "\"\"hi\"\" .\"\n3000_cc.jpg,missing\n"},
                 {"Images/1000_aa.jpg", kImage},
                 {"Images/2000_bb.jpg", kImage}}
        << "flickr8k_test_karpathy.txt"
        << ""
        << ""
        << "Images" << true
        << QStringList{"1000_aa.jpg [test] A dog, running . | Another .", "2000_bb.jpg [test] He said \"hi\" ."}
        << QStringList{"missing_file 3000_cc.jpg"};
}

void TestImporters::importFormat() {
    QFETCH(QString, format);
    QFETCH(Files, files);
    QFETCH(QString, source);
    QFETCH(QString, images);
    QFETCH(QString, options);
    QFETCH(QString, root);
    QFETCH(bool, hasSplits);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, problems);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFiles(dir.path(), files);
    const ImportManifest manifest =
        importerByName(format.toStdString())
            .read(inTemp(dir, source).toStdString(), images.isEmpty() ? "" : inTemp(dir, images).toStdString(),
                  parseOptions(options), nullptr, nullptr);
    QCOMPARE(QString::fromStdString(manifest.format), format);
    QCOMPARE(QString::fromStdString(manifest.images_root), QDir::cleanPath(inTemp(dir, root)));
    QCOMPARE(imageSummary(manifest), expected);
    QVERIFY2(problemSummary(manifest) == problems, qPrintable(allReasons(manifest)));
    QCOMPARE(manifest.has_splits, hasSplits);
    for (const ImportProblem& problem : manifest.problems)
        QVERIFY(!problem.reason.empty());
    for (const ImportedImage& image : manifest.images)
        for (const ImportedCaption& caption : image.captions)
            QVERIFY(caption.source_line > 0);
}

// ---------------------------------------------------------------------------------------------
// Encoding problems say what the file is

void TestImporters::encodingProblemsNameTheEncoding_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("named");
    QTest::addColumn<int>("imported");  // captions

    QTest::newRow("folder Latin-1") << "folder"
                                    << "a.txt"
                                    << QByteArray(
                                           "cr\xE8me br\xFBl\xE9"
                                           "e\n")
                                    << "Latin-1" << 0;
    QTest::newRow("folder Windows-1252") << "folder"
                                         << "a.txt" << QByteArray("\x93quoted\x94 caf\xE9\n") << "Windows-1252" << 0;
    QTest::newRow("folder UTF-16LE converted")
        << "folder"
        << "a.txt" << utf16("one\r\ntwo\r\n", true, true) << "UTF-16LE, not UTF-8: converted" << 2;
    QTest::newRow("folder UTF-16 without BOM")
        << "folder"
        << "a.txt" << utf16("one\ntwo\n", true, false) << "UTF-16LE without a BOM" << 0;
    QTest::newRow("folder damaged line") << "folder"
                                         << "a.txt" << QByteArray("caf\xC3\xA9\nbad \xE9\nna\xC3\xAFve\n")
                                         << "line 2 is not valid UTF-8" << 2;
    QTest::newRow("flickr8k Latin-1 token file")
        << "flickr8k"
        << "Flickr8k.token.txt" << QByteArray("a.jpg#0\tcaf\xE9\n") << "ISO-8859-1" << 0;
    QTest::newRow("jsonl UTF-16BE converted")
        << "jsonl"
        << "a.jsonl" << utf16("{\"image\": \"a.jpg\", \"caption\": \"x\"}\n", false, true) << "UTF-16BE" << 1;
}

void TestImporters::encodingProblemsNameTheEncoding() {
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, named);
    QFETCH(int, imported);
    QTemporaryDir dir;
    writeFile(inTemp(dir, file), content);
    writeFile(inTemp(dir, format == "flickr8k" ? "Flicker8k_Dataset/a.jpg" : "a.jpg"), kImage);
    const QString source = format == "folder" ? dir.path() : inTemp(dir, file);
    const ImportManifest manifest =
        importerByName(format.toStdString()).read(source.toStdString(), "", {}, nullptr, nullptr);
    int captions = 0;
    for (const ImportedImage& image : manifest.images)
        captions += int(image.captions.size());
    QCOMPARE(captions, imported);
    const auto found = std::find_if(manifest.problems.begin(), manifest.problems.end(), [&](const ImportProblem& p) {
        return p.kind == ImportProblemKind::BadEncoding && QString::fromStdString(p.reason).contains(named);
    });
    QVERIFY2(found != manifest.problems.end(), qPrintable(allReasons(manifest)));
    QCOMPARE(QString::fromStdString(found->path), file);
    // The image of a refused caption file is explained by the encoding problem, not reported twice.
    for (const ImportProblem& problem : manifest.problems)
        QVERIFY(problem.kind != ImportProblemKind::ImageWithoutCaption);
    for (const ImportedImage& image : manifest.images)
        for (const ImportedCaption& caption : image.captions)
            QVERIFY(isValidUtf8(caption.text));
}

// ---------------------------------------------------------------------------------------------
// Mistakes only the user can fix are errors with a sentence, not empty manifests

void TestImporters::userErrors_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("images");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown format") << "tar" << Files{} << ""
                                    << ""
                                    << "the formats are auto, folder, csv";
    QTest::newRow("no such source") << "csv" << Files{} << "nope.csv"
                                    << ""
                                    << "no such file";
    QTest::newRow("csv without the caption column")
        << "csv" << Files{{"c.csv", "filepath,words\na.jpg,x\n"}, {"a.jpg", kImage}} << "c.csv"
        << ""
        << "has no caption column (\"title\", \"caption\", \"text\")";
    QTest::newRow("csv given a folder") << "csv" << Files{{"a.jpg", kImage}} << ""
                                        << ""
                                        << "give the .csv/.tsv file";
    QTest::newRow("every named image missing")
        << "csv" << Files{{"c.csv", "filepath,title\na.jpg,x\nb.jpg,y\n"}} << "c.csv"
        << ""
        << "none of the 2 images named by the annotations";
    QTest::newRow("images folder does not exist")
        << "flickr8k" << Files{{"Flickr8k.token.txt", "a.jpg#0\tx\n"}} << "Flickr8k.token.txt"
        << "nowhere"
        << "the image folder does not exist";
    QTest::newRow("coco folder without captions files") << "coco" << Files{{"a.jpg", kImage}} << ""
                                                        << ""
                                                        << "no captions_*.json";
    QTest::newRow("several karpathy files")
        << "karpathy" << Files{{"dataset_coco.json", "{}"}, {"dataset_flickr8k.json", "{}"}} << ""
        << ""
        << "several Karpathy files (dataset_coco.json, dataset_flickr8k.json)";
    QTest::newRow("folder format given a file") << "folder" << Files{{"a.txt", "x"}} << "a.txt"
                                                << ""
                                                << "not a folder";
    QTest::newRow("flickr8k folder without token file") << "flickr8k" << Files{{"a.jpg", kImage}} << ""
                                                        << ""
                                                        << "no Flickr8k.token.txt";
}

void TestImporters::userErrors() {
    QFETCH(QString, format);
    QFETCH(Files, files);
    QFETCH(QString, source);
    QFETCH(QString, images);
    QFETCH(QString, message);
    QTemporaryDir dir;
    writeFiles(dir.path(), files);
    try {
        readAnnotations(format.toStdString(), inTemp(dir, source).toStdString(),
                        images.isEmpty() ? "" : inTemp(dir, images).toStdString(), {});
        QFAIL("no clipft::Error");
    } catch (const Error& e) { QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what()); }
}

// ---------------------------------------------------------------------------------------------
// --format auto

void TestImporters::autoDetection_data() {
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");  // importer name, or "error: <part of the message>"

    const QByteArray coco = cocoJson({{1, "a.jpg"}}, {{1, "x"}});
    const QByteArray karpathy =
        "{\"images\": [{\"filename\": \"a.jpg\", \"split\": \"train\", \"sentences\": "
        "[{\"raw\": \"x\"}]}], \"dataset\": \"flickr8k\"}";
    QTest::newRow("folder of sidecars") << Files{{"a.jpg", kImage}, {"a.txt", "x"}} << ""
                                        << "folder";
    QTest::newRow("folder with captions.txt") << Files{{"captions.txt", "a.jpg\tx\n"}} << ""
                                              << "folder";
    QTest::newRow("open_clip csv") << Files{{"train.csv", "filepath\ttitle\na.jpg\tx\n"}} << "train.csv"
                                   << "csv";
    QTest::newRow("csv, chosen columns") << Files{{"t.csv", "img,words\na.jpg,x\n"}} << "t.csv@img,words"
                                         << "csv";
    QTest::newRow("jsonl") << Files{{"d.jsonl", "{\"image\": \"a.jpg\", \"caption\": \"x\"}\n"}} << "d.jsonl"
                           << "jsonl";
    QTest::newRow("jsonl named .json") << Files{{"d.json", "{\"image\": \"a.jpg\", \"captions\": [\"x\"]}\n"}}
                                       << "d.json"
                                       << "jsonl";
    QTest::newRow("Flickr8k.token.txt") << Files{{"Flickr8k.token.txt", "1000_aa.jpg#0\tx\n"}} << "Flickr8k.token.txt"
                                        << "flickr8k";
    QTest::newRow("Flickr8k folder") << Files{{"Flickr8k_text/Flickr8k.token.txt", "1000_aa.jpg#0\tx\n"},
                                              {"Flicker8k_Dataset/1000_aa.jpg", kImage}}
                                     << ""
                                     << "flickr8k";
    QTest::newRow("renamed Flickr8k token file") << Files{{"tokens.txt", "1000_aa.jpg#0\tx\n"}} << "tokens.txt"
                                                 << "flickr8k";
    QTest::newRow("results_20130124.token")
        << Files{{"results_20130124.token", "1000.jpg#0\tx\n"}} << "results_20130124.token"
        << "flickr30k";
    QTest::newRow("renamed Flickr30k token file") << Files{{"f30k.txt", "1000.jpg#0\tx\n"}} << "f30k.txt"
                                                  << "flickr30k";
    QTest::newRow("results.csv") << Files{{"results.csv", "image_name| comment_number| comment\n1.jpg| 0| x\n"}}
                                 << "results.csv"
                                 << "flickr30k";
    QTest::newRow("coco root folder") << Files{{"annotations/captions_train2014.json", coco}} << ""
                                      << "coco";
    QTest::newRow("coco file") << Files{{"captions_val2017.json", coco}} << "captions_val2017.json"
                               << "coco";
    QTest::newRow("karpathy file") << Files{{"dataset_flickr8k.json", karpathy}} << "dataset_flickr8k.json"
                                   << "karpathy";
    QTest::newRow("karpathy renamed") << Files{{"splits.json", karpathy}} << "splits.json"
                                      << "karpathy";
    QTest::newRow("clip_benchmark file") << Files{{"flickr8k_test_karpathy.txt", "image,caption\na.jpg,x\n"}}
                                         << "flickr8k_test_karpathy.txt"
                                         << "clip-benchmark";
    QTest::newRow("Kaggle captions.txt") << Files{{"captions.txt", "image,caption\na.jpg,x\n"}} << "captions.txt"
                                         << "clip-benchmark";
    QTest::newRow("two formats in one folder")
        << Files{{"Flickr8k.token.txt", "1000_aa.jpg#0\tx\n"}, {"annotations/captions_train2014.json", coco}} << ""
        << "error: could be several formats: flickr8k (Flickr8k.token.txt in the folder); coco";
    QTest::newRow("unrecognised text") << Files{{"notes.txt", "just some words\nand more\n"}} << "notes.txt"
                                       << "error: not a dataset format clipft recognises";
    QTest::newRow("empty folder") << Files{} << ""
                                  << "error: not a dataset format";
    QTest::newRow("missing source") << Files{} << "nothing.csv"
                                    << "error: no such file or folder";
}

void TestImporters::autoDetection() {
    QFETCH(Files, files);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    writeFiles(dir.path(), files);
    ImportOptions options;
    if (source.contains('@')) {
        const QStringList columns = source.section('@', 1).split(',');
        options.image_column = columns[0].toStdString();
        options.caption_column = columns[1].toStdString();
        source = source.section('@', 0, 0);
    }
    try {
        const CaptionImporter& importer = detectImporter(inTemp(dir, source).toStdString(), options);
        QCOMPARE(QString::fromStdString(importer.name()), expected);
    } catch (const Error& e) {
        QVERIFY2(expected.startsWith("error: "), e.what());
        QVERIFY2(QString::fromStdString(e.what()).contains(expected.mid(7)), e.what());
    }
}

void TestImporters::registryNames() {
    QStringList names;
    for (const CaptionImporter* importer : allImporters()) {
        names << QString::fromStdString(importer->name());
        QVERIFY(!importer->description().empty());
        QCOMPARE(&importerByName(importer->name()), importer);
    }
    QCOMPARE(names,
             (QStringList{"folder", "csv", "jsonl", "flickr8k", "flickr30k", "coco", "karpathy", "clip-benchmark"}));
    QVERIFY_THROWS_EXCEPTION(Error, importerByName("Folder"));
}

// ---------------------------------------------------------------------------------------------
// Flickr8k at the real file's scale, with its quirks: 8,092 names x 5 captions, one name without
// an image (one of its lines spelled "NAME.jpg.1#k"), 6,000/1,000/1,000 in the split files and 91
// captioned images in none.

void TestImporters::flickr8kAtRealScale() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int names = 8092, missing = 4242;
    auto nameOf = [](int i) {
        return QString("%1_%2.jpg").arg(1000000000 + i).arg(uint(i * 2654435761u), 10, 16, QChar('0'));
    };
    QByteArray token;
    token.reserve(names * 5 * 60);
    for (int i = 0; i < names; ++i)
        for (int k = 0; k < 5; ++k) {
            const QString name = i == missing && k == 0 ? nameOf(i) + ".1" : nameOf(i);
            token += (name + "#" + QString::number(k) + "\tA caption number " + QString::number(k) + " of image " +
                      QString::number(i) + " .\r\n")
                         .toUtf8();
        }
    writeFile(inTemp(dir, "Flickr8k_text/Flickr8k.token.txt"), token);
    QVERIFY(QDir().mkpath(inTemp(dir, "Flicker8k_Dataset")));
    for (int i = 0; i < names; ++i)
        if (i != missing) QVERIFY(QFile(inTemp(dir, "Flicker8k_Dataset/" + nameOf(i))).open(QIODevice::WriteOnly));

    // Splits over the images that exist, in name order: 6000 train, 1000 dev, 1000 test, 91 in none.
    QByteArray train, dev, test;
    int placed = 0;
    for (int i = 0; i < names && placed < 8000; ++i) {
        if (i == missing) continue;
        QByteArray& list = placed < 6000 ? train : placed < 7000 ? dev : test;
        list += (nameOf(i) + "\n").toUtf8();
        ++placed;
    }
    writeFile(inTemp(dir, "Flickr8k_text/Flickr_8k.trainImages.txt"), train);
    writeFile(inTemp(dir, "Flickr8k_text/Flickr_8k.devImages.txt"), dev);
    writeFile(inTemp(dir, "Flickr8k_text/Flickr_8k.testImages.txt"), test);

    QCOMPARE(QString::fromStdString(detectImporter(dir.path().toStdString(), {}).name()), QString("flickr8k"));
    // Speed is measured by `clipft bench import`, not here.
    const ImportManifest manifest = readAnnotations("auto", dir.path().toStdString(), "", {});

    QCOMPARE(manifest.format, "flickr8k"s);
    QCOMPARE(QString::fromStdString(manifest.images_root), inTemp(dir, "Flicker8k_Dataset"));
    QCOMPARE(manifest.images.size(), size_t(8091));
    size_t captions = 0;
    std::map<std::string, int> splits;
    for (const ImportedImage& image : manifest.images) {
        captions += image.captions.size();
        QCOMPARE(image.captions.size(), size_t(5));
        ++splits[image.split];
    }
    QCOMPARE(captions, size_t(40455));
    QVERIFY(manifest.has_splits);
    QCOMPARE(splits["train"], 6000);
    QCOMPARE(splits["val"], 1000);
    QCOMPARE(splits["test"], 1000);
    QCOMPARE(splits[""], 91);
    QCOMPARE(manifest.problems.size(), size_t(1));
    QCOMPARE(manifest.problems[0].kind, ImportProblemKind::MissingFile);
    QCOMPARE(QString::fromStdString(manifest.problems[0].path), nameOf(missing));
    QVERIFY(QString::fromStdString(manifest.problems[0].reason).contains("5 captions"));
}

// ---------------------------------------------------------------------------------------------

void TestImporters::progressAndCancel() {
    QTemporaryDir dir;
    QByteArray csv = "filepath,title\n";
    for (int i = 0; i < 3000; ++i)
        csv += "a.jpg,caption " + QByteArray::number(i) + "\n";
    writeFile(inTemp(dir, "c.csv"), csv);
    writeFile(inTemp(dir, "a.jpg"), kImage);

    CountingObserver observer;
    const ImportManifest manifest =
        readAnnotations("csv", inTemp(dir, "c.csv").toStdString(), "", {}, &observer, nullptr);
    QCOMPARE(manifest.images.size(), size_t(1));
    QCOMPARE(manifest.images[0].captions.size(), size_t(3000));
    QCOMPARE(manifest.images[0].captions[2999].source_line, int64_t(3001));
    QVERIFY(observer.calls >= 2);
    QVERIFY(observer.calls < 100);  // throttled, not one call per line
    QCOMPARE(observer.last_stage, "files"s);
    QCOMPARE(observer.last_done, observer.last_total);

    CancelToken cancel;
    cancel.cancel();
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             importerByName("folder").read(dir.path().toStdString(), "", {}, nullptr, &cancel));
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             importerByName("csv").read(inTemp(dir, "c.csv").toStdString(), "", {}, nullptr, &cancel));
}

// ---------------------------------------------------------------------------------------------
// Truncated and garbled annotation files: a manifest (with problems) or clipft::Error, nothing else.

void TestImporters::damagedAnnotationsNeverCrash_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("folder captions.csv") << "folder"
                                         << "captions.csv"
                                         << QByteArray("image,caption\na.jpg,\"x, y\"\nb.jpg,\"two\nlines\"\n");
    QTest::newRow("folder sidecar") << "folder"
                                    << "a.txt"
                                    << QByteArray(
                                           "\xEF\xBB\xBF"
                                           "one\r\ntwo \xC3\xA9\r\n");
    QTest::newRow("csv") << "csv"
                         << "c.csv"
                         << QByteArray("filepath,title\na.jpg,\"Hello, \"\"w\"\"\"\nb.jpg,plain\n../c.jpg,x\n");
    QTest::newRow("jsonl") << "jsonl"
                           << "d.jsonl"
                           << QByteArray(
                                  "{\"image\": \"a.jpg\", \"caption\": \"x\"}\n{\"image\": \"b.jpg\", "
                                  "\"captions\": [\"y\", \"z\"], \"split\": \"val\"}\n");
    QTest::newRow("flickr8k") << "flickr8k"
                              << "Flickr8k.token.txt" << QByteArray("a.jpg#0\tx .\nb.jpg.1#1\ty .\nb.jpg#2\tz .\n");
    QTest::newRow("flickr30k") << "flickr30k"
                               << "results.csv"
                               << QByteArray("image_name| comment_number| comment\na.jpg| 0| x | y\nb.jpg| 4 z\n");
    QTest::newRow("coco") << "coco"
                          << "captions_train2014.json"
                          << cocoJson({{1, "a.jpg"}, {2, "b.jpg"}}, {{1, "x"}, {2, "y"}, {3, "z"}});
    QTest::newRow("karpathy") << "karpathy"
                              << "dataset_flickr8k.json"
                              << QByteArray(
                                     "{\"images\": [{\"filename\": \"a.jpg\", \"split\": \"restval\", "
                                     "\"sentences\": [{\"raw\": \"x\"}]}, {\"filename\": \"b.jpg\", "
                                     "\"filepath\": \"\", \"sentences\": [{\"raw\": \"y\"}]}]}");
    QTest::newRow("clip-benchmark") << "clip-benchmark"
                                    << "f_test_karpathy.txt" << QByteArray("image,caption\na.jpg,\"x, y\"\nb.jpg,z\n");
}

void TestImporters::damagedAnnotationsNeverCrash() {
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    for (const char* image : {"a.jpg", "b.jpg", "Flicker8k_Dataset/a.jpg", "Flicker8k_Dataset/b.jpg"})
        writeFile(inTemp(dir, image), kImage);
    const std::string source = (format == "folder" ? dir.path() : inTemp(dir, file)).toStdString();
    const CaptionImporter& importer = importerByName(format.toStdString());

    std::vector<QByteArray> variants;
    for (int cut = 0; cut <= content.size(); ++cut)
        variants.push_back(content.left(cut));
    std::mt19937 random(1234);
    const char noise[] = {'"', '\t', '\n', '\r', ',', '|',  '#',        '{',        '}',        '[',
                          ']', ':',  '\\', '.',  '/', '\0', char(0xFF), char(0xE9), char(0xC3), char(0xEF)};
    for (int round = 0; round < 300; ++round) {
        QByteArray garbled = content;
        const int edits = 1 + int(random() % 4);
        for (int e = 0; e < edits && !garbled.isEmpty(); ++e) {
            const int pos = int(random() % uint(garbled.size()));
            const char c = noise[random() % sizeof(noise)];
            switch (random() % 3) {
                case 0: garbled[pos] = c; break;
                case 1: garbled.insert(pos, c); break;
                default: garbled.remove(pos, 1 + int(random() % 8)); break;
            }
        }
        variants.push_back(garbled);
    }

    int manifests = 0, errors = 0, with_problems = 0;
    for (const QByteArray& variant : variants) {
        writeFile(inTemp(dir, file), variant);
        (void)rankImporters(source, {});  // detection must not throw either
        try {
            const ImportManifest manifest = importer.read(source, "", {}, nullptr, nullptr);
            ++manifests;
            if (!manifest.problems.empty()) ++with_problems;
            for (const ImportedImage& image : manifest.images) {
                QVERIFY(!image.captions.empty());
                QVERIFY(staysInside(image.relative_path));
                QVERIFY(!image.relative_path.empty() && image.relative_path[0] != '/');
                QVERIFY(image.split.empty() || image.split == "train" || image.split == "val" || image.split == "test");
                for (const ImportedCaption& caption : image.captions) {
                    QVERIFY(!caption.text.empty());
                    QVERIFY(isValidUtf8(caption.text));
                    QCOMPARE(caption.text, std::string(trimText(caption.text)));
                }
            }
            for (const ImportProblem& problem : manifest.problems)
                QVERIFY(!problem.reason.empty());
        } catch (const Error&) { ++errors; } catch (const std::exception& e) {
            QFAIL(qPrintable(QString("not a clipft::Error: ") + e.what()));
        }
    }
    QCOMPARE(manifests + errors, int(variants.size()));
    QVERIFY(manifests > 0);
    QVERIFY(with_problems > 0);
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
