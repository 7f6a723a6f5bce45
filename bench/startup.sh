#!/usr/bin/env bash
# Start-up and peak memory (max RSS) of the explorer on the embedded factsheet, against the baseline
# (bench_baseline: one QTableView, one five-bar QChartView), on the offscreen platform and under Xvfb.
# Two ends of start-up: the first paint (--quit-after-first-paint; the explorer builds its charts
# just after that frame) and the complete window (--quit-when-complete: the explorer's charts have
# painted too; the baseline's one chart is in its first frame, so for it both are the same). Each
# program runs RUNS times per end, alternately; the wall time of each process (start to exit) is
# taken, and the medians compared. Peak RSS comes from the complete runs, so it counts the charts.
#
# Usage: bench/startup.sh [BUILD_DIR] [RUNS]     (BUILD_DIR defaults to build/, RUNS to 15)
# Needs bash 5 and coreutils; /usr/bin/time (Debian package time) for the peak RSS and Xvfb
# (package xvfb) for the X11 rows, both skipped with a note when missing.
# Prints rows "RESULT<TAB>measurement<TAB>ours<TAB>baseline<TAB>ratio<TAB>target<TAB>met?" (run.sh
# makes the table of them; "-" where no target is set); progress goes to stderr.
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

# One start of PROGRAM with OPTION: prints "microseconds kilobytes" (kilobytes "-" without /usr/bin/time).
start_once() {
    local program=$1 option=$2 start end status=0 kb=-
    start=${EPOCHREALTIME/./}
    if $have_time; then
        /usr/bin/time -f %M -o "$work/rss" "$program" "$option" >/dev/null 2>"$work/stderr" || status=$?
    else
        "$program" "$option" >/dev/null 2>"$work/stderr" || status=$?
    fi
    end=${EPOCHREALTIME/./}
    if ((status != 0)); then
        echo "startup.sh: $program $option exited with status $status:" >&2
        cat "$work/stderr" >&2
        return 1
    fi
    $have_time && kb=$(tail -n 1 "$work/rss")
    echo "$((end - start)) $kb"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# The median of VALUES... divided by DIVISOR: microseconds to milliseconds, kilobytes to megabytes.
median_in() { # divisor values...
    local divisor=$1
    shift
    printf '%s\n' "$@" | median | awk -v d="$divisor" '{ print $1 / d }'
}

ratio_row() { # measurement ours baseline unit [target]; no target: "-" for the target and met?
    awk -v m="$1" -v o="$2" -v b="$3" -v u="$4" -v t="${5:-}" 'BEGIN {
        r = o / b
        target = t == "" ? "-" : sprintf("<= %.1fx", t)
        met = t == "" ? "-" : (r <= t ? "yes" : "NO")
        printf "RESULT\t%s\t%.1f %s\t%.1f %s\t%.2fx\t%s\t%s\n", m, o, u, b, u, r, target, met
    }'
}

first_paint="start-up to first paint"
complete="start-up to complete window (charts painted)"

# The rows of a platform that could not be measured, saying why.
skipped_rows() { # label reason
    row "$first_paint, $1" "$2" - - "<= 1.2x" -
    row "$complete, $1" "$2" - - - -
    row "peak RSS, $1" "$2" - - "<= 1.3x" -
}

# measure LABEL: RUNS alternating starts of each program, to the first paint and to the complete
# window, on the platform set in the environment.
measure() {
    local label=$1 i option first second program line
    local -a our_paint=() base_paint=() our_complete=() base_complete=() our_kb=() base_kb=()
    # Warm the disk cache.
    start_once "$baseline" --quit-when-complete >/dev/null && start_once "$explorer" --quit-when-complete >/dev/null
    for ((i = 0; i < runs; i++)); do
        # Alternate which starts first, so drift on a shared machine hits both alike.
        if ((i % 2)); then first=$explorer second=$baseline; else first=$baseline second=$explorer; fi
        for option in --quit-after-first-paint --quit-when-complete; do
            for program in "$first" "$second"; do
                line=$(start_once "$program" "$option")
                case $program:$option in
                "$explorer:--quit-after-first-paint") our_paint+=("${line% *}") ;;
                "$baseline:--quit-after-first-paint") base_paint+=("${line% *}") ;;
                "$explorer:--quit-when-complete") our_complete+=("${line% *}") our_kb+=("${line#* }") ;;
                "$baseline:--quit-when-complete") base_complete+=("${line% *}") base_kb+=("${line#* }") ;;
                esac
            done
        done
    done
    local paint_ours paint_base complete_ours complete_base
    paint_ours=$(median_in 1000 "${our_paint[@]}") paint_base=$(median_in 1000 "${base_paint[@]}")
    complete_ours=$(median_in 1000 "${our_complete[@]}") complete_base=$(median_in 1000 "${base_complete[@]}")
    printf '  %s: explorer %.0f ms to first paint, %.0f ms complete; baseline %.0f ms, %.0f ms (medians of %s)\n' \
        "$label" "$paint_ours" "$complete_ours" "$paint_base" "$complete_base" "$runs" >&2
    ratio_row "$first_paint, $label" "$paint_ours" "$paint_base" ms 1.2
    ratio_row "$complete, $label" "$complete_ours" "$complete_base" ms
    if $have_time; then
        ratio_row "peak RSS, $label" "$(median_in 1024 "${our_kb[@]}")" "$(median_in 1024 "${base_kb[@]}")" MB 1.3
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
        skipped_rows Xvfb "Xvfb did not start"
    fi
else
    skipped_rows Xvfb "needs Xvfb (apt-get install xvfb)"
fi
