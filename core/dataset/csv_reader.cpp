#include "core/dataset/csv_reader.h"

namespace clipft {

CsvReader::Status CsvReader::next(CsvRecord& record, std::string* error) {
    record.fields.clear();
    if (pos_ >= text_.size()) return Status::End;
    record.line = line_;
    std::string field;
    const size_t n = text_.size();
    while (true) {
        // Start of a field.
        if (pos_ < n && text_[pos_] == '"') {
            const int64_t opened = line_;
            ++pos_;
            bool closed = false;
            while (pos_ < n) {
                const char c = text_[pos_];
                if (c == '"') {
                    if (pos_ + 1 < n && text_[pos_ + 1] == '"') {
                        field += '"';
                        pos_ += 2;
                        continue;
                    }
                    ++pos_;
                    closed = true;
                    break;
                }
                if (c == '\n') ++line_;
                if (c == '\r' && pos_ + 1 < n && text_[pos_ + 1] == '\n') {
                    ++pos_;
                    continue;
                }
                field += c;
                ++pos_;
            }
            if (!closed) {
                if (error)
                    *error = "the quoted field that starts on line " + std::to_string(opened) + " is never closed";
                pos_ = n;
                record.fields.clear();
                return Status::Error;
            }
        }
        // Unquoted part (or what follows a closing quote) up to the separator or the line end.
        while (pos_ < n) {
            const char c = text_[pos_];
            if (c == separator_ || c == '\n') break;
            if (c == '\r' && (pos_ + 1 == n || text_[pos_ + 1] == '\n')) {
                ++pos_;
                continue;
            }
            field += c;
            ++pos_;
        }
        record.fields.push_back(std::move(field));
        field.clear();
        if (pos_ >= n) return Status::Record;
        if (text_[pos_] == '\n') {
            ++pos_;
            ++line_;
            return Status::Record;
        }
        ++pos_;  // the separator
    }
}

char sniffSeparator(std::string_view header_line) {
    if (header_line.find('\t') != std::string_view::npos) return '\t';
    // Spreadsheets in locales with a decimal comma write semicolons.
    if (header_line.find(';') != std::string_view::npos && header_line.find(',') == std::string_view::npos) return ';';
    return ',';
}

}  // namespace clipft
