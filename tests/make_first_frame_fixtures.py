#!/usr/bin/env python3
"""Writes tests/first_frame_fixtures.h: small GIF files that exercise how PIL opens a GIF's first
frame (mode "P" or "L", the canvas, transparency, local palettes, interlacing, a second frame),
animated WebP files (RGB, RGBA, lossy), and the pixels Pillow gives for each
(Image.open(f).convert("RGB"), and open_clip's eval transform at 3 pixels: Resize(3, BICUBIC),
CenterCrop(3), convert("RGB")).

    python3 tests/make_first_frame_fixtures.py > tests/first_frame_fixtures.h   # needs Pillow, numpy

The GIF writer sends every pixel as a literal LZW code, with a clear code often enough that the
code width never grows; any GIF decoder reads that."""
import io
import struct

import numpy as np
from PIL import Image


def lzw(indices, min_bits):
    clear = 1 << min_bits
    width = min_bits + 1
    codes, run = [clear], 0
    for v in indices:
        if run == (1 << min_bits) - 2:
            codes.append(clear)
            run = 0
        codes.append(v)
        run += 1
    codes.append(clear + 1)  # end of information
    acc = nbits = 0
    out = bytearray()
    for c in codes:
        acc |= c << nbits
        nbits += width
        while nbits >= 8:
            out.append(acc & 255)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 255)
    blocks = bytearray([min_bits])
    for i in range(0, len(out), 255):
        chunk = out[i:i + 255]
        blocks.append(len(chunk))
        blocks += chunk
    blocks.append(0)
    return bytes(blocks)


def colour_table(palette, bits):
    return b"".join(bytes(palette[i] if i < len(palette) else (0, 0, 0)) for i in range(1 << bits))


def image_block(frame, rows, local=None, bits=2, transparent=None, interlace=False):
    x0, y0, w, h = frame
    out = bytearray()
    if transparent is not None:
        out += bytes([0x21, 0xF9, 4, 1, 0, 0, transparent, 0])
    flags = (0x80 | (bits - 1)) if local else 0
    if interlace:
        flags |= 0x40
    out += b"," + struct.pack("<HHHHB", x0, y0, w, h, flags)
    if local:
        out += colour_table(local, bits)
    order = list(range(h))
    if interlace:
        order = [y for s, step in ((0, 8), (4, 8), (2, 4), (1, 2)) for y in range(s, h, step)]
    out += lzw([v for y in order for v in rows[y]], max(2, bits))
    return bytes(out)


def gif(screen, blocks, global_palette=None, bits=2):
    flags = (0x80 | (bits - 1)) if global_palette else 0
    out = bytearray(b"GIF89a") + struct.pack("<HHBBB", screen[0], screen[1], flags, 0, 0)
    if global_palette:
        out += colour_table(global_palette, bits)
    return bytes(out + b"".join(blocks) + b";")


GREY = [(i, i, i) for i in range(4)]
COLOURS = [(250, 30, 20), (20, 200, 60), (10, 90, 240), (255, 255, 0)]
ROWS = [[(x + y) % 4 for x in range(5)] for y in range(3)]
TALL = [[(x + 2 * y) % 4 for x in range(3)] for y in range(10)]

CASES = [
    ("colour palette", gif((5, 3), [image_block((0, 0, 5, 3), ROWS)], COLOURS)),
    ("grey ramp palette opens as L", gif((5, 3), [image_block((0, 0, 5, 3), ROWS)], GREY)),
    ("no palette opens as L", gif((5, 3), [image_block((0, 0, 5, 3), ROWS)])),
    ("local palette over the global one", gif((5, 3), [image_block((0, 0, 5, 3), ROWS, local=COLOURS)], GREY)),
    ("local grey ramp over a colour palette", gif((5, 3), [image_block((0, 0, 5, 3), ROWS, local=GREY)], COLOURS)),
    ("canvas around the frame takes the transparent index",
     gif((7, 5), [image_block((1, 2, 5, 3), ROWS, transparent=3)], COLOURS)),
    ("interlaced", gif((3, 10), [image_block((0, 0, 3, 10), TALL, interlace=True)], COLOURS)),
    ("frame past the screen grows the canvas", gif((3, 2), [image_block((1, 1, 5, 3), ROWS)], COLOURS)),
    ("only the first frame",
     gif((5, 3), [image_block((0, 0, 5, 3), ROWS), image_block((0, 0, 5, 3), [[3] * 5] * 3)], COLOURS)),
]


