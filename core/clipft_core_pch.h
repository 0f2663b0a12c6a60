// Precompiled header of clipft_core, the benchmarks, the CLI and the tests: the numerics' one plus
// OpenCV's core (which the numerics library must not need).
#pragma once
#include "core/clipft_pch.h"
#include <opencv2/core.hpp>
