// CLIP byte-level BPE tokenizer and caption cleaning, against open_clip's SimpleTokenizer
// (clean='lower'). A tiny vocabulary written by the test pins exact ids; expected cleaned strings
// are what Python's ftfy 6 + html.unescape + str.lower give; the real vocabulary files in
// ../shared/parity are used when present.
#include "core/common/error.h"
#include "core/text/clip_bpe_tokenizer.h"
#include "core/text/text_cleaner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace std::string_literals;
using clipft::ClipBpeTokenizer;

namespace {

constexpr int kContext = 77;

// GPT-2's byte alphabet, written out here independently of the code under test.
std::string byteSymbol(unsigned char b) {
    auto printable = [](int c) { return (c >= '!' && c <= '~') || (c >= 0xA1 && c <= 0xAC) || (c >= 0xAE); };
    char32_t cp = b;
    if (!printable(b)) {
        cp = 256;
        for (int c = 0; c < b; ++c)
            if (!printable(c)) ++cp;
    }
    return QString::fromUcs4(&cp, 1).toStdString();
}

std::vector<unsigned char> byteVocabOrder() {
    std::vector<unsigned char> order;
    for (int pass = 0; pass < 2; ++pass)
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
            if (printable == (pass == 0)) order.push_back(static_cast<unsigned char>(b));
        }
    return order;
}

// The BPE symbol for raw bytes.
std::string sym(const std::string& bytes) {
    std::string out;
    for (unsigned char b : bytes) out += byteSymbol(b);
    return out;
}

// A small vocabulary in open_clip's layout: bytes, bytes + "</w>", one token per merge, specials.
struct TinyVocab {
    std::vector<std::pair<std::string, std::string>> merges;  // as symbol strings
    std::vector<std::string> tokens;                           // in id order
    std::map<std::string, int64_t> ids;
    int64_t sot = 0, eot = 0;

    void merge(const std::string& left, const std::string& right, bool right_ends_word = false) {
        merges.emplace_back(sym(left), sym(right) + (right_ends_word ? "</w>" : ""));
    }

    TinyVocab() {
        merge("t", "h");
        merge("th", "e", true);
        merge("d", "o");
        merge("do", "g", true);
        merge("c", "a");
        merge("ca", "t", true);
        merge("a", "n");
        merge("an", "d", true);
        merge("'", "s", true);
        merge("'", "t", true);
        merge("'", "r");
        merge("'r", "e", true);
        merge("'", "v");
        merge("'v", "e", true);
        merge("'", "m", true);
        merge("'", "l");
        merge("'l", "l", true);
        merge("'", "d", true);
        merge("i", "t", true);
        merge("f", "i");
        merge("fi", "s");
        merge("fis", "h", true);
        merge("o", "f", true);
        merge("p", "h");
        merge("ph", "o");
        merge("pho", "t");
        merge("phot", "o", true);
        merge("!", "!");
        merge("!!", "!", true);
        merge("\xD0", "\xBA");  // Cyrillic к, о, т</w>, then кот</w>
        merge("\xD0", "\xBE");
        merge("\xD1", "\x82", true);
        merge("\xD0\xBA", "\xD0\xBE");
        merge("\xD0\xBA\xD0\xBE", "\xD1\x82", true);
        merge("a", "a");  // "aaaa" -> aa a a</w>: merges apply left to right, without overlap
        for (unsigned char b : byteVocabOrder()) tokens.push_back(byteSymbol(b));
        for (unsigned char b : byteVocabOrder()) tokens.push_back(byteSymbol(b) + "</w>");
        for (const auto& [l, r] : merges) tokens.push_back(l + r);
        for (size_t i = 0; i < tokens.size(); ++i) ids[tokens[i]] = static_cast<int64_t>(i);
        sot = static_cast<int64_t>(tokens.size());
        eot = sot + 1;
    }

