#include "core/demo/demo_captioner.h"

#include "core/demo/demo_random.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace clipft {

namespace {

using Phrases = std::vector<std::string>;

// "" twice: a bare description is as common as any framing.
const Phrases kPrefixes{"", "", "a photo of ", "a picture of ", "an image of ", "a drawing of "};
const Phrases kJoiners{" and ", " with "};

const Phrases& sizeWords(DemoSize size) {
    static const Phrases words[] = {
        {"small", "tiny", "little"}, {"medium", "medium-sized", "mid-sized"}, {"large", "big"}};
    return words[static_cast<int>(size)];
}

const Phrases& countWords(int count) {  // count 2..4; one object is "a"/"one"/"a single"
    static const Phrases words[] = {{"two", "2"}, {"three", "3"}, {"four", "4"}};
    return words[count - 2];
}
const Phrases kOneWords{"a", "one", "a single"};

const Phrases& cellPhrases(int cell) {
    static const Phrases phrases[] = {
        {"in the top left corner", "at the top left", "in the upper left corner"},
        {"at the top", "at the top center", "in the top middle"},
        {"in the top right corner", "at the top right", "in the upper right corner"},
        {"on the left", "at the left", "in the middle left"},
        {"in the center", "in the middle", "at the center"},
        {"on the right", "at the right", "in the middle right"},
        {"in the bottom left corner", "at the bottom left", "in the lower left corner"},
        {"at the bottom", "at the bottom center", "in the bottom middle"},
        {"in the bottom right corner", "at the bottom right", "in the lower right corner"},
    };
    return phrases[cell];
}

const Phrases& relationPhrases(DemoRelation relation) {
    static const Phrases phrases[] = {
        {"to the left of", "left of", "on the left of"},
        {"to the right of", "right of", "on the right of"},
        {"above", "over"},
        {"below", "under", "beneath"},
    };
    return phrases[static_cast<int>(relation)];
}

DemoRelation converse(DemoRelation relation) {
    switch (relation) {
    case DemoRelation::LeftOf: return DemoRelation::RightOf;
    case DemoRelation::RightOf: return DemoRelation::LeftOf;
    case DemoRelation::Above: return DemoRelation::Below;
    case DemoRelation::Below: return DemoRelation::Above;
    }
    return relation;
}

const Phrases& texturePhrases(DemoTexture texture) {
    static const Phrases phrases[] = {
        {"on a plain background", "on a blank background"},
        {"on a striped background", "on stripes", "against a striped background"},
        {"on a checkered background", "on a checkerboard", "on a checkerboard background"},
        {"on a dotted background", "on a polka-dot background", "on dots"},
        {"on a noisy background", "on a speckled background", "on a grainy background"},
    };
    return phrases[static_cast<int>(texture)];
}

std::string withArticle(const std::string& words) {
    const char first = words.empty() ? 'x' : words[0];
    const bool vowel = first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
    return (vowel ? "an " : "a ") + words;
}

// "a large red circle" / "a red circle" (size omitted when withSize is false).
std::string objectPhrase(const DemoObject& object, bool withSize, DemoRandom& rng) {
    std::string words = std::string(demoColourName(object.colour)) + " " + demoShapeName(object.shape);
    if (withSize) words = rng.pick(sizeWords(object.size)) + " " + words;
    return withArticle(words);
}

std::string genericCaption(const DemoScene& scene, DemoRandom& rng) {
    std::vector<DemoObject> objects = scene.objects;
    rng.shuffle(objects);  // "a red circle and a blue square" = "a blue square and a red circle"
    std::string text;
    for (size_t i = 0; i < objects.size(); ++i) {
        if (i > 0) text += rng.pick(kJoiners);
        text += objectPhrase(objects[i], false, rng);
    }
    return rng.pick(kPrefixes) + text;
}

std::string countCaption(const DemoScene& scene, DemoRandom& rng) {
    const DemoObject& object = scene.objects.front();
    const int count = static_cast<int>(scene.objects.size());
    const std::string size = rng.pick(sizeWords(object.size));
    const std::string colour = demoColourName(object.colour);
    if (count == 1) {
        const std::string one = rng.pick(kOneWords);
        const std::string words = size + " " + colour + " " + demoShapeName(object.shape);
        return one == "a" ? withArticle(words) : one + " " + words;
    }
    return rng.pick(countWords(count)) + " " + size + " " + colour + " " + demoShapePlural(object.shape);
}

std::string positionCaption(const DemoScene& scene, DemoRandom& rng) {
    const DemoObject& object = scene.objects.front();
    return objectPhrase(object, true, rng) + " " + rng.pick(cellPhrases(object.cell));
}

std::string relationCaption(const DemoScene& scene, DemoRandom& rng) {
    const DemoObject& a = scene.objects[0];
    const DemoObject& b = scene.objects[1];
    // Either way round: "a red circle left of a blue square" = "a blue square right of a red circle".
    if (rng.chance(0.5))
        return objectPhrase(a, false, rng) + " " + rng.pick(relationPhrases(scene.relation)) + " " +
               objectPhrase(b, false, rng);
    return objectPhrase(b, false, rng) + " " + rng.pick(relationPhrases(converse(scene.relation))) + " " +
           objectPhrase(a, false, rng);
}

std::string specialisedCaption(const DemoScene& scene, DemoRandom& rng) {
    std::string body;
    switch (scene.layout) {
    case DemoLayout::Count: body = countCaption(scene, rng); break;
    case DemoLayout::Position: body = positionCaption(scene, rng); break;
    case DemoLayout::Relation: body = relationCaption(scene, rng); break;
    case DemoLayout::Objects: body = genericCaption(scene, rng); break;
    }
    // A texture is a specialised attribute and always named; "plain" only sometimes, as people do.
    if (scene.background.texture != DemoTexture::Plain || rng.chance(0.5))
        body += " " + rng.pick(texturePhrases(scene.background.texture));
    return rng.pick(kPrefixes) + body;
}

void addWords(std::set<std::string>& vocabulary, const std::string& phrase) {
    std::istringstream words(phrase);
    for (std::string word; words >> word;) vocabulary.insert(word);
}

}  // namespace

