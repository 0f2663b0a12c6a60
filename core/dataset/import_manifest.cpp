#include "core/dataset/import_manifest.h"

namespace clipft {

const char* importProblemKindName(ImportProblemKind kind) {
    switch (kind) {
        case ImportProblemKind::MissingFile: return "missing_file";
        case ImportProblemKind::NotAnImage: return "not_an_image";
        case ImportProblemKind::Corrupt: return "corrupt";
        case ImportProblemKind::UnsupportedFormat: return "unsupported_format";
        case ImportProblemKind::TooSmall: return "too_small";
        case ImportProblemKind::Duplicate: return "duplicate";
        case ImportProblemKind::ImageWithoutCaption: return "image_without_caption";
        case ImportProblemKind::CaptionWithoutImage: return "caption_without_image";
        case ImportProblemKind::EmptyCaption: return "empty_caption";
        case ImportProblemKind::BadEncoding: return "bad_encoding";
        case ImportProblemKind::BadLine: return "bad_line";
        case ImportProblemKind::IdenticalFile: return "identical_file";
    }
    return "unknown";
}

bool isExcludingProblem(ImportProblemKind kind) { return kind != ImportProblemKind::IdenticalFile; }

}  // namespace clipft
