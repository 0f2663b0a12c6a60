// Placeholder until the bridge lands (being written): keeps the build green.
#include "spm_bridge.h"
