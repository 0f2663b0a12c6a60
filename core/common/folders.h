// Creating the folders a job writes into, with a message the user can act on when it fails
// (std::filesystem's own exception would name neither the purpose nor be a clipft::Error).
#pragma once
#include <string>

namespace clipft {

// Creates `dir` and its parents when missing. Throws clipft::Error naming `dir` and the reason
// (permission denied, a file in the way, a full disk).
void createFolders(const std::string& dir);

}  // namespace clipft
