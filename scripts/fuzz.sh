#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ into build-fuzz/ (or $FUZZ_BUILD_DIR) and runs each for
# DURATION seconds, one process at a time under `nice`, so that a shared machine stays usable.
# Usage: scripts/fuzz.sh DURATION [extra libFuzzer flags...]
# Three targets: network_fuzzer mutates network files, analysis_fuzzer builds networks from its
# bytes (fuzz/network_builder.h), onnx_fuzzer mutates ONNX models (seeds: tests/data/onnx).
# The working corpora start from every network file the tests read (tests/data, its fuzz-regressions, tests/data-autograd, resources/examples); findings
# land in $FUZZ_BUILD_DIR/artifacts/TARGET/. Keep each one as a regression case: copy it to
# tests/data/fuzz-regressions/ as TARGET-crash-HASH.bin (io_tests replays every file there
# through both network targets' checks, onnx_tests every onnx_fuzzer-* and .onnx file through
# the ONNX target's). Fork mode keeps the run going past a finding, so one run
# collects them all; each target's log shows its `cov:` and `exec/s`.
set -euo pipefail
cd "$(dirname "$0")/.."

if (($# < 1)) || ! [[ $1 =~ ^[0-9]+$ ]]; then
    echo "Usage: $0 DURATION_SECONDS [libFuzzer flags...]" >&2
    exit 2
fi
duration=$1
shift

packages=(cmake ninja-build clang libclang-rt-14-dev qt6-base-dev qt6-svg-dev libeigen3-dev
    libgraphviz-dev libonnx-dev libprotobuf-dev)
scripts/ensure_packages.sh "Fuzzing" "${packages[@]}"

build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
# -O1 without NDEBUG: Eigen's and the code's assertions stay on, so they count as findings.
cmake -S . -B "$build_dir" -G Ninja -DCONVDESIGNER_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
targets=(network_fuzzer analysis_fuzzer onnx_fuzzer)
nice -n 10 cmake --build "$build_dir" --target "${targets[@]}" -- -j "${FUZZ_BUILD_JOBS:-2}"

for target in "${targets[@]}"; do
    corpus=$build_dir/corpus/$target
    artifacts=$build_dir/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    seeds=(tests/data tests/data/fuzz-regressions tests/data-autograd resources/examples)
    for seed in "${seeds[@]}"; do
        [ -d "$seed" ] || continue
        find "$seed" -maxdepth 1 -type f \( -name '*.cnn.json' -o -name '*.bin' \) \
            -exec cp -n -t "$corpus" {} +
    done
    [ "$target" = onnx_fuzzer ] && cp -n -t "$corpus" tests/data/onnx/*.onnx \
        tests/data/fuzz-regressions/*.onnx
    # The file target gets the format's words and room for whole files; the builder's choices
    # need a few dozen bytes a layer from the start, not lengths grown slowly from 4.
    lengths=(-dict=fuzz/network.dict -max_len=16384)
    [ "$target" = analysis_fuzzer ] && lengths=(-max_len=512 -len_control=0)
    [ "$target" = onnx_fuzzer ] && lengths=(-max_len=16384)
    echo "== $target for ${duration}s (log: $build_dir/$target.log)"
    # A file over 10 s or 2 GiB is a finding too: the analysis promises bounded work.
    nice -n 10 "$build_dir/fuzz/$target" "$corpus" "${lengths[@]}" \
        -max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" 2>&1 | tee "$build_dir/$target.log" \
        | grep -E '^(#|INFO: fuzzing|==|.*cov:|.*CRASH|.*TIMEOUT|.*OOM|stat::)' || true
    echo "== findings in $artifacts: $(find "$artifacts" -type f | wc -l)"
done
