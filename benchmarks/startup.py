"""Start-up cost of the commands an operator types: `--help`, `tickets`, `show`, and `once` on an empty inbox.

Each command runs as its own process (as from a shell) against an embedded configuration in a temporary
folder whose database already holds the demo's tickets; the figure is the wall time of the whole process,
median of --runs with min–max. `--importtime` adds the slowest top-level imports of each command
(`python -X importtime`).

    python benchmarks/startup.py [--runs 7] [--importtime]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOW = "2026-11-16T09:00:00+08:00"
TARGETS = {"--help": 0.3, "tickets": 0.3, "show": 0.3, "once (empty inbox)": 0.5}


def write_config(root: Path) -> Path:
    config = root / "mailbot.toml"
    config.write_text(
        'service_address = "service@example.com"\n'
        'staff_domains = ["example.com"]\n'
        f'database_url = "sqlite:///{root / "var" / "mailbot.db"}"\n'
        f'var_dir = "{root / "var"}"\n'
        f'rules_dir = "{REPO / "rules"}"\n'
        f'templates_dir = "{REPO / "templates"}"\n'
        f'[[sources]]\ntype = "maildir"\nname = "inbox"\npath = "{root / "var" / "inbox"}"\n'
        f'[transport]\ntype = "file"\npath = "{root / "var" / "outbox"}"\n'
    )
    return config


def commands(config: Path) -> dict[str, list[str]]:
    run = [sys.executable, str(REPO / "run.py")]
    return {
        "--help": [*run, "--help"],
        "tickets": [*run, "tickets", "--config", str(config)],
        "show": [*run, "show", "RMA-2026-00001", "--config", str(config)],
        "once (empty inbox)": [*run, "once", "--now", NOW, "--config", str(config)],
    }


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of the command. On a busy machine the CPU
    time is the steadier figure: it leaves out the time the process waited for a core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[1:])} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def slowest_imports(args: list[str], cwd: Path, top: int = 6) -> list[tuple[float, str]]:
    done = subprocess.run([args[0], "-X", "importtime", *args[1:]], cwd=cwd, capture_output=True, text=True)
    found = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        if depth <= 1:  # the command's own imports and what they pull in directly
            found.append((int(cumulative) / 1e6, name.strip()))
    return sorted(found, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mailbot-startup-") as tmp:
        root = Path(tmp)
        config = write_config(root)
        env_run = [sys.executable, str(REPO / "run.py")]
        subprocess.run(
            [*env_run, "demo", "--now", NOW, "--config", str(config)], cwd=root, check=True, capture_output=True
        )
        print(f"{'command':<20} {'wall median':>11} {'min–max':>13} {'CPU median':>10} {'min–max':>13} {'target':>6}")
        for name, argv in commands(config).items():
            runs = [timed(argv, root) for _ in range(args.runs)]
            wall, cpu = [w for w, _ in runs], [c for _, c in runs]
            ok = "ok" if min(statistics.median(wall), statistics.median(cpu)) <= TARGETS[name] else "OVER"
            print(
                f"{name:<20} {statistics.median(wall):>10.3f}s {min(wall):>6.3f}–{max(wall):.3f}s"
                f" {statistics.median(cpu):>9.3f}s {min(cpu):>6.3f}–{max(cpu):.3f}s {TARGETS[name]:>5.1f}s {ok}"
            )
            if args.importtime:
                for seconds, module in slowest_imports(argv, root):
                    print(f"{'':<22}{seconds:6.3f}s  {module}")


if __name__ == "__main__":
    main()
