#include "onnx_checks.h"

#include "analysis.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "onnx/onnx_reader.h"

#include <optional>

namespace cd::fuzz {

std::string checkOnnxBytes(std::string_view bytes)
{
    for (const auto &input :
         {std::optional<InputShape>(), std::optional<InputShape>(InputShape{3, 16, 16})}) {
        const onnximport::ReadResult read = onnximport::readOnnx(bytes, input);
        if (read.network.has_value() == !read.error.empty())
            return "a network and an error, or neither: " + read.error;
        if (!read.network)
            continue;
        (void)analyze(*read.network);
        const io::ReadResult again = io::readNetwork(io::writeNetwork(*read.network));
        if (!again.network)
            return "the imported network does not read back: " + again.error;
        if (!(*again.network == *read.network))
            return "the imported network reads back different";
    }
    return "";
}

} // namespace cd::fuzz
