// A delimited table (CSV/TSV) whose header names an image column and a caption column, one caption
// a row: the shape of open_clip's CsvDataset files, CLIP_benchmark's retrieval files and a folder's
// captions.csv. Several rows for one image give it several captions.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace clipft {

class ManifestBuilder;

struct CaptionTableColumns {
    // Tried in order against the header (exact, then ignoring case and surrounding spaces).
    std::vector<std::string> image;
    std::vector<std::string> caption;
};

// The columns to look for: the user's choice alone when given, else the defaults.
CaptionTableColumns captionTableColumns(const std::string& user_image, const std::string& user_caption,
                                        std::vector<std::string> default_image,
                                        std::vector<std::string> default_caption);

// Adds the table's captions to the builder. separator 0 = sniffed from the header line. Rows that
// cannot be read are BadLine problems; a header without the columns throws clipft::Error (the user
// has to name them).
void readCaptionTable(std::string_view text, char separator, const CaptionTableColumns& columns,
                      const std::string& display, ManifestBuilder& builder);

// The header's fields when `prefix` (the start of a file) has the columns, for detection.
bool captionTableHeaderMatches(std::string_view prefix, const CaptionTableColumns& columns);

}  // namespace clipft
