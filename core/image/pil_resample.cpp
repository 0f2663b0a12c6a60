#include "core/image/pil_resample.h"

#include "core/common/error.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

// The arithmetic below follows Pillow's Resample.c / Geometry.c step for step (same double
// expressions in the same order, same fixed-point rounding), because bit-identical output is the
// point. Keep it that way: "simplifying" an expression changes results in the last bit of a weight,
// which flips an output pixel now and then. This relies on IEEE double without FMA contraction
// (the default for ISO C++ on x86-64).

namespace clipft {
namespace {

// 8 bits of result plus 2 bits of headroom for the overshoot of the negative lobes, as in PIL.
constexpr int kPrecisionBits = 32 - 8 - 2;
constexpr double kBicubicSupport = 2.0;

double bicubicFilter(double x) {
    constexpr double a = -0.5;
    if (x < 0.0) x = -x;
    if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

inline uint8_t clip8(int32_t acc) {
    const int32_t v = acc >> kPrecisionBits;  // arithmetic shift, as PIL's lookup table assumes
    return static_cast<uint8_t>(v < 0 ? 0 : (v > 255 ? 255 : v));
}

// Fixed-point weights of output pixels [begin, end) of one axis: output pixel begin + i reads
// `count[i]` source pixels from `first[i]`. Each output pixel's weights depend only on its own
// index, so computing a sub-range gives the same numbers as PIL computing them all.
struct AxisWeights {
    int ksize = 0;
    std::vector<int> first;       // [out]
    std::vector<int> count;       // [out]
    std::vector<int32_t> weight;  // [out, ksize], scaled by 2^kPrecisionBits
};

AxisWeights computeAxisWeights(int inSize, float in0, float in1, int outSize, int begin, int end) {
    AxisWeights w;
    const double scale = static_cast<double>(in1 - in0) / outSize;
    const double filterscale = scale < 1.0 ? 1.0 : scale;  // widen the kernel only when shrinking
    const double support = kBicubicSupport * filterscale;
    w.ksize = static_cast<int>(std::ceil(support)) * 2 + 1;
    const int n = end - begin;
    w.first.resize(n);
    w.count.resize(n);
    w.weight.assign(static_cast<size_t>(n) * w.ksize, 0);

    const double invFilterscale = 1.0 / filterscale;
    std::vector<double> k(w.ksize);
    for (int xx = begin; xx < end; ++xx) {
        const double center = in0 + (xx + 0.5) * scale;
        int xmin = static_cast<int>(center - support + 0.5);
        if (xmin < 0) xmin = 0;
        int xmax = static_cast<int>(center + support + 0.5);
        if (xmax > inSize) xmax = inSize;
        xmax -= xmin;
        xmax = std::clamp(xmax, 0, w.ksize);
        double total = 0.0;
        for (int x = 0; x < xmax; ++x) {
            k[x] = bicubicFilter((x + xmin - center + 0.5) * invFilterscale);
            total += k[x];
        }
        int32_t* out = &w.weight[static_cast<size_t>(xx - begin) * w.ksize];
        for (int x = 0; x < xmax; ++x) {
            const double v = total != 0.0 ? k[x] / total : k[x];
            // Round half away from zero, as PIL's normalize_coeffs_8bpc.
            out[x] = v < 0 ? static_cast<int32_t>(-0.5 + v * (1 << kPrecisionBits))
                           : static_cast<int32_t>(0.5 + v * (1 << kPrecisionBits));
        }
        w.first[xx - begin] = xmin;
        w.count[xx - begin] = xmax;
    }
    return w;
}

// Horizontal pass over source rows [srcRow0, srcRow0 + dst.rows), producing the output columns `w`
// covers. The result stays 8-bit, like PIL's intermediate image.
template <int CN>
void resampleHorizontal(const cv::Mat& src, int srcRow0, const AxisWeights& w, cv::Mat& dst) {
    cv::parallel_for_(cv::Range(0, dst.rows), [&](const cv::Range& rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            const uint8_t* in = src.ptr<uint8_t>(srcRow0 + y);
            uint8_t* out = dst.ptr<uint8_t>(y);
            for (int i = 0; i < dst.cols; ++i) {
                const uint8_t* p = in + static_cast<size_t>(w.first[i]) * CN;
                const int32_t* k = &w.weight[static_cast<size_t>(i) * w.ksize];
                const int n = w.count[i];
                int32_t acc[CN];
                for (int c = 0; c < CN; ++c) acc[c] = 1 << (kPrecisionBits - 1);
                for (int x = 0; x < n; ++x) {
                    for (int c = 0; c < CN; ++c) acc[c] += p[x * CN + c] * k[x];
                }
                for (int c = 0; c < CN; ++c) out[i * CN + c] = clip8(acc[c]);
            }
        }
    });
}

// Vertical pass: output row r (of dst) is made from rows of `src` starting at
// w.first[r] - srcRowShift. Works on whole rows of interleaved bytes, so it vectorises.
void resampleVertical(const cv::Mat& src, int srcRowShift, const AxisWeights& w, cv::Mat& dst) {
    const int rowBytes = dst.cols * dst.channels();
    cv::parallel_for_(cv::Range(0, dst.rows), [&](const cv::Range& rows) {
        std::vector<int32_t> acc(rowBytes);
        for (int r = rows.start; r < rows.end; ++r) {
            const int i = r;
            const int32_t* k = &w.weight[static_cast<size_t>(i) * w.ksize];
            const int ymin = w.first[i] - srcRowShift;
            std::fill(acc.begin(), acc.end(), 1 << (kPrecisionBits - 1));
            for (int y = 0; y < w.count[i]; ++y) {
                const uint8_t* in = src.ptr<uint8_t>(ymin + y);
                const int32_t kv = k[y];
                for (int b = 0; b < rowBytes; ++b) acc[b] += in[b] * kv;
            }
            uint8_t* out = dst.ptr<uint8_t>(r);
            for (int b = 0; b < rowBytes; ++b) out[b] = clip8(acc[b]);
        }
    });
}

void horizontalPass(const cv::Mat& src, int srcRow0, const AxisWeights& w, cv::Mat& dst) {
    switch (src.channels()) {
        case 1: resampleHorizontal<1>(src, srcRow0, w, dst); break;
        case 2: resampleHorizontal<2>(src, srcRow0, w, dst); break;
        case 3: resampleHorizontal<3>(src, srcRow0, w, dst); break;
        default: resampleHorizontal<4>(src, srcRow0, w, dst); break;
    }
}

cv::Mat resizeBicubic(const cv::Mat& src, cv::Size outSize, const ResampleBox& box, const cv::Rect& roi) {
    const int type = src.type();
    // PIL only resamples an axis whose size or offset changes.
    const bool needHorizontal = outSize.width != src.cols || box.x0 != 0.f || box.x1 != outSize.width;
    const bool needVertical = outSize.height != src.rows || box.y0 != 0.f || box.y1 != outSize.height;
    if (!needHorizontal && !needVertical) return src(roi).clone();

    cv::Mat out(roi.height, roi.width, type);
    if (needHorizontal) {
        const AxisWeights horiz =
            computeAxisWeights(src.cols, box.x0, box.x1, outSize.width, roi.x, roi.x + roi.width);
        if (!needVertical) {
            // Every source row maps to the output row of the same index.
            horizontalPass(src, roi.y, horiz, out);
            return out;
        }
        const AxisWeights vert =
            computeAxisWeights(src.rows, box.y0, box.y1, outSize.height, roi.y, roi.y + roi.height);
        // Only the source rows the wanted output rows read are resampled horizontally.
        const int rowFirst = vert.first.front();
        const int rowEnd = vert.first.back() + vert.count.back();
        cv::Mat temp(std::max(rowEnd - rowFirst, 1), roi.width, type);
        horizontalPass(src, rowFirst, horiz, temp);
        resampleVertical(temp, rowFirst, vert, out);
        return out;
    }
    // Width unchanged: output column x is source column x.
    const AxisWeights vert = computeAxisWeights(src.rows, box.y0, box.y1, outSize.height, roi.y, roi.y + roi.height);
    resampleVertical(src.colRange(roi.x, roi.x + roi.width), 0, vert, out);
    return out;
}

// Pillow's nearest-neighbour scale (ImagingScaleAffine): sample positions advance by repeated
// addition from the centre of the first output pixel; positions outside the source are black.
std::vector<int> nearestTable(int outSize, float in0, float in1, int inSize) {
    const double step = static_cast<double>(in1 - in0) / outSize;
    double pos = static_cast<double>(in0) + step * 0.5;
    std::vector<int> table(outSize);
    for (int i = 0; i < outSize; ++i) {
        const int v = pos < 0.0 ? -1 : static_cast<int>(pos);
        table[i] = (v >= 0 && v < inSize) ? v : -1;
        pos += step;
    }
    return table;
}

cv::Mat resizeNearest(const cv::Mat& src, cv::Size outSize, const ResampleBox& box, const cv::Rect& roi) {
    const std::vector<int> xs = nearestTable(outSize.width, box.x0, box.x1, src.cols);
    const std::vector<int> ys = nearestTable(outSize.height, box.y0, box.y1, src.rows);
    const size_t pixelBytes = src.elemSize();
    cv::Mat out(roi.height, roi.width, src.type(), cv::Scalar::all(0));
    cv::parallel_for_(cv::Range(0, roi.height), [&](const cv::Range& rows) {
        for (int r = rows.start; r < rows.end; ++r) {
            const int sy = ys[roi.y + r];
            if (sy < 0) continue;
            const uint8_t* in = src.ptr<uint8_t>(sy);
            uint8_t* o = out.ptr<uint8_t>(r);
            for (int c = 0; c < roi.width; ++c) {
                const int sx = xs[roi.x + c];
                if (sx >= 0) std::copy_n(in + sx * pixelBytes, pixelBytes, o + c * pixelBytes);
            }
        }
    });
    return out;
}

}  // namespace

cv::Mat pilResize(const cv::Mat& src, cv::Size outSize, PilFilter filter, std::optional<ResampleBox> boxArg,
                  std::optional<cv::Rect> outputRoi) {
    if (src.empty() || src.depth() != CV_8U || src.channels() < 1 || src.channels() > 4) {
        throw Error("pilResize needs a non-empty 8-bit image with 1 to 4 channels");
    }
    if (outSize.width < 1 || outSize.height < 1) {
        throw Error("cannot resize an image to " + std::to_string(outSize.width) + "x" +
                    std::to_string(outSize.height) + " pixels");
    }
    const ResampleBox box = boxArg.value_or(ResampleBox{0.f, 0.f, static_cast<float>(src.cols),
                                                        static_cast<float>(src.rows)});
    if (!(box.x0 >= 0.f && box.y0 >= 0.f && box.x1 <= src.cols && box.y1 <= src.rows && box.x1 >= box.x0 &&
          box.y1 >= box.y0)) {
        throw Error("resize box lies outside the " + std::to_string(src.cols) + "x" + std::to_string(src.rows) +
                    " image");
    }
    const cv::Rect roi = outputRoi.value_or(cv::Rect(0, 0, outSize.width, outSize.height));
    if (roi.width < 1 || roi.height < 1 || roi.x < 0 || roi.y < 0 || roi.x + roi.width > outSize.width ||
        roi.y + roi.height > outSize.height) {
        throw Error("requested part of the resized image lies outside it");
    }

    // An integer box of exactly the output size is a plain crop in PIL, whatever the filter.
    if (box.x0 - static_cast<int>(box.x0) == 0 && box.x1 - box.x0 == outSize.width &&
        box.y0 - static_cast<int>(box.y0) == 0 && box.y1 - box.y0 == outSize.height) {
        return src(cv::Rect(static_cast<int>(box.x0) + roi.x, static_cast<int>(box.y0) + roi.y, roi.width,
                            roi.height))
            .clone();
    }
    return filter == PilFilter::Nearest ? resizeNearest(src, outSize, box, roi)
                                        : resizeBicubic(src, outSize, box, roi);
}

namespace {

// Applies colour = f(colour, alpha) to each of an 8-bit RGBA image's colour channels; alpha is kept.
template <typename ChannelFn>
cv::Mat mapColourByAlpha(const cv::Mat& rgba, const char* what, ChannelFn f) {
    if (rgba.type() != CV_8UC4) throw Error(std::string(what) + " needs an 8-bit RGBA image");
    cv::Mat out(rgba.size(), CV_8UC4);
    for (int y = 0; y < rgba.rows; ++y) {
        const uint8_t* in = rgba.ptr<uint8_t>(y);
        uint8_t* o = out.ptr<uint8_t>(y);
        for (int x = 0; x < rgba.cols; ++x, in += 4, o += 4) {
            for (int c = 0; c < 3; ++c) o[c] = f(in[c], in[3]);
            o[3] = in[3];
        }
    }
    return out;
}

}  // namespace

cv::Mat pilPremultiplyAlpha(const cv::Mat& rgba) {
    return mapColourByAlpha(rgba, "premultiplying alpha", [](unsigned colour, unsigned a) {
        const unsigned t = colour * a + 128;  // colour*a/255 rounded, PIL's MULDIV255
        return static_cast<uint8_t>(((t >> 8) + t) >> 8);
    });
}

cv::Mat pilUnpremultiplyAlpha(const cv::Mat& rgba) {
    return mapColourByAlpha(rgba, "unpremultiplying alpha", [](unsigned colour, unsigned a) {
        // Truncating division, as PIL; fully transparent pixels keep their (zero) colour.
        return (a == 255 || a == 0) ? static_cast<uint8_t>(colour)
                                    : static_cast<uint8_t>(std::min(255u, 255u * colour / a));
    });
}

}  // namespace clipft
