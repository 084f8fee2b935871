#!/usr/bin/env python3
"""VenvDeck's benchmarks: ratios against the tools admins use today, measured side by side in one run.

  tests/benchmarks/run_benchmarks.py [--build-dir build] [--work /var/tmp/venvdeck-bench] [--runs 5]

The comparisons: metadata vs a `pip list` loop (real venvs); sizes vs `du -sb`; a cached rescan vs a first scan
(`list` vs `list --no-cache`, warm page cache both, the scan cache kept in a private XDG_CACHE_HOME); the cost of
in-use detection (`--no-in-use`); `venvdeck-cli build --offline` vs the bare `python3 -m venv` + `pip install
--no-index --find-links` it wraps (Debian's real wheels from /usr/share/python-wheels plus --build-wheels small
generated ones). The load average before and after is printed: quote numbers from a quiet machine.

The window: `venvdeck --benchmark-report FILE`, offscreen, on a root of --gui-venvs venvs (2,000 x 40 packages, with
--gui-files files per package and short METADATA so that it fits the disk), --gui-runs times after a warm-up: the
time to the first rows, the longest gap of the event loop while it scans (a 5 ms heartbeat), the end of the scan
and the peak resident memory, medians. Each run opens the root twice: first with no scan cache, then again on the
unchanged root (the window reuses the scan cache the first opening kept). `--only sizes,rescan` (or pip-list, build, gui) runs those sections alone.

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


# --- The window, builds and the pip-list loop (sections of their own; --only runs some of them) -----------------

GUI_KEYS = ["firstRowsInModelMs", "firstRowsMs", "scanMs", "readyMs", "longestGapWhileScanningMs",
            "longestGapCpuWhileScanningMs", "longestGapStartupMs"]


def gui_run(venvdeck, root, report, environment):
    """One instrumented run of the window (`venvdeck --benchmark-report`), offscreen; returns its report."""
    report.unlink(missing_ok=True)
    subprocess.run([venvdeck, "--root", str(root), "--benchmark-report", str(report)], check=True, env=environment,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
    return json.loads(report.read_text())


def gui_medians(runs, keys):
    """The median of each key over the runs (and every run's value), and of the peak resident memory."""
    result = {}
    for key in keys:
        values = [r[key] for r in runs if r.get(key) is not None]
        result[key] = statistics.median(values) if values else None
        result[key + "All"] = values
    result["peakResidentMiB"] = statistics.median(r["peakResidentBytes"] / 2**20 for r in runs)
    result["peakResidentMiBAll"] = [round(r["peakResidentBytes"] / 2**20, 1) for r in runs]
    return result


def gui_section(args, venvdeck):
    """The window on the large root: longest event-loop gap while it scans, time to the first rows, to the end of
    the scan, peak memory. Private settings and cache (XDG_*), so the user's window state plays no part."""
    root = args.work / "gui-large"
    ensure_root(root, ["--venvs", str(args.gui_venvs), "--packages", str(args.packages), "--files",
                       str(args.gui_files), "--description-lines", "2", "--max-file-size", "2000"])
    private = Path(tempfile.mkdtemp(prefix="venvdeck-bench-gui-"))
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(private / "config"),
                       XDG_CACHE_HOME=str(private / "cache"), XDG_DATA_HOME=str(private / "data"))
    gui_run(venvdeck, root, private / "warm-up.json", environment)
    runs, cached_runs = [], []
    for n in range(args.gui_runs):
        shutil.rmtree(private / "cache", ignore_errors=True)  # the first opening: no scan cache
        runs.append(gui_run(venvdeck, root, private / f"run-{n}.json", environment))
        cached_runs.append(gui_run(venvdeck, root, private / f"cached-{n}.json", environment))
    shutil.rmtree(private, ignore_errors=True)
    result = {"name": f"window: `venvdeck --benchmark-report` offscreen on {runs[0]['environments']} venvs x "
                      f"{args.packages} packages ({runs[0]['packages']:,} packages)", "runs": len(runs),
              "environments": runs[0]["environments"]}
    result.update(gui_medians(runs, GUI_KEYS))
    result["cached"] = gui_medians(cached_runs, GUI_KEYS + ["fromCache"])
    result["worstGapsMs"] = sorted((g for r in runs for g in r["longestGaps"]), key=lambda g: -g["ms"])[:8]
    result["phases"] = [{p["phase"]: p["longestGapMs"] for p in r["phases"]} for r in runs]
    return result


