#!/bin/sh
# The first start of the desktop client on its default store: the store is
# created and filled with the demo data (on a thread of its own, with its
# progress shown), the navigator paints, and the store checks out.
# Usage: first-start.sh PYKALA-CLI PYKALA
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" QT_QPA_PLATFORM=offscreen
unset PYKALA_STORE
output=$(PYKALA_STARTUP_PROBE=0 "$2" 2>&1)
echo "$output" | grep -Eq '^first-paint-ms [0-9]+\.[0-9]$' || { echo "the client did not paint: $output"; exit 1; }
store="$dir/data/pykala/pykala.sqlite"
[ -f "$store" ] || { echo "no default store at $store"; exit 1; }
"$1" --store "$store" check >/dev/null
bodies=$("$1" --store "$store" bodies | wc -l)
meetings=$("$1" --store "$store" meetings | wc -l)
echo "default store: $bodies bodies, $meetings meetings"
[ "$bodies" -ge 2 ] && [ "$meetings" -ge 10 ]
# Started again, it opens the same store and adds nothing.
PYKALA_STARTUP_PROBE=0 "$2" >/dev/null 2>&1
[ "$("$1" --store "$store" meetings | wc -l)" -eq "$meetings" ]
