#!/usr/bin/env bash
# clipft search and compare checked against open_clip itself (scripts/openclip_search_check.py):
# installs open_clip 3.3.0 on Debian's PyTorch 1.13 in a virtual environment (once), then runs the
# check with the arguments given, e.g.
#
#   bash scripts/openclip-check.sh --model CLIP_DIR [--model-b DIR] --images PHOTOS --queries Q.txt
#   bash scripts/openclip-check.sh --write-random-model DIR [--config ViT-B-32] [--seed S]
#
# The environment lives in ${CLIPFT_OPENCLIP_VENV:-~/.cache/clipft/openclip-venv}; clipft itself
# must be built (bash scripts/build.sh), or named with --clipft PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${CLIPFT_OPENCLIP_VENV:-$HOME/.cache/clipft/openclip-venv}"

if ! "$venv/bin/python" -c "import open_clip, safetensors, ftfy" 2>/dev/null; then
  echo "openclip-check: installing open_clip 3.3.0 on Debian's PyTorch into $venv" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    python3-torch python3-torchvision python3-pil python3-regex python3-venv >/dev/null
  /usr/bin/python3 -m venv --system-site-packages "$venv"
  # open_clip asks for torch >= 2 and timm; what this check runs works on 1.13 without timm (the
  # reference data in ../shared/parity was made the same way).
  "$venv/bin/pip" install -q --no-deps open_clip_torch==3.3.0
  "$venv/bin/pip" install -q ftfy safetensors huggingface_hub tqdm
fi
# open_clip warns once per randomly initialised model; nothing else is filtered.
exec "$venv/bin/python" -W ignore scripts/openclip_search_check.py "$@"
