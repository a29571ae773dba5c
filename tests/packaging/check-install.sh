#!/usr/bin/env bash
# Installs a build tree into a throwaway DESTDIR and checks what a distribution package would ship:
# the binary, the desktop file, the AppStream metainfo and every hicolor icon, and that they name each
# other correctly. Then runs desktop-file-validate and appstreamcli on the installed copies.
#   check-install.sh CMAKE BUILD_DIR SOURCE_DIR APP_ID
# Exits 0 when everything holds, 1 on the first list of failures, 77 (skipped) only when the file
# checks pass but a validator is not installed.
set -euo pipefail

cmake=$1
build_dir=$2
source_dir=$3
app_id=$4
# The sizes the issue asks for; resources/icons may add more, and each of those is checked too.
required_sizes=(16 22 24 32 48 64 128 256)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
prefix=/usr
root="$stage$prefix"

failures=()
fail() { failures+=("$1"); }

if ! DESTDIR="$stage" "$cmake" --install "$build_dir" --prefix "$prefix" >"$stage.log" 2>&1; then
    cat "$stage.log" >&2
    rm -f "$stage.log"
    echo "FAIL: cmake --install $build_dir failed (is the kibo-token-inspector target built?)" >&2
    exit 1
fi
rm -f "$stage.log"

# --- the files -----------------------------------------------------------------------------------
[ -x "$root/bin/kibo-token-inspector" ] || fail "no bin/kibo-token-inspector"
# The services module, loaded by its path on first use (app/services/services.cpp): <libdir>/kibo-token-inspector.
modules=("$root"/lib*/kibo-token-inspector/libkti-services.so "$root"/lib/*/kibo-token-inspector/libkti-services.so)
found_module=
for module in "${modules[@]}"; do [ -f "$module" ] && found_module=$module; done
[ -n "$found_module" ] || fail "no services module lib/.../kibo-token-inspector/libkti-services.so"
desktop="$root/share/applications/$app_id.desktop"
metainfo="$root/share/metainfo/$app_id.metainfo.xml"
[ -f "$desktop" ] || fail "no desktop file at share/applications/$app_id.desktop"
[ -f "$metainfo" ] || fail "no metainfo at share/metainfo/$app_id.metainfo.xml"
[ -f "$root/share/doc/kibo-token-inspector/copyright" ] || fail "no share/doc/kibo-token-inspector/copyright"
# Help ▸ User Guide opens the installed guide (ui/userguide.cpp); every picture it shows is installed beside it.
guide="$root/share/doc/kibo-token-inspector/user-guide.md"
[ -f "$guide" ] || fail "no share/doc/kibo-token-inspector/user-guide.md"
if [ -f "$guide" ]; then
    for picture in $(grep -o 'screenshots/[A-Za-z0-9@._-]*\.png' "$guide" | sort -u); do
        [ -f "$root/share/doc/kibo-token-inspector/$picture" ] || fail "the guide shows $picture, which is not installed"
    done
fi

# Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian), as "WxH".
png_size() {
    local w h
    w=$(od -An -t u1 -j 16 -N 4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
    h=$(od -An -t u1 -j 20 -N 4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
    echo "${w}x${h}"
}

sizes=("${required_sizes[@]}")
for source_png in "$source_dir/resources/icons/$app_id"-*.png; do
    [ -e "$source_png" ] || continue
    size=${source_png##*-}
    size=${size%.png}
    [[ " ${sizes[*]} " == *" $size "* ]] || sizes+=("$size")
done
for size in "${sizes[@]}"; do
    icon="$root/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ ! -f "$icon" ]; then
        fail "no icon at share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        continue
    fi
    actual=$(png_size "$icon")
    [ "$actual" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $actual pixels"
    source_png="$source_dir/resources/icons/$app_id-$size.png"
    [ -f "$source_png" ] && ! cmp -s "$icon" "$source_png" && fail "the ${size}x${size} icon differs from $source_png"
done
svg="$root/share/icons/hicolor/scalable/apps/$app_id.svg"
if [ -f "$svg" ]; then
    grep -q '<svg' "$svg" || fail "the scalable icon is not an SVG"
else
    fail "no icon at share/icons/hicolor/scalable/apps/$app_id.svg"
fi
# Nothing but our id in hicolor (a size installed under its source name would not be found by Icon=).
while IFS= read -r stray; do
    fail "unexpected icon ${stray#"$root"/}"
done < <(find "$root/share/icons" -type f ! -name "$app_id.png" ! -name "$app_id.svg" 2>/dev/null)

# --- what the files say about each other ---------------------------------------------------------
desktop_value() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
if [ -f "$desktop" ]; then
    exec_line=$(desktop_value Exec)
    exec_program=${exec_line%% *}
    if [ -z "$exec_program" ]; then
        fail "the desktop file has no Exec="
    elif [[ "$exec_program" == /* ]]; then
        [ -x "$stage$exec_program" ] || fail "Exec=$exec_program is not an installed program"
    else
        [ -x "$root/bin/$exec_program" ] || fail "Exec=$exec_program is not installed in bin/"
    fi
    icon_name=$(desktop_value Icon)
    if [ -z "$icon_name" ]; then
        fail "the desktop file has no Icon="
    elif [ -z "$(find "$root/share/icons/hicolor" -path "*/apps/$icon_name.*" -type f 2>/dev/null)" ]; then
        fail "Icon=$icon_name names no installed hicolor icon"
    fi
