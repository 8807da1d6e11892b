"""Start-up cost of every command an operator types, each doing as little as it can: `--help`, the
listings (`tickets`, `show`, `quarantine`), `once` on an empty inbox (Maildir, and IMAP on a private
Dovecot when one is installed), and the rest.

Each command runs as its own process (as from a shell) against an embedded configuration in a temporary
folder whose database already holds the demo's tickets; the figures are the wall time and the CPU time
(user + system) of the whole process, median of --runs with min–max. On a shared machine the CPU time is
the steadier one. `--importtime` adds the slowest top-level imports of each command (`python -X
importtime`); `--only NAME,NAME` measures only those.

`--passes FOLDER` measures instead `once` on a Maildir holding 1, 10 and 200 mails of FOLDER (e.g. made by
the lab's `gen`), each run on a fresh copy of a database that a first pass migrated, with the start-up
check already remembered and the caches warm (compiled templates, the built rule pipeline: a pass with
one mail runs first), as a timer finds them. The fixed cost of a pass is what a
pass costs beyond its mails: the intercept of the line through the 10- and 200-mail figures.

    python benchmarks/startup.py [--runs 5] [--importtime] [--only tickets,show]
    python benchmarks/startup.py --passes /tmp/mails [--sizes 1,10,200] [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOW = "2026-11-16T09:00:00+08:00"
IMAP_ONCE = "once (empty IMAP inbox)"
TARGETS = {"--help": 0.3, "tickets": 0.3, "show": 0.3, "quarantine": 0.3, "once (empty inbox)": 0.5, IMAP_ONCE: 0.5}


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


def commands(config: Path, reference: str) -> dict[str, list[str]]:
    """Every command that returns by itself (not `run` or `web`), on the demo's database."""
    run = [sys.executable, str(REPO / "run.py")]
    cfg = ["--config", str(config)]
    sample = REPO / "mailbot" / "samples" / "01_request_complete.eml"
    orders = config.parent / "orders.csv"
    orders.write_text("order_number,customer_email,serial\nSO-1,buyer@customer.example,SN1\n")
    return {
        "--help": [*run, "--help"],
        "tickets": [*run, "tickets", *cfg],
        "tickets --json": [*run, "tickets", "--json", *cfg],
        "show": [*run, "show", reference, *cfg],
        "quarantine": [*run, "quarantine", *cfg],
        "once (empty inbox)": [*run, "once", "--now", NOW, *cfg],
        "migrate": [*run, "migrate", *cfg],
        "check": [*run, "check", *cfg],
        "sweep": [*run, "sweep", "--now", NOW, *cfg],
        "digest --preview": [*run, "digest", "--preview", str(config.parent / "digest.html"), "--now", NOW, *cfg],
        "requeue --all": [*run, "requeue", "--all", *cfg],
        "retention": [*run, "retention", *cfg],
        "ticket note": [*run, "ticket", reference, "note", "called", "--as", "sales@example.com", *cfg],
        "import-orders --dry-run": [*run, "import-orders", str(orders), "--dry-run", *cfg],
        "extract": [*run, "extract", str(sample)],
    }


@contextlib.contextmanager
def imap_once(root: Path) -> Iterator[list[str] | None]:
    """`once` on an IMAP inbox of a private Dovecot that a first pass emptied (its position saved, as a
    timer finds it); None when Dovecot is not installed."""
    sys.path.insert(0, str(REPO))
    from tests.integration.servers import PASSWORD, Dovecot, dovecot_available
    from tests.pipeline.helpers import customer_mail

    if not dovecot_available():
        yield None
        return
    server = Dovecot(Path(tempfile.mkdtemp(prefix="mailbot-dovecot-")))
    work = root / "imap"
    work.mkdir()
    config = work / "mailbot.toml"
    config.write_text(
        'service_address = "service@example.com"\nstaff_domains = ["example.com"]\nsecret = "benchmark-secret"\n'
        f'database_url = "sqlite:///{work / "mailbot.db"}"\nvar_dir = "{work / "var"}"\n'
        f'rules_dir = "{REPO / "rules"}"\ntemplates_dir = "{REPO / "templates"}"\n'
        f'[[sources]]\ntype = "imap"\nname = "service"\nhost = "127.0.0.1"\nport = {server.port}\ntls = "none"\n'
        f'username = "service@example.com"\npassword = "{PASSWORD}"\ninitial = "all"\ntimeout = 10\n'
        f'[transport]\ntype = "file"\npath = "{work / "var" / "outbox"}"\n'
    )
    argv = [sys.executable, str(REPO / "run.py"), "once", "--now", NOW, "--config", str(config)]
    try:
        server.start()
        server.append("service@example.com", customer_mail("maria@fibrenet.example.pt", "Faulty", "No link."))
        subprocess.run(argv, cwd=work, check=True, capture_output=True)
        yield argv
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


OK_STATUS = {"check": (0, 1)}  # 1: the demo's mails carry no Authentication-Results, as expected


