// Draws a demo scene with OpenCV: a textured or plain background, then anti-aliased shapes, each
// slightly moved, scaled and turned so that no two images of one scene are alike.
#pragma once
#include "core/demo/demo_scene.h"

#include <opencv2/core.hpp>

#include <cstdint>

namespace clipft {

// The nominal width of an object of this size, as a fraction of the image side. The grid cell is a
// third of the side, so even a large object with its jitter stays inside its cell.
double demoSizeFraction(DemoSize size);

// [image_size, image_size] CV_8UC3 in R, G, B order (not OpenCV's BGR), like decodeImageFile() gives.
// Deterministic in (scene, image_size, seed). Throws clipft::Error for image_size below 16 or above 4096.
cv::Mat renderDemoScene(const DemoScene& scene, int image_size, uint64_t seed);

}  // namespace clipft