std::vector<std::string> captionDemoScene(const DemoScene& scene, uint64_t seed) {
    DemoRandom rng(seed);
    const size_t wanted = static_cast<size_t>(rng.uniformInt(1, 5));
    std::vector<std::string> captions;
    // A one-object generic scene has only a dozen phrasings; give up on duplicates after a while.
    for (int attempt = 0; attempt < 64 && captions.size() < wanted; ++attempt) {
        std::string caption =
            scene.variant == DemoVariant::Generic ? genericCaption(scene, rng) : specialisedCaption(scene, rng);
        if (std::find(captions.begin(), captions.end(), caption) == captions.end())
            captions.push_back(std::move(caption));
    }
    return captions;
}

std::vector<std::string> demoCaptionVocabulary() {
    std::set<std::string> vocabulary{"a", "an"};
    for (const auto* phrases : {&kPrefixes, &kJoiners, &kOneWords})
        for (const auto& phrase : *phrases) addWords(vocabulary, phrase);
    for (DemoVariant variant : {DemoVariant::Generic, DemoVariant::Specialised}) {
        for (DemoShape shape : demoShapes(variant)) vocabulary.insert(demoShapeName(shape));
        for (DemoColour colour : demoColours(variant)) vocabulary.insert(demoColourName(colour));
    }
    // Plurals come only with counts, which only the specialised variant has.
    for (DemoShape shape : demoShapes(DemoVariant::Specialised)) vocabulary.insert(demoShapePlural(shape));
    for (int i = 0; i < 3; ++i)
        for (const auto& phrase : sizeWords(static_cast<DemoSize>(i))) addWords(vocabulary, phrase);
    for (int count = 2; count <= 4; ++count)
        for (const auto& phrase : countWords(count)) addWords(vocabulary, phrase);
    for (int cell = 0; cell < 9; ++cell)
        for (const auto& phrase : cellPhrases(cell)) addWords(vocabulary, phrase);
    for (int i = 0; i < 4; ++i)
        for (const auto& phrase : relationPhrases(static_cast<DemoRelation>(i))) addWords(vocabulary, phrase);
    for (int i = 0; i <= static_cast<int>(DemoTexture::Noise); ++i)
        for (const auto& phrase : texturePhrases(static_cast<DemoTexture>(i))) addWords(vocabulary, phrase);
    return {vocabulary.begin(), vocabulary.end()};
}

}  // namespace clipft
