#!/usr/bin/env python3
"""Generates a venv root shaped like an execution server's, for VenvDeck's benchmarks.

Synthetic mode (the default) writes venvs without running Python: execution-server names (several builds per
owner, scripts with their hex uid, two Pythons), pyvenv.cfg, bin/python links to a real interpreter,
lib/pythonX.Y/site-packages with *.dist-info folders holding real-shaped METADATA, RECORD, INSTALLER and
REQUESTED, and package files of realistic sizes. A share of the files are hard links between venvs, as uv
and `cp -al` leave them, so that size walks must count them once.

  generate_root.py ROOT --venvs 500 --packages 40 --files 20

Real mode (--real) makes venvs with `python3 -m venv` and installs real wheels offline with real pip, for the
benchmarks that compare with `pip list` run in each venv.

  generate_root.py ROOT --real --venvs 20
"""
import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

OWNERS = [
    "VCenter_Shell_Driver", "Cisco_IOS_Switch_2G", "Juniper_JunOS_Switch_2G", "Ansible_Driver",
    "Palo_Alto_Firewall_2G", "F5_BIG_IP_2G", "OpenStack_Shell", "AWS_EC2_Shell", "Azure_Shell", "Kubernetes_Driver",
]
SCRIPTS = ["Default Sandbox Setup 2.0", "Default Sandbox Teardown 2.0", "Save Restore Orchestration"]
PACKAGES = [
    "cloudshell-shell-core", "cloudshell-automation-api", "cloudshell-logging", "cloudshell-snmp", "cloudshell-cli",
    "cloudshell-networking", "paramiko", "cryptography", "bcrypt", "PyNaCl", "cffi", "pycparser", "requests",
    "urllib3", "idna", "certifi", "charset-normalizer", "PyYAML", "jsonpickle", "lxml", "pysnmp", "pyasn1",
    "ply", "six", "attrs", "packaging", "Jinja2", "MarkupSafe", "xmltodict", "retrying", "ipaddress", "netaddr",
    "scp", "pyvmomi", "boto3", "botocore", "s3transfer", "jmespath", "python-dateutil", "pytz", "setuptools", "pip",
    "wheel", "typing_extensions", "zipp", "importlib-metadata", "future", "enum34", "backports.ssl", "textfsm",
]
PYTHONS = [("3.11.2", "/usr/bin/python3.11"), ("3.9.18", "/usr/bin/python3")]


def metadata(name, version, requires, description_lines=30):
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}",
             f"Summary: The {name} package, as VenvDeck's benchmark generator writes it",
             "Home-page: https://example.invalid/" + name, "Author: Benchmark", "License: MIT",
             "Requires-Python: >=3.7"]
    lines += [f"Requires-Dist: {r}" for r in requires]
    # The long description follows the headers, as in real METADATA: the scanner must not read it.
    body = ("Long description paragraph. " * 40 + "\n") * description_lines
    return "\n".join(lines) + "\n\n" + body