def print_gui(result):
    print(f"- {result['name']}, {result['runs']} runs after a warm-up, medians (every run in brackets):")
    for key, label, target in [
            ("firstRowsMs", "first rows painted in the table, from the start of the scan", "within 300 ms"),
            ("firstRowsInModelMs", "first rows in the table's model", ""),
            ("longestGapWhileScanningMs", "longest gap of the event loop while scanning and settling (5 ms beat)",
             "no stall over 50 ms"),
            ("longestGapCpuWhileScanningMs", "most the GUI thread itself ran within one gap (the rest it waited "
             "for a core)", ""),
            ("scanMs", "scan finished", ""), ("readyMs", "window ready (cleanup check done)", ""),
            ("longestGapStartupMs", "longest gap while the window first shows (before the scan)", "")]:
        value = result[key]
        shown = "not reached" if value is None else f"{value:.0f} ms"
        print(f"    {label}: {shown} {[round(v) for v in result[key + 'All']]}" + (f" (target {target})" if target
                                                                                     else ""))
    print(f"    peak resident memory: {result['peakResidentMiB']:.0f} MiB {result['peakResidentMiBAll']} "
          "(target under 200 MB)")
    print("    longest gap per phase, each run: " + "; ".join(
        ", ".join(f"{phase} {ms:.0f}" for phase, ms in run.items()) for run in result["phases"]))
    cached = result.get("cached")
    if cached:
        print(f"  the second opening of the unchanged root (scan cache of the first; {cached['fromCache']:.0f} of "
              f"{result['environments']} venvs reused), medians (every run in brackets):")
        for key, label in [("firstRowsMs", "first rows painted"), ("scanMs", "scan finished"),
                           ("readyMs", "window ready"), ("longestGapWhileScanningMs", "longest gap while scanning")]:
            value = cached[key]
            first = result[key]
            ratio = f", {value / first:.2f}x the first opening" if value is not None and first else ""
            shown = "not reached" if value is None else f"{value:.0f} ms"
            print(f"    {label}: {shown} {[round(v) for v in cached[key + 'All']]}{ratio}")
        print(f"    peak resident memory: {cached['peakResidentMiB']:.0f} MiB {cached['peakResidentMiBAll']}")


def small_wheel(folder, name, version, requires, modules=3):
    """A pure-Python wheel as a build backend writes it: modules, METADATA, WHEEL, RECORD (with hashes)."""
    import base64
    import hashlib
    import zipfile
    module = name.replace("-", "_")
    dist_info = f"{module}-{version}.dist-info"
    files = {f"{module}/__init__.py": f"VERSION = {version!r}\n"}
    for index in range(modules):
        files[f"{module}/part_{index}.py"] = "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(40))
    files[f"{dist_info}/METADATA"] = "\n".join(
        ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}", "Summary: a benchmark wheel"] +
        [f"Requires-Dist: {r}" for r in requires]) + "\n"
    files[f"{dist_info}/WHEEL"] = "Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(text.encode())}")
    record.append(f"{dist_info}/RECORD,,")
    files[f"{dist_info}/RECORD"] = "\n".join(record) + "\n"
    with zipfile.ZipFile(folder / f"{module}-{version}-py3-none-any.whl", "w") as wheel:
        for path, text in files.items():
            wheel.writestr(path, text)


