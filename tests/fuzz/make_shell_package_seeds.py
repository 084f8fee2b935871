#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_shell_package: small zips shaped like real shell packages and driver zips.

Run from anywhere; it rewrites tests/fuzz/corpus/fuzz_shell_package/*.zip (deterministic: fixed timestamps).
"""
import io
import pathlib
import stat
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "corpus" / "fuzz_shell_package"
DATA = HERE.parent / "data" / "build"
STAMP = (2024, 5, 2, 7, 41, 8)


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    """entries: list of (name, bytes) or (name, bytes, 'symlink')."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for entry in entries:
            name, data = entry[0], entry[1]
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = compression
            if name.endswith("/"):
                info.external_attr = (stat.S_IFDIR | 0o755) << 16
            elif len(entry) > 2 and entry[2] == "symlink":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            else:
                info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    metadata = (DATA / "drivermetadata.xml").read_bytes()
    metadata2 = (DATA / "drivermetadata-python2.xml").read_bytes()
    definition = (DATA / "shell-definition.yaml").read_bytes()
    requirements = b"cloudshell-shell-core>=5.0.3,<5.1\ncloudshell-networking-cisco==6.0.1\n"
    driver = zip_bytes([("drivermetadata.xml", metadata), ("requirements.txt", requirements),
                        ("driver.py", b"class CiscoIOSSwitch2GDriver:\n    pass\n")])
    seeds = {
        "shell-2g.zip": zip_bytes([
            ("TOSCA-Metadata/", b""),
            ("TOSCA-Metadata/TOSCA.meta", b"TOSCA-Meta-File-Version: 1.0\nEntry-Definitions: shell-definition.yaml\n"),
            ("shell-definition.yaml", definition),
            ("shell-icon.png", b"\x89PNG\r\n\x1a\n"),
            ("CiscoIOSSwitch2GDriver.zip", driver),
        ]),
        "shell-1g.zip": zip_bytes([
            ("metadata.xml", b'<?xml version="1.0"?><Metadata><CreationDate>2019</CreationDate></Metadata>'),
            ("DataModel/datamodel.xml", b"<DataModel/>"),
            ("Resource Drivers - Python/Legacy Router Driver.zip",
             zip_bytes([("drivermetadata.xml", metadata2), ("requirements.txt", b"cloudshell-core==2.2.180\n")],
                       zipfile.ZIP_STORED)),
        ]),
        "driver.zip": driver,
        "driver-in-folder.zip": zip_bytes([("src/", b""), ("src/drivermetadata.xml", metadata),
                                           ("src/requirements.txt", requirements)], zipfile.ZIP_STORED),
        "dotdot.zip": zip_bytes([("shell-definition.yaml", definition), ("../evil.zip", driver)]),
        "symlink.zip": zip_bytes([("drivermetadata.xml", metadata), ("requirements.txt", b"/etc/passwd", "symlink")]),
    }
    for name, data in seeds.items():
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
