// Every finding of the ONNX fuzz target (tests/data/fuzz-regressions/onnx_fuzzer-*), the hostile
// models kept beside them (issue11-onnx-*.onnx) and the kept PyTorch exports, replayed through
// the fuzz target's own checks, so that the normal suite (with the sanitizers in CI) sees a
// regression before any fuzzing does.

#include "../../fuzz/onnx_checks.h"
#include "onnx/onnx_reader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string fileBytes(const fs::path &path)
{
    std::ifstream file(path, std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

// The files in `directory` whose names satisfy `wanted`, sorted so a failure names the same
// file on every run.
template <typename Wanted>
std::vector<fs::path> filesIn(const fs::path &directory, Wanted wanted)
{
    std::vector<fs::path> found;
    for (const auto &entry : fs::directory_iterator(directory))
        if (entry.is_regular_file() && wanted(entry.path().filename().string()))
            found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

bool isOnnxFinding(const std::string &name)
{
    return name.rfind("onnx_fuzzer-", 0) == 0 || fs::path(name).extension() == ".onnx";
}

const fs::path regressions = CONVDESIGNER_TEST_DATA "/fuzz-regressions";

} // namespace

TEST_CASE("every ONNX fuzz finding and kept model is imported or refused without a fault",
          "[onnx][fuzz]")
{
    std::vector<fs::path> files = filesIn(regressions, isOnnxFinding);
    const auto kept = filesIn(CONVDESIGNER_TEST_DATA "/onnx", [](const std::string &name) {
        return fs::path(name).extension() == ".onnx";
    });
    REQUIRE_FALSE(kept.empty());
    files.insert(files.end(), kept.begin(), kept.end());
    for (const fs::path &file : files) {
        CAPTURE(file.string());
        CHECK(cd::fuzz::checkOnnxBytes(fileBytes(file)) == "");
    }
}

TEST_CASE("the kept hostile ONNX models are refused with a message", "[onnx][fuzz][hostile]")
{
    const auto hostile = filesIn(regressions, [](const std::string &name) {
        return name.rfind("issue11-onnx-", 0) == 0;
    });
    REQUIRE(hostile.size() >= 10);
    for (const fs::path &file : hostile) {
        CAPTURE(file.string());
        const auto result = cd::onnximport::readOnnx(fileBytes(file));
        CHECK_FALSE(result.network);
        CHECK_FALSE(result.error.empty());
    }
}
