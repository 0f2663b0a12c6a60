// Where the files clipft ships beside its programs are found, both when it runs from the build tree
// and when it is installed (bin/clipft with share/clipft/ next to bin/).
#pragma once
#include <string>

namespace clipft {

// The folder of the running executable ("" when /proc/self/exe cannot be read).
std::string executableDir();

// The built-in demo model (an open_clip folder with a sentencepiece vocabulary). Looks, in order:
// $CLIPFT_DEMO_MODEL (only there, when set); ../share/clipft/demo-model relative to the running
// executable (installed layout); the source tree's resources/demo-model (build tree). Throws
// clipft::Error listing where it looked when none holds open_clip_config.json.
std::string demoModelDir();

}  // namespace clipft
