#!/usr/bin/env bash
# The .deb as an administrator meets it: build it with cpack, install it with dpkg (and apt-get -f install for its
# dependencies), run what it installed from /usr/bin, validate its metadata with the distribution's tools, lint it,
# then remove it and check that nothing it installed is left. Needs root (dpkg -i); run on a Debian 12 machine.
#
#   installer/check-deb.sh [--no-build] [--keep] [--clean-root]
#     --no-build    package the build folder as it is (default: configure and build it first, as bootstrap.sh does)
#     --keep        leave the package installed at the end (default: remove it, and any dependency apt-get added)
#     --clean-root  also install it in a fresh Debian 12 (debootstrap --variant=minbase bookworm, in a chroot under
#                   <build>/check-deb/), where apt-get -f install must bring every dependency: this machine already
#                   has them all, so only a clean root shows that the package's Depends are complete. Needs the
#                   Debian mirror (VENVDECK_DEBIAN_MIRROR, default http://deb.debian.org/debian) and ~400 MB.
#
# The build folder is ./build (the default preset), or $VENVDECK_BUILD_DIR. Work files go to <build>/check-deb/.
# Tools it needs beyond the build's own (lintian, desktop-file-utils, appstream, systemd, man-db) are installed
# when missing. CI runs the part of this that changes nothing on the machine: ctest -L packaging.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(dirname "$here")
build_dir=${VENVDECK_BUILD_DIR:-$source_dir/build}
work=$build_dir/check-deb
app_id=io.github.venvdeck.VenvDeck
build=1 keep=0 clean_root=0
for argument in "$@"; do
    case "$argument" in
    --no-build) build=0 ;;
    --keep) keep=1 ;;
    --clean-root) clean_root=1 ;;
    *)
        echo "usage: $0 [--no-build] [--keep] [--clean-root]" >&2
        exit 2
        ;;
    esac
done

passed=0 failed=0
pass() {
    echo "PASS: $*"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL: $*"
    failed=$((failed + 1))
}
step() { printf '\n== %s\n' "$*"; }
die() {
    echo "check-deb: $*" >&2
    exit 1
}

if [ "$(id -u)" -ne 0 ]; then
    die "installing a package needs root: sudo $0 $*"
fi
command -v dpkg-query >/dev/null || die "not a Debian system"
if [ "$(dpkg-query -W -f='${Status}' venvdeck 2>/dev/null)" = "install ok installed" ]; then
    die "venvdeck is already installed on this machine; remove it first (dpkg -r venvdeck) so the check starts clean"
fi

export DEBIAN_FRONTEND=noninteractive
apt_options=(-y -q -o DPkg::Lock::Timeout=600)

step "Tools"
tools_missing=()
for pair in lintian:lintian desktop-file-validate:desktop-file-utils appstreamcli:appstream \
    systemd-analyze:systemd man:man-db dpkg-deb:dpkg-dev file:file; do
    command -v "${pair%%:*}" >/dev/null || tools_missing+=("${pair#*:}")
done
if [ "$clean_root" -eq 1 ] && ! command -v debootstrap >/dev/null; then
    tools_missing+=(debootstrap)
