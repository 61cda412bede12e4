#include "onnx_stream.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#include <climits>
#include <cstring>
#include <functional>

namespace cd::onnximport {

namespace {

using google::protobuf::io::CodedInputStream;
using WireFormat = google::protobuf::internal::WireFormatLite;

// Field numbers from onnx.proto (ModelProto, GraphProto, TensorProto).
enum ModelField { ModelGraph = 7 };
enum GraphField { GraphNode = 1, GraphInitializer = 5, GraphInput = 11, GraphOutput = 12 };
enum TensorField {
    TensorDims = 1,
    TensorDataType = 2,
    TensorFloatData = 4,
    TensorInt32Data = 5,
    TensorInt64Data = 7,
    TensorName = 8,
    TensorRawData = 9,
    TensorDoubleData = 10,
};

constexpr int fieldNumber(std::uint32_t tag) { return static_cast<int>(tag >> 3); }
constexpr int wireType(std::uint32_t tag) { return static_cast<int>(tag & 7); }
constexpr int lengthDelimited = WireFormat::WIRETYPE_LENGTH_DELIMITED;

class StreamReader
{
public:
    StreamReader(CodedInputStream &in, std::string &error) : in_(in), error_(error) {}

    bool fail(const std::string &message)
    {
        if (error_.empty())
            error_ = message;
        return false;
    }
    bool truncated() { return fail("the file is truncated or is not an ONNX model"); }

    // Runs `body` on the next length-delimited field with the stream limited to it; the
    // field must be read to its end.
    bool submessage(const std::function<bool()> &body)
    {
        std::uint32_t length = 0;
        if (!in_.ReadVarint32(&length) || length > INT_MAX)
            return truncated();
        const int remaining = in_.BytesUntilLimit();
        if (remaining >= 0 && static_cast<int>(length) > remaining)
            return truncated();
        const CodedInputStream::Limit limit = in_.PushLimit(static_cast<int>(length));
        const bool ok = body();
        const bool complete = in_.BytesUntilLimit() == 0;
        in_.PopLimit(limit);
        if (!ok)
            return false;
        return complete || truncated();
    }

    bool skip(std::uint32_t tag)
    {
        return WireFormat::SkipField(&in_, tag) || truncated();
    }

    // A message parsed by protobuf's generated code (nodes, value infos: small).
    bool message(google::protobuf::MessageLite &message)
    {
        return submessage([&] { return message.MergeFromCodedStream(&in_) || truncated(); });
    }

    bool model(Graph &graph, bool &hasGraph)
    {
        while (const std::uint32_t tag = in_.ReadTag()) {
            if (fieldNumber(tag) == ModelGraph && wireType(tag) == lengthDelimited) {
                hasGraph = true;
                if (!submessage([&] { return this->graph(graph); }))
                    return false;
            } else if (!skip(tag)) {
                return false;
            }
        }
        return in_.ConsumedEntireMessage() || truncated();
    }

private:
    bool graph(Graph &graph)
    {
        while (const std::uint32_t tag = in_.ReadTag()) {
            const bool delimited = wireType(tag) == lengthDelimited;
            bool ok = true;
            if (fieldNumber(tag) == GraphNode && delimited) {
                ok = message(graph.nodes.emplace_back());
            } else if (fieldNumber(tag) == GraphInput && delimited) {
                ok = message(graph.inputs.emplace_back());
            } else if (fieldNumber(tag) == GraphOutput && delimited) {
                ok = message(graph.outputs.emplace_back());
            } else if (fieldNumber(tag) == GraphInitializer && delimited) {
                TensorInfo info;
                ok = submessage([&] { return tensor(info); });
                if (ok)
                    graph.initializers[info.name] = std::move(info);
            } else {
                ok = skip(tag);
            }
            if (!ok)
                return false;
        }
        return true;
    }

    // Reads a repeated scalar field, packed or not, keeping at most smallTensorElements.
    template <typename Read>
    bool repeated(std::uint32_t tag, std::vector<double> &kept, std::int64_t &count, Read read)
    {
        const auto one = [&] {
            double value = 0;
            if (!read(value))
                return truncated();
            if (++count <= smallTensorElements)
                kept.push_back(value);
            return true;
        };
        if (wireType(tag) != lengthDelimited)
            return one();
        return submessage([&] {
            while (in_.BytesUntilLimit() > 0)
                if (!one())
                    return false;
            return true;
        });
    }

