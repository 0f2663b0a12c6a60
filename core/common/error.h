// Errors a user can cause (a bad file, a wrong format, a missing tensor) are thrown as clipft::Error
// with a sentence the user can act on. They are caught at the job boundary (CLI, GUI worker).
#pragma once
#include <stdexcept>
#include <string>

namespace clipft {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Thrown when a job notices that its CancelToken was set; not an error to show the user.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace clipft
