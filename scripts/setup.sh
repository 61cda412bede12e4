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
# tests/onnx exports the d2l models to ONNX with it. The designer itself never needs them, so
# a plain setup does not install them.
test_packages=(python3-torch python3-onnx)
if [ "${1:-}" = "--tests" ]; then
    packages+=("${test_packages[@]}")
fi
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} > 0)); then
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
        echo "ConvDesigner needs these Debian packages: ${missing[*]}" >&2
        echo "Install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

build_dir=${BUILD_DIR:-build}
# shellcheck disable=SC2086 # CMAKE_ARGS is a list of options
cmake -S . -B "$build_dir" -G Ninja ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir"
