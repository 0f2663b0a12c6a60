// Precompiled header of the training numerics (and, through clipft_core_pch.h, of everything that
// uses LibTorch): the LibTorch headers alone take ~30 s per translation unit on a 2-core machine.
#pragma once
#include <torch/torch.h>
#include <string>
#include <vector>
#include <memory>
#include <map>
