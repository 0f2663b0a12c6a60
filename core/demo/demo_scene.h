// What one synthetic demo image shows, and how scenes are drawn at random for the two variants.
//
// generic:     one or two objects; captions name only shapes and colours. Sizes and grid cells vary
//              but are never mentioned, so a model trained on it learns to ignore them. Plain
//              backgrounds.
// specialised: what the generic model never had to tell apart: how many objects, how big, where,
//              where relative to each other, and the background texture. It uses a small subset of
//              the shapes and colours, so that many images share the same shapes and colours and
//              differ only in those attributes.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

enum class DemoVariant { Generic, Specialised };

enum class DemoShape { Circle, Square, Triangle, Star, Cross, Ring, Diamond, Hexagon };
enum class DemoColour { Red, Green, Blue, Yellow, Orange, Purple, Pink, Cyan, White };
enum class DemoSize { Small, Medium, Large };
enum class DemoTexture { Plain, Stripes, Checker, Dots, Noise };

// What the captions are about.
enum class DemoLayout {
    Objects,   // generic: one or two objects, shape and colour only
    Count,     // specialised: 1-4 identical objects ("three small yellow triangles")
    Position,  // specialised: one object in a named grid cell ("a large red circle in the top left corner")
    Relation,  // specialised: two objects of one shape and two colours, side by side or stacked
               // ("a red circle to the left of a blue circle")
};

// How objects[0] stands to objects[1] in a Relation scene.
enum class DemoRelation { LeftOf, RightOf, Above, Below };

using DemoRgb = std::array<uint8_t, 3>;  // R, G, B

struct DemoObject {
    DemoShape shape = DemoShape::Circle;
    DemoColour colour = DemoColour::Red;
    DemoSize size = DemoSize::Medium;
    int cell = 4;  // 3x3 grid, row-major: 0 top left, 4 centre, 8 bottom right
};

struct DemoBackground {
    DemoTexture texture = DemoTexture::Plain;
    DemoRgb base{{90, 90, 90}};      // neutral (low-saturation) tones only, so objects stand out by colour
    DemoRgb accent{{140, 140, 140}}; // the second tone of a texture
};

struct DemoScene {
    DemoVariant variant = DemoVariant::Generic;
    DemoLayout layout = DemoLayout::Objects;
    DemoBackground background;
    std::vector<DemoObject> objects;  // never two in one cell
    DemoRelation relation = DemoRelation::LeftOf;  // meaningful for DemoLayout::Relation only
};

// A scene drawn from the variant's distribution, fully determined by seed.
DemoScene sampleDemoScene(DemoVariant variant, uint64_t seed);

// The shapes and colours a variant draws from.
const std::vector<DemoShape>& demoShapes(DemoVariant variant);
const std::vector<DemoColour>& demoColours(DemoVariant variant);

const char* demoVariantName(DemoVariant variant);  // "generic", "specialised"
// Accepts "generic", "specialised" and "specialized"; throws clipft::Error naming the choices otherwise.
DemoVariant parseDemoVariant(const std::string& name);

const char* demoShapeName(DemoShape shape);              // "circle"
const char* demoShapePlural(DemoShape shape);            // "crosses"
const char* demoColourName(DemoColour colour);           // "red"
DemoRgb demoColourRgb(DemoColour colour);                // the exact fill colour
const char* demoSizeName(DemoSize size);                 // "small"
const char* demoTextureName(DemoTexture texture);        // "stripes"
int demoCellRow(int cell);
int demoCellColumn(int cell);

}  // namespace clipft
