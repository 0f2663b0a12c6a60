#include "core/demo/demo_scene.h"

#include "core/common/error.h"
#include "core/demo/demo_random.h"

#include <algorithm>

namespace clipft {

namespace {

DemoBackground sampleBackground(DemoRandom& rng, DemoTexture texture) {
    DemoBackground background;
    background.texture = texture;
    // Dark-to-mid greys with a faint tint: every object colour (white included) stays far from them.
    const int level = rng.uniformInt(40, 130);
    for (auto& channel : background.base) channel = static_cast<uint8_t>(level + rng.uniformInt(-8, 8));
    const int contrast = rng.uniformInt(35, 55) * (level < 85 || rng.chance(0.5) ? 1 : -1);
    for (size_t c = 0; c < 3; ++c)
        background.accent[c] = static_cast<uint8_t>(std::clamp(background.base[c] + contrast, 0, 255));
    return background;
}

DemoSize sampleSize(DemoRandom& rng) { return static_cast<DemoSize>(rng.uniformInt(3)); }

// n distinct cells of the 3x3 grid.
std::vector<int> sampleCells(DemoRandom& rng, int n) {
    std::vector<int> cells{0, 1, 2, 3, 4, 5, 6, 7, 8};
    rng.shuffle(cells);
    cells.resize(static_cast<size_t>(n));
    return cells;
}

DemoScene sampleGeneric(DemoRandom& rng) {
    DemoScene scene;
    scene.variant = DemoVariant::Generic;
    scene.layout = DemoLayout::Objects;
    scene.background = sampleBackground(rng, DemoTexture::Plain);
    const int n = rng.chance(0.5) ? 1 : 2;
    const std::vector<int> cells = sampleCells(rng, n);
    const auto& shapes = demoShapes(DemoVariant::Generic);
    const auto& colours = demoColours(DemoVariant::Generic);
    for (int i = 0; i < n; ++i) {
        DemoObject object;
        // Two objects with the same shape and colour would need a count word ("two red circles"),
        // which is exactly what the generic captions must not teach.
        do {
            object.shape = rng.pick(shapes);
            object.colour = rng.pick(colours);
        } while (i == 1 && object.shape == scene.objects[0].shape && object.colour == scene.objects[0].colour);
        object.size = sampleSize(rng);
        object.cell = cells[static_cast<size_t>(i)];
        scene.objects.push_back(object);
    }
    return scene;
}

DemoScene sampleSpecialised(DemoRandom& rng) {
    DemoScene scene;
    scene.variant = DemoVariant::Specialised;
    scene.background = sampleBackground(rng, static_cast<DemoTexture>(rng.uniformInt(5)));
    const auto& shapes = demoShapes(DemoVariant::Specialised);
    const auto& colours = demoColours(DemoVariant::Specialised);
    scene.layout = static_cast<DemoLayout>(1 + rng.weighted({0.4, 0.4, 0.2}));  // Count, Position, Relation
    switch (scene.layout) {
    case DemoLayout::Count:
    case DemoLayout::Position: {
        const int n = scene.layout == DemoLayout::Count ? rng.uniformInt(1, 4) : 1;
        DemoObject object;
        object.shape = rng.pick(shapes);
        object.colour = rng.pick(colours);
        object.size = sampleSize(rng);
        for (int cell : sampleCells(rng, n)) {
            object.cell = cell;
            scene.objects.push_back(object);
        }
        break;
    }
    case DemoLayout::Relation: {
        DemoObject a, b;
        // One shape for both: "a red circle left of a blue circle". With the colours alone telling
        // the two apart, a shape-and-colour model sees a few dozen distinct relation scenes, not
        // hundreds, and must learn which side each colour is on.
        a.shape = b.shape = rng.pick(shapes);
        a.colour = rng.pick(colours);
        do b.colour = rng.pick(colours);  // different colours keep "the red one" unambiguous
        while (b.colour == a.colour);
        a.size = sampleSize(rng);
        b.size = sampleSize(rng);
        scene.relation = static_cast<DemoRelation>(rng.uniformInt(4));
        // Same row (left/right) or same column (above/below), two different lines across it.
        const int line = rng.uniformInt(3);
        std::vector<int> steps{0, 1, 2};
        rng.shuffle(steps);
        const int first = std::min(steps[0], steps[1]), second = std::max(steps[0], steps[1]);
        const bool horizontal = scene.relation == DemoRelation::LeftOf || scene.relation == DemoRelation::RightOf;
        const bool aFirst = scene.relation == DemoRelation::LeftOf || scene.relation == DemoRelation::Above;
        auto cellAt = [&](int step) { return horizontal ? line * 3 + step : step * 3 + line; };
        a.cell = cellAt(aFirst ? first : second);
        b.cell = cellAt(aFirst ? second : first);
        scene.objects = {a, b};
        break;
    }
    case DemoLayout::Objects:
        break;  // not drawn for this variant
    }
    return scene;
}

}  // namespace

DemoScene sampleDemoScene(DemoVariant variant, uint64_t seed) {
    DemoRandom rng(seed);
    return variant == DemoVariant::Generic ? sampleGeneric(rng) : sampleSpecialised(rng);
}

const std::vector<DemoShape>& demoShapes(DemoVariant variant) {
    static const std::vector<DemoShape> generic{DemoShape::Circle, DemoShape::Square, DemoShape::Triangle,
                                                DemoShape::Star,   DemoShape::Cross,  DemoShape::Ring,
                                                DemoShape::Diamond, DemoShape::Hexagon};
    // Few shapes and colours: each combination recurs in many images that differ only in count,
    // size, position, relation and texture, which a shape-and-colour model cannot rank.
    static const std::vector<DemoShape> specialised{DemoShape::Circle, DemoShape::Square, DemoShape::Triangle};
    return variant == DemoVariant::Generic ? generic : specialised;
}

const std::vector<DemoColour>& demoColours(DemoVariant variant) {
    static const std::vector<DemoColour> generic{DemoColour::Red,    DemoColour::Green,  DemoColour::Blue,
                                                 DemoColour::Yellow, DemoColour::Orange, DemoColour::Purple,
                                                 DemoColour::Pink,   DemoColour::Cyan,   DemoColour::White};
    static const std::vector<DemoColour> specialised{DemoColour::Red, DemoColour::Green, DemoColour::Blue,
                                                     DemoColour::Yellow};
    return variant == DemoVariant::Generic ? generic : specialised;
}

const char* demoVariantName(DemoVariant variant) {
    return variant == DemoVariant::Generic ? "generic" : "specialised";
}

DemoVariant parseDemoVariant(const std::string& name) {
    if (name == "generic") return DemoVariant::Generic;
    if (name == "specialised" || name == "specialized") return DemoVariant::Specialised;
    throw Error("unknown demo data variant '" + name + "': choose generic or specialised");
}

const char* demoShapeName(DemoShape shape) {
    static const char* names[] = {"circle", "square", "triangle", "star", "cross", "ring", "diamond", "hexagon"};
    return names[static_cast<int>(shape)];
}

const char* demoShapePlural(DemoShape shape) {
    static const char* names[] = {"circles", "squares", "triangles", "stars",
                                  "crosses", "rings",   "diamonds",  "hexagons"};
    return names[static_cast<int>(shape)];
}

const char* demoColourName(DemoColour colour) {
    static const char* names[] = {"red", "green", "blue", "yellow", "orange", "purple", "pink", "cyan", "white"};
    return names[static_cast<int>(colour)];
}

DemoRgb demoColourRgb(DemoColour colour) {
    // Saturated (or, for white, bright) so that no background tone comes near any of them, and far
    // enough from each other to be told apart at 64x64 after anti-aliasing.
    static const DemoRgb rgb[] = {
        {{225, 30, 30}},   {{40, 185, 50}},   {{40, 90, 235}},  {{245, 220, 30}}, {{250, 140, 20}},
        {{150, 50, 205}},  {{250, 120, 195}}, {{30, 215, 225}}, {{245, 245, 245}},
    };
    return rgb[static_cast<int>(colour)];
}

const char* demoSizeName(DemoSize size) {
    static const char* names[] = {"small", "medium", "large"};
    return names[static_cast<int>(size)];
}

const char* demoTextureName(DemoTexture texture) {
    static const char* names[] = {"plain", "stripes", "checker", "dots", "noise"};
    return names[static_cast<int>(texture)];
}

int demoCellRow(int cell) { return cell / 3; }
int demoCellColumn(int cell) { return cell % 3; }

}  // namespace clipft
