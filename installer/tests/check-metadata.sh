#!/usr/bin/env bash
# The desktop entry and the AppStream metadata as the distribution's own validators see them, and the versions
# that the package's files repeat (metainfo release, Debian changelog) against the project's version.
#   check-metadata.sh SOURCE_DIR VERSION
# Exit 77 (a skipped ctest) when a validator is not installed; installer/debian-packages.txt lists them.
set -euo pipefail
source_dir=$1 version=$2
app_id=io.github.venvdeck.VenvDeck
failed=0

fail() {
    echo "FAIL: $*" >&2
    failed=1
}

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing (apt-get install desktop-file-utils appstream)" >&2
        exit 77
    fi
done

echo "desktop-file-validate resources/$app_id.desktop"
output=$(desktop-file-validate "$source_dir/resources/$app_id.desktop" 2>&1) || fail "desktop-file-validate: $output"
# Hints too: they name real problems (a second main category shows the entry twice in menus).
[ -z "$output" ] || fail "desktop-file-validate says: $output"

echo "appstreamcli validate --no-net --pedantic resources/$app_id.metainfo.xml"
output=$(appstreamcli validate --no-net --pedantic "$source_dir/resources/$app_id.metainfo.xml" 2>&1) ||
    fail "appstreamcli validate: $output"
printf '%s\n' "$output" | sed 's/^/  /'
# The pedantic note about upper case in the ID is the reverse-DNS name itself (io.github.venvdeck.VenvDeck);
# anything else (an error, a warning, an info) fails.
if printf '%s\n' "$output" | grep -E '^[EWI]: ' >/dev/null; then
    fail "appstreamcli reports more than pedantic notes"
fi

metainfo_version=$(grep -o '<release version="[^"]*"' "$source_dir/resources/$app_id.metainfo.xml" | head -1 |
    sed 's/.*version="\([^"]*\)"/\1/')
[ "$metainfo_version" = "$version" ] ||
    fail "the newest release in the metainfo is '$metainfo_version', the project is $version"
changelog_version=$(head -1 "$source_dir/installer/debian/changelog" | sed -n 's/^venvdeck (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version-1" ] ||
    fail "installer/debian/changelog starts with '$changelog_version', the package is $version-1"

# Every screenshot has a caption (software centres show it under the picture).
screenshots=$(grep -c '<screenshot[ >]' "$source_dir/resources/$app_id.metainfo.xml" || true)
captions=$(grep -c '<caption>' "$source_dir/resources/$app_id.metainfo.xml" || true)
[ "$screenshots" -gt 0 ] && [ "$screenshots" -eq "$captions" ] ||
    fail "$screenshots screenshots, $captions English captions"
# The screenshot named in the metainfo is in the repository at the path its URL gives.
for url in $(grep -o '<image[^>]*>[^<]*' "$source_dir/resources/$app_id.metainfo.xml" | sed 's/.*>//'); do
    path=${url#https://raw.githubusercontent.com/venvdeck/venvdeck/main/}
    [ -f "$source_dir/$path" ] || fail "screenshot $url: no $path in the repository"
done

if [ "$failed" -ne 0 ]; then
    exit 1
fi
echo "metadata: all checks passed"