def timed(args: list[str], cwd: Path, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of the command. On a busy machine the CPU
    time is the steadier figure: it leaves out the time the process waited for a core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in ok:
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


def measure(name: str, argv: list[str], cwd: Path, args: argparse.Namespace) -> None:
    runs = [timed(argv, cwd, OK_STATUS.get(name, (0,))) for _ in range(args.runs)]
    wall, cpu = [w for w, _ in runs], [c for _, c in runs]
    target = TARGETS.get(name)
    verdict = "" if target is None else "ok" if statistics.median(cpu) <= target else "OVER"
    print(
        f"{name:<24} {statistics.median(wall):>10.3f}s {min(wall):>6.3f}–{max(wall):.3f}s"
        f" {statistics.median(cpu):>9.3f}s {min(cpu):>6.3f}–{max(cpu):.3f}s"
        f" {f'{target:.1f}s' if target else '':>6} {verdict}"
    )
    if args.importtime:
        for seconds, module in slowest_imports(argv, cwd):
            print(f"{'':<22}{seconds:6.3f}s  {module}")


def passes(folder: Path, sizes: list[int], runs: int) -> None:
    """`once` on a Maildir of 1/10/200 mails: wall and CPU of the whole process, and the fixed part."""
    sys.path.insert(0, str(REPO))
    from mailbot.mail.sources.maildir import deliver_to_maildir

    mails = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
    if len(mails) < max(sizes):
        raise SystemExit(f"{folder} holds {len(mails)} mails, fewer than {max(sizes)}")
    print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"{'mails':>5} {'wall median':>11} {'min–max':>13} {'CPU median':>10} {'min–max':>13}")
    medians: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="mailbot-passes-") as tmp:
        root = Path(tmp)
        config = write_config(root)
        argv = [sys.executable, str(REPO / "run.py"), "once", "--now", NOW, "--config", str(config)]
        # Migrated, the rules and templates checked, the template cache warm; no mail read yet.
        migrate = [sys.executable, str(REPO / "run.py"), "migrate", "--config", str(config)]
        subprocess.run(migrate, cwd=root, check=True, capture_output=True)
        subprocess.run(argv, cwd=root, check=True, capture_output=True)
        fresh = root / "fresh.db"
        shutil.copy(root / "var" / "mailbot.db", fresh)
        # One pass with a mail warms what only reading mail fills (the built rule pipeline, the compiled
        # templates of the replies); its ticket goes with the database, replaced by the fresh copy below.
        deliver_to_maildir(root / "var" / "inbox", mails[0])
        subprocess.run(argv, cwd=root, check=True, capture_output=True)
        for n in sizes:
            runs_n = []
            for _ in range(runs):
                shutil.copy(fresh, root / "var" / "mailbot.db")
                for sub in ("inbox", "outbox", "blobs"):
                    shutil.rmtree(root / "var" / sub, ignore_errors=True)
                for data in mails[:n]:
                    deliver_to_maildir(root / "var" / "inbox", data)
                runs_n.append(timed(argv, root, (0, 1)))
            wall, cpu = [w for w, _ in runs_n], [c for _, c in runs_n]
            medians[n] = (statistics.median(wall), statistics.median(cpu))
            print(
                f"{n:>5} {medians[n][0]:>10.3f}s {min(wall):>6.3f}–{max(wall):.3f}s"
                f" {medians[n][1]:>9.3f}s {min(cpu):>6.3f}–{max(cpu):.3f}s"
            )
    if len(sizes) >= 2:
        lo, hi = sorted(sizes)[-2:]
        for i, what in ((0, "wall"), (1, "CPU")):
            per = (medians[hi][i] - medians[lo][i]) / (hi - lo)
            fixed = medians[hi][i] - hi * per
            print(f"{what}: {per * 1000:.1f} ms per mail, fixed cost of a pass {fixed:.3f}s")
    print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--only", default=None, help="only these commands (names from the table, comma-separated)")
    parser.add_argument("--passes", type=Path, default=None, help="a folder of .eml files: measure `once` on them")
    parser.add_argument("--sizes", default="1,10,200", help="with --passes: how many mails per pass")
    args = parser.parse_args()
    if args.passes is not None:
        passes(args.passes, [int(n) for n in args.sizes.split(",")], args.runs)
        return
    with tempfile.TemporaryDirectory(prefix="mailbot-startup-") as tmp:
        root = Path(tmp)
        config = write_config(root)
        env_run = [sys.executable, str(REPO / "run.py")]
        subprocess.run(
            [*env_run, "demo", "--now", NOW, "--config", str(config)], cwd=root, check=True, capture_output=True
        )
        listed = subprocess.run(
            [*env_run, "tickets", "--json", "--config", str(config)], cwd=root, check=True, capture_output=True
        )
        reference = json.loads(listed.stdout)[-1]["rma"]  # the demo's first ticket (REQ-… until approved)
        print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
        print(f"{'command':<24} {'wall median':>11} {'min–max':>13} {'CPU median':>10} {'min–max':>13} {'target':>6}")
        for name, argv in commands(config, reference).items():
            if not args.only or name in args.only.split(","):
                measure(name, argv, root, args)
        if not args.only or IMAP_ONCE in args.only.split(","):
            with imap_once(root) as argv_imap:
                if argv_imap is None:
                    print(f"{IMAP_ONCE:<24} skipped: Dovecot is not installed (apt-get install dovecot-imapd)")
                else:
                    measure(IMAP_ONCE, argv_imap, root / "imap", args)
        print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