    // Expected ids from readable items: "cat</w>" and "ca" are tokens of those bytes (with or
    // without the end-of-word mark); "bytes:XYZ" is one token per byte of XYZ, the last with
    // "</w>"; "<sot>", "<eot>" are the specials.
    std::vector<int64_t> idsOf(const QStringList& items) const {
        std::vector<int64_t> out;
        for (const QString& item : items) {
            if (item == "<sot>") {
                out.push_back(sot);
            } else if (item == "<eot>") {
                out.push_back(eot);
            } else if (item.startsWith("bytes:")) {
                const QByteArray raw = item.mid(6).toUtf8();
                for (int i = 0; i < raw.size(); ++i)
                    out.push_back(ids.at(byteSymbol(static_cast<unsigned char>(raw[i])) + (i + 1 == raw.size() ? "</w>" : "")));
            } else {
                const bool ends = item.endsWith("</w>");
                const std::string bytes = (ends ? item.chopped(4) : item).toStdString();
                const auto it = ids.find(sym(bytes) + (ends ? "</w>" : ""));
                if (it == ids.end()) qFatal("test vocabulary lacks the token %s", qPrintable(item));
                out.push_back(it->second);
            }
        }
        return out;
    }

    std::vector<int64_t> row(const std::vector<int64_t>& body, int context = kContext) const {
        std::vector<int64_t> tokens{sot};
        tokens.insert(tokens.end(), body.begin(), body.end());
        tokens.push_back(eot);
        if (static_cast<int>(tokens.size()) > context) {
            tokens.resize(static_cast<size_t>(context));
            tokens.back() = eot;
        }
        tokens.resize(static_cast<size_t>(context), 0);
        return tokens;
    }
};

void writeGzip(const QString& path, const std::string& text) {
    gzFile file = gzopen(path.toLocal8Bit().constData(), "wb");
    QVERIFY(file);
    QCOMPARE(gzwrite(file, text.data(), static_cast<unsigned>(text.size())), static_cast<int>(text.size()));
    QCOMPARE(gzclose(file), Z_OK);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString sharedParityDir() { return QStringLiteral(CLIPFT_SHARED_DIR "/parity/tiny-gelu"); }

QByteArray bytes(const std::string& s) { return QByteArray::fromStdString(s); }

QString describe(const std::vector<int64_t>& ids) {
    QStringList parts;
    for (int64_t id : ids) parts << QString::number(id);
    return parts.join(',');
}

}  // namespace

