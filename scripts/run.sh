#!/usr/bin/env bash
# Sets up, builds and starts the ConvDesigner designer, on the NiN example unless a network
# file is given.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec "${BUILD_DIR:-build}/app/convdesigner" "$@"
