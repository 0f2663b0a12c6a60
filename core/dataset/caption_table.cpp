#include "core/dataset/caption_table.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/csv_reader.h"
#include "core/dataset/manifest_builder.h"

namespace clipft {

namespace {

long findColumn(const std::vector<std::string>& header, const std::vector<std::string>& names) {
    for (const std::string& name : names)
        for (size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return long(i);
    for (const std::string& name : names)
        for (size_t i = 0; i < header.size(); ++i)
            if (toLowerAscii(trimText(header[i])) == toLowerAscii(name)) return long(i);
    return -1;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "\"" : ", \"") + name + "\"";
    return out;
}

std::vector<std::string> headerFields(std::string_view text, char separator) {
    CsvReader reader(text, separator);
    CsvRecord record;
    while (reader.next(record, nullptr) == CsvReader::Status::Record) {
        if (record.isBlank()) continue;
        return record.fields;
    }
    return {};
}

}  // namespace

CaptionTableColumns captionTableColumns(const std::string& user_image, const std::string& user_caption,
                                        std::vector<std::string> default_image,
                                        std::vector<std::string> default_caption) {
    CaptionTableColumns columns;
    columns.image = user_image.empty() ? std::move(default_image) : std::vector<std::string>{user_image};
    columns.caption = user_caption.empty() ? std::move(default_caption) : std::vector<std::string>{user_caption};
    return columns;
}

bool captionTableHeaderMatches(std::string_view prefix, const CaptionTableColumns& columns) {
    if (startsWith(prefix, "\xEF\xBB\xBF")) prefix.remove_prefix(3);
    const std::string first = firstLineOf(prefix);
    const std::vector<std::string> header = headerFields(first, sniffSeparator(first));
    return header.size() >= 2 && findColumn(header, columns.image) >= 0 && findColumn(header, columns.caption) >= 0;
}

void readCaptionTable(std::string_view text, char separator, const CaptionTableColumns& columns,
                      const std::string& display, ManifestBuilder& builder) {
    if (separator == 0) separator = sniffSeparator(firstLineOf(text.substr(0, 65536)));
    CsvReader reader(text, separator);
    CsvRecord record;
    std::string error;
    long image_column = -1, caption_column = -1;
    bool header_read = false;
    const long long total = static_cast<long long>(text.size());
    while (true) {
        const CsvReader::Status status = reader.next(record, &error);
        if (status == CsvReader::Status::End) break;
        builder.progress("captions", static_cast<long long>(reader.offset()), total);
        if (status == CsvReader::Status::Error) {
            builder.addProblem(display, ImportProblemKind::BadLine, error + "; the rest of the file was skipped");
            break;
        }
        if (record.isBlank()) continue;
        if (!header_read) {
            header_read = true;
            image_column = findColumn(record.fields, columns.image);
            caption_column = findColumn(record.fields, columns.caption);
            if (image_column < 0 || caption_column < 0) {
                std::string found;
                for (const std::string& field : record.fields)
                    found += (found.empty() ? "\"" : ", \"") + field + "\"";
                const std::string sep = separator == '\t' ? "tab" : std::string("'") + separator + "'";
                throw Error(display + ": the header (" + found + ", separated by " + sep + ") has no " +
                            (image_column < 0 ? "image column (" + joined(columns.image) + ")"
                                              : "caption column (" + joined(columns.caption) + ")") +
                            "; choose the columns (and separator) in the import options");
            }
            continue;
        }
        const size_t needed = size_t(std::max(image_column, caption_column)) + 1;
        if (record.fields.size() < needed) {
            builder.addProblem(display, ImportProblemKind::BadLine,
                               "line " + std::to_string(record.line) + ": " + std::to_string(record.fields.size()) +
                                   (record.fields.size() == 1 ? " field" : " fields") + ", expected at least " +
                                   std::to_string(needed));
            continue;
        }
        builder.addCaption(record.fields[size_t(image_column)], record.fields[size_t(caption_column)], display,
                           record.line);
    }
    if (!header_read) builder.addProblem(display, ImportProblemKind::BadLine, "the file has no header line");
}

}  // namespace clipft