def animated_webp(frames, **options):
    buf = io.BytesIO()
    frames[0].save(buf, "WEBP", save_all=True, append_images=frames[1:], duration=100, **options)
    return buf.getvalue()


def webp_cases():
    rng = np.random.default_rng(3)
    rgb = rng.integers(0, 256, (4, 6, 3), dtype=np.uint8)
    rgba = np.dstack([rgb, rng.integers(0, 256, (4, 6, 1), dtype=np.uint8)])
    first, second = Image.fromarray(rgb, "RGB"), Image.fromarray(255 - rgb, "RGB")
    return [
        ("lossless RGB", animated_webp([first, second], lossless=True)),
        ("lossless RGBA", animated_webp([Image.fromarray(rgba, "RGBA"), Image.fromarray(255 - rgba, "RGBA")],
                                        lossless=True)),
        ("lossy", animated_webp([first, second], quality=80)),
    ]


def c_array(values, per_line=20, indent="        "):
    values = list(values)
    lines = [", ".join(str(v) for v in values[i:i + per_line]) for i in range(0, len(values), per_line)]
    return (",\n" + indent).join(lines)


def print_fixtures(function, cases):
    print("inline const std::vector<FirstFrameFixture>& %s() {\n    static const std::vector<FirstFrameFixture> fixtures{"
          % function)
    for name, data in cases:
        im = Image.open(io.BytesIO(data))
        im.load()
        # The mode of the pixels: Pillow labels a GIF frame whose own palette is the grey ramp "L"
        # even when it maps it through the global palette (its pixels are then "P", and resizing
        # them to another size fails in Pillow with "image has wrong mode").
        mode = im.im.mode
        assert mode in ("L", "P", "RGB", "RGBA"), mode
        rgb = np.asarray(im.convert("RGB"))
        w, h = im.size
        short, long_ = (w, h) if w <= h else (h, w)
        new_long = int(3 * long_ / short)
        size = (3, new_long) if w <= h else (new_long, 3)
        resized = im.resize(size, Image.BICUBIC)
        left, top = int(round((size[0] - 3) / 2.0)), int(round((size[1] - 3) / 2.0))
        eval3 = np.asarray(resized.crop((left, top, left + 3, top + 3)).convert("RGB"))
        print("        {\"%s\",\n         {%s},\n         \"%s\", %d, %d,\n         {%s},\n         {%s}},"
              % (name, c_array(data, indent="          "), mode, w, h,
                 c_array(rgb.reshape(-1), indent="          "), c_array(eval3.reshape(-1), indent="          ")))
    print("    };\n    return fixtures;\n}\n")


def main():
    print("// Generated by tests/make_first_frame_fixtures.py with Pillow " + Image.__version__ + "; do not edit.")
    print("// Each case: a file, the mode of the pixels PIL opens it in, and the RGB pixels PIL gives,")
    print("// before and after open_clip's eval transform at 3 pixels.")
    print("#pragma once\n\n#include <cstdint>\n#include <string>\n#include <vector>\n")
    print("struct FirstFrameFixture {\n    const char* name;\n    std::vector<uint8_t> bytes;\n    std::string mode;"
          "      // \"L\", \"P\", \"RGB\" or \"RGBA\"\n    int width, height;\n    std::vector<uint8_t> rgb;"
          "      // [height, width, 3]: convert(\"RGB\")\n    std::vector<uint8_t> eval3;"
          "    // [3, 3, 3]: Resize(3), CenterCrop(3), convert(\"RGB\")\n};\n")
    print_fixtures("gifFixtures", CASES)
    print_fixtures("animatedWebpFixtures", webp_cases())


if __name__ == "__main__":
    main()
