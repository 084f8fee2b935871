#!/usr/bin/env bash
# VenvDeck from source, in one command: installs what is missing, builds, then runs the window or the tests.
#   installer/bootstrap.sh run [venvdeck options]   build, then open the window (or list, without a display)
#   installer/bootstrap.sh test [ctest options]     build, then run the whole test suite through ctest (all but
#                                                   the fault-injection tests)
#   installer/bootstrap.sh faults [ctest options]   build, then run the fault-injection tests (tests/faults)
#   installer/bootstrap.sh sanitize [ctest options] build with ASan + UBSan (build-sanitize/), run the whole test
#                                                   suite under them, then a short run of every fuzz target
#                                                   (clang, build-fuzz/); any sanitizer report fails it
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(dirname "$here")
build_dir="$source_dir/build"
mode=${1:-}
case "$mode" in
run | test | faults | sanitize) shift ;;
*)
    echo "usage: $0 run [venvdeck options] | test [ctest options] | faults [ctest options] | sanitize [ctest options]" >&2
    exit 2
    ;;
esac

install_missing_packages() {
    local lists=("$here/debian-packages.txt" "$@")
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "bootstrap: not a Debian system; make sure the packages in installer/debian-packages.txt (or your" \
            "distribution's equivalents) are installed." >&2
        return
    fi
    local wanted missing=()
    wanted=$(grep -hv '^\s*#' "${lists[@]}" | xargs)
    for package in $wanted; do
        if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return
    if [ "$(id -u)" -ne 0 ]; then
        echo "bootstrap: these Debian packages are missing. Install them, then run this command again:" >&2
        echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    echo "bootstrap: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

build() {
    cd "$source_dir"
    # Always configure: it is quick when nothing changed and repairs a build folder left by a failed run.
    cmake --preset default >&2
    cmake --build --preset default >&2
}

has_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

run() {
    local cli="$build_dir/bin/venvdeck-cli" gui="$build_dir/bin/venvdeck"
    # The root the window opens: --root, VENVDECK_ROOT, the saved setting, or the platform default;
    # when that folder does not exist, the demo root of real venvs (made on first use).
    local args=("$@") root_option=()
    for ((i = 0; i < ${#args[@]}; i++)); do
        case "${args[$i]}" in
        --root) root_option=(--root "${args[$((i + 1))]:-}") ;;
        --root=*) root_option=("${args[$i]}") ;;
        esac
    done
    local root
    root=$("$cli" root "${root_option[@]}")
    if [ ! -d "$root" ]; then
        echo "bootstrap: $root does not exist; opening VenvDeck's demo root of real venvs instead." >&2
        root=$("$cli" demo)
        args+=(--root "$root")
    fi
    if has_display; then
        exec "$gui" "${args[@]}"
    fi
    "$cli" list --root "$root"
    echo >&2
    echo "bootstrap: no display here, so this is the CLI listing of $root." >&2
    echo "  To open the window, run on a desktop session: $gui --root '$root'" >&2
    echo "  or, without one: xvfb-run -a $gui --root '$root' --screenshot venvdeck.png" >&2
}

# The sanitizer suite, then each libFuzzer target on its seeds plus a short mutation run (tests/fuzz/README.md).
sanitize() {
    cd "$source_dir"
    cmake --preset sanitize >&2
    cmake --build --preset sanitize >&2
    local status=0
    ctest --preset sanitize "$@" || status=$?
    cmake --preset fuzz >&2
    cmake --build --preset fuzz >&2
    tests/fuzz/run-fuzzers.sh "${VENVDECK_FUZZ_SECONDS:-20}" || status=$?
    return $status
}

if [ "$mode" = sanitize ]; then
    install_missing_packages "$here/debian-packages-hardening.txt"
    sanitize "$@"
    exit
fi
install_missing_packages
build
if [ "$mode" = run ]; then
    run "$@"
else
    cd "$source_dir"
    [ "$mode" = faults ] && exec ctest --preset faults "$@"
    exec ctest --preset default "$@"
fi
