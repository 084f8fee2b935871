#!/usr/bin/env bash
# Runs libFuzzer targets built by the `fuzz` preset on their seed corpus, then mutates for a while.
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]     (all targets when none is named)
# Each target first replays every seed in tests/fuzz/corpus/<target>/, then mutates for SECONDS (ASan, UBSan and
# leak checks on; an input that takes more than 10 s, or 2 GB, counts as a failure). New inputs go to a work
# corpus outside the repository (FUZZ_WORK_DIR, default a temporary folder that is removed), never into the seeds.
# A crash leaves the input as FUZZ_WORK_DIR/<target>/crash-*; add it to the seeds once the parser is fixed.
# Exit status: 0 when every target ran clean, 1 otherwise. BUILD_DIR defaults to build-fuzz.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build-fuzz}
seconds=${1:?usage: $0 SECONDS [TARGET...]}
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for seeds in "$here"/corpus/*/; do
        targets+=("$(basename "$seeds")")
    done
fi

work=${FUZZ_WORK_DIR:-}
if [ -z "$work" ]; then
    work=$(mktemp -d "${TMPDIR:-/tmp}/venvdeck-fuzz.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi

failed=()
for target in "${targets[@]}"; do
    binary="$build_dir/tests/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "fuzz: $binary is missing: build it with: cmake --preset fuzz && cmake --build --preset fuzz" >&2
        failed+=("$target")
        continue
    fi
    mkdir -p "$work/$target/corpus"
    log="$work/$target/fuzz.log"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1} \
        "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/$target/" "$work/$target/corpus" "$here/corpus/$target" >"$log" 2>&1
    status=$?
    summary=$(grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -1)
    if [ $status -eq 0 ]; then
        echo "fuzz: $target ok ($seconds s): $summary" >&2
    else
        echo "fuzz: $target FAILED (exit $status); the end of $log:" >&2
        tail -40 "$log" >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
