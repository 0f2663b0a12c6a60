#include "core/demo/demo_renderer.h"

#include "core/common/error.h"
#include "core/demo/demo_random.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <string>
#include <vector>

namespace clipft {

namespace {

constexpr int kShift = 4;  // sub-pixel bits for OpenCV's drawing: shapes are placed to 1/16 pixel
constexpr double kSubpixel = 1 << kShift;
constexpr double kPi = 3.14159265358979323846;

cv::Scalar toScalar(const DemoRgb& rgb) { return cv::Scalar(rgb[0], rgb[1], rgb[2]); }

cv::Point fixedPoint(double x, double y) {
    return cv::Point(static_cast<int>(std::lround(x * kSubpixel)), static_cast<int>(std::lround(y * kSubpixel)));
}

// The outline of a shape in units of half its nominal width, centred on the origin, y down.
std::vector<cv::Point2d> unitOutline(DemoShape shape) {
    std::vector<cv::Point2d> points;
    switch (shape) {
    case DemoShape::Square:
        points = {{-0.85, -0.85}, {0.85, -0.85}, {0.85, 0.85}, {-0.85, 0.85}};
        break;
    case DemoShape::Triangle:
        points = {{0.0, -0.85}, {0.95, 0.85}, {-0.95, 0.85}};
        break;
    case DemoShape::Star:
        for (int i = 0; i < 10; ++i) {
            const double angle = -kPi / 2 + i * kPi / 5;
            const double radius = i % 2 == 0 ? 1.0 : 0.45;
            points.emplace_back(radius * std::cos(angle), radius * std::sin(angle) + 0.095);  // centre the box
        }
        break;
    case DemoShape::Cross: {
        const double a = 0.32, b = 1.0;
        points = {{-a, -b}, {a, -b}, {a, -a}, {b, -a}, {b, a},   {a, a},
                  {a, b},   {-a, b}, {-a, a}, {-b, a}, {-b, -a}, {-a, -a}};
        break;
    }
    case DemoShape::Diamond:
        points = {{0.0, -1.0}, {0.68, 0.0}, {0.0, 1.0}, {-0.68, 0.0}};
        break;
    case DemoShape::Hexagon:
        for (int i = 0; i < 6; ++i) points.emplace_back(std::cos(i * kPi / 3), std::sin(i * kPi / 3));
        break;
    case DemoShape::Circle:
    case DemoShape::Ring:
        break;  // drawn as circles
    }
    return points;
}

void drawObject(cv::Mat& image, const DemoObject& object, DemoRandom& rng) {
    const double side = image.cols;
    const double cell = side / 3.0;
    const double width = demoSizeFraction(object.size) * side * rng.uniform(0.93, 1.07);
    // Wander inside the cell, never across its border (objects in neighbouring cells stay apart).
    const double slack = std::max(0.0, (cell - width) / 2.0) * 0.6;
    const double cx = (demoCellColumn(object.cell) + 0.5) * cell + rng.uniform(-slack, slack);
    const double cy = (demoCellRow(object.cell) + 0.5) * cell + rng.uniform(-slack, slack);
    const double angle = rng.uniform(-12.0, 12.0) * kPi / 180.0;  // small: a square must not become a diamond
    const double half = width / 2.0;
    const cv::Scalar colour = toScalar(demoColourRgb(object.colour));

    if (object.shape == DemoShape::Circle) {
        cv::circle(image, fixedPoint(cx, cy), static_cast<int>(std::lround(half * kSubpixel)), colour, cv::FILLED,
                   cv::LINE_AA, kShift);
        return;
    }
    if (object.shape == DemoShape::Ring) {
        const int thickness = std::max(2, static_cast<int>(std::lround(0.35 * half)));
        cv::circle(image, fixedPoint(cx, cy), static_cast<int>(std::lround((half - thickness / 2.0) * kSubpixel)),
                   colour, thickness, cv::LINE_AA, kShift);
        return;
    }
    const double c = std::cos(angle), s = std::sin(angle);
    std::vector<cv::Point> polygon;
    for (const cv::Point2d& p : unitOutline(object.shape))
        polygon.push_back(fixedPoint(cx + half * (c * p.x - s * p.y), cy + half * (s * p.x + c * p.y)));
    cv::fillPoly(image, std::vector<std::vector<cv::Point>>{polygon}, colour, cv::LINE_AA, kShift);
}

// Blends accent over base by `coverage` (in [0, 1]; noise also goes to -1, away from the accent).
cv::Vec3b mix(const DemoRgb& base, const DemoRgb& accent, double coverage) {
    cv::Vec3b out;
    for (int c = 0; c < 3; ++c)
        out[c] = cv::saturate_cast<uint8_t>(base[c] + (accent[c] - base[c]) * coverage);
    return out;
}

// A two-tone pattern given by inAccent(x, y) on the continuous plane, with 4x4 supersampling so
// stripe and checker edges are smooth at any angle.
template <typename InAccent>
void fillPattern(cv::Mat& image, const DemoBackground& background, InAccent inAccent) {
    for (int y = 0; y < image.rows; ++y) {
        auto* row = image.ptr<cv::Vec3b>(y);
        for (int x = 0; x < image.cols; ++x) {
            int hits = 0;
            for (int sy = 0; sy < 4; ++sy)
                for (int sx = 0; sx < 4; ++sx) hits += inAccent(x + (sx + 0.5) / 4.0, y + (sy + 0.5) / 4.0) ? 1 : 0;
            row[x] = mix(background.base, background.accent, hits / 16.0);
        }
    }
}

void drawBackground(cv::Mat& image, const DemoBackground& background, DemoRandom& rng) {
    const double side = image.cols;
    image.setTo(toScalar(background.base));
    // Pattern scale follows the image so a 224-pixel render looks like a 64-pixel one, only sharper.
    const double period = side / 8.0 * rng.uniform(0.85, 1.15);
    const double phaseX = rng.uniform(0.0, period), phaseY = rng.uniform(0.0, period);
    switch (background.texture) {
    case DemoTexture::Plain:
        break;
    case DemoTexture::Stripes: {
        static const double directions[4][2] = {{0, 1}, {1, 0}, {0.70710678, 0.70710678}, {0.70710678, -0.70710678}};
        const double* d = directions[rng.uniformInt(4)];
        fillPattern(image, background, [&](double x, double y) {
            const double t = x * d[0] + y * d[1] + phaseX;
            return t - std::floor(t / period) * period < period / 2;
        });
        break;
    }
    case DemoTexture::Checker: {
        const double square = period / 2;
        fillPattern(image, background, [&](double x, double y) {
            const long ix = static_cast<long>(std::floor((x + phaseX) / square));
            const long iy = static_cast<long>(std::floor((y + phaseY) / square));
            return ((ix + iy) & 1) == 0;
        });
        break;
    }
    case DemoTexture::Dots: {
        const double radius = period * 0.25;  // smaller dots turn into plus signs at 64 pixels
        const cv::Scalar accent = toScalar(background.accent);
        for (double y = -period + phaseY; y < side + period; y += period) {
            const bool odd = static_cast<long>(std::lround((y - phaseY) / period)) % 2 != 0;
            for (double x = -period + phaseX + (odd ? period / 2 : 0); x < side + period; x += period)
                cv::circle(image, fixedPoint(x, y), static_cast<int>(std::lround(radius * kSubpixel)), accent,
                           cv::FILLED, cv::LINE_AA, kShift);
        }
        break;
    }
    case DemoTexture::Noise: {
        // Grain of one or two pixels, between base and base +/- the accent's distance.
        const int grain = std::max(1, static_cast<int>(side / 64.0 * rng.uniformInt(1, 2)));
        for (int by = 0; by < image.rows; by += grain)
            for (int bx = 0; bx < image.cols; bx += grain) {
                const cv::Vec3b value = mix(background.base, background.accent, rng.uniform(-1.0, 1.0));
                for (int y = by; y < std::min(by + grain, image.rows); ++y)
                    for (int x = bx; x < std::min(bx + grain, image.cols); ++x) image.at<cv::Vec3b>(y, x) = value;
            }
        break;
    }
    }
}

}  // namespace

double demoSizeFraction(DemoSize size) {
    static const double fractions[] = {0.13, 0.20, 0.26};
    return fractions[static_cast<int>(size)];
}

cv::Mat renderDemoScene(const DemoScene& scene, int image_size, uint64_t seed) {
    if (image_size < 16 || image_size > 4096)
        throw Error("demo image size " + std::to_string(image_size) + " is out of range: choose 16 to 4096 pixels");
    DemoRandom rng(seed);
    cv::Mat image(image_size, image_size, CV_8UC3);
    drawBackground(image, scene.background, rng);
    for (const DemoObject& object : scene.objects) drawObject(image, object, rng);
    return image;
}

}  // namespace clipft