    bool tensor(TensorInfo &info)
    {
        std::string raw;
        bool rawSkipped = false;
        std::vector<double> typed;
        std::int64_t typedCount = 0;
        const auto varint = [&](double &value) {
            std::uint64_t v = 0;
            if (!in_.ReadVarint64(&v))
                return false;
            value = static_cast<double>(static_cast<std::int64_t>(v));
            return true;
        };
        const auto fixed32 = [&](double &value) {
            std::uint32_t v = 0;
            if (!in_.ReadLittleEndian32(&v))
                return false;
            float f = 0;
            std::memcpy(&f, &v, sizeof f);
            value = f;
            return true;
        };
        const auto fixed64 = [&](double &value) {
            std::uint64_t v = 0;
            if (!in_.ReadLittleEndian64(&v))
                return false;
            std::memcpy(&value, &v, sizeof value);
            return true;
        };
        while (const std::uint32_t tag = in_.ReadTag()) {
            bool ok = true;
            switch (fieldNumber(tag)) {
            case TensorDims: {
                std::vector<double> ignored;
                std::int64_t count = 0;
                ok = repeated(tag, ignored, count, [&](double &) {
                    std::uint64_t v = 0;
                    if (!in_.ReadVarint64(&v))
                        return false;
                    info.dims.push_back(static_cast<std::int64_t>(v));
                    return true;
                });
                break;
            }
            case TensorDataType: {
                std::uint32_t v = 0;
                ok = in_.ReadVarint32(&v) || truncated();
                info.dataType = static_cast<std::int32_t>(v);
                break;
            }
            case TensorName: {
                std::uint32_t length = 0;
                ok = (in_.ReadVarint32(&length) && length <= INT_MAX
                      && in_.ReadString(&info.name, static_cast<int>(length)))
                     || truncated();
                break;
            }
            case TensorRawData: {
                std::uint32_t length = 0;
                ok = in_.ReadVarint32(&length) && length <= INT_MAX;
                // Weights: seeked over, never copied (FileInputStream skips with lseek).
                rawSkipped = length > smallTensorElements * 8;
                if (ok)
                    ok = rawSkipped ? in_.Skip(static_cast<int>(length))
                                    : in_.ReadString(&raw, static_cast<int>(length));
                ok = ok || truncated();
                break;
            }
            case TensorFloatData: ok = repeated(tag, typed, typedCount, fixed32); break;
            case TensorInt32Data:
            case TensorInt64Data: ok = repeated(tag, typed, typedCount, varint); break;
            case TensorDoubleData: ok = repeated(tag, typed, typedCount, fixed64); break;
            default: ok = skip(tag);
            }
            if (!ok)
                return false;
        }
        if (!rawSkipped)
            info.values = smallValues(info.dataType, raw, typed, typedCount);
        return true;
    }

public:
    static std::optional<std::vector<double>> smallValues(std::int32_t dataType,
                                                          const std::string &raw,
                                                          const std::vector<double> &typed,
                                                          std::int64_t typedCount)
    {
        if (raw.empty())
            return typedCount <= smallTensorElements ? std::optional(typed) : std::nullopt;
        std::size_t width = 0;
        switch (dataType) {
        case onnx::TensorProto::FLOAT:
        case onnx::TensorProto::INT32: width = 4; break;
        case onnx::TensorProto::INT64:
        case onnx::TensorProto::DOUBLE: width = 8; break;
        default: return std::nullopt;
        }
        if (raw.size() % width != 0)
            return std::nullopt;
        std::vector<double> values;
        for (std::size_t at = 0; at < raw.size(); at += width) {
            const char *bytes = raw.data() + at;
            if (dataType == onnx::TensorProto::FLOAT) {
                float f = 0;
                std::memcpy(&f, bytes, 4);
                values.push_back(f);
            } else if (dataType == onnx::TensorProto::INT32) {
                std::int32_t i = 0;
                std::memcpy(&i, bytes, 4);
                values.push_back(i);
            } else if (dataType == onnx::TensorProto::INT64) {
                std::int64_t i = 0;
                std::memcpy(&i, bytes, 8);
                values.push_back(static_cast<double>(i));
            } else {
                double d = 0;
                std::memcpy(&d, bytes, 8);
                values.push_back(d);
            }
        }
        return values;
    }

private:
    CodedInputStream &in_;
    std::string &error_;
};

} // namespace

TensorInfo tensorInfo(const onnx::TensorProto &tensor)
{
    TensorInfo info;
    info.name = tensor.name();
    info.dataType = tensor.data_type();
    info.dims.assign(tensor.dims().begin(), tensor.dims().end());
    std::vector<double> typed;
    std::int64_t count = 0;
    const auto keep = [&](double value) {
        if (++count <= smallTensorElements)
            typed.push_back(value);
    };
    for (const float f : tensor.float_data())
        keep(f);
    for (const std::int32_t i : tensor.int32_data())
        keep(i);
    for (const std::int64_t i : tensor.int64_data())
        keep(static_cast<double>(i));
    for (const double d : tensor.double_data())
        keep(d);
    if (tensor.raw_data().size() <= smallTensorElements * 8)
        info.values = StreamReader::smallValues(info.dataType, tensor.raw_data(), typed, count);
    return info;
}

std::optional<Graph> readGraph(google::protobuf::io::ZeroCopyInputStream &stream,
                               std::string &error)
{
    CodedInputStream in(&stream);
    // Protobuf refuses messages past 64 MiB by default; ONNX files with weights are larger,
    // and the format itself cannot pass 2 GiB (larger models keep their weights outside).
    in.SetTotalBytesLimit(INT_MAX);
    in.SetRecursionLimit(64);
    Graph graph;
    bool hasGraph = false;
    StreamReader reader(in, error);
    if (!reader.model(graph, hasGraph))
        return std::nullopt;
    if (!hasGraph) {
        error = "not an ONNX model: it holds no graph";
        return std::nullopt;
    }
    return graph;
}

} // namespace cd::onnximport
