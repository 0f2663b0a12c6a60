#!/usr/bin/env python3
"""clipft search and compare against open_clip itself, on any photos, model and queries.

open_clip (the reference implementation) embeds the photos and the queries exactly as its users do
(create_model_and_transforms('local-dir:...'), PIL, its tokenizer); clipft imports the same photos
into a project and answers `clipft search --json` and `clipft compare --json`. The check passes when
  - search: every query's top k from clipft is open_clip's top k (the same images, in the same
    order, wherever open_clip's own scores are not within --tol (1e-4) of each other) and each score is
    open_clip's cosine within --tol;
  - compare: every caption's rank under A and B (1 + the images scoring strictly higher) is the
    rank open_clip's embeddings give it (up to images scoring within --tol of its image), the
    improved/worse/unchanged counts follow from those ranks, and recall@1/5/10 are CLIP_benchmark's;
  - image queries (--image-queries N): the first N photos as queries rank like open_clip's.

It prints one line per failure and a summary; exit status 0 only when everything agrees.

    python3 scripts/openclip_search_check.py --clipft build/bin/clipft --model DIR [--model-b DIR]
        --images PHOTOS --queries QUERIES.txt [--captions CAPTIONS.tsv] [--k 10] [--work DIR]

    python3 scripts/openclip_search_check.py --write-random-model DIR [--config ViT-B-32] [--seed S]
        # a full-size open_clip folder with random weights, where no real ones can be downloaded

DIR: an open_clip folder (open_clip_config.json, open_clip_model.safetensors and the tokenizer
files open_clip reads from it, e.g. bpe_simple_vocab_16e6.txt.gz). QUERIES: one query a line.
CAPTIONS: "file name<TAB>caption" lines (several per image allowed); without it each photo's
caption is its file name's stem with _ and - as spaces. scripts/openclip-check.sh installs
open_clip (on Debian's PyTorch) and runs this.
"""
import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif"}


def write_random_model(out_dir, config, seed, quick_gelu):
    import torch
    import open_clip
    from safetensors.torch import save_file

    torch.manual_seed(seed)
    model = open_clip.create_model(config, pretrained=None, force_quick_gelu=quick_gelu)
    model_cfg = open_clip.get_model_config(config)
    if quick_gelu:
        model_cfg["quick_gelu"] = True
    os.makedirs(out_dir, exist_ok=True)
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    save_file(state, os.path.join(out_dir, "open_clip_model.safetensors"))
    preprocess = {
        "mean": list(open_clip.OPENAI_DATASET_MEAN),
        "std": list(open_clip.OPENAI_DATASET_STD),
        "interpolation": "bicubic",
        "resize_mode": "shortest",
    }
    with open(os.path.join(out_dir, "open_clip_config.json"), "w", encoding="utf-8") as f:
        json.dump({"model_cfg": model_cfg, "preprocess_cfg": preprocess}, f, indent=2)
    vocab = os.path.join(os.path.dirname(open_clip.__file__), "bpe_simple_vocab_16e6.txt.gz")
    shutil.copy(vocab, out_dir)
    print(f"wrote {config} (seed {seed}, random weights) to {out_dir}")


def list_photos(folder):
    names = sorted(n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in IMAGE_SUFFIXES)
    if not names:
        sys.exit(f"{folder}: no photos (expected {', '.join(sorted(IMAGE_SUFFIXES))})")
    return names


def read_captions(path, names):
    captions = {n: [] for n in names}
    if path is None:
        for n in names:
            captions[n].append(os.path.splitext(n)[0].replace("_", " ").replace("-", " "))
        return captions
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            name, sep, caption = line.partition("\t")
            if not sep or name not in captions:
                sys.exit(f"{path} line {number}: expected 'file name<TAB>caption' for a file in the photo folder")
            captions[name].append(caption)
    missing = [n for n in names if not captions[n]]
    if missing:
        sys.exit(f"{path}: no caption for {', '.join(missing)}")
    return captions


