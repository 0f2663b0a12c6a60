#include "core/common/runtime.h"
#include <iostream>
int main(int argc, char** argv) {
    clipft::initRuntime();
    std::cout << "clipft " << CLIPFT_VERSION << "\n";
    return 0;
}
