#!/usr/bin/env bash
# Writes PNGs of clipft Studio's pages at 1280x800 and 1920x1080, each in a real X server
# (xvfb-run), into shots/ (or the folder given). Build first: bash scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-shots}")"
mkdir -p "$out"
bin="$PWD/build/bin"
work="$(mktemp -d "${TMPDIR:-/tmp}/clipft-shots-XXXXXX")"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"  # settings of their own

# A project like the demo's: the specialised synthetic set, plus a messy folder for the report.
"$bin/clipft" demo-data --out "$work/demo-specialised" --variant specialised --count 400 --size 64 >/dev/null
"$bin/clipft" import --project "$work/demo.clipft" --name demo-specialised "$work/demo-specialised" >/dev/null
"$bin/clipft" demo-data --out "$work/messy" --variant generic --count 30 --size 64 >/dev/null
printf 'just text' > "$work/messy/notes.png"; printf 'a caption of no image\n' > "$work/messy/notes.txt"
head -c 300 "$work/messy/00001.png" > "$work/messy/cut.png"; printf 'a cut image\n' > "$work/messy/cut.txt"
"$bin/clipft" import --project "$work/demo.clipft" --name messy "$work/messy" >/dev/null
# A short fine-tune (the Quick CPU demo preset, ~20 s), so that Search has a B to compare with, Train
# the newest (the Quick CPU demo) with its summary card, and Runs two runs to overlay; and the test
# caption whose image rose the most under the newest as the query.
"$bin/clipft" train --project "$work/demo.clipft" --dataset demo-specialised --model "$PWD/resources/demo-model" \
  --out "$work/run1" --preset quick-cpu-demo --lr 1e-4 --steps 12 --name "Gentler, 12 steps" >/dev/null
"$bin/clipft" train --project "$work/demo.clipft" --dataset demo-specialised --model "$PWD/resources/demo-model" \
  --out "$work/run2" --preset quick-cpu-demo --name "Quick CPU demo" >/dev/null
query="$("$bin/clipft" compare --project "$work/demo.clipft" --dataset demo-specialised \
  --model "$PWD/resources/demo-model" --run 2 --json 2>/dev/null | python3 -c '
import json, sys
rows = json.load(sys.stdin)["queries"]
print(max(rows, key=lambda r: r["rank_a"] - r["rank_b"])["caption"])')"

for size in 1280x800 1920x1080; do
  for shot in welcome data import report model train search compare train-live runs; do
    project="$work/demo.clipft"
    args=(--page "$shot")
    case "$shot" in
      welcome) project="" ;;
      import) args=(--page data --import "$work/messy") ;;  # the dialog, on a folder with problems
      report) args+=(--dataset messy) ;;
      search) args+=(--dataset demo-specialised --query "$query") ;;
      compare) args+=(--dataset demo-specialised) ;;
      train-live) args+=(--dataset demo-specialised) ;;  # the Quick CPU demo, grabbed mid-run
    esac
    xvfb-run -a -s "-screen 0 ${size}x24" "$bin/clipft-studio" ${project:+"$project"} "${args[@]}" --size "$size" \
      --screenshot "$out/$shot-$size.png"
    echo "wrote $out/$shot-$size.png"
  done
done
