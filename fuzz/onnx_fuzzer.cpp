// libFuzzer target for the ONNX importer: any bytes are refused with a message or become a
// network that is analysed and survives the network file's write → read unchanged
// (onnx_checks.h, which the regression test in tests/onnx shares). Seeds: tests/data/onnx/*.onnx.

#include "onnx_checks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string broken =
        cd::fuzz::checkOnnxBytes({reinterpret_cast<const char *>(data), size});
    if (!broken.empty()) {
        std::fprintf(stderr, "onnx_fuzzer: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
