#pragma once

// Builds small ONNX models in memory for the importer's tests, node by node.

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <string>
#include <vector>

namespace onnxtest {

struct ModelBuilder
{
    onnx::ModelProto model;
    onnx::GraphProto &graph = *model.mutable_graph();

    explicit ModelBuilder(std::vector<std::int64_t> inputDims = {1, 1, 8, 8},
                          std::string heightName = {})
    {
        model.set_ir_version(7);
        auto *input = graph.add_input();
        input->set_name("x");
        auto *tensor = input->mutable_type()->mutable_tensor_type();
        tensor->set_elem_type(onnx::TensorProto::FLOAT);
        for (std::size_t i = 0; i < inputDims.size(); ++i) {
            auto *dim = tensor->mutable_shape()->add_dim();
            if (i == 2 && !heightName.empty())
                dim->set_dim_param(heightName);
            else
                dim->set_dim_value(inputDims[i]);
        }
    }

    onnx::NodeProto &node(const std::string &name, const std::string &op,
                          std::vector<std::string> inputs, std::vector<std::string> outputs)
    {
        auto *n = graph.add_node();
        n->set_name(name);
        n->set_op_type(op);
        for (const auto &i : inputs)
            n->add_input(i);
        for (const auto &o : outputs)
            n->add_output(o);
        return *n;
    }

    static void ints(onnx::NodeProto &n, const std::string &name, std::vector<std::int64_t> v)
    {
        auto *a = n.add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (auto x : v)
            a->add_ints(x);
    }

    void weight(const std::string &name, std::vector<std::int64_t> dims)
    {
        auto *t = graph.add_initializer();
        t->set_name(name);
        t->set_data_type(onnx::TensorProto::FLOAT);
        // Bytes only for small weights; hostile dims (2^62) would overflow the count, so it
        // stops growing once it is past that size.
        std::int64_t count = 1;
        for (auto d : dims) {
            t->add_dims(d);
            count = count < 1000 && d >= 0 && d < 1000 ? count * d : 1000;
        }
        if (count < 1000)
            t->set_raw_data(std::string(static_cast<std::size_t>(count) * 4, '\0'));
    }

    void constantInts(const std::string &output, std::vector<std::int64_t> values)
    {
        auto &n = node("", "Constant", {}, {output});
        auto *a = n.add_attribute();
        a->set_name("value");
        a->set_type(onnx::AttributeProto::TENSOR);
        auto *t = a->mutable_t();
        t->set_data_type(onnx::TensorProto::INT64);
        t->add_dims(static_cast<std::int64_t>(values.size()));
        for (auto v : values)
            t->add_int64_data(v);
    }

    void output(const std::string &name) { graph.add_output()->set_name(name); }

    std::string bytes() const { return model.SerializeAsString(); }
};

} // namespace onnxtest
