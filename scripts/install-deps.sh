#!/usr/bin/env bash
# Installs the Debian 12 packages clipft builds and runs with. Safe to run again:
# when everything is present it returns at once (the fast path).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  libtorch-dev libopenblas0-pthread          # LibTorch (CPU) + a fast BLAS (see DESIGN.md)
  libopencv-dev                              # image decoding and resampling
  libjpeg-dev                                # libjpeg itself, for CMYK JPEGs as PIL reads them
  libgif-dev                                 # giflib: GIF files (OpenCV 4.6 does not read them)
  libwebp-dev                                # libwebpdemux: animated WebP files (OpenCV reads still ones)
  libsentencepiece-dev sentencepiece         # sentencepiece tokenizer (behind the bridge) + trainer
  libsqlite3-dev nlohmann-json3-dev zlib1g-dev libicu-dev libxxhash-dev
  libfaiss-dev                               # FAISS: the comparison in clipft bench search
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev libqt6svg6   # libqt6svg6: SVG icons
  xvfb xauth imagemagick                     # screenshots of the GUI under Xvfb
  poppler-utils                              # pdftoppm: the Runs page's test renders the report PDF
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "clipft: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