def build_inputs(work, count):
    """A wheel folder of Debian's real wheels (/usr/share/python-wheels) and `count` small generated ones that
    depend on each other, and a requirements.txt that asks for wheel and the generated ones."""
    wheels = work / "build-wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    wheels.mkdir(parents=True)
    for real_wheel in Path("/usr/share/python-wheels").glob("*.whl"):
        shutil.copy(real_wheel, wheels)
    names = [f"bench-dep-{index}" for index in range(count)]
    for index, name in enumerate(names):
        small_wheel(wheels, name, f"1.{index}.0", [f"{other}>=1.0" for other in names[index + 1:index + 3]])
    requirements = work / "build-requirements.txt"
    requirements.write_text("wheel\n" + "".join(f"{name}==1.{index}.0\n" for index, name in enumerate(names)))
    return wheels, requirements


def build_comparison(args, cli):
    wheels, requirements = build_inputs(args.work, args.build_wheels)
    python = "/usr/bin/python3"
    return compare(f"build: `venvdeck-cli build --offline` vs `python3 -m venv` + `pip install --no-index "
                   f"--find-links DIR -r` (wheel + {args.build_wheels} generated wheels, same folder, same Python)",
                   lambda: build_ours(cli, python, wheels, requirements, args.work / "build-root"),
                   lambda: build_bare(python, wheels, requirements, args.work / "build-bare"), args.runs,
                   "at most 1.1x the bare commands (ratio >= 0.91)")


def pip_list_comparison(args, cli, environment):
    real = args.work / "real"
    ensure_root(real, ["--real", "--venvs", str(args.real_venvs)])
    real_venvs = sorted(p for p in real.iterdir() if not p.name.startswith("."))
    return compare(f"metadata: `venvdeck-cli list --no-sizes` vs `pip list --format=json` in each of "
                   f"{len(real_venvs)} real venvs",
                   lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--format", "json", "--root", real],
                                 env=environment),
                   lambda: sum(timed([v / "bin" / "python", "-m", "pip", "list", "--format=json"])
                               for v in real_venvs), args.runs, "at least 100x")


def print_comparison(r):
    print(f"- {r['name']}: {r['ours']:.3f} s vs {r['theirs']:.3f} s, {r['ratio']:.2f}x (target {r['target']})")


SECTIONS = ("pip-list", "sizes", "rescan", "build", "gui")


def run_sections(args, cli, venvdeck, sections):
    """--only: the named sections alone (SECTIONS), with the machine and the load average."""
    unknown = sections - set(SECTIONS)
    if unknown:
        sys.exit(f"--only: unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    environment = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="venvdeck-bench-cache-"))
    load_before = load()
    results, notes, gui = [], [], None
    if "pip-list" in sections:
        results.append(pip_list_comparison(args, cli, environment))
    if sections & {"sizes", "rescan"}:
        synthetic, files = synthetic_root(args)
        list_json = [cli, "list", "--format", "json", "--root", synthetic]
        list_table = [cli, "list", "--format", "table", "--root", synthetic]
        if "sizes" in sections:
            results.append(sizes_comparison(list_json, synthetic, environment, args, files))
            notes.append(hard_link_check(list_json, synthetic, environment))
        if "rescan" in sections:
            results.append(rescan_comparison(list_table, environment, args))
            results.append(rescan_comparison(list_json, environment, args))
    if "build" in sections:
        results.append(build_comparison(args, cli))
    if "gui" in sections:
        gui = gui_section(args, venvdeck)
    print(f"Machine: {machine()}; disk: {disk(args.work)}")
    print(f"Load average (1, 5, 15 min): {load_before} before, {load()} after")
    print(f"Runs: {args.runs} of each comparison, alternating, after one warm-up; medians. Ratio = theirs / ours.")
    for r in results:
        print_comparison(r)
    for note in notes:
        print(f"- {note}")
    if gui:
        print_gui(gui)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "disk": disk(args.work), "load": [load_before, load()],
                                         "results": results, "gui": gui}, indent=2, default=str))


def sizes_comparison(list_json, synthetic, environment, args, files):
    """`list` with sizes (no cache: every venv walked) against `du -sb` over the same root."""
    return compare(f"sizes: `venvdeck-cli list --no-cache --format json` vs `du -sb` over {args.venvs} venvs, "
                   f"{files:,} files", lambda: timed([*list_json, "--no-cache"], env=environment),
                   lambda: timed(["du", "-sb", synthetic]), args.runs, "1.0x or faster (ratio >= 1.0)")


