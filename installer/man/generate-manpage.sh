#!/usr/bin/env bash
# Writes a man page from what an executable says about itself (its QCommandLineParser --help), so that every
# option and subcommand a build has appears in its manual without anyone editing roff.
#
#   generate-manpage.sh --name NAME --summary TEXT --version VERSION --date YYYY-MM-DD --output FILE[.gz]
#                       [--subcommands] [--include FILE.roff] -- EXECUTABLE
#
# --subcommands: EXECUTABLE --help lists commands under "Commands:"; each gets a subsection made from
#                `EXECUTABLE COMMAND --help`.
# --include:     roff appended as is (ENVIRONMENT, FILES, EXIT STATUS, SEE ALSO...).
# An output name ending in .gz is compressed with gzip -9n (no name, no time stamp: reproducible).
set -euo pipefail

name='' summary='' version='' date='' output='' include='' subcommands=0
while [ $# -gt 0 ]; do
    case "$1" in
    --name) name=$2; shift 2 ;;
    --summary) summary=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --date) date=$2; shift 2 ;;
    --output) output=$2; shift 2 ;;
    --include) include=$2; shift 2 ;;
    --subcommands) subcommands=1; shift ;;
    --) shift; break ;;
    *) echo "generate-manpage: unknown argument $1" >&2; exit 2 ;;
    esac
done
executable=${1:?generate-manpage: the executable is missing}
for required in name summary version date output; do
    [ -n "${!required}" ] || { echo "generate-manpage: --$required is missing" >&2; exit 2; }
done

# English, no display, no settings touched: what a user gets with LANG=C. argv[0] is the installed name, which
# the usage line repeats, not the build folder's path; HOME is "~", so that defaults under the home folder read
# as ~/... and not as the home of whoever built the package.
help_of() {
    (
        export LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME='~'
        unset LANGUAGE XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME VENVDECK_ROOT
        exec -a "$name" "$executable" "$@" --help 2>/dev/null
    )
}

# Roff from a QCommandLineParser help text on stdin: "Usage:" line, description, "Options:"/"Arguments:" blocks
# of "  term   description" rows whose long descriptions continue on further-indented lines.
# $1 = 1 to drop the Usage line and the description (the caller writes them itself).
to_roff() {
    awk -v skip_head="$1" '
    function esc(text,    out, i, c) {
        out = ""
        for (i = 1; i <= length(text); i++) {
            c = substr(text, i, 1)
            if (c == "\\") c = "\\e"
            out = out c
        }
        return out
    }
    function line(text) { # a text line that roff must not read as a request
        text = esc(text)
        if (text ~ /^[.\047]/) text = "\\&" text
        return text
    }
    function term(text,    out, i, c, in_arg) { # "-r, --root <DIR>" in bold, DIR in italics
        text = esc(text); out = "\\fB"; in_arg = 0
        for (i = 1; i <= length(text); i++) {
            c = substr(text, i, 1)
            if (c == "-" && !in_arg) c = "\\-"
            else if (c == "<") { c = "\\fI"; in_arg = 1 }
            else if (c == ">") { c = "\\fB"; in_arg = 0 }
            out = out c
        }
        return out "\\fR"
    }
    BEGIN { block = "head" }
    /^Usage: / {
        if (!skip_head) { sub(/^Usage: /, ""); print ".PP"; print "Usage: " term($0) }
        next
    }
    /^[A-Z][A-Za-z ]*:$/ { block = "table"; print ".PP"; print "\\fB" esc($0) "\\fR"; next }
    /^$/ { if (block == "head") started = 0; next }
    block == "table" && /^  [^ ]/ {
        row = substr($0, 3)
        if (match(row, /   */)) {
            print ".TP"; print term(substr(row, 1, RSTART - 1)); print line(substr(row, RSTART + RLENGTH))
        } else {
            print ".TP"; print term(row)
        }
        next
    }
    block == "table" && /^   / { sub(/^ +/, ""); print line($0); next }
    {
        if (block == "table") { block = "head"; started = 0 }
        if (skip_head) next
        if (!started) { print ".PP"; started = 1 }
        sub(/^ +/, ""); print line($0)
    }'
}

roff_text() { # escapes a plain string for a roff text line
    printf '%s' "$1" | sed -e 's/\\/\\e/g' -e 's/-/\\-/g'
}

top_help=$(help_of) || true
[ -n "$top_help" ] || { echo "generate-manpage: $executable --help printed nothing" >&2; exit 1; }

page=$(mktemp)
trap 'rm -f "$page"' EXIT
{
    upper=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')
    printf '.TH "%s" "1" "%s" "VenvDeck %s" "User Commands"\n' "$(roff_text "$upper")" "$date" "$version"
    printf '.SH NAME\n%s \\- %s\n' "$(roff_text "$name")" "$(roff_text "$summary")"
    printf '.SH SYNOPSIS\n'
    if [ "$subcommands" -eq 1 ]; then
        printf '.B %s\n.I COMMAND\n.RI [ options ]\n' "$(roff_text "$name")"
    else
        printf '.B %s\n.RI [ options ]\n' "$(roff_text "$name")"
    fi
    printf '.SH DESCRIPTION\n'
    if [ "$subcommands" -eq 1 ]; then
        # The top-level help: usage, description, "Commands:" table, closing hint.
        printf '%s\n' "$top_help" | awk '/^Usage: /{next} /^Commands:$/{exit} {print}' | to_roff 0
        printf '.SH COMMANDS\n'
        commands=$(printf '%s\n' "$top_help" | awk '/^Commands:$/{on=1; next} on && /^$/{exit} on && /^  [^ ]/{print $1}')
        [ -n "$commands" ] || { echo "generate-manpage: no Commands: in $executable --help" >&2; exit 1; }
        printf '%s\n' "$top_help" | awk '/^Commands:$/{on=1; print; next} on && /^$/{exit} on{print}' | to_roff 1 |
            sed '1,2d'
        printf '.SH "COMMAND OPTIONS"\n'
        for command in $commands; do
            command_help=$(help_of "$command") || true
            [ -n "$command_help" ] || { echo "generate-manpage: $executable $command --help printed nothing" >&2; exit 1; }
            printf '.SS "%s %s"\n' "$(roff_text "$name")" "$(roff_text "$command")"
            printf '%s\n' "$command_help" | to_roff 0
        done
    else
        printf '%s\n' "$top_help" | awk '/^Usage: /{next} /^[A-Z][A-Za-z ]*:$/{exit} {print}' | to_roff 0
        printf '.SH OPTIONS\n'
        printf '%s\n' "$top_help" | awk '/^[A-Z][A-Za-z ]*:$/{on=1} on{print}' | to_roff 1
    fi
    if [ -n "$include" ]; then
        cat "$include"
    fi
} >"$page"

mkdir -p "$(dirname "$output")"
case "$output" in
*.gz) gzip -9n -c "$page" >"$output.tmp" ;;
*) cp "$page" "$output.tmp" ;;
esac
mv "$output.tmp" "$output"
