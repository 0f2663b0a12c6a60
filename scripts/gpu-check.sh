#!/usr/bin/env bash
# The GPU check: builds clipft's training numerics against the PyTorch installed on a GPU machine
# and runs clipft-gpu-check there (CUDA vs CPU numerics, fp16 and bf16 autocast, out-of-memory
# handling, `bench train` and `bench embed` on ViT-B-32), writing a report.
#
#   bash scripts/gpu-check.sh --prepare        # here, before sending the tree: copies the two
#                                              # header-only libraries into build-gpu-headers/
#   bash scripts/gpu-check.sh [--out DIR]      # there: build (a few minutes) + checks (report in DIR)
#   bash scripts/gpu-check.sh --dry-run        # print what it would build with, build nothing
#
# The GPU machine has PyTorch, CUDA, nvcc, CMake and ninja but no package registry: LibTorch comes
# from the installed torch package (torch.utils.cmake_prefix_path), nlohmann-json and xxHash from
# the system or from build-gpu-headers/ (carried with the tree), and nothing else is needed
# (CLIPFT_NUMERICS_ONLY). Options: CLIPFT_GPU_CHECK_ARGS (e.g. "--device cpu --quick"), Torch_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=run
out="${OUT:-gpu-check-out}"
while [ $# -gt 0 ]; do
  case "$1" in
    --prepare) mode=prepare ;;
    --dry-run) mode=dry-run ;;
    --out) out="$2"; shift ;;
    *) echo "usage: bash scripts/gpu-check.sh [--prepare | --dry-run] [--out DIR]" >&2; exit 2 ;;
  esac
  shift
done

say() { echo "clipft gpu-check: $*" >&2; }
fail() { echo "clipft gpu-check: error: $*" >&2; exit 1; }

headers_dir="$PWD/build-gpu-headers"
if [ "$mode" = prepare ]; then
  mkdir -p "$headers_dir/nlohmann"
  [ -f /usr/include/nlohmann/json.hpp ] || fail "nlohmann/json.hpp is not installed here (apt-get install nlohmann-json3-dev)"
  [ -f /usr/include/xxhash.h ] || fail "xxhash.h is not installed here (apt-get install libxxhash-dev)"
  cp /usr/include/nlohmann/json.hpp "$headers_dir/nlohmann/"
  cp /usr/include/xxhash.h "$headers_dir/"
  say "copied nlohmann/json.hpp and xxhash.h into build-gpu-headers/ (send it with the tree)"
  exit 0
fi

# LibTorch: Torch_DIR, else the installed torch package's CMake files.
torch_dir="${Torch_DIR:-}"
if [ -z "$torch_dir" ]; then
  prefix="$(python3 -c 'import torch.utils; print(torch.utils.cmake_prefix_path)' 2>/dev/null || true)"
  [ -n "$prefix" ] || fail "no LibTorch: install PyTorch (python3 -c 'import torch' fails) or set Torch_DIR"
  torch_dir="$prefix/Torch"
fi
[ -f "$torch_dir/TorchConfig.cmake" ] || fail "$torch_dir holds no TorchConfig.cmake"

# Header-only libraries: the system's, else the prepared copies.
headers_arg=()
if [ ! -f /usr/include/nlohmann/json.hpp ] || [ ! -f /usr/include/xxhash.h ]; then
  [ -f "$headers_dir/nlohmann/json.hpp" ] && [ -f "$headers_dir/xxhash.h" ] ||
    fail "nlohmann/json.hpp or xxhash.h missing: run 'bash scripts/gpu-check.sh --prepare' where they are installed"
  headers_arg=(-DCLIPFT_HEADERS_DIR="$headers_dir")
fi

generator=(-G Ninja)
command -v ninja >/dev/null 2>&1 || generator=()
cuda_args=()
if [ -x "${CUDA_HOME:-/usr/local/cuda}/bin/nvcc" ]; then
  cuda_args=(-DCMAKE_CUDA_COMPILER="${CUDA_HOME:-/usr/local/cuda}/bin/nvcc")
fi
configure=(cmake -S . -B build-gpu "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DCLIPFT_NUMERICS_ONLY=ON
           -DTorch_DIR="$torch_dir" "${headers_arg[@]}" "${cuda_args[@]}")
build=(cmake --build build-gpu --target clipft-gpu-check --parallel "$(nproc)")
check=(build-gpu/bin/clipft-gpu-check ${CLIPFT_GPU_CHECK_ARGS:-} --report "$out/gpu-check.md")

if [ "$mode" = dry-run ]; then
  echo "configure: ${configure[*]}"
  echo "build: ${build[*]}"
  echo "check: ${check[*]}"
  exit 0
fi

mkdir -p "$out"
start=$(date +%s)
# TORCH_CUDA_ARCH_LIST only quiets LibTorch's CMake: clipft compiles no CUDA kernels of its own.
TORCH_CUDA_ARCH_LIST="${TORCH_CUDA_ARCH_LIST:-9.0}" "${configure[@]}" > "$out/configure.log" 2>&1 ||
  { tail -30 "$out/configure.log" >&2; fail "configuring failed (log: $out/configure.log)"; }
"${build[@]}" > "$out/build.log" 2>&1 || { tail -30 "$out/build.log" >&2; fail "the build failed (log: $out/build.log)"; }
built=$(date +%s)
say "built in $((built - start)) s"
status=0
"${check[@]}" 2> >(tee "$out/check.log" >&2) || status=$?
say "checks took $(( $(date +%s) - built )) s; report: $out/gpu-check.md and $out/gpu-check.json"
exit $status
