#!/usr/bin/env bash
# Start-up to first paint and peak memory (max RSS) of the explorer on the embedded factsheet,
# against the baseline (bench_baseline: one QTableView, one five-bar QChartView), on the offscreen
# platform and under Xvfb. Both run with --quit-after-first-paint, alternately, RUNS times each; the
# wall time of each process (start to exit) is taken, and the medians compared.
#
# Usage: bench/startup.sh [BUILD_DIR] [RUNS]     (BUILD_DIR defaults to build/, RUNS to 15)
# Needs bash 5 and coreutils; /usr/bin/time (Debian package time) for the peak RSS and Xvfb
# (package xvfb) for the X11 rows, both skipped with a note when missing.
# Prints rows "RESULT<TAB>measurement<TAB>ours<TAB>baseline<TAB>ratio<TAB>target<TAB>met?" (run.sh
# makes the table of them); progress goes to stderr.
set -euo pipefail
export LC_ALL=C # "." in EPOCHREALTIME and in awk's numbers

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
runs=${2:-15}
explorer=$build/app/factsheet-explorer
baseline=$build/bench/bench_baseline
for program in "$explorer" "$baseline"; do
    if [[ ! -x $program ]]; then
        echo "startup.sh: $program is not built (cmake --build $build)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# A throwaway configuration: no saved window layout, and the user's settings left alone.
export XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_CONFIG_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
# A cold font cache adds about half a second to any Qt start: warm it so both start alike.
fc-cache >/dev/null 2>&1 || true

have_time=false
[[ -x /usr/bin/time ]] && have_time=true

row() { printf 'RESULT\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@"; }

# One start: prints "microseconds kilobytes" (kilobytes "-" without /usr/bin/time).
start_once() {
    local program=$1 start end status=0 kb=-
    start=${EPOCHREALTIME/./}
    if $have_time; then
        /usr/bin/time -f %M -o "$work/rss" "$program" --quit-after-first-paint >/dev/null 2>"$work/stderr" || status=$?
    else
        "$program" --quit-after-first-paint >/dev/null 2>"$work/stderr" || status=$?
    fi
    end=${EPOCHREALTIME/./}
    if ((status != 0)); then
        echo "startup.sh: $program exited with status $status:" >&2
        cat "$work/stderr" >&2
        return 1
    fi
    $have_time && kb=$(tail -n 1 "$work/rss")
    echo "$((end - start)) $kb"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

ratio_row() { # measurement ours baseline unit target
    awk -v m="$1" -v o="$2" -v b="$3" -v u="$4" -v t="$5" 'BEGIN {
        r = o / b
        printf "RESULT\t%s\t%.1f %s\t%.1f %s\t%.2fx\t<= %.1fx\t%s\n", m, o, u, b, u, r, t, (r <= t ? "yes" : "NO")
    }'
}

# measure LABEL: RUNS alternating starts of each program on the platform set in the environment.
measure() {
    local label=$1 i first second line
    local -a our_us=() base_us=() our_kb=() base_kb=()
    start_once "$baseline" >/dev/null && start_once "$explorer" >/dev/null # warm the disk cache
    for ((i = 0; i < runs; i++)); do
        # Alternate which starts first, so drift on a shared machine hits both alike.
        if ((i % 2)); then first=$explorer second=$baseline; else first=$baseline second=$explorer; fi
        for program in "$first" "$second"; do
            line=$(start_once "$program")
            if [[ $program == "$explorer" ]]; then
                our_us+=("${line% *}") our_kb+=("${line#* }")
            else
                base_us+=("${line% *}") base_kb+=("${line#* }")
            fi
        done
    done
    local ours base
    ours=$(printf '%s\n' "${our_us[@]}" | median)
    base=$(printf '%s\n' "${base_us[@]}" | median)
    echo "  $label: explorer $((${ours%.*} / 1000)) ms, baseline $((${base%.*} / 1000)) ms (medians of $runs)" >&2
    ratio_row "start-up to first paint, $label" "$(awk -v v="$ours" 'BEGIN { print v / 1000 }')" \
        "$(awk -v v="$base" 'BEGIN { print v / 1000 }')" ms 1.2
    if $have_time; then
        ours=$(printf '%s\n' "${our_kb[@]}" | median)
        base=$(printf '%s\n' "${base_kb[@]}" | median)
        ratio_row "peak RSS, $label" "$(awk -v v="$ours" 'BEGIN { print v / 1024 }')" \
            "$(awk -v v="$base" 'BEGIN { print v / 1024 }')" MB 1.3
    else
        row "peak RSS, $label" "needs /usr/bin/time (apt-get install time)" - - "<= 1.3x" -
    fi
}

echo "startup.sh: $runs starts of each program per platform" >&2
QT_QPA_PLATFORM=offscreen measure offscreen

if command -v Xvfb >/dev/null; then
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb_pid=$!
    for ((i = 0; i < 100; i++)); do
        [[ -s $work/display ]] && break
        sleep 0.1
    done
    if [[ -s $work/display ]]; then
        DISPLAY=:$(head -n 1 "$work/display") QT_QPA_PLATFORM=xcb measure Xvfb
    else
        echo "startup.sh: Xvfb did not start:" >&2
        cat "$work/xvfb.log" >&2
        row "start-up to first paint, Xvfb" "Xvfb did not start" - - "<= 1.2x" -
    fi
else
    row "start-up to first paint, Xvfb" "needs Xvfb (apt-get install xvfb)" - - "<= 1.2x" -
fi
