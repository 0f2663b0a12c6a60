#!/usr/bin/env bash
# Builds clipft against a current LibTorch with CUDA in ./build-cuda: the core, the `clipft` command
# line and the core tests (no GUI). The build runs on the CPU too, so it can be built and tested on
# a machine without a GPU.
#
#   bash scripts/build-cuda.sh                 # fetches the pinned torch wheel's LibTorch (below)
#   Torch_DIR=/opt/libtorch/share/cmake/Torch bash scripts/build-cuda.sh   # an unpacked official LibTorch
#
# What it fetches, into ${CLIPFT_CACHE:-~/.cache/clipft} (once; every file is checked by hash):
#   - PyPI's torch wheel, whose LibTorch (headers, libraries, CMake package) is all it uses of it;
#   - the few CUDA libraries that wheel links and a CUDA toolkit does not ship (cuSPARSELt, NVSHMEM,
#     cuFile). They are unpacked beside torch/ as in site-packages, where the wheel's RPATH finds them.
# It needs the CUDA 13 toolkit (nvcc, cuBLAS, cuDNN, NCCL ...) under $CUDA_HOME (default
# /usr/local/cuda): LibTorch's CMake package looks for it, and it provides the rest of the libraries.
# Extra CMake options pass through, e.g. bash scripts/build-cuda.sh -DCLIPFT_BUILD_TESTS=OFF
set -euo pipefail
cd "$(dirname "$0")/.."

TORCH_VERSION=2.11.0
TORCH_WHEEL=torch-2.11.0-cp311-cp311-manylinux_2_28_x86_64.whl
TORCH_SHA256=7aa2f9bbc6d4595ba72138026b2074be1233186150e9292865e04b7a63b8c67a
TORCH_CUDA_MAJOR=13
# name==version  wheel file  sha256 (the versions torch 2.11.0's metadata asks for)
EXTRA_CUDA_WHEELS=(
  "nvidia-cusparselt-cu13==0.8.0 nvidia_cusparselt_cu13-0.8.0-py3-none-manylinux2014_x86_64.whl 25e30a8a7323935d4ad0340b95a0b69926eee755767e8e0b1cf8dd85b197d3fd"
  "nvidia-nvshmem-cu13==3.4.5 nvidia_nvshmem_cu13-3.4.5-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl 290f0a2ee94c9f3687a02502f3b9299a9f9fe826e6d0287ee18482e78d495b80"
  "nvidia-cufile==1.15.1.6 nvidia_cufile-1.15.1.6-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl 08a3ecefae5a01c7f5117351c64f17c7c62efa5fffdbe24fc7d298da19cd0b44"
)

say() { echo "clipft build-cuda: $*" >&2; }
fail() { echo "clipft build-cuda: error: $*" >&2; exit 1; }

# The Debian packages the core needs (OpenCV, SQLite, sentencepiece, ...); LibTorch comes from below.
bash scripts/install-deps.sh
python3 -m pip --version >/dev/null 2>&1 || fail "pip is needed to fetch the torch wheel (apt-get install python3-pip)"

CUDA_HOME="${CUDA_HOME:-/usr/local/cuda}"
NVCC="$CUDA_HOME/bin/nvcc"
[ -x "$NVCC" ] || fail "no CUDA toolkit at $CUDA_HOME (no bin/nvcc). Install the CUDA $TORCH_CUDA_MAJOR toolkit, or set CUDA_HOME."
cuda_release="$("$NVCC" --version | sed -n 's/.*release \([0-9]*\)\.\([0-9]*\).*/\1.\2/p')"
say "CUDA toolkit $cuda_release at $CUDA_HOME"