fi
[ -x "$root/bin/kibo-token-inspector" ] || fail "no executable bin/kibo-token-inspector"

if [ -f "$metainfo" ]; then
    metainfo_id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo" | head -n 1)
    [ "$metainfo_id" = "$app_id" ] || fail "the metainfo id is '$metainfo_id', not '$app_id'"
    desktop_id=$(basename "$desktop" .desktop)
    [ "$metainfo_id" = "$desktop_id" ] || fail "the metainfo id '$metainfo_id' differs from the desktop id '$desktop_id'"
    launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo" | head -n 1)
    [ "$launchable" = "$desktop_id.desktop" ] || fail "the metainfo launchable is '$launchable', not '$desktop_id.desktop'"
    grep -q '@[A-Za-z_]*@' "$metainfo" && fail "the metainfo has an unreplaced @VARIABLE@"
    binary=$(sed -n 's:.*<binary>\(.*\)</binary>.*:\1:p' "$metainfo" | head -n 1)
    [ -z "$binary" ] || [ -x "$root/bin/$binary" ] || fail "the metainfo provides binary '$binary', which is not installed"
    # The installed binary starts (its libraries resolve from there) and is the release the metainfo names.
    release=$(sed -n 's:.*<release version="\([^"]*\)".*:\1:p' "$metainfo" | head -n 1)
    if [ -x "$root/bin/kibo-token-inspector" ]; then
        if ! version=$(env -i PATH=/usr/bin:/bin HOME="$stage" "$root/bin/kibo-token-inspector" --version 2>&1); then
            fail "the installed binary does not run: $version"
        elif [ "$version" != "kibo-token-inspector $release" ]; then
            fail "the installed binary says '$version', the metainfo's newest release is '$release'"
        fi
        # The installed binary finds its installed services module: a demo login needs Qt Network and Qt HttpServer.
        if ! login=$(printf 'Demo-pass-1\n' | env -i PATH=/usr/bin:/bin HOME="$stage" XDG_CONFIG_HOME="$stage/config" \
            "$root/bin/kibo-token-inspector" login --demo --username ada.lovelace@example.com --password-stdin \
            --no-store 2>&1); then
            fail "the installed binary could not log in to the demo tenant: $login"
        fi
        # A distribution binary carries no RUNPATH or RPATH (Debian policy; lintian flags $ORIGIN).
        if command -v readelf >/dev/null 2>&1 \
            && readelf -d "$root/bin/kibo-token-inspector" | grep -Eq '\((RUNPATH|RPATH)\)'; then
            fail "the installed binary has a RUNPATH: $(readelf -d "$root/bin/kibo-token-inspector" | grep -E 'RUNPATH|RPATH')"
        fi
    fi
fi

if [ ${#failures[@]} -gt 0 ]; then
    printf 'FAIL: %s\n' "${failures[@]}" >&2
    exit 1
fi

# --- the validators, on the installed copies -----------------------------------------------------
skipped=()
if command -v desktop-file-validate >/dev/null; then
    # Hints are fine; warnings and errors are not (desktop-file-validate exits 0 on warnings).
    if ! output=$(desktop-file-validate "$desktop" 2>&1) || grep -q -E ': (warning|error):' <<<"$output"; then
        echo "$output" >&2
        echo "FAIL: desktop-file-validate rejects the installed desktop file" >&2
        exit 1
    fi
else
    skipped+=(desktop-file-validate)
fi
if command -v appstreamcli >/dev/null; then
    if ! output=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
        echo "$output" >&2
        echo "FAIL: appstreamcli validate rejects the installed metainfo" >&2
        exit 1
    fi
else
    skipped+=(appstreamcli)
fi
if [ ${#skipped[@]} -gt 0 ]; then
    echo "SKIP: the installed files are complete, but ${skipped[*]} is not installed to validate them" >&2
    exit 77
fi
echo "PASS: binary, desktop file, metainfo, ${#sizes[@]} PNG icons and the SVG icon installed and valid"
