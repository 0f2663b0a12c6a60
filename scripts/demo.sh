#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs clipft's built-in demo:
# the shipped demo CLIP fine-tuned on a synthetic domain it never saw, recall@k before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
work="$(mktemp -d "${TMPDIR:-/tmp}/clipft-demo-XXXXXX")"
./build/bin/clipft demo --out "$work" "$@"
