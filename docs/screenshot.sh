#!/usr/bin/env bash
# Retakes docs/screenshot.png from the real window under Xvfb, with the STC and housebuilding lines
# selected (a click, then a Ctrl+click): the window takes 90 % of the 1600x1000 screen, centred.
# Needs: xvfb, xdotool, imagemagick (Debian). Run from the repository root after building.
set -euo pipefail
display=:97
config=$(mktemp -d) # a first-run layout, whatever this machine's settings say
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
XDG_CONFIG_HOME=$config DISPLAY=$display ./build/app/factsheet-explorer >/dev/null 2>&1 &
app=$!
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$config"' EXIT
sleep 3
DISPLAY=$display xdotool mousemove 230 300 click 1 # the Stafford College row
DISPLAY=$display xdotool mousemove 230 210 keydown ctrl click 1 keyup ctrl # and housebuilding
sleep 1
DISPLAY=$display import -window root -crop 1440x900+80+50 +repage docs/screenshot.png
