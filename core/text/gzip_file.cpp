#include "core/text/gzip_file.h"

#include "core/common/error.h"

#include <zlib.h>

#include <fstream>
#include <iterator>

namespace clipft {

std::string readGzipFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw Error("Cannot open " + path + ": the file is missing or unreadable.");
    const std::string compressed((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (file.bad()) throw Error("Cannot read " + path + ".");
    if (compressed.size() < 2 || static_cast<unsigned char>(compressed[0]) != 0x1F ||
        static_cast<unsigned char>(compressed[1]) != 0x8B)
        throw Error(path + " is not a gzip file.");

    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw Error("Cannot start decompressing " + path + ".");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char buffer[1 << 16];
    int rc = Z_OK;
    while (true) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (concatenated files); trailing zero padding is fine.
            if (stream.avail_in == 0 || *stream.next_in == 0) break;
            if (inflateReset(&stream) != Z_OK) break;
            continue;
        }
        if (rc != Z_OK) break;
        if (stream.avail_in == 0 && stream.avail_out != 0) {
            rc = Z_BUF_ERROR;  // input ended inside a member
            break;
        }
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END)
        throw Error(path + " is a damaged or truncated gzip file (" + std::string(rc == Z_DATA_ERROR ? "bad data" : "unexpected end") + ").");
    return out;
}

}  // namespace clipft