def exif_orientation(path):
    from PIL import Image

    with Image.open(path) as image:
        return image.getexif().get(0x0112, 1)


def open_upright(path):
    """The photo as PIL opens it, turned upright when its EXIF says so: clipft applies the EXIF
    orientation on purpose (core/image/image_decoder.h), open_clip's loaders do not, so for such a
    photo the reference is what a user who calls ImageOps.exif_transpose gets."""
    from PIL import Image, ImageOps

    image = Image.open(path)
    return ImageOps.exif_transpose(image) if exif_orientation(path) not in (0, 1) else image


class OpenClipModel:
    """A model as open_clip's users run it: its own transforms, tokenizer and encoders, fp32 CPU."""

    def __init__(self, folder):
        import torch
        import open_clip

        self.torch = torch
        self.model, _, self.preprocess = open_clip.create_model_and_transforms("local-dir:" + os.path.abspath(folder))
        self.model.eval()
        self.tokenizer = open_clip.get_tokenizer("local-dir:" + os.path.abspath(folder))

    def images(self, paths):
        with self.torch.no_grad():
            pixels = self.torch.stack([self.preprocess(open_upright(p)) for p in paths])  # [N, 3, S, S]
            out = []
            for start in range(0, len(paths), 16):
                out.append(self.model.encode_image(pixels[start:start + 16]))
            e = self.torch.cat(out)  # [N, D]
        return e / e.norm(dim=-1, keepdim=True)

    def texts(self, texts):
        with self.torch.no_grad():
            out = []
            for start in range(0, len(texts), 64):
                out.append(self.model.encode_text(self.tokenizer(texts[start:start + 64])))
            e = self.torch.cat(out)  # [M, D]
        return e / e.norm(dim=-1, keepdim=True)


def run_clipft(clipft, args):
    done = subprocess.run([clipft] + args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"clipft {' '.join(args[:1])} failed ({done.returncode}):\n{done.stderr.strip()}")
    return done.stdout


class Checker:
    def __init__(self, tol):
        self.tol = tol
        self.failures = []
        self.checked = 0
        self.largest_score_gap = 0.0  # |clipft's score - open_clip's| over every hit

    def fail(self, text):
        self.failures.append(text)
        print("MISMATCH: " + text)

    def top_k(self, what, hits, scores, names):
        """hits: clipft's [{"image", "score"}] best first; scores: open_clip's [images] for the query."""
        self.checked += 1
        k = len(hits)
        expected_k = min(k, len(names))
        index = {n: i for i, n in enumerate(names)}
        ours = []
        for place, hit in enumerate(hits, 1):
            if hit["image"] not in index:
                self.fail(f"{what}: result {place} '{hit['image']}' is not one of the photos")
                return
            reference = float(scores[index[hit["image"]]])
            ours.append(reference)
            self.largest_score_gap = max(self.largest_score_gap, abs(reference - hit["score"]))
            if abs(reference - hit["score"]) > self.tol:
                self.fail(f"{what}: '{hit['image']}' scores {hit['score']:.6f}, open_clip {reference:.6f}")
        if k != expected_k:
            self.fail(f"{what}: {k} results, expected {expected_k}")
        for place in range(1, len(ours)):
            if ours[place] > ours[place - 1] + self.tol:
                self.fail(f"{what}: results {place} and {place + 1} are in the wrong order for open_clip "
                          f"({ours[place - 1]:.6f} < {ours[place]:.6f})")
        # Nothing left out scores above the last one kept.
        kept = {hit["image"] for hit in hits}
        floor = min(ours) if ours else math.inf
        for name, s in zip(names, scores):
            if name not in kept and float(s) > floor + self.tol:
                self.fail(f"{what}: '{name}' (open_clip {float(s):.6f}) belongs in the top {k}")

    def rank(self, what, rank, scores, truth):
        """rank: clipft's; scores: open_clip's [images] for the caption; truth: its image's index."""
        self.checked += 1
        s = float(scores[truth])
        lowest = 1 + sum(1 for v in scores if float(v) > s + self.tol)
        highest = 1 + sum(1 for v in scores if float(v) > s - self.tol) - 1  # the image itself is not above
        highest = max(highest, lowest)
        if not lowest <= rank <= highest:
            self.fail(f"{what}: rank {rank}, open_clip gives {lowest}" + (f"..{highest}" if highest > lowest else ""))


