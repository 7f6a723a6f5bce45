#!/usr/bin/env bash
# Runs every benchmark and prints one table of ratios, each against a baseline measured in the same
# run (these machines are shared and noisy, so no figure stands alone). Builds nothing: build first
# (Release for figures worth comparing), then pass the build directory (default build/).
#
# Usage: bench/run.sh [BUILD_DIR]
# Environment: QUICK=1 for a short smoke run (fewer repeats, 100,000 lines, 10 MB of JSON).
# bench_open needs /usr/bin/time (Debian package time) for its peak memory.
set -euo pipefail
export LC_ALL=C

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
for target in app/factsheet-explorer bench/bench_baseline bench/bench_scale bench/bench_selection bench/bench_import \
    bench/bench_export bench/bench_open bench/bench_hostiletext; do
    if [[ ! -x $build/$target ]]; then
        echo "run.sh: $build/$target is not built; build first:" >&2
        echo "  cmake -S $repo -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $build" >&2
        exit 1
    fi
done

if [[ ${QUICK:-} == 1 ]]; then
    startup_runs=5 scale=(--sizes 100000 --repeats 3) import=(--megabytes 10 --repeats 3) exports=(--repeats 3)
    open=(--lines 100000 --repeats 1 --unknown-megabytes 20) hostile=(--megabytes 4 --repeats 3)
else
    startup_runs=21 scale=(--sizes "100000,1000000" --repeats 5) import=(--megabytes 100 --repeats 5) exports=(--repeats 11)
    open=(--lines 1000000 --repeats 3 --unknown-megabytes 200) hostile=(--megabytes 16 --repeats 5)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The C++ benchmarks keep their settings and Qt's runtime files out of the user's.
export XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_CONFIG_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

started=$SECONDS
# Each benchmark prints its rows on stdout ("RESULT<TAB>..."), progress on stderr.
failed=()
run() {
    echo "== ${1##*/}" >&2
    "$@" >>"$work/rows" || failed+=("${1##*/}")
}
run "$repo/bench/startup.sh" "$build" "$startup_runs"
run "$build/bench/bench_scale" "${scale[@]}"
run "$build/bench/bench_selection"
run "$build/bench/bench_import" "${import[@]}"
run "$build/bench/bench_export" "${exports[@]}"
run "$build/bench/bench_open" "${open[@]}"
# The same document compact (as jq -c writes it); the unknown-member row was measured above.
run "$build/bench/bench_open" "${open[@]}" --compact --unknown-megabytes 0
run "$build/bench/bench_hostiletext" "${hostile[@]}"

echo >&2
echo "Benchmarks of $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "this tree") on $(nproc) cores," \
    "$((SECONDS - started)) s; ratio = ours / baseline, both measured in this run (medians)." 
awk -F '\t' '
    BEGIN { n = split("measurement|ours|baseline|ratio|target|met?", header, "|"); rows = 1
            for (c = 1; c <= n; c++) cell[1, c] = header[c] }
    $1 == "RESULT" { rows++; for (c = 1; c <= n; c++) cell[rows, c] = $(c + 1) }
    END {
        for (r = 1; r <= rows; r++) for (c = 1; c <= n; c++) if (length(cell[r, c]) > w[c]) w[c] = length(cell[r, c])
        for (r = 1; r <= rows; r++) {
            line = "|"
            for (c = 1; c <= n; c++) line = line sprintf(" %-" w[c] "s |", cell[r, c])
            print line
            if (r == 1) {
                line = "|"
                for (c = 1; c <= n; c++) { dashes = sprintf("%" w[c] "s", ""); gsub(/ /, "-", dashes); line = line " " dashes " |" }
                print line
            }
        }
    }' "$work/rows"
if ((${#failed[@]})); then
    echo "run.sh: failed: ${failed[*]}" >&2
    exit 1
fi
