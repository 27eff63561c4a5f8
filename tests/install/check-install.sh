#!/usr/bin/env bash
# Installs the build into a temporary prefix, moves the tree elsewhere (relocatable?), then
# checks its layout, desktop files, that the binary runs, and that it finds its plug-ins
# relative to itself.  Usage: check-install.sh BUILD_DIR VERSION TEST_PLUGIN_DIR
set -euo pipefail
build="$1"; version="$2"; testPlugins="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
mv "$work/prefix" "$work/moved"
root="$work/moved"

for f in bin/citydeck lib/libcitydeck_core.so.0 lib/libcitydeck_sdk.so.0 lib/libcitydeck_shell.so.0 \
         share/citydeck/translations/citydeck_fr.qm share/citydeck/translations/citydeck_nl.qm \
         share/citydeck/translations/citydeck_de.qm share/applications/org.citydeck.CityDeck.desktop \
         share/metainfo/org.citydeck.CityDeck.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.citydeck.CityDeck.svg share/doc/citydeck/LICENSE; do
    [ -e "$root/$f" ] || fail "missing $f in the installed tree"
done
echo "layout ok"

desktop-file-validate "$root/share/applications/org.citydeck.CityDeck.desktop" || fail "desktop file invalid"
appstreamcli validate --no-net --explain "$root/share/metainfo/org.citydeck.CityDeck.metainfo.xml" \
    || fail "metainfo invalid"
echo "desktop integration ok"

# Nothing may resolve into the build tree: the installed binary uses the installed libraries.
if ldd "$root/bin/citydeck" | grep -q "$build"; then fail "installed binary still links the build tree"; fi
ldd "$root/bin/citydeck" | grep libcitydeck_shell | grep -q "=> $root/" || fail "libcitydeck_shell not found beside the binary"

out="$(cd / && "$root/bin/citydeck" --version)"
[ "$out" = "CityDeck $version" ] || fail "--version printed '$out'"
echo "binary runs: $out"

# A plug-in dropped into <root>/lib/citydeck/plugins is found and loads against the installed sdk.
mkdir -p "$root/lib/citydeck/plugins"
cp "$testPlugins/citydeck_test_good.so" "$root/lib/citydeck/plugins/"
listing="$(cd / && env -u CITYDECK_PLUGIN_PATH HOME="$work/home" "$root/bin/citydeck" --list-plugins)"
echo "$listing"
echo "$listing" | grep -P "^org\.citydeck\.test\.good\t1\.2\.3\tLoaded\t$root/lib/citydeck/plugins/" \
    || fail "the bundled plug-in folder is not found relative to the binary"
# A service stop (SIGTERM) quits cleanly and saves the workspace, like closing the window.
settings="$work/settings.ini"
(cd / && env HOME="$work/home" "$root/bin/citydeck" --workspace operator --settings "$settings") &
pid=$!
for _ in $(seq 50); do [ -s "$settings" ] && break; sleep 0.1; done
sleep 1
kill -TERM "$pid"
wait "$pid" || fail "citydeck did not exit cleanly on SIGTERM"
grep -q 'windowState=' "$settings" || fail "the workspace layout was not saved on SIGTERM"
echo "SIGTERM: clean exit, layout saved"
echo "install tree ok"
