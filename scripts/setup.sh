#!/usr/bin/env bash
# Installs the Debian packages ConvDesigner needs (when missing), then configures and builds
# into build/ (or $BUILD_DIR). Extra CMake options go in $CMAKE_ARGS. With --tests it also
# installs what only the tests need (scripts/test.sh passes it).
set -euo pipefail
cd "$(dirname "$0")/.."

# libonnx-dev's CMake package finds no protobuf itself: libprotobuf-dev is named too. No
# protoc: ONNX's generated messages come compiled in libonnx_proto.
packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-svg-dev libeigen3-dev libgraphviz-dev
    catch2 libonnx-dev libprotobuf-dev)
# Test-only: tests/pytorch runs the exported PyTorch code under Debian's PyTorch, and
# tests/onnx exports the d2l models to ONNX with it; tests/cli renders the lecture handout in
# headless Chromium. The designer itself never needs them, so a plain setup does not install
# them.
test_packages=(python3-torch python3-onnx chromium)
if [ "${1:-}" = "--tests" ]; then
    packages+=("${test_packages[@]}")
fi
scripts/ensure_packages.sh "ConvDesigner" "${packages[@]}"

build_dir=${BUILD_DIR:-build}
# shellcheck disable=SC2086 # CMAKE_ARGS is a list of options
cmake -S . -B "$build_dir" -G Ninja ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir"