def recall_at(scores, truth_of_caption, k, tol):
    """CLIP_benchmark's image_retrieval_recall@k (a caption's hit: its image among the k best), and
    how far it may move with ties: the captions whose image scores within tol of the k-th best."""
    import torch

    k = min(k, scores.shape[1])
    values, top = scores.topk(k, dim=1)  # [captions, k]
    truth = torch.tensor(truth_of_caption)
    hits = (top == truth.unsqueeze(1)).any(dim=1).float().mean()
    own = scores.gather(1, truth.unsqueeze(1)).squeeze(1)  # [captions]
    ambiguous = ((own - values[:, -1]).abs() <= tol).float().mean()
    return float(hits), float(ambiguous)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--write-random-model", metavar="DIR")
    p.add_argument("--config", default="ViT-B-32")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--quick-gelu", action="store_true")
    p.add_argument("--clipft", default="build/bin/clipft")
    p.add_argument("--model")
    p.add_argument("--model-b")
    p.add_argument("--images")
    p.add_argument("--queries")
    p.add_argument("--captions")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--image-queries", type=int, default=3)
    p.add_argument("--tol", type=float, default=1e-4, help="score tolerance (cosine), default 1e-4")
    p.add_argument("--work")
    a = p.parse_args()

    if a.write_random_model:
        write_random_model(a.write_random_model, a.config, a.seed, a.quick_gelu)
        return 0
    if not (a.model and a.images and a.queries):
        p.error("--model, --images and --queries are needed (or --write-random-model DIR)")

    names = list_photos(a.images)
    captions = read_captions(a.captions, names)
    with open(a.queries, encoding="utf-8") as f:
        queries = [line.rstrip("\n") for line in f if line.strip()]
    if not queries:
        sys.exit(f"{a.queries}: no queries")

    work = a.work or tempfile.mkdtemp(prefix="clipft-openclip-check-")
    data = os.path.join(work, "photos")
    os.makedirs(data, exist_ok=True)
    for n in names:
        shutil.copy(os.path.join(a.images, n), os.path.join(data, n))
        # photo.jpg.txt, not photo.txt: photo.png and photo.gif may both be there.
        with open(os.path.join(data, n + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(captions[n]) + "\n")
    project = os.path.join(work, "check.clipft")
    if os.path.exists(project):
        os.remove(project)
    run_clipft(a.clipft, ["import", "--project", project, "--name", "photos", "--format", "folder", data, "--json"])
    # What clipft refuses to import (too small, damaged) it reports; those photos are left out here.
    refused = json.loads(run_clipft(a.clipft, ["dataset", "problems", "--project", project, "--name", "photos", "--json"]))
    for problem in refused:
        print(f"not imported: {problem['path']}: {problem['reason']}")
        if problem["path"] in captions:
            names.remove(problem["path"])
    print(f"imported {len(names)} photos with {sum(len(captions[n]) for n in names)} captions")

    turned = [n for n in names if exif_orientation(os.path.join(data, n)) not in (0, 1)]
    if turned:
        print(f"EXIF-rotated, compared upright (as clipft reads them): {', '.join(turned)}")

    check = Checker(a.tol)
    models = [("A", a.model)] + ([("B", a.model_b)] if a.model_b else [])
    paths = [os.path.join(data, n) for n in names]
    reference = {}
    for side, folder in models:
        oc = OpenClipModel(folder)
        reference[side] = (oc, oc.images(paths))  # [N, D]

    # Text queries: one clipft call for all of them, A and B side by side.
    base = ["search", "--project", project, "--dataset", "photos", "--model", a.model, "--split", "all",
            "--k", str(a.k), "--device", "cpu", "--json"]
    if a.model_b:
        base[7:7] = ["--model-b", a.model_b]
    out = json.loads(run_clipft(a.clipft, base + ["--"] + queries))
    if len(out["queries"]) != len(queries):
        check.fail(f"clipft search answered {len(out['queries'])} of {len(queries)} queries")
    for side, _ in models:
        oc, image_embeds = reference[side]
        scores = oc.texts(queries) @ image_embeds.T  # [queries, N]
        for i, answer in enumerate(out["queries"][: len(queries)]):
            if answer["query"] != queries[i]:
                check.fail(f"query {i + 1} came back as {answer['query']!r}, not {queries[i]!r}")
            check.top_k(f"{side}, query {i + 1}", answer[side.lower()], scores[i], names)

    # Image queries: a photo as the query, as the Search page's drop does.
    for n in names[: a.image_queries]:
        out = json.loads(run_clipft(a.clipft, base + ["--image", os.path.join(a.images, n)]))
        for side, _ in models:
            oc, image_embeds = reference[side]
            scores = oc.images([os.path.join(a.images, n)]) @ image_embeds.T  # [1, N]
            check.top_k(f"{side}, image query {n}", out["queries"][-1][side.lower()], scores[0], names)

    # compare: every caption's rank under A and B, the counts and recall@k.
    if a.model_b:
        out = json.loads(run_clipft(a.clipft, ["compare", "--project", project, "--dataset", "photos", "--model", a.model,
                                               "--model-b", a.model_b, "--split", "all", "--device", "cpu", "--json"]))
        all_captions = [(c, n) for n in names for c in captions[n]]
        texts = [c for c, _ in all_captions]
        truth = [names.index(n) for _, n in all_captions]
        per_side = {}
        for side, _ in models:
            oc, image_embeds = reference[side]
            per_side[side] = oc.texts(texts) @ image_embeds.T  # [captions, N]
        if len(out["queries"]) != len(texts):
            check.fail(f"compare lists {len(out['queries'])} captions, the photos have {len(texts)}")
        lookup = {}
        for j, (c, n) in enumerate(all_captions):
            lookup.setdefault((c, n), j)
        improved = worse = unchanged = 0
        for row in out["queries"]:
            j = lookup.get((row["caption"], row["image"]))
            if j is None:
                check.fail(f"compare lists {row['caption']!r} for '{row['image']}', which the photos do not have")
                continue
            check.rank(f"A rank of caption {j + 1}", row["rank_a"], per_side["A"][j], truth[j])
            check.rank(f"B rank of caption {j + 1}", row["rank_b"], per_side["B"][j], truth[j])
            improved += row["rank_b"] < row["rank_a"]
            worse += row["rank_b"] > row["rank_a"]
            unchanged += row["rank_b"] == row["rank_a"]
        if (improved, worse, unchanged) != (out["improved"], out["worse"], out["unchanged"]):
            check.fail(f"compare counts {out['improved']}/{out['worse']}/{out['unchanged']}, its rows give "
                       f"{improved}/{worse}/{unchanged}")
        for side in ("A", "B"):
            for k in (1, 5, 10):
                key = f"image_retrieval_recall@{k}"
                ours = out[side.lower()].get(key)
                theirs, slack = recall_at(per_side[side], truth, k, a.tol)
                check.checked += 1
                if ours is None or abs(ours - theirs) > slack + 1e-6:  # open_clip side: a float32 mean
                    check.fail(f"{side} {key}: clipft {ours}, open_clip's embeddings {theirs:.4f}")

    print(f"{check.checked} checks on {len(names)} photos, {len(queries)} queries, "
          f"{len(models)} model(s): {len(check.failures)} mismatches; largest score difference "
          f"{check.largest_score_gap:.2e} (tolerance {a.tol:g})")
    print("PASS" if not check.failures else "FAIL")
    return 0 if not check.failures else 1


if __name__ == "__main__":
    sys.exit(main())
