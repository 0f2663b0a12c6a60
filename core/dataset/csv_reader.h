// Records of a delimited text file (CSV/TSV) with RFC 4180 quoting: a field in double quotes may
// hold the separator, line breaks and doubled quotes ("" is one "). Lenient where spreadsheets
// are: a quote inside an unquoted field is literal, text after a closing quote is kept.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clipft {

struct CsvRecord {
    std::vector<std::string> fields;
    int64_t line = 0;  // 1-based line the record starts on
    bool isBlank() const { return fields.size() == 1 && fields[0].empty(); }
};

class CsvReader {
public:
    enum class Status { Record, End, Error };

    // `text` must outlive the reader. A "\r\n" line ending is one line break, also inside quotes
    // (where it becomes "\n").
    CsvReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

    // Error: a quoted field is never closed; `error` says where, and the rest of the text is used up.
    Status next(CsvRecord& record, std::string* error);

    int64_t line() const { return line_; }  // the line the reader stands on
    size_t offset() const { return pos_; }

private:
    std::string_view text_;
    char separator_;
    size_t pos_ = 0;
    int64_t line_ = 1;
};

// The separator of a delimited file from its header line: a tab when the header has one (open_clip's
// CsvDataset uses tabs even in files named .csv), a semicolon when it has semicolons and no comma
// (spreadsheets in decimal-comma locales), otherwise a comma.
char sniffSeparator(std::string_view header_line);

}  // namespace clipft
