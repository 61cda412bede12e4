// libFuzzer target for the ONNX importer: any bytes are refused with a message or become a
// network that is analysed and survives the network file's write → read unchanged (so Save
// after an import always works). Seeds: tests/data/onnx/*.onnx.

#include "analysis.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "onnx/onnx_reader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void broken(const std::string &what)
{
    std::fprintf(stderr, "onnx_fuzzer: %s\n", what.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    // A fixed size too, so models with a symbolic height and width get past the input.
    for (const auto &input : {std::optional<cd::InputShape>(),
                              std::optional<cd::InputShape>(cd::InputShape{3, 16, 16})}) {
        const cd::onnximport::ReadResult read = cd::onnximport::readOnnx(bytes, input);
        if (read.network.has_value() == !read.error.empty())
            broken("a network and an error, or neither: " + read.error);
        if (!read.network)
            continue;
        (void)cd::analyze(*read.network);
        const cd::io::ReadResult again = cd::io::readNetwork(cd::io::writeNetwork(*read.network));
        if (!again.network)
            broken("the imported network does not read back: " + again.error);
        cd::Network expected = *read.network;
        if (!(*again.network == expected))
            broken("the imported network reads back different");
    }
    return 0;
}
