#!/bin/sh
# The start-up benchmark's probe (PYKALA_STARTUP_PROBE): the client reports
# when its navigator has painted the first list of meetings, then quits.
# Usage: startup-probe.sh PYKALA-CLI PYKALA
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$1" --store "$dir/s.sqlite" init >/dev/null
"$1" --store "$dir/s.sqlite" demo >/dev/null
output=$(XDG_CONFIG_HOME="$dir/config" QT_QPA_PLATFORM=offscreen PYKALA_STARTUP_PROBE=0 "$2" "$dir/s.sqlite")
echo "$output"
echo "$output" | grep -Eq '^first-paint-ms [0-9]+\.[0-9]$'
