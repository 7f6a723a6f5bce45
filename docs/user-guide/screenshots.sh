#!/usr/bin/env bash
# Retakes the user guide's pictures (docs/user-guide/*.png) from the real window under Xvfb on a
# 1366 x 768 screen, first-run layout, the Stafford College line selected.
# Needs: xvfb, xdotool, imagemagick (Debian). Run from the repository root after building;
# BUILD_DIR defaults to build.
set -euo pipefail
build=${1:-build}
display=:98
out=docs/user-guide
config=$(mktemp -d) # a first-run layout, whatever this machine's settings say
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "${app-}" "$xvfb" 2>/dev/null; rm -rf "$config"' EXIT
sleep 1
XDG_CONFIG_HOME=$config DISPLAY=$display "$build/app/factsheet-explorer" >/dev/null 2>&1 &
app=$!
export DISPLAY=$display

window=$(xdotool search --sync --name 'Stoke-on-Trent')
sleep 2
xdotool windowfocus --sync "$window"
# The table, then its last line: the Stafford College Science & Technology Centre.
xdotool key --clearmodifiers ctrl+1 ctrl+End Home
sleep 1
shot() { # shot FILE WINDOW: the window alone, as it is on the screen
    eval "$(xdotool getwindowgeometry --shell "$2")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$1"
}
shot "$out/window.png" "$window"

# File > Export Chart… on the funding chart.
xdotool key --clearmodifiers ctrl+3 ctrl+e
dialog=$(xdotool search --sync --name '^Export Chart$')
sleep 1
shot "$out/export.png" "$dialog"
xdotool key --clearmodifiers Escape
sleep 1

# View > Present Chart: the funding chart fills the screen.
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+3 F11
# Xvfb has no window manager to make it full screen: give it the screen by hand.
presentation=$(xdotool search --sync --name 'Presentation$')
xdotool windowmove "$presentation" 0 0 windowsize "$presentation" 1366 768
sleep 2
import -window root -resize 1024x576 -depth 8 "$out/presentation.png"
xdotool key --clearmodifiers Escape