fi
if [ ${#tools_missing[@]} -gt 0 ]; then
    echo "installing ${tools_missing[*]}"
    apt-get update -q >/dev/null
    apt-get install "${apt_options[@]}" --no-install-recommends "${tools_missing[@]}" >/dev/null ||
        die "cannot install ${tools_missing[*]}"
fi
echo "lintian $(lintian --version | awk '{print $2}'), appstreamcli $(appstreamcli --version | awk '{print $NF}')," \
    "desktop-file-validate $(dpkg-query -W -f='${Version}' desktop-file-utils), $(systemd-analyze --version | head -1)"

if [ "$build" -eq 1 ]; then
    step "Build (cmake --preset default, cmake --build)"
    (cd "$source_dir" && cmake --preset default >/dev/null && cmake --build "$build_dir") || die "the build failed"
fi
[ -f "$build_dir/CPackConfig.cmake" ] || die "no CPackConfig.cmake in $build_dir: configure and build first"

step "cpack -G DEB"
rm -rf "$work"
mkdir -p "$work"
(cd "$build_dir" && cpack -G DEB -B "$work/package") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    die "cpack failed"
}
deb=$(find "$work/package" -maxdepth 1 -name 'venvdeck_*.deb' | head -1)
[ -n "$deb" ] || die "cpack wrote no venvdeck_*.deb"
echo "$deb: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
dpkg-deb -I "$deb" | sed -n '/^ Package:/,$p'
echo "installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB, $(dpkg-deb -c "$deb" | grep -vc '^d') files"
pass "cpack -G DEB wrote $(basename "$deb")"

step "lintian"
# Errors fail the check; warnings and notes are shown, each with the reason lintian gives in its tag list.
# Lintian advises against running as root: it runs as nobody, on a copy of the package that nobody can read.
lint_dir=$(mktemp -d)
chmod 755 "$lint_dir"
install -m 644 "$deb" "$lint_dir/"
runuser -u nobody -- env HOME="$lint_dir" TMPDIR="$lint_dir" lintian --fail-on error --display-info --pedantic \
    --show-overrides --tag-display-limit 0 "$lint_dir/$(basename "$deb")" 2>&1 | tee "$work/lintian.txt"
lintian_status=${PIPESTATUS[0]}
rm -rf "$lint_dir"
if [ "$lintian_status" -eq 0 ]; then
    pass "lintian: no errors ($(grep -c '^W: ' "$work/lintian.txt") warnings, $(grep -c '^[IPX]: ' "$work/lintian.txt") notes, $(grep -c '^O: ' "$work/lintian.txt") overridden)"
else
    fail "lintian reported errors (exit $lintian_status)"
fi

step "appstreamcli validate-tree (the package's files, unpacked)"
dpkg-deb -x "$deb" "$work/tree"
if appstreamcli validate-tree --no-net "$work/tree" 2>&1 | tee "$work/validate-tree.txt" | sed 's/^/  /'; then
    pass "appstreamcli validate-tree"
else
    fail "appstreamcli validate-tree"
fi

check_in_clean_root() {
    step "A clean Debian 12: debootstrap, then dpkg -i and apt-get -f install inside it"
    local root=$work/clean-root mirror=${VENVDECK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    umount_clean_root() {
        mountpoint -q "$root/proc" && umount "$root/proc"
        return 0
    }
    # The host's package is gone by now; what is left to undo on exit is the chroot's /proc.
    trap 'umount_clean_root' EXIT
    if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
        fail "debootstrap bookworm failed (see $work/debootstrap.log)"
        return
    fi
    echo "  $(chroot "$root" dpkg-query -W | wc -l) packages in the fresh root"
    mount -t proc proc "$root/proc"
    cp "$deb" "$root/tmp/venvdeck.deb"
    cp -r "$source_dir/tests/data/roots/mixed" "$root/tmp/root"
    in_root() {
        chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/home \
            LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
    }
    mkdir -p "$root/tmp/home"
    chmod 700 "$root/tmp/home"
    in_root apt-get update -q >"$work/clean-root-apt.log" 2>&1
    in_root dpkg -i /tmp/venvdeck.deb >>"$work/clean-root-apt.log" 2>&1 || true
    if in_root apt-get install -f -y -q --no-install-recommends >>"$work/clean-root-apt.log" 2>&1 &&
        [ "$(in_root dpkg-query -W -f='${Status}' venvdeck)" = "install ok installed" ]; then
        pass "clean root: dpkg -i, apt-get -f install brought $(grep -o '[0-9]* newly installed' \
            "$work/clean-root-apt.log" | tail -1 | cut -d' ' -f1) packages, venvdeck is installed"
    else
        fail "clean root: venvdeck did not install (see $work/clean-root-apt.log)"
        umount_clean_root
        return
    fi
    local output
    output=$(in_root /usr/bin/venvdeck-cli --version 2>&1) &&
        pass "clean root: $output" || fail "clean root: venvdeck-cli --version: $output"
    if in_root /usr/bin/venvdeck-cli list --root /tmp/root >"$work/clean-root-list.txt" 2>&1 &&
        [ "$(grep -cE '^(Cisco_IOS_Switch_2G_1_3|Legacy_Router_Driver_1_2|Old_Win_Driver_3_1|not_a_venv_folder) ' \
            "$work/clean-root-list.txt")" -eq 4 ]; then
        pass "clean root: venvdeck-cli list --root <fixture> lists its four environments"
    else
        fail "clean root: venvdeck-cli list: $(cat "$work/clean-root-list.txt")"
    fi
    if in_root QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/venvdeck --root /tmp/root \
        --screenshot /tmp/venvdeck.png >"$work/clean-root-gui.txt" 2>&1 &&
        file "$root/tmp/venvdeck.png" | grep -q 'PNG image data'; then
        cp "$root/tmp/venvdeck.png" "$work/venvdeck-clean-root.png"
        pass "clean root: the window starts offscreen ($work/venvdeck-clean-root.png)"
    else
        fail "clean root: venvdeck offscreen: $(cat "$work/clean-root-gui.txt")"
    fi
    in_root dpkg -r venvdeck >>"$work/clean-root-apt.log" 2>&1
    local left=""
    while read -r path; do
        [ -e "$root$path" ] && [ ! -d "$root$path" ] && left="$left $path"
    done < <(dpkg-deb -c "$deb" | awk '{print substr($6, 2)}')
    [ -z "$left" ] && pass "clean root: dpkg -r left no file behind" || fail "clean root: left after dpkg -r:$left"
    umount_clean_root
    rm -rf "$root"
    trap - EXIT
}

step "dpkg -i, then apt-get -f install"
before=$(dpkg-query -W -f='${Package}:${Architecture} ${Status}\n' | awk '$NF == "installed" {print $1}' | sort)
dpkg -i "$deb" 2>&1 | tee "$work/dpkg-i.txt" | sed 's/^/  /'
apt-get install -f "${apt_options[@]}" --no-install-recommends 2>&1 | tee "$work/apt-f.txt" | sed 's/^/  /'
after=$(dpkg-query -W -f='${Package}:${Architecture} ${Status}\n' | awk '$NF == "installed" {print $1}' | sort)
added=$(comm -13 <(echo "$before") <(echo "$after") | grep -v '^venvdeck:' | xargs)
echo "packages apt-get added for venvdeck's dependencies: ${added:-none}"
if [ "$(dpkg-query -W -f='${Status}' venvdeck 2>/dev/null)" = "install ok installed" ]; then
    pass "venvdeck $(dpkg-query -W -f='${Version}' venvdeck) is installed"
else
    fail "venvdeck is not installed"
    keep=0
fi

remove_package() {
    [ "$(dpkg-query -W -f='${Status}' venvdeck 2>/dev/null)" = "install ok installed" ] || return 0
    step "dpkg -r venvdeck"
    dpkg -r venvdeck 2>&1 | sed 's/^/  /'
    if [ -n "${added:-}" ]; then
        echo "removing what apt-get added for it: $added"
        # shellcheck disable=SC2086
        apt-get purge "${apt_options[@]}" $added >/dev/null 2>&1 || echo "  could not remove $added"
    fi
}
trap 'remove_package' EXIT

home=$(mktemp -d)
cp -r "$source_dir/tests/data/roots/mixed" "$home/root"
run_as_user() { # a fresh HOME: nothing of this machine's settings is read or written
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home" LANG=C.UTF-8 "$@"
}

step "What the package installed (dpkg -L venvdeck)"
dpkg -L venvdeck | grep -E '^/(usr/bin|usr/share/(applications|metainfo|man|doc|icons/hicolor/(scalable|256x256))|lib/systemd)/' |
    grep -v '/$' | while read -r path; do [ -d "$path" ] || echo "  $path"; done

step "The CLI from /usr/bin"
version_line=$(run_as_user /usr/bin/venvdeck-cli --version)
expected_version=$(dpkg-deb -f "$deb" Version)
if [ "$version_line" = "venvdeck-cli ${expected_version%-*}" ]; then
    pass "venvdeck-cli --version: $version_line"
else
    fail "venvdeck-cli --version printed '$version_line'"
fi
if run_as_user /usr/bin/venvdeck-cli list --root "$home/root" >"$work/list.txt" 2>"$work/list.err"; then
    sed 's/^/  /' "$work/list.txt"
    missing=""
    for name in Cisco_IOS_Switch_2G_1_3 Legacy_Router_Driver_1_2 Old_Win_Driver_3_1 not_a_venv_folder; do
        grep -q "^$name " "$work/list.txt" || missing="$missing $name"
    done
    if [ -z "$missing" ]; then
        pass "venvdeck-cli list --root <fixture> lists the fixture's four environments"
    else
        fail "venvdeck-cli list did not list:$missing"
    fi
else
    fail "venvdeck-cli list --root <fixture> failed: $(cat "$work/list.err")"
fi
if man_path=$(man -w venvdeck-cli 2>/dev/null) && [ "$man_path" = /usr/share/man/man1/venvdeck-cli.1.gz ]; then
    pass "man venvdeck-cli finds $man_path"
else
    fail "man -w venvdeck-cli: '${man_path:-nothing}'"
fi

step "The window, offscreen, from /usr/bin"
if run_as_user QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/venvdeck --root "$home/root" \
    --screenshot "$work/venvdeck-installed.png" 2>"$work/gui.err" &&
    file "$work/venvdeck-installed.png" | grep -q 'PNG image data'; then
    pass "venvdeck --screenshot: $(file -b "$work/venvdeck-installed.png" | cut -d, -f1-2) ($work/venvdeck-installed.png)"
else
    fail "venvdeck did not start offscreen: $(cat "$work/gui.err")"
fi

step "desktop-file-validate, appstreamcli validate (installed files)"
if output=$(desktop-file-validate "/usr/share/applications/$app_id.desktop" 2>&1) && [ -z "$output" ]; then
    pass "desktop-file-validate /usr/share/applications/$app_id.desktop"
else
    fail "desktop-file-validate: $output"
fi
if output=$(appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" 2>&1); then
    pass "appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml: $(echo "$output" | tail -1)"
else
    fail "appstreamcli validate: $output"
fi

step "systemd-analyze verify (installed units)"
units=$(dpkg -L venvdeck | grep -E '/systemd/system/[^/]+\.(service|timer)$' || true)
if [ -z "$units" ]; then
    echo "  the package has no systemd units (installer/systemd held none when it was configured)"
else
    for unit in $units; do
        # shellcheck disable=SC2086
        if output=$(systemd-analyze verify "$unit" 2>&1) && [ -z "$output" ]; then
            pass "systemd-analyze verify $unit"
        else
            fail "systemd-analyze verify $unit: $output"
        fi
        if systemctl is-enabled "$(basename "$unit")" 2>/dev/null | grep -qx enabled; then
            fail "$(basename "$unit") is enabled; the package must install it disabled"
        else
            pass "$(basename "$unit") is installed disabled"
        fi
    done
fi
rm -rf "$home"

if [ "$keep" -eq 1 ]; then
    trap - EXIT
    echo
    echo "venvdeck stays installed (--keep); remove it with: dpkg -r venvdeck"
else
    trap - EXIT
    remove_package
    left=""
    while read -r path; do
        [ -e "$path" ] || [ -L "$path" ] || continue
        case "$path" in
        /usr/share/doc/venvdeck* | /usr/bin/venvdeck* | /usr/share/man/man1/venvdeck* | *"$app_id"* | */venvdeck-*)
            left="$left $path"
            ;;
        esac
    done < <(dpkg-deb -c "$deb" | awk '{print substr($6, 2)}' | sed 's:/$::')
    status=$(dpkg-query -W -f='${Status}' venvdeck 2>/dev/null || echo "not known to dpkg")
    if [ -z "$left" ] && [ "$status" != "install ok installed" ]; then
        pass "dpkg -r removed it cleanly: no file of the package is left (dpkg status: ${status:-none})"
    else
        fail "left after dpkg -r:$left (dpkg status: $status)"
    fi
fi

if [ "$clean_root" -eq 1 ]; then
    check_in_clean_root
fi

echo
echo "check-deb: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
