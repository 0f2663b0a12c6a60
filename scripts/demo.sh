#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs clipft on its built-in demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
clipft=./build/bin/clipft
work="$(mktemp -d "${TMPDIR:-/tmp}/clipft-demo-XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Until the fine-tuning demo lands (`clipft demo`): make the built-in synthetic data set, import it
# into a project with its report, and measure the engine on ViT-B-32.
"$clipft" demo-data --out "$work/shapes" --variant specialised --count 2000 --seed 1
"$clipft" import --project "$work/demo.clipft" --name shapes "$work/shapes"
"$clipft" dataset stats --project "$work/demo.clipft" --name shapes
"$clipft" bench embed --config ViT-B-32
