#!/bin/sh
# Desktop integration: `cmake --install` puts the programs, the desktop
# entry, the metainfo and the icons in place, and what it installed is valid
# and runs. Usage: check-install.sh BUILD_DIR
set -eu
build=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cmake --install "$build" --prefix "$root/usr" >/dev/null
for file in bin/pykala bin/pykala-cli \
    share/applications/fi.pykala.Pykala.desktop \
    share/metainfo/fi.pykala.Pykala.metainfo.xml \
    share/mime/packages/fi.pykala.Pykala.xml \
    share/icons/hicolor/scalable/apps/fi.pykala.Pykala.svg \
    share/icons/hicolor/16x16/apps/fi.pykala.Pykala.png \
    share/icons/hicolor/48x48/apps/fi.pykala.Pykala.png \
    share/icons/hicolor/256x256/apps/fi.pykala.Pykala.png \
    share/doc/pykala/copyright; do
    [ -s "$root/usr/$file" ] || { echo "not installed: $file" >&2; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/fi.pykala.Pykala.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/fi.pykala.Pykala.metainfo.xml"
# The icon the desktop entry names is the one installed.
grep -qx 'Icon=fi.pykala.Pykala' "$root/usr/share/applications/fi.pykala.Pykala.desktop"
# The meeting package's MIME type compiles, and the desktop entry opens it.
update-mime-database "$root/usr/share/mime"
grep -q 'glob pattern="\*.pykala-package"' "$root/usr/share/mime/application/vnd.pykala.package.xml"
grep -qx 'MimeType=application/vnd.pykala.package;' "$root/usr/share/applications/fi.pykala.Pykala.desktop"
# The installed programs run from where they were put.
"$root/usr/bin/pykala-cli" --version | grep -q '^pykala-cli '
QT_QPA_PLATFORM=offscreen "$root/usr/bin/pykala" --version | grep -q '^pykala '
echo "installed tree OK"