cache="${CLIPFT_CACHE:-$HOME/.cache/clipft}"
# Check the file's hash; a partial or altered download is removed, never used.
fetch_wheel() {  # requirement wheel-file sha256
  local requirement="$1" file="$2" sha="$3" dir="$cache/wheels"
  mkdir -p "$dir"
  if [ ! -f "$dir/$file" ] || ! echo "$sha  $dir/$file" | sha256sum --check --status; then
    rm -f "$dir/$file"
    say "fetching $requirement"
    # Every platform tag the pinned wheels carry: pip matches --platform exactly.
    python3 -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.11 \
      --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
      --dest "$dir" "$requirement"
    echo "$sha  $dir/$file" | sha256sum --check --status ||
      { rm -f "$dir/$file"; fail "$file does not have the expected sha256 $sha"; }
  fi
  echo "$dir/$file"
}
# Unpack only the listed members; a finished unpack leaves a stamp, an interrupted one is redone.
unpack_wheel() {  # wheel destination members...
  local wheel="$1" dest="$2"; shift 2
  local stamp="$dest/.unpacked-$(basename "$wheel")"
  [ -f "$stamp" ] && return 0
  mkdir -p "$dest"
  python3 - "$wheel" "$dest" "$@" <<'EOF'
import sys, zipfile, fnmatch
wheel, dest, patterns = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if any(fnmatch.fnmatch(name, p) for p in patterns):
            z.extract(name, dest)
EOF
  touch "$stamp"
}

if [ -n "${Torch_DIR:-}" ]; then
  torch_dir="$Torch_DIR"
  [ -f "$torch_dir/TorchConfig.cmake" ] || fail "Torch_DIR=$torch_dir holds no TorchConfig.cmake"
  say "using the LibTorch at $torch_dir"
else
  site="$cache/libtorch-$TORCH_VERSION-cu$TORCH_CUDA_MAJOR"
  [ "${cuda_release%%.*}" = "$TORCH_CUDA_MAJOR" ] ||
    fail "torch $TORCH_VERSION is built for CUDA $TORCH_CUDA_MAJOR, but the toolkit at $CUDA_HOME is $cuda_release"
  wheel="$(fetch_wheel "torch==$TORCH_VERSION" "$TORCH_WHEEL" "$TORCH_SHA256" | tail -1)"
  unpack_wheel "$wheel" "$site" 'torch/include/*' 'torch/lib/*' 'torch/share/*'
  for entry in "${EXTRA_CUDA_WHEELS[@]}"; do
    read -r requirement file sha <<<"$entry"
    wheel="$(fetch_wheel "$requirement" "$file" "$sha" | tail -1)"
    unpack_wheel "$wheel" "$site" 'nvidia/*.so*'
  done
  torch_dir="$site/torch/share/cmake/Torch"
  # Every library LibTorch links must now be found: in the wheel's RPATH folders or the system's.
  missing="$(for lib in "$site"/torch/lib/libtorch_cuda.so "$site"/torch/lib/libtorch.so; do
               LD_LIBRARY_PATH="$CUDA_HOME/lib64:$CUDA_HOME/lib" ldd "$lib" | grep 'not found' || true
             done | sort -u)"
  [ -z "$missing" ] || fail "LibTorch needs libraries that are not here:
$missing"
  say "LibTorch $TORCH_VERSION at $site/torch"
fi

if [ -d /usr/lib/ccache ]; then export PATH="/usr/lib/ccache:$PATH"; fi
# CLIPFT_TORCH_FLAVOR names the build in the cache-friendly way; CUDA libraries come from the
# toolkit folder at run time too (rpath), so the programs start without LD_LIBRARY_PATH.
cmake -S . -B build-cuda -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DTorch_DIR="$torch_dir" -DCUDAToolkit_ROOT="$CUDA_HOME" -DCMAKE_CUDA_COMPILER="$NVCC" \
  -DCLIPFT_BUILD_GUI=OFF -DCLIPFT_WITH_FAISS=OFF -DCMAKE_BUILD_RPATH="$CUDA_HOME/lib64" "$@"
cmake --build build-cuda --parallel "$(nproc)"
say "built build-cuda/bin/clipft ($(build-cuda/bin/clipft --version | head -1))"
