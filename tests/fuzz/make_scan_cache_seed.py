#!/usr/bin/env python3
"""Turns a rescan cache file (scans/<hash>.cache, written by `venvdeck-cli list`) into a seed of fuzz_scan_cache.

The file is a row of blocks, each a 32-bit length (the machine's order) and its bytes: the header, the main block,
its checksum, the shared files' block, its checksum. The target takes what lies past the checksums: the main
block's length, the main block, then the shared files' block.

    XDG_CACHE_HOME=/tmp/c build/bin/venvdeck-cli list --root ROOT >/dev/null
    tests/fuzz/make_scan_cache_seed.py /tmp/c/VenvDeck/venvdeck-cli/scans/*.cache tests/fuzz/corpus/fuzz_scan_cache/NAME
"""
import struct
import sys


def blocks(data):
    at = 0
    while at < len(data):
        (size,) = struct.unpack_from("=I", data, at)
        yield data[at + 4:at + 4 + size]
        at += 4 + size


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_scan_cache_seed.py CACHE_FILE SEED")
    with open(sys.argv[1], "rb") as f:
        found = list(blocks(f.read()))
    if len(found) != 5:
        sys.exit("%s: %d blocks, expected 5 (header, main, checksum, shared files, checksum)" % (sys.argv[1], len(found)))
    _, main_block, _, shared, _ = found
    with open(sys.argv[2], "wb") as f:
        f.write(struct.pack("=I", len(main_block)) + main_block + shared)


if __name__ == "__main__":
    main()