def rescan_comparison(list_command, environment, args):
    """A rescan of the unchanged root (the cache of the previous run) against a first scan (`--no-cache`)."""
    output = list_command[list_command.index("--format") + 1]
    return compare(f"rescan: `venvdeck-cli list` with the cache of the previous run vs `list --no-cache`, {output} "
                   f"output, {args.venvs} venvs", lambda: timed(list_command, env=environment),
                   lambda: timed([*list_command, "--no-cache"], env=environment), args.runs,
                   "10x or faster (rescan at most 10% of the first scan)")


def synthetic_root(args):
    """The synthetic root of --venvs x --packages x --files, generated once, and its number of files."""
    synthetic = args.work / "synthetic"
    ensure_root(synthetic, ["--venvs", str(args.venvs), "--packages", str(args.packages), "--files", str(args.files)])
    return synthetic, sum(len(f) for _, _, f in os.walk(synthetic))


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
    parser.add_argument("--only", help=f"comma-separated sections to run alone: {', '.join(SECTIONS)}")
    parser.add_argument("--skip-gui", action="store_true", help="leave out the window's instrumented run")
    parser.add_argument("--gui-venvs", type=int, default=2000, help="venvs of the window's large root")
    parser.add_argument("--gui-files", type=int, default=2, help="files per package of the large root (kept small "
                        "so that 2,000 venvs fit the disk and are made in minutes)")
    parser.add_argument("--gui-runs", type=int, default=3)
    parser.add_argument("--build-wheels", type=int, default=8, help="small generated wheels the build installs")
    args = parser.parse_args()

    cli = args.build_dir / "bin" / "venvdeck-cli"
    if not os.access(cli, os.X_OK):
        sys.exit(f"{cli} is not built; run installer/bootstrap.sh test first, or pass --build-dir")
    venvdeck = args.build_dir / "bin" / "venvdeck"
    if args.only:
        return run_sections(args, cli, venvdeck, set(args.only.split(",")))
    synthetic, files = synthetic_root(args)

    environment = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="venvdeck-bench-cache-"))
    list_json = [cli, "list", "--format", "json", "--root", synthetic]
    list_table = [cli, "list", "--format", "table", "--root", synthetic]
    load_before = load()

    results = [
        pip_list_comparison(args, cli, environment),
        sizes_comparison(list_json, synthetic, environment, args, files),
        rescan_comparison(list_table, environment, args),
        rescan_comparison(list_json, environment, args),
        compare(f"in-use detection: `list --no-sizes --no-cache --no-in-use` vs with it, {args.venvs} venvs",
                lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--no-in-use", "--root", synthetic],
                              env=environment),
                lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--root", synthetic], env=environment),
                args.runs, "(the ratio is what detection costs: 1.1 = 10% more)"),
        compare(f"metadata only: `venvdeck-cli list --no-sizes --no-cache` over the same {args.venvs} venvs vs "
                "`du -sb`", lambda: timed([cli, "list", "--no-sizes", "--no-cache", "--format", "json", "--root",
                                           synthetic], env=environment),
                lambda: timed(["du", "-sb", synthetic]), args.runs, "(for reference)"),
        build_comparison(args, cli),
    ]

    print(f"Machine: {machine()}; disk: {disk(args.work)}")
    print(f"Load average (1, 5, 15 min): {load_before} before, {load()} after")
    print(f"Runs: {args.runs} of each, alternating, after one warm-up; medians. Ratio = theirs / ours.")
    for r in results:
        print_comparison(r)
    hard_links = hard_link_check(list_json, synthetic, environment)
    print(f"- {hard_links}")
    gui = None if args.skip_gui else gui_section(args, venvdeck)
    if gui:
        print_gui(gui)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "disk": disk(args.work), "load": [load_before, load()],
                                         "results": results, "gui": gui}, indent=2, default=str))


if __name__ == "__main__":
    main()
