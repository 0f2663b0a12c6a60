// Precompiled header for clipft_core and the tests that use LibTorch: the LibTorch headers alone
// take ~30 s per translation unit on a 2-core machine.
#pragma once
#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <string>
#include <vector>
#include <memory>
#include <map>
