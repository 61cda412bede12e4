#!/usr/bin/env bash
# Sets up, builds and runs every test (ctest prints its summary; the exit status is ctest's).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test-deps
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
