// The CLIP model: configs, tower shapes, the exactness of clipft's shortcuts (patch GEMM, trimmed
// text positions), weight-name layouts and weight assignment errors.
#include "core/common/error.h"
#include "core/model/clip_model.h"
#include "core/model/open_clip_layout.h"
#include "core/model/transformers_layout.h"
#include "core/model/weight_assignment.h"

#include <QtTest>
#include <torch/torch.h>

using namespace clipft;

namespace {

ClipConfig tinyConfig(bool quick_gelu = false) {
    ClipConfig c;
    c.name = "tiny";
    c.embed_dim = 16;
    c.quick_gelu = quick_gelu;
    c.vision = {/*layers*/ 2, /*width*/ 32, /*heads*/ 2, /*patch*/ 8, /*image*/ 32, /*mlp*/ 128};
    c.text = {/*ctx*/ 12, /*vocab*/ 50, /*width*/ 24, /*heads*/ 2, /*layers*/ 2, /*mlp*/ 96};
    return c;
}

// Token rows like a tokenizer makes: SOT, ids, EOT (the largest id), zero padding.
at::Tensor makeTokens(const std::vector<int>& lengths, int ctx, int vocab) {
    at::Tensor t = at::zeros({static_cast<int64_t>(lengths.size()), ctx}, at::kLong);
    for (size_t i = 0; i < lengths.size(); ++i) {
        t[i][0] = vocab - 2;
        for (int p = 1; p < lengths[i] - 1; ++p) t[i][p] = 1 + (static_cast<int>(i) * 7 + p * 3) % (vocab - 3);
        t[i][lengths[i] - 1] = vocab - 1;
    }
    return t;
}

std::map<std::string, at::Tensor> stateOf(torch::nn::Module& m) {
    std::map<std::string, at::Tensor> out;
    for (const auto& p : m.named_parameters()) out[p.key()] = p.value().detach().clone();
    return out;
}

int64_t parameterCount(torch::nn::Module& m) {
    int64_t n = 0;
    for (const auto& p : m.parameters()) n += p.numel();
    return n;
}

}  // namespace

class TestClipModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { torch::manual_seed(0); }

    void builtinConfigsHaveThePublishedSizes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qlonglong>("parameters");
        // open_clip's published parameter counts for these architectures.
        QTest::newRow("ViT-B-32") << "ViT-B-32" << 151277313LL;
        QTest::newRow("ViT-B-16") << "ViT-B-16" << 149620737LL;
        QTest::newRow("ViT-L-14") << "ViT-L-14" << 427616513LL;
    }
    void builtinConfigsHaveThePublishedSizes() {
        QFETCH(QString, name);
        QFETCH(qlonglong, parameters);
        ClipModel model(builtinConfig(name.toStdString()));
        QCOMPARE(parameterCount(*model), static_cast<int64_t>(parameters));
    }

    void plusConfigMatchesDesign() {
        const ClipConfig c = builtinConfig("ViT-B-16-plus-240");
        QCOMPARE(c.embed_dim, 640);
        QCOMPARE(c.vision.image_size, 240);
        QCOMPARE(c.vision.width, 896);
        QCOMPARE(c.vision.heads, 14);
        QCOMPARE(c.text.heads, 10);
        QVERIFY(!c.quick_gelu);
        QVERIFY(builtinConfig("ViT-B-32-quickgelu").quick_gelu);
        QVERIFY_THROWS_EXCEPTION(Error, builtinConfig("ViT-H-99"));
    }

    void encodersGiveUnitVectors() {
        ClipModel model(tinyConfig());
        model->eval();
        torch::NoGradGuard g;
        at::Tensor img = model->encodeImage(at::randn({3, 3, 32, 32}));
        QCOMPARE(img.sizes(), (at::IntArrayRef{3, 16}));
        QVERIFY(at::allclose(img.norm(2, -1), at::ones({3}), 1e-5, 1e-5));
        at::Tensor txt = model->encodeText(makeTokens({3, 5, 12}, 12, 50));
        QCOMPARE(txt.sizes(), (at::IntArrayRef{3, 16}));
        QVERIFY(at::allclose(txt.norm(2, -1), at::ones({3}), 1e-5, 1e-5));
        QVERIFY(!at::allclose(txt[0], txt[1]));
    }

    void patchGemmEqualsConvolution() {
        ClipModel model(tinyConfig());
        auto& v = *model->visual;
        torch::NoGradGuard g;
        at::Tensor images = at::randn({2, 3, 32, 32});
        // The reference's path: conv1 as a convolution, then the same tail as forward().
        at::Tensor x = v.conv1->forward(images).flatten(2).transpose(1, 2);  // [2, 16, 32]
        x = at::cat({v.class_embedding.view({1, 1, -1}).expand({2, 1, 32}), x}, 1) + v.positional_embedding;
        x = v.transformer->forward(v.ln_pre->forward(x), false);
        at::Tensor expected = at::matmul(v.ln_post->forward(x.select(1, 0)), v.proj);
        QVERIFY(at::allclose(v.forward(images), expected, 1e-5, 1e-5));
    }

    void trimmedTextEqualsFullContext_data() {
        QTest::addColumn<bool>("quick");
        QTest::newRow("gelu") << false;
        QTest::newRow("quick_gelu") << true;
    }
    void trimmedTextEqualsFullContext() {
        QFETCH(bool, quick);
        ClipModel model(tinyConfig(quick));
        torch::NoGradGuard g;
        at::Tensor tokens = makeTokens({2, 4, 7, 3}, 12, 50);
        at::Tensor trimmed = model->text->forward(tokens, true);
        at::Tensor full = model->text->forward(tokens, false);
        QVERIFY(at::allclose(trimmed, full, 1e-5, 1e-6));
        // Changing what follows a caption's EOT never changes its embedding (the causal mask).
        at::Tensor noisy = tokens.clone();
        noisy[0].narrow(0, 2, 10).fill_(5);
        QVERIFY(at::allclose(model->text->forward(noisy, false)[0], full[0], 1e-5, 1e-6));
    }

    void activationsDiffer() {
        torch::manual_seed(1);
        ClipModel a(tinyConfig(false));
        torch::manual_seed(1);
        ClipModel b(tinyConfig(true));
        torch::NoGradGuard g;
        at::Tensor tokens = makeTokens({5}, 12, 50);
        QVERIFY(!at::allclose(a->encodeText(tokens), b->encodeText(tokens), 1e-4, 1e-4));
    }

    void openClipNamesRoundTrip() {
        ClipModel model(tinyConfig());
        const auto internal = stateOf(*model);
        const auto open_clip = internalToOpenClip(internal);
        QVERIFY(open_clip.count("token_embedding.weight"));
        QVERIFY(open_clip.count("positional_embedding"));
        QVERIFY(open_clip.count("transformer.resblocks.1.attn.in_proj_weight"));
        QVERIFY(open_clip.count("text_projection"));
        QVERIFY(open_clip.count("visual.transformer.resblocks.0.mlp.c_fc.weight"));
        QVERIFY(open_clip.count("logit_scale"));
        auto with_extras = open_clip;
        with_extras["attn_mask"] = at::zeros({12, 12});
        std::map<std::string, at::Tensor> prefixed;
        for (auto& [k, t] : with_extras) prefixed["module." + k] = t;
        const auto back = openClipToInternal(prefixed);
        QCOMPARE(back.size(), internal.size());
        for (const auto& [k, t] : internal) QVERIFY2(back.count(k) && at::equal(back.at(k), t), k.c_str());
    }

    void transformersLayoutLoadsIntoTheSameModel() {
        ClipModel source(tinyConfig());
        const auto s = stateOf(*source);
        // Write the model's weights under transformers' names, the way its conversion script does.
        std::map<std::string, at::Tensor> hf;
        hf["vision_model.embeddings.class_embedding"] = s.at("visual.class_embedding");
        hf["vision_model.embeddings.patch_embedding.weight"] = s.at("visual.conv1.weight");
        hf["vision_model.embeddings.position_embedding.weight"] = s.at("visual.positional_embedding");
        hf["vision_model.embeddings.position_ids"] = at::arange(17).unsqueeze(0);
        hf["vision_model.pre_layrnorm.weight"] = s.at("visual.ln_pre.weight");
        hf["vision_model.pre_layrnorm.bias"] = s.at("visual.ln_pre.bias");
        hf["vision_model.post_layernorm.weight"] = s.at("visual.ln_post.weight");
        hf["vision_model.post_layernorm.bias"] = s.at("visual.ln_post.bias");
        hf["visual_projection.weight"] = s.at("visual.proj").t().contiguous();
        hf["text_model.embeddings.token_embedding.weight"] = s.at("text.token_embedding.weight");
        hf["text_model.embeddings.position_embedding.weight"] = s.at("text.positional_embedding");
        hf["text_model.final_layer_norm.weight"] = s.at("text.ln_final.weight");
        hf["text_model.final_layer_norm.bias"] = s.at("text.ln_final.bias");
        hf["text_projection.weight"] = s.at("text.text_projection").t().contiguous();
        hf["logit_scale"] = s.at("logit_scale");
        for (const char* tower : {"vision", "text"}) {
            const std::string ours = std::string(tower) == "vision" ? "visual" : "text";
            for (int i = 0; i < 2; ++i) {
                const std::string h = std::string(tower) + "_model.encoder.layers." + std::to_string(i) + ".";
                const std::string o = ours + ".transformer.resblocks." + std::to_string(i) + ".";
                const auto w = s.at(o + "attn.in_proj_weight").chunk(3);
                const auto b = s.at(o + "attn.in_proj_bias").chunk(3);
                const char* qkv[] = {"q", "k", "v"};
                for (int j = 0; j < 3; ++j) {
                    hf[h + "self_attn." + qkv[j] + "_proj.weight"] = w[j].contiguous();
                    hf[h + "self_attn." + qkv[j] + "_proj.bias"] = b[j].contiguous();
                }
                for (const char* p : {"weight", "bias"}) {
                    hf[h + "self_attn.out_proj." + p] = s.at(o + "attn.out_proj." + p);
                    hf[h + "layer_norm1." + p] = s.at(o + "ln_1." + p);
                    hf[h + "layer_norm2." + p] = s.at(o + "ln_2." + p);
                    hf[h + "mlp.fc1." + p] = s.at(o + "mlp.c_fc." + p);
                    hf[h + "mlp.fc2." + p] = s.at(o + "mlp.c_proj." + p);
                }
            }
        }
        ClipModel target(tinyConfig());
        assignWeights(*target, transformersToInternal(hf, "model.safetensors"), "model.safetensors");
        for (const auto& [k, t] : stateOf(*target)) QVERIFY2(at::equal(t, s.at(k)), k.c_str());

        hf.erase("text_model.encoder.layers.1.self_attn.k_proj.bias");
        try {
            transformersToInternal(hf, "model.safetensors");
            QFAIL("an incomplete q/k/v group was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("text_model.encoder.layers.1.self_attn.k_proj.bias"), e.what());
        }
    }

    void assignWeightsNamesTheProblem_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "drop" << "missing tensor 'visual.proj'";
        QTest::newRow("unexpected") << "extra" << "unexpected tensor 'visual.extra_head'";
        QTest::newRow("shape") << "shape" << "tensor 'visual.proj' has shape [16, 32]";
    }
    void assignWeightsNamesTheProblem() {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        ClipModel model(tinyConfig());
        auto weights = stateOf(*model);
        const auto before = stateOf(*model);
        if (change == "drop") weights.erase("visual.proj");
        if (change == "extra") weights["visual.extra_head"] = at::zeros({3});
        if (change == "shape") weights["visual.proj"] = at::zeros({16, 32});
        for (auto& [k, t] : weights) t = t + 1;  // would change the model if anything were copied
        try {
            assignWeights(*model, weights, "weights.safetensors");
            QFAIL("bad weights were accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
            QVERIFY(QString(e.what()).startsWith("weights.safetensors"));
        }
        for (const auto& [k, t] : stateOf(*model)) QVERIFY2(at::equal(t, before.at(k)), "model changed on error");
    }

    void openClipConfigParsing() {
        const std::string text = R"({"model_cfg": {"embed_dim": 64, "quick_gelu": true,
            "vision_cfg": {"image_size": 64, "layers": 2, "width": 128, "patch_size": 16},
            "text_cfg": {"context_length": 77, "vocab_size": 49408, "width": 64, "heads": 2, "layers": 2}},
            "preprocess_cfg": {"mean": [0.5, 0.5, 0.5], "std": [0.25, 0.25, 0.25]}})";
        const ClipConfig c = parseOpenClipConfig(text, "cfg.json");
        QCOMPARE(c.embed_dim, 64);
        QVERIFY(c.quick_gelu);
        QCOMPARE(c.vision.heads, 2);  // width / head_width 64
        QCOMPARE(c.vision.mlp_width, 512);
        QCOMPARE(c.text.mlp_width, 256);
        QCOMPARE(c.preprocess.std[1], 0.25f);
        // Round trip through the writer.
        const ClipConfig again = parseOpenClipConfig(toOpenClipConfigJson(c), "again.json");
        QCOMPARE(again.vision.width, c.vision.width);
        QCOMPARE(again.text.heads, c.text.heads);
        QCOMPARE(again.quick_gelu, true);
        QCOMPARE(again.preprocess.mean[0], 0.5f);
    }

    void openClipConfigRejectsWhatClipftDoesNotBuild_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        const QString base = R"({"embed_dim": 64, "vision_cfg": {%1}, "text_cfg": {%2}})";
        QTest::newRow("layer scale") << base.arg(R"("ls_init_value": 0.1)", "") << "ls_init_value";
        QTest::newRow("timm") << base.arg(R"("timm_model_name": "convnext")", "") << "timm";
        QTest::newRow("hf text") << base.arg("", R"("hf_model_name": "xlm-roberta")") << "Hugging Face";
        QTest::newRow("not json") << "{nope" << "not valid JSON";
        QTest::newRow("not a model") << R"({"a": 1})" << "not an open_clip model config";
        QTest::newRow("heads") << base.arg("", R"("width": 100, "heads": 3)") << "not divisible";
    }
    void openClipConfigRejectsWhatClipftDoesNotBuild() {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        try {
            parseOpenClipConfig(json.toStdString(), "cfg.json");
            QFAIL("accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }

    void transformersConfigDefaults() {
        // openai/clip-vit-base-patch32 leaves most fields at transformers' defaults.
        const ClipConfig c = parseTransformersConfig(R"({"model_type": "clip", "text_config": {}, "vision_config": {}})", "config.json");
        QVERIFY(c.quick_gelu);
        QCOMPARE(c.embed_dim, 512);
        QCOMPARE(c.vision.patch_size, 32);
        QCOMPARE(c.vision.width, 768);
        QCOMPARE(c.text.width, 512);
        QCOMPARE(c.text.context_length, 77);
        QVERIFY_THROWS_EXCEPTION(Error, parseTransformersConfig(R"({"model_type": "siglip"})", "config.json"));
        // The older form: towers under *_config_dict, *_config null (e.g. early ViT-L-14 uploads).
        const ClipConfig legacy = parseTransformersConfig(
            R"({"model_type": "clip", "projection_dim": 768, "text_config": null, "vision_config": null,
                "text_config_dict": {"hidden_size": 768, "num_attention_heads": 12, "intermediate_size": 3072},
                "vision_config_dict": {"hidden_size": 1024, "num_hidden_layers": 24, "num_attention_heads": 16,
                                       "intermediate_size": 4096, "patch_size": 14}})",
            "config.json");
        QCOMPARE(legacy.text.width, 768);
        QCOMPARE(legacy.vision.layers, 24);
        QCOMPARE(legacy.vision.patch_size, 14);
    }
};

QTEST_GUILESS_MAIN(TestClipModel)
#include "tst_clip_model.moc"
