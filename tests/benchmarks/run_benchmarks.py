#!/usr/bin/env python3
"""VenvDeck's benchmarks: ratios against the tools admins use today, measured side by side in one run.

  tests/benchmarks/run_benchmarks.py [--build-dir build] [--work /var/tmp/venvdeck-bench] [--runs 5]

The comparisons: metadata vs a `pip list` loop (real venvs); sizes vs `du -sb`; a cached rescan vs a first scan
(`list` vs `list --no-cache`, warm page cache both, the scan cache kept in a private XDG_CACHE_HOME); the cost of
in-use detection (`--no-in-use`); `venvdeck-cli build --offline` vs the bare `python3 -m venv` + `pip install
--no-index --find-links` it wraps. The load average before and after is printed: quote numbers from a quiet machine.

Each comparison runs both sides alternately, --runs times, warm cache (one unmeasured run of each first), and
quotes the medians and their ratio. The roots are generated once under --work (generate_root.py) and reused
while their parameters match. Prints the machine, then one line per comparison; --json FILE writes the numbers.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import tempfile
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} {platform.release()}"


def disk(path):
    """The file system and block device under `path`, as findmnt and lsblk name them."""
    try:
        source, fstype = subprocess.run(["findmnt", "-n", "-o", "SOURCE,FSTYPE", "--target", str(path)], check=True,
                                        capture_output=True, text=True).stdout.split()[:2]
        rotational = subprocess.run(["lsblk", "-n", "-d", "-o", "ROTA,MODEL", source], capture_output=True,
                                    text=True).stdout.strip()
        kind = "rotational" if rotational.startswith("1") else "non-rotational"
        return f"{fstype} on {source} ({kind}{', ' + rotational[1:].strip() if rotational[1:].strip() else ''})"
    except (OSError, subprocess.CalledProcessError, ValueError):
        return "unknown disk"


def load():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def build_bare(python, wheels, requirements, target):
    """What `venvdeck-cli build --offline` wraps: python -m venv, then pip install offline."""
    shutil.rmtree(target, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([python, "-m", "venv", str(target)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(target / "bin" / "python"), "-m", "pip", "install", "--no-index", "--find-links", str(wheels),
                    "-r", str(requirements)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_ours(cli, python, wheels, requirements, root):
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    return timed([cli, "build", "--root", str(root), "--python", python, "--offline", str(wheels), "--name",
                  "Bench_Build_1_1", "--owner", "Bench", "--owner-version", "1.0", str(requirements)])


def ensure_root(path, arguments):
    stamp = path / ".venvdeck" / "bench-parameters"
    wanted = " ".join(arguments)
    if stamp.is_file() and stamp.read_text() == wanted:
        return
    subprocess.run([sys.executable, str(HERE / "generate_root.py"), str(path), "--force", *arguments], check=True)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(wanted)


def compare(name, ours, theirs, runs, target):
    """ours/theirs: callables returning seconds. Alternates them; the first of each is a warm-up."""
    ours()
    theirs()
    our_times, their_times = [], []
    for _ in range(runs):
        our_times.append(ours())
        their_times.append(theirs())
    result = {"name": name, "ours": statistics.median(our_times), "theirs": statistics.median(their_times),
              "runs": runs, "target": target}
    result["ratio"] = result["theirs"] / result["ours"]
    return result


def sizes_comparison(list_json, synthetic, environment, args, files):
    """`list` with sizes (no cache: every venv walked) against `du -sb` over the same root."""
    return compare(f"sizes: `venvdeck-cli list --no-cache --format json` vs `du -sb` over {args.venvs} venvs, "
                   f"{files:,} files", lambda: timed([*list_json, "--no-cache"], env=environment),
                   lambda: timed(["du", "-sb", synthetic]), args.runs, "1.0x or faster (ratio >= 1.0)")


def rescan_comparison(list_table, environment, args):
    """A rescan of the unchanged root (the cache of the previous run) against a first scan (`--no-cache`)."""
    return compare(f"rescan: `venvdeck-cli list` with the cache of the previous run vs `list --no-cache`, table "
                   f"output, {args.venvs} venvs", lambda: timed(list_table, env=environment),
                   lambda: timed([*list_table, "--no-cache"], env=environment), args.runs,
                   "10x or faster (rescan at most 10% of the first scan)")


def hard_link_check(list_json, synthetic, environment):
    """Not a timing: the root total of `list` against `du -sbc` over the same venvs (hard links counted once)."""
    output = subprocess.run([*list_json, "--no-cache"], env=environment, check=True, capture_output=True).stdout
    listed = json.loads(output)
    total = (listed.get("total") or {}).get("sizeBytes")
    venvs = [e["path"] for e in listed["environments"]]
    summed = sum(e["sizeBytes"] or 0 for e in listed["environments"])
    du_lines = subprocess.run(["du", "-sbc", *venvs], check=True, capture_output=True, text=True).stdout
    du_total = int(du_lines.strip().splitlines()[-1].split()[0])
    verdict = "equal" if total == du_total else "DIFFERENT"
    return (f"hard links: `list` root total {total:,} bytes vs `du -sbc` over the same {len(venvs)} venvs "
            f"{du_total:,} bytes ({verdict}); the venvs' own sizes add up to {summed:,} bytes")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", type=Path, default=HERE.parent.parent / "build")
    parser.add_argument("--work", type=Path, default=Path("/var/tmp/venvdeck-bench"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--venvs", type=int, default=500)
    parser.add_argument("--packages", type=int, default=40)
    parser.add_argument("--files", type=int, default=24, help="files per package (500 x 40 x 24 = 480,000)")
    parser.add_argument("--real-venvs", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    cli = args.build_dir / "bin" / "venvdeck-cli"
    if not os.access(cli, os.X_OK):
        sys.exit(f"{cli} is not built; run installer/bootstrap.sh test first, or pass --build-dir")
    synthetic = args.work / "synthetic"
    real = args.work / "real"
    ensure_root(synthetic, ["--venvs", str(args.venvs), "--packages", str(args.packages), "--files", str(args.files)])
    ensure_root(real, ["--real", "--venvs", str(args.real_venvs)])
    real_venvs = sorted(p for p in real.iterdir() if not p.name.startswith("."))
    files = sum(len(f) for _, _, f in os.walk(synthetic))

    environment = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="venvdeck-bench-cache-"))
    list_json = [cli, "list", "--format", "json", "--root", synthetic]
    list_table = [cli, "list", "--format", "table", "--root", synthetic]
    wheels = Path("/usr/share/python-wheels")
    requirements = args.work / "build-requirements.txt"
    requirements.write_text("wheel\n")
    python = "/usr/bin/python3"
    load_before = load()

    results = [
        compare(f"metadata: `venvdeck-cli list --no-sizes` vs `pip list --format=json` in each of {len(real_venvs)} "
                "real venvs", lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--format", "json", "--root",
                                             real], env=environment),
                lambda: sum(timed([v / "bin" / "python", "-m", "pip", "list", "--format=json"]) for v in real_venvs),
                args.runs, "at least 100x"),
        sizes_comparison(list_json, synthetic, environment, args, files),
        rescan_comparison(list_table, environment, args),
        compare(f"in-use detection: `list --no-sizes --no-cache --no-in-use` vs with it, {args.venvs} venvs",
                lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--no-in-use", "--root", synthetic],
                              env=environment),
                lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--root", synthetic], env=environment),
                args.runs, "(the ratio is what detection costs: 1.1 = 10% more)"),
        compare(f"metadata only: `venvdeck-cli list --no-sizes --no-cache` over the same {args.venvs} venvs vs "
                "`du -sb`", lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--format", "json", "--root",
                                           synthetic], env=environment),
                lambda: timed(["du", "-sb", synthetic]), args.runs, "(for reference)"),
        compare("build: `venvdeck-cli build --offline` vs `python3 -m venv` + `pip install --no-index --find-links "
                "-r` (same requirements, same wheels)",
                lambda: build_ours(cli, python, wheels, requirements, args.work / "build-root"),
                lambda: build_bare(python, wheels, requirements, args.work / "build-bare"), args.runs,
                "at most 1.1x the bare commands (ratio >= 0.91)"),
    ]

    print(f"Machine: {machine()}; disk: {disk(args.work)}")
    print(f"Load average (1, 5, 15 min): {load_before} before, {load()} after")
    print(f"Runs: {args.runs} of each, alternating, after one warm-up; medians. Ratio = theirs / ours.")
    for r in results:
        print(f"- {r['name']}: {r['ours']:.3f} s vs {r['theirs']:.3f} s, {r['ratio']:.2f}x (target {r['target']})")
    hard_links = hard_link_check(list_json, synthetic, environment)
    print(f"- {hard_links}")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "disk": disk(args.work), "load": [load_before, load()],
                                         "results": results}, indent=2, default=str))


if __name__ == "__main__":
    main()
