#!/bin/sh
# The Debian package: CPack makes it, its control fields name what the
# programs need on Debian 12, apt can install it with those dependencies,
# and the programs unpacked from it run.
# Usage: check-deb.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$work" >/dev/null
deb=$(ls "$work"/pykala_*.deb)
info=$(dpkg-deb --info "$deb")
echo "$info" | grep -q '^ Package: pykala$'
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libpoppler-qt6-3 qt6-qpa-plugins libpq5 libcurl4; do
    echo "$depends" | grep -q "$needed" || { echo "Depends lacks $needed: $depends" >&2; exit 1; }
done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/pykala ./usr/bin/pykala-cli ./usr/share/applications/fi.pykala.Pykala.desktop \
    ./usr/share/metainfo/fi.pykala.Pykala.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/fi.pykala.Pykala.svg; do
    echo "$contents" | grep -q " $file\$" || { echo "the package lacks $file" >&2; exit 1; }
done
# apt resolves the package's dependencies from Debian's (simulated: nothing changes).
apt-get install --simulate -q "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }
dpkg-deb --extract "$deb" "$work/root"
"$work/root/usr/bin/pykala-cli" --version | grep -q '^pykala-cli '
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/pykala" --version | grep -q '^pykala '
echo "package OK: $(basename "$deb")"
