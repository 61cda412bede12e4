#!/usr/bin/env bash
# Sets up, builds and starts ConvDesigner. Until the designer window lands, that is the
# command-line analyzer on the NiN example; arguments replace the example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if (($# == 0)); then
    set -- analyze resources/examples/nin.cnn.json
fi
exec "${BUILD_DIR:-build}/app/convdesigner-cli" "$@"