class TestTokenizer : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    TinyVocab vocab_;
    std::unique_ptr<ClipBpeTokenizer> from_gzip_;
    std::unique_ptr<ClipBpeTokenizer> from_json_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    std::string mergesText() const {
        std::string text = "#version: 0.2";
        for (const auto& [l, r] : vocab_.merges) text += "\n" + l + " " + r;
        return text;
    }

    QByteArray vocabJson(bool with_specials = true) const {
        QJsonObject object;
        for (size_t i = 0; i < vocab_.tokens.size(); ++i)
            object.insert(QString::fromStdString(vocab_.tokens[i]), static_cast<qint64>(i));
        if (with_specials) {
            object.insert("<|startoftext|>", static_cast<qint64>(vocab_.sot));
            object.insert("<|endoftext|>", static_cast<qint64>(vocab_.eot));
        }
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    std::vector<const ClipBpeTokenizer*> tokenizers() const { return {from_gzip_.get(), from_json_.get()}; }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        writeGzip(path("tiny.txt.gz"), mergesText());
        writeFile(path("vocab.json"), vocabJson());
        writeFile(path("merges.txt"), bytes(mergesText() + "\n"));
        from_gzip_ = ClipBpeTokenizer::fromBpeGzip(path("tiny.txt.gz").toStdString());
        from_json_ = ClipBpeTokenizer::fromVocabMerges(path("vocab.json").toStdString(), path("merges.txt").toStdString());
    }

    void vocabularyShape() {
        const int64_t expected_size = 512 + static_cast<int64_t>(vocab_.merges.size()) + 2;
        for (const ClipBpeTokenizer* tokenizer : tokenizers()) {
            QCOMPARE(tokenizer->vocabSize(), expected_size);
            QCOMPARE(tokenizer->sotId(), expected_size - 2);
            QCOMPARE(tokenizer->eotId(), expected_size - 1);
        }
    }

    void encodesExactIds_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList photo{"a</w>", "photo</w>", "of</w>", "a</w>", "dog</w>"};
        QTest::newRow("plain") << QByteArray("a photo of a dog") << photo;
        QTest::newRow("uppercase") << QByteArray("A PHOTO OF A DOG") << photo;
        QTest::newRow("whitespace runs, tabs, newlines, NBSP, ideographic space")
            << QByteArray(" \t a  photo\n\nof\r\na\xC2\xA0" "dog\xE3\x80\x80 ") << photo;
        QTest::newRow("&amp;") << QByteArray("cat &amp; dog") << QStringList{"cat</w>", "&</w>", "dog</w>"};
        QTest::newRow("&quot;") << QByteArray("&quot;the&quot; cat") << QStringList{"\"</w>", "the</w>", "\"</w>", "cat</w>"};
        QTest::newRow("&#39;") << QByteArray("it&#39;s") << QStringList{"it</w>", "'s</w>"};
        QTest::newRow("&lt;3") << QByteArray("&lt;3") << QStringList{"<</w>", "3</w>"};
        QTest::newRow("twice escaped") << QByteArray("cat &amp;amp; dog") << QStringList{"cat</w>", "&</w>", "dog</w>"};
        QTest::newRow("escapes inside markup")
            << QByteArray("<b>&amp;amp;</b>") << QStringList{"<</w>", "b</w>", "bytes:>&</", "b</w>", "></w>"};
        QTest::newRow("curly quotes")
            << QByteArray("it\xE2\x80\x99s a \xE2\x80\x9C" "cat\xE2\x80\x9D")
            << QStringList{"it</w>", "'s</w>", "a</w>", "\"</w>", "cat</w>", "\"</w>"};
        QTest::newRow("ligature") << QByteArray("the \xEF\xAC\x81sh") << QStringList{"the</w>", "fish</w>"};
        QTest::newRow("fullwidth") << QByteArray("\xEF\xBC\xB4\xEF\xBC\xA8\xEF\xBC\xA5 \xEF\xBD\x83\xEF\xBD\x81\xEF\xBD\x94\xEF\xBC\x81")
                                   << QStringList{"the</w>", "cat</w>", "!</w>"};
        QTest::newRow("Cyrillic") << QByteArray("КОТ и ПЁС") << QStringList{"кот</w>", "bytes:и", "bytes:пёс"};
        QTest::newRow("Greek, final sigma") << QByteArray("ΟΔΟΣ") << QStringList{"bytes:οδος"};
        QTest::newRow("CJK") << QByteArray("猫和狗") << QStringList{"bytes:猫和狗"};
        QTest::newRow("Arabic") << QByteArray("قطة جميلة") << QStringList{"bytes:قطة", "bytes:جميلة"};
        // Vowel signs and the virama are marks, not letters, so they split the word.
        QTest::newRow("Devanagari with combining marks")
            << QByteArray("नमस्ते") << QStringList{"bytes:नमस", "bytes:्", "bytes:त", "bytes:े"};
        QTest::newRow("dotted capital I lowers to i + combining dot")
            << QByteArray("İstanbul") << QStringList{"i</w>", "bytes:\u0307", "s", "t", "an", "b", "u", "l</w>"};
        QTest::newRow("digits one by one") << QByteArray("2023 cats")
                                           << QStringList{"2</w>", "0</w>", "2</w>", "3</w>", "ca", "t", "s</w>"};
        QTest::newRow("Arabic-Indic digits") << QByteArray("٣٤") << QStringList{"bytes:٣", "bytes:٤"};
        QTest::newRow("contractions")
            << QByteArray("don't we'll they're you've i'm he'd cat's")
            << QStringList{"do", "n</w>", "'t</w>", "w", "e</w>", "'ll</w>", "th", "e", "y</w>", "'re</w>", "y", "o",
                           "u</w>", "'ve</w>", "i</w>", "'m</w>", "h", "e</w>", "'d</w>", "cat</w>", "'s</w>"};
        QTest::newRow("uppercase contraction") << QByteArray("IT'S") << QStringList{"it</w>", "'s</w>"};
        QTest::newRow("merges left to right") << QByteArray("aaaa") << QStringList{"aa", "a", "a</w>"};
        QTest::newRow("emoji and punctuation runs")
            << QByteArray("cat!!! 🐱🐶...") << QStringList{"cat</w>", "!!!</w>", "bytes:🐱🐶..."};
        QTest::newRow("special tokens in text")
            << QByteArray("<start_of_text>cat<END_OF_TEXT>") << QStringList{"<sot>", "cat</w>", "<eot>"};
        // open_clip's IGNORECASE pattern matches U+0345 with none of its classes: it vanishes.
        QTest::newRow("ypogegrammeni dropped") << QByteArray("a\xCD\x85" "b") << QStringList{"a</w>", "b</w>"};
        QTest::newRow("invalid byte") << QByteArray("cat\xFF dog") << QStringList{"cat</w>", "bytes:\xEF\xBF\xBD", "dog</w>"};
        QTest::newRow("truncated sequence")
            << QByteArray("\xE2\x82" "cat") << QStringList{"bytes:\xEF\xBF\xBD", "cat</w>"};
        QTest::newRow("overlong and surrogate")
            << QByteArray("\xC0\xAF \xED\xA0\x80")
            << QStringList{"bytes:\xEF\xBF\xBD\xEF\xBF\xBD", "bytes:\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"};
        QTest::newRow("empty") << QByteArray("") << QStringList{};
        QTest::newRow("whitespace only") << QByteArray(" \t\n\r\xE3\x80\x80 ") << QStringList{};
        QTest::newRow("controls only") << bytes("\x00\x01\x1b[0m"s) << QStringList{};
    }

    void encodesExactIds() {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const std::vector<int64_t> row = vocab_.row(vocab_.idsOf(expected));
        for (const ClipBpeTokenizer* tokenizer : tokenizers()) {
            const std::vector<int64_t> actual = tokenizer->encode(text.toStdString(), kContext);
            QCOMPARE(describe(actual), describe(row));
        }
    }

    void truncatesToContext_data() {
        QTest::addColumn<int>("context");
        QTest::addColumn<int>("words");
        QTest::newRow("200 words at 77") << 77 << 200;
        QTest::newRow("exactly full at 77") << 77 << 75;
        QTest::newRow("one over at 77") << 77 << 76;
        QTest::newRow("context 1") << 1 << 3;
        QTest::newRow("context 2") << 2 << 3;
        QTest::newRow("context 3, empty text") << 3 << 0;
    }

    void truncatesToContext() {
        QFETCH(int, context);
        QFETCH(int, words);
        QStringList text, expected;
        for (int i = 0; i < words; ++i) {
            text << (i % 2 ? "dog" : "cat");
            expected << (i % 2 ? "dog</w>" : "cat</w>");
        }
        const std::vector<int64_t> row = vocab_.row(vocab_.idsOf(expected), context);
        for (const ClipBpeTokenizer* tokenizer : tokenizers()) {
            const std::vector<int64_t> actual = tokenizer->encode(text.join(' ').toStdString(), context);
            QCOMPARE(describe(actual), describe(row));
            QCOMPARE(static_cast<int>(actual.size()), context);
            if (words + 2 >= context) QCOMPARE(actual.back(), tokenizer->eotId());
        }
    }

    void rejectsContextBelowOne() {
        QVERIFY_THROWS_EXCEPTION(clipft::Error, from_gzip_->encode("cat", 0));
        QVERIFY_THROWS_EXCEPTION(clipft::Error, from_json_->encode("cat", -5));
    }

    void cleansLikeOpenClip_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("whitespace") << QByteArray("  Hello\t\tWorld \n") << QByteArray("hello world");
        QTest::newRow("NFC") << QByteArray("cafe\xCC\x81") << QByteArray("caf\xC3\xA9");
        QTest::newRow("fullwidth") << QByteArray("ＡＢＣ１２３！") << QByteArray("abc123!");
        QTest::newRow("ideographic space") << QByteArray("\xE3\x80\x80x\xE3\x80\x80y") << QByteArray("x y");
        QTest::newRow("halfwidth katakana + voiced mark") << QByteArray("ｶﾞ") << QByteArray("ガ");
        QTest::newRow("ligatures") << QByteArray("ﬁﬂﬀﬃﬄﬅﬆ") << QByteArray("fiflffffifflſtst");
        QTest::newRow("digraphs") << QByteArray("Ĳ ǅ ŉ") << QByteArray("ij dž 'n");
        QTest::newRow("quotes") << QByteArray("“Hi” ‘there’ ʼok‛ „low‟") << QByteArray("\"hi\" 'there' 'ok' \"low\"");
        QTest::newRow("escaped many times") << QByteArray("&amp;amp;amp;") << QByteArray("&");
        QTest::newRow("ftfy unescapes to a fixed point") << QByteArray("&lt;3 &amp;amp;lt;3") << QByteArray("<3 <3");
        QTest::newRow("markup: only html.unescape twice")
            << QByteArray("&lt;b&gt; &amp;amp; <i>") << QByteArray("<b> & <i>");
        QTest::newRow("uppercased entity") << QByteArray("&NTILDE;") << QByteArray("ñ");
        QTest::newRow("uppercased entity in markup") << QByteArray("<&NTILDE;") << QByteArray("<&ntilde;");
        QTest::newRow("entity then quote fix") << QByteArray("It&rsquo;s") << QByteArray("it's");
        QTest::newRow("markup keeps curly quote") << QByteArray("a<b It&rsquo;s") << QByteArray("a<b it\xE2\x80\x99s");
        QTest::newRow("markup only on a later line")
            << QByteArray("line one &amp;\n<p> line &amp;amp; two\n&amp; three")
            << QByteArray("line one & <p> line & two & three");
        QTest::newRow("longest legacy prefix") << QByteArray("&ampxyz") << QByteArray("&xyz");
        QTest::newRow("named entities")
            << QByteArray("tom&amp;jerry &copy &copy; &COPY; &Copy; &notit; &notin; &hellip;")
            << QByteArray("tom&jerry © © © &copy; ¬it; ∉ …");
        QTest::newRow("numeric references")
            << QByteArray("&#128512; &#x1F600; &#0; &#150; &#xD800; &#1114112; &#1; &#65 &#X41 &#99999999999999999999;")
            << QByteArray("😀 😀 \xEF\xBF\xBD – \xEF\xBF\xBD \xEF\xBF\xBD a a \xEF\xBF\xBD");
        QTest::newRow("cp1252 reference then uncurl") << QByteArray("I&#x92;m &#x2019;&#8217;") << QByteArray("i'm ''");
        QTest::newRow("terminal escapes") << QByteArray("\x1b[31mred\x1b[0m") << QByteArray("red");
        QTest::newRow("control characters")
            << bytes("a\x00" "b\x07" "c\xE2\x80\x8B" "d\xEF\xBB\xBF" "e"s) << QByteArray("abc\xE2\x80\x8B" "de");
        QTest::newRow("C1 controls as cp1252")
            << QByteArray("a\xC2\x85" "b \xC2\x96 c\xC2\x81" "d") << QByteArray("a…b – c\xC2\x81" "d");
        QTest::newRow("line breaks") << QByteArray("a\r\nb\xE2\x80\xA8" "c\rd") << QByteArray("a b c d");
        QTest::newRow("full case mapping") << QByteArray("İstanbul ΟΔΟΣ Straße ẞ") << QByteArray("i̇stanbul οδος straße ß");
        QTest::newRow("invalid UTF-8 replaced") << QByteArray("ab\xFF\xC3") << QByteArray("ab\xEF\xBF\xBD\xEF\xBF\xBD");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
    }

    void cleansLikeOpenClip() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(clipft::cleanCaption(input.toStdString())), expected);
    }

    void rejectsBadFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named");
        const QByteArray merges = bytes(mergesText());
        QTest::newRow("missing gz") << "gz-missing" << QByteArray() << "absent.txt.gz";
        QTest::newRow("gz that is plain text") << "gz-raw" << merges << "bad.txt.gz";
        QTest::newRow("truncated gz") << "gz-truncated" << merges << "bad.txt.gz";
        QTest::newRow("gz not UTF-8") << "gz" << QByteArray("#version\na \xFF") << "bad.txt.gz";
        QTest::newRow("gz merge with three symbols") << "gz" << QByteArray("#version\nt h\na b c") << "bad.txt.gz";
        QTest::newRow("gz empty") << "gz" << QByteArray("") << "bad.txt.gz";
        QTest::newRow("missing vocab.json") << "json-missing" << QByteArray() << "absent.json";
        QTest::newRow("vocab.json not JSON") << "json" << QByteArray("{\"a\": ") << "bad.json";
        QTest::newRow("vocab.json an array") << "json" << QByteArray("[1, 2]") << "bad.json";
        QTest::newRow("vocab.json without specials") << "json" << vocabJson(false) << "bad.json";
        QTest::newRow("vocab.json with a string id") << "json" << QByteArray("{\"a\": \"1\"}") << "bad.json";
        QTest::newRow("vocab.json without byte symbols")
            << "json" << QByteArray("{\"<|startoftext|>\": 0, \"<|endoftext|>\": 1}") << "bad.json";
        QTest::newRow("end of text not the largest id")
            << "json" << vocabJson().replace("\"<|endoftext|>\":" + QByteArray::number(vocab_.eot),
                                             "\"<|endoftext|>\":3")
            << "bad.json";
        QTest::newRow("missing merges.txt") << "merges-missing" << QByteArray() << "absent.txt";
        QTest::newRow("merge makes an unknown token") << "merges" << QByteArray("#version: 0.2\nz q\n") << "bad.txt";
        QTest::newRow("merges.txt bad line") << "merges" << QByteArray("#version: 0.2\nt h\nlonely\n") << "bad.txt";
    }

    void rejectsBadFiles() {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        const std::string gz = path(kind == "gz-missing" ? "absent.txt.gz" : "bad.txt.gz").toStdString();
        const std::string json = path(kind == "json-missing" ? "absent.json" : kind.startsWith("json") ? "bad.json" : "vocab.json").toStdString();
        const std::string txt = path(kind == "merges-missing" ? "absent.txt" : kind == "merges" ? "bad.txt" : "merges.txt").toStdString();
        if (kind == "gz") writeGzip(path("bad.txt.gz"), content.toStdString());
        if (kind == "gz-raw") writeFile(path("bad.txt.gz"), content);
        if (kind == "gz-truncated") {
            writeGzip(path("whole.txt.gz"), content.toStdString());
            QFile whole(path("whole.txt.gz"));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            writeFile(path("bad.txt.gz"), whole.readAll().chopped(40));
        }
        if (kind == "json") writeFile(path("bad.json"), content);
        if (kind == "merges") writeFile(path("bad.txt"), content);
        try {
            if (kind.startsWith("gz"))
                ClipBpeTokenizer::fromBpeGzip(gz);
            else
                ClipBpeTokenizer::fromVocabMerges(json, txt);
            QFAIL("no clipft::Error thrown");
        } catch (const clipft::Error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(named), e.what());
        }
    }

    // Random bytes, invalid UTF-8 included, never crash and always give a well-formed row.
    void neverCrashesOnArbitraryBytes() {
        QRandomGenerator random(1234);
        const std::string alphabet = "aZ!&;#<x9 \t\n'\xC3\xA9\xE2\x80\x99\xF0\x9F\x90\xB1\xEF\xAC\x81\xCD\x85\xFF\x80\xED\xA0";
        for (int i = 0; i < 2000; ++i) {
            std::string text;
            const int length = static_cast<int>(random.bounded(120));
            for (int k = 0; k < length; ++k)
                text += random.bounded(3) == 0 ? static_cast<char>(random.bounded(256))
                                               : alphabet[random.bounded(static_cast<quint32>(alphabet.size()))];
            for (const ClipBpeTokenizer* tokenizer : tokenizers()) {
                const std::vector<int64_t> row = tokenizer->encode(text, kContext);
                QCOMPARE(static_cast<int>(row.size()), kContext);
                QCOMPARE(row.front(), tokenizer->sotId());
                QVERIFY(std::find(row.begin(), row.end(), tokenizer->eotId()) != row.end());
                for (int64_t id : row) QVERIFY(id >= 0 && id < tokenizer->vocabSize());
            }
            QCOMPARE(describe(from_gzip_->encode(text, kContext)), describe(from_json_->encode(text, kContext)));
        }
    }

    void isThreadSafe() {
        std::vector<std::string> captions;
        for (int i = 0; i < 200; ++i) captions.push_back("caption " + std::to_string(i) + " of a cat and a dog ﬁsh кот");
        std::vector<std::vector<int64_t>> expected;
        for (const std::string& caption : captions) expected.push_back(from_gzip_->encode(caption, kContext));
        auto fresh = ClipBpeTokenizer::fromBpeGzip(path("tiny.txt.gz").toStdString());  // cold cache: threads race to fill it
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int round = 0; round < 5; ++round)
                    for (size_t i = 0; i < captions.size(); ++i)
                        if (fresh->encode(captions[(i + t * 37) % captions.size()], kContext) != expected[(i + t * 37) % captions.size()])
                            ++mismatches[t];
            });
        for (std::thread& thread : threads) thread.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
    }

    void realVocabularyFilesAgree_data() {
        QTest::addColumn<QByteArray>("caption");
        QFile captions(sharedParityDir() + "/captions.txt");
        if (captions.open(QIODevice::ReadOnly)) {
            int line = 0;
            for (const QByteArray& caption : captions.readAll().split('\n'))
                QTest::addRow("captions.txt line %d", ++line) << caption;
        }
        const char* multi_script[] = {
            "Две кошки спят на диване", "Ένας σκύλος τρέχει στην παραλία", "一只猫坐在窗台上", "猫が窓辺に座っている",
            "고양이가 창가에 앉아 있다", "قطة تجلس على النافذة", "एक बिल्ली खिड़की पर बैठी है", "חתול יושב על אדן החלון",
            "แมวนั่งอยู่บนขอบหน้าต่าง", "Ein Hund läuft über die Straße", "L'été à Paris, c'est génial!",
            "2 dogs & 3 cats &amp; 10 birds ١٢٣", "It’s a “quoted” ﬁsh in ｆｕｌｌ width 🐱🐶!!!"};
        for (const char* caption : multi_script) QTest::newRow(caption) << QByteArray(caption);
    }

    void realVocabularyFilesAgree() {
        QFETCH(QByteArray, caption);
        const QString gz = sharedParityDir() + "/openclip/bpe_simple_vocab_16e6.txt.gz";
        const QString vocab = sharedParityDir() + "/hf/vocab.json", merges = sharedParityDir() + "/hf/merges.txt";
        if (!QFile::exists(gz) || !QFile::exists(vocab) || !QFile::exists(merges))
            QSKIP("the real CLIP vocabulary files are not in ../shared/parity");
        static const auto from_gzip = ClipBpeTokenizer::fromBpeGzip(gz.toStdString());
        static const auto from_json = ClipBpeTokenizer::fromVocabMerges(vocab.toStdString(), merges.toStdString());
        QCOMPARE(from_gzip->vocabSize(), 49408);
        QCOMPARE(from_json->vocabSize(), 49408);
        QCOMPARE(from_gzip->sotId(), 49406);
        QCOMPARE(from_gzip->eotId(), 49407);
        QCOMPARE(from_json->sotId(), 49406);
        QCOMPARE(from_json->eotId(), 49407);
        const std::vector<int64_t> row = from_gzip->encode(caption.toStdString(), kContext);
        QCOMPARE(describe(from_json->encode(caption.toStdString(), kContext)), describe(row));
        if (caption == "a photo of a dog") {
            std::vector<int64_t> expected{49406, 320, 1125, 539, 320, 1929, 49407};
            expected.resize(kContext, 0);
            QCOMPARE(describe(row), describe(expected));
        }
    }

    // Captions repeat words, so after the first pass the per-word cache carries the work.
    void encodesTenThousandCaptionsQuickly() {
        const char* subjects[] = {"cat", "dog", "fish", "photo", "the man", "two children", "a red car"};
        const char* places[] = {"on a sofa", "in the park", "at the beach", "near a window", "under a tree"};
        std::vector<std::string> captions;
        for (int i = 0; i < 10000; ++i)
            captions.push_back(std::string("A ") + subjects[i % 7] + " " + places[(i / 7) % 5] + ", picture " + std::to_string(i % 100) + ".");
        for (const std::string& caption : captions) from_gzip_->encode(caption, kContext);  // warm-up
        QElapsedTimer timer;
        timer.start();
        int64_t checksum = 0;
        for (const std::string& caption : captions) checksum += from_gzip_->encode(caption, kContext)[1];
        const qint64 ms = timer.elapsed();
        QVERIFY(checksum > 0);
        qInfo("10,000 captions encoded in %lld ms", static_cast<long long>(ms));
        QVERIFY2(ms < 1000, qPrintable(QString("took %1 ms").arg(ms)));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
