#include "onnx_reader.h"

#include "onnx_convert.h"
#include "onnx_stream.h"

#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cd::onnximport {

namespace {

ReadResult fromStream(google::protobuf::io::ZeroCopyInputStream &stream,
                      const std::optional<InputShape> &overrideInput)
{
    ReadResult result;
    const std::optional<Graph> graph = readGraph(stream, result.error);
    if (!graph)
        return result;
    return convertGraph(*graph, overrideInput);
}

// Printable path bytes for messages; others escaped (a path may be any bytes).
std::string shownPath(const std::filesystem::path &path)
{
    std::string shown;
    for (const unsigned char c : path.native()) {
        if (c < 0x20 || c == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
            shown += escaped;
        } else {
            shown += static_cast<char>(c);
        }
    }
    return shown;
}

} // namespace

bool looksLikeOnnx(std::string_view firstBytes)
{
    // Field 1 (ir_version) as a varint: tag byte 0x08, then a small version number.
    return firstBytes.size() >= 2 && firstBytes[0] == 0x08
           && static_cast<unsigned char>(firstBytes[1]) < 0x80;
}

bool isOnnxFile(const std::filesystem::path &path)
{
    std::string extension = path.extension().string();
    for (char &c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".onnx")
        return true;
    std::ifstream file(path, std::ios::binary);
    char first[2] = {};
    file.read(first, sizeof first);
    return looksLikeOnnx(std::string_view(first, static_cast<std::size_t>(file.gcount())));
}

ReadResult readOnnx(std::string_view bytes, const std::optional<InputShape> &overrideInput)
{
    if (bytes.size() > INT_MAX)
        return {std::nullopt, "an ONNX model cannot pass 2 GiB", false, std::nullopt};
    google::protobuf::io::ArrayInputStream stream(bytes.data(), static_cast<int>(bytes.size()));
    return fromStream(stream, overrideInput);
}

ReadResult readOnnxFile(const std::filesystem::path &path,
                        const std::optional<InputShape> &overrideInput)
{
    const std::string shown = shownPath(path);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {std::nullopt, shown + ": cannot open: " + std::strerror(errno), false,
                std::nullopt};
    struct stat info {};
    ReadResult result;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        result.error = shown + ": not a regular file";
    } else if (info.st_size > INT_MAX) {
        result.error = shown + ": an ONNX model cannot pass 2 GiB (larger models keep their "
                               "weights in separate files, which ConvDesigner does not read)";
    } else {
        // Read in 1 MiB pieces; skipped weights are seeked over, never read.
        google::protobuf::io::FileInputStream stream(fd, 1 << 20);
        result = fromStream(stream, overrideInput);
        if (!result.network)
            result.error = shown + ": " + result.error;
    }
    ::close(fd);
    if (result.network && result.network->name.empty())
        result.network->name = path.stem().string();
    return result;
}

} // namespace cd::onnximport
