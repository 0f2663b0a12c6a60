#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs clipft on its built-in demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
# Until the fine-tuning demo lands (`clipft demo`), the demo is the engine benchmark on ViT-B-32.
./build/bin/clipft bench embed --config ViT-B-32
