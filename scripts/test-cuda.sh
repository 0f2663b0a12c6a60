#!/usr/bin/env bash
# The CUDA build's tests, run on the CPU: builds build-cuda/ with scripts/build-cuda.sh (LibTorch
# 2.x with CUDA), then runs every test it has (all but Studio's) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-cuda.sh
cd build-cuda
# A timing measurement (the GUI tests' event-loop latency) on a shared 2-core machine gets one retry.
ctest --output-on-failure --timeout 1200 --repeat until-pass:2 "$@"
