// Reads a whole gzip file (all members, as Python's gzip module does) into memory.
#pragma once
#include <string>

namespace clipft {

// Throws clipft::Error naming the file when it is missing, unreadable, not gzip or truncated.
std::string readGzipFile(const std::string& path);

}  // namespace clipft
