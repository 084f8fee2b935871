#!/usr/bin/env python3
"""VenvDeck's benchmarks: ratios against the tools admins use today, measured side by side in one run.

  tests/benchmarks/run_benchmarks.py [--build-dir build] [--work /var/tmp/venvdeck-bench] [--runs 5]

Each comparison runs both sides alternately, --runs times, warm cache (one unmeasured run of each first), and
quotes the medians and their ratio. The roots are generated once under --work (generate_root.py) and reused
while their parameters match. Prints the machine, then one line per comparison; --json FILE writes the numbers.
"""
import argparse
import json
import os
import platform
import statistics
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


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


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

    results = [
        compare(f"metadata: `venvdeck-cli list --no-sizes` vs `pip list --format=json` in each of {len(real_venvs)} "
                "real venvs", lambda: timed([cli, "list", "--no-sizes", "--format", "json", "--root", real]),
                lambda: sum(timed([v / "bin" / "python", "-m", "pip", "list", "--format=json"]) for v in real_venvs),
                args.runs, "at least 100x"),
        compare(f"sizes: `venvdeck-cli list` vs `du -sb` over {args.venvs} venvs, {files:,} files",
                lambda: timed([cli, "list", "--format", "json", "--root", synthetic]),
                lambda: timed(["du", "-sb", synthetic]), args.runs, "1.0x or faster (ratio >= 1.0)"),
        compare(f"metadata only: `venvdeck-cli list --no-sizes` over the same {args.venvs} venvs vs `du -sb`",
                lambda: timed([cli, "list", "--no-sizes", "--format", "json", "--root", synthetic]),
                lambda: timed(["du", "-sb", synthetic]), args.runs, "(for reference)"),
    ]

    print(f"Machine: {machine()}")
    print(f"Runs: {args.runs} of each, alternating, after one warm-up; medians.")
    for r in results:
        print(f"- {r['name']}: {r['ours']:.3f} s vs {r['theirs']:.3f} s, {r['ratio']:.1f}x (target {r['target']})")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "results": results}, indent=2, default=str))


if __name__ == "__main__":
    main()