def write_package(site, name, version, files_per_package, rng, shared_dir, requires, description_lines=30,
                  max_file_size=12000):
    module = name.replace("-", "_").replace(".", "_").lower()
    dist_info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(metadata(name, version, requires, description_lines))
    (dist_info / "INSTALLER").write_text("pip\n")
    (dist_info / "WHEEL").write_text("Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    package_dir = site / module
    package_dir.mkdir()
    record = []
    for index in range(files_per_package):
        path = package_dir / (f"module_{index}.py" if index else "__init__.py")
        shared = shared_dir / f"{module}-{version}-{index}.py"
        # About a third of the files are hard links into a shared pool, like uv's link mode.
        if shared_dir and rng.random() < 0.33:
            if not shared.exists():
                shared.write_bytes(os.urandom(rng.randint(200, max_file_size)))
            os.link(shared, path)
        else:
            path.write_bytes(os.urandom(rng.randint(200, max_file_size)))
        record.append(f"{module}/{path.name},sha256=,{path.stat().st_size}")
    record += [f"{dist_info.name}/METADATA,,", f"{dist_info.name}/RECORD,,"]
    (dist_info / "RECORD").write_text("\n".join(record) + "\n")
    return dist_info


def synthetic_root(root, venvs, packages, files, seed, description_lines=30, max_file_size=12000):
    rng = random.Random(seed)
    shared_dir = root / ".venvdeck" / "bench-shared"
    shared_dir.mkdir(parents=True, exist_ok=True)
    made = 0
    build = {}
    while made < venvs:
        if rng.random() < 0.8:
            owner = rng.choice(OWNERS)
            build[owner] = build.get(owner, 0) + 1
            name = f"{owner}_{rng.randint(1, 5)}_{build[owner]}"
        else:
            owner = rng.choice(SCRIPTS)
            name = f"{owner}_{rng.randint(1, 3)}_{hashlib.md5(str(made).encode()).hexdigest().upper()}"
        venv = root / name
        if venv.exists():
            continue
        version, interpreter = PYTHONS[made % 7 == 0]
        major_minor = ".".join(version.split(".")[:2])
        (venv / "bin").mkdir(parents=True)
        os.symlink(interpreter, venv / "bin" / "python")
        os.symlink("python", venv / "bin" / "python3")
        (venv / "pyvenv.cfg").write_text(
            f"home = /usr/bin\ninclude-system-site-packages = false\nversion = {version}\n"
            f"executable = {interpreter}\ncommand = {interpreter} -m venv {venv}\n")
        site = venv / "lib" / f"python{major_minor}" / "site-packages"
        site.mkdir(parents=True)
        chosen = rng.sample(PACKAGES, min(packages, len(PACKAGES)))
        while len(chosen) < packages:
            chosen.append(f"extra-package-{len(chosen)}")
        for index, package in enumerate(chosen):
            requires = [f"{other}>=1.0" for other in chosen[index + 1:index + 3]]
            dist_info = write_package(site, package, f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                                      files, rng, shared_dir, requires, description_lines, max_file_size)
            if index < 5:
                (dist_info / "REQUESTED").write_text("")
        made += 1
    # The shared pool is VenvDeck's hidden folder: not an environment, and not part of any venv's size.
    return made


def wheel_folder():
    return Path("/usr/share/python-wheels")


def real_root(root, venvs):
    wheels = wheel_folder()
    made = 0
    for index in range(venvs):
        owner = OWNERS[index % len(OWNERS)]
        venv = root / f"{owner}_1_{index + 1}"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        # pip runs from its own wheel; it installs the other wheels Debian ships into the new venv.
        pip_wheel = next(wheels.glob("pip-*.whl"))
        packages = [str(p) for p in wheels.glob("*.whl")]
        subprocess.run([str(venv / "bin" / "python"), f"{pip_wheel}/pip", "install", "--no-index", "--quiet",
                        "--find-links", str(wheels), *packages], check=True)
        made += 1
    return made


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path)
    parser.add_argument("--venvs", type=int, default=500)
    parser.add_argument("--packages", type=int, default=40, help="packages per venv")
    parser.add_argument("--files", type=int, default=20, help="files per package")
    parser.add_argument("--seed", type=int, default=1)
    # The GUI's large root (2,000 venvs) keeps every venv small so that it fits the disk and is made in minutes:
    # few files per package, short METADATA bodies, small files. The scanner reads the same folders and headers.
    parser.add_argument("--description-lines", type=int, default=30, help="lines of long description in METADATA")
    parser.add_argument("--max-file-size", type=int, default=12000, help="largest package file, bytes (from 200)")
    parser.add_argument("--real", action="store_true", help="real venvs with real pip, offline")
    parser.add_argument("--force", action="store_true", help="replace ROOT if it exists")
    args = parser.parse_args()
    if args.root.exists():
        if not args.force:
            sys.exit(f"{args.root} exists; choose another folder or pass --force to replace it")
        shutil.rmtree(args.root)
    args.root.mkdir(parents=True)
    made = real_root(args.root, args.venvs) if args.real else synthetic_root(
        args.root, args.venvs, args.packages, args.files, args.seed, args.description_lines, args.max_file_size)
    print(f"{made} venvs in {args.root}")


if __name__ == "__main__":
    main()
