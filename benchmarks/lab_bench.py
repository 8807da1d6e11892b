#!/usr/bin/env python3
# ruff: noqa  (a copy of the lab's stdlib script, kept close to the original for diffing)
# benchmarks/lab_bench.py: ../shared/lab/mailbot-bench adapted to this project's settings (no
# `timezone` setting; the lab scripts are found in ../shared/lab; a "sending" or "render" outbox row
# is not done).
# Run from the project root:  python benchmarks/lab_bench.py --python .venv/bin/python --n 500 --runs 3
#
# lab/mailbot-bench — time mailbot on N lab mails, side by side with django-helpdesk and the raw floor
# (stdlib only; py-spy and strace are used by --profile when present).
# Usage: lab/mailbot-bench [--checkout DIR] [--python PY] [--n 500] [--runs 3] [--seed 42]
#                          [--modes once,daemon,daemon-warm] [--limits bench|default] [--max-passes 5]
#                          [--poll-seconds 60] [--settle 5] [--stall-s 60]
#                          [--no-peer] [--no-rawfetch] [--profile] [--py-spy PATH] [--keep]
#   --checkout  the mailbot checkout (default: the current directory, if it holds run.py + mailbot/)
#   --python    its interpreter (default: <venv>/bin/python, <venv> printed by tools/venv-for-checkout
#               run inside the checkout)
#   e.g. (from the project checkout):  ../shared/lab/mailbot-bench --n 500 --runs 3
# Needs lab/up (started automatically if its ports are closed; stop with lab/down) and, for the peer,
# lab/peer-setup (lab/peer-bench runs it if needed).
# Each round r = 1..RUNS runs these one after the other on the same N generated mails (lab/gen --seed),
# so every ratio compares runs made minutes apart under the same machine load:
#   start-up         mailbot `once` on an empty INBOX (fixed cost of one pass)
#   mailbot `once`   fresh work dir /tmp/lab/mailbot-bench/work: mailbot.toml (one IMAP source
#                    service@lab.test on 127.0.0.1:14143 tls none, on_done move, initial all; SMTP
#                    127.0.0.1:10025 no TLS/auth; SQLite in the work dir), a copy of the checkout's rules/
#                    with its staff/rep/manager addresses pointed at rep@ / manager@lab.test, database
#                    migrated beforehand (as the peer's pristine DB is); customer/rep/manager INBOXes and
#                    service@'s Processed/Quarantine folders emptied; lab/load --replace; then
#                    `/usr/bin/time -v python run.py once --config ...`, repeated (up to --max-passes) while
#                    mail is left in the INBOX; wall time is the sum of the passes.
#   mailbot `daemon` same set-up, then `python run.py run` (IDLE on) on the loaded backlog; timed from
#                    start until every mail has its message row and the outbox has nothing queued
#                    (SQLite polled every 0.1 s); then SIGTERM, and the time to exit is recorded.
#   mailbot `daemon-warm`  the daemon is started on an empty INBOX and left --settle s; timed from the
#                    start of lab/load (N appends, while the daemon already works) to the same condition.
#   peer             lab/peer-bench --n N --runs 1 --mail smtp --no-rawfetch (django-helpdesk get_email)
#   floor            lab/load --replace, then lab/rawfetch (IMAP fetch + stdlib email parse, no DB)
# Recorded per mailbot run: wall s, mails/s, passes, tickets, inbound rows by status and kind, outbox by
# status and template, mails accepted by the lab SMTP server (new files in /tmp/lab/smtp-log, split
# customer/rep/manager), duplicate Message-IDs, customer mails answered twice, mails lost (loaded minus
# inbound rows), peak RSS and CPU (time -v), mails left in the INBOX, in Processed and in Quarantine,
# quarantined rows, log warnings/errors/tracebacks, machine-wide busy CPU (/proc/stat).
# --limits bench (default) raises the per-address/per-ticket reply limits as the project's own
#   benchmarks/imap_throughput.py does; default keeps the project's. (In this lab the customers share
#   the service address's domain, so mailbot counts them as internal and never rate-limits them.)
# --profile  after the rounds, three extra `once` runs on N mails: under cProfile
#   (/tmp/lab/bench/mailbot-once-nN.prof), under py-spy --idle (wall-clock samples, sorted into the
#   STAGES below, printed as share and ms/mail; /tmp/lab/bench/mailbot-once-nN.pyspy.txt) and under
#   strace -f -c (syscalls per mail: fsync, fdatasync, pwrite64, sendto, ...).
# Prints one table (median [min-max]) with the ratios mailbot/helpdesk and mailbot/rawfetch (ratio of
# the medians, plus the per-round ratios), and writes everything as JSON to
# /tmp/lab/bench/mailbot-bench-n<N>-<time>.json. The work dir is removed at the end unless --keep.
import argparse
import email.parser
import imaplib
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from email import policy as email_policy

HERE = os.environ.get("MAILBOT_LAB", "/work/shared/lab")
LAB = "/tmp/lab"
BENCH = LAB + "/bench"
WORK = LAB + "/mailbot-bench/work"
SPOOL = LAB + "/smtp-spool"
SMTPLOG = LAB + "/smtp-log"
SERVICE = "service@lab.test"
CUSTOMERS = [f"customer{i}@lab.test" for i in range(1, 6)]
STAFF = ["rep@lab.test", "manager@lab.test"]
# rules/ addresses of the project -> lab mailboxes (staff.yml, routing.yml, digest.yml, reminders.yml)
ADDRESS_MAP = [
    (r"\b(?:eu\.)?manager@example\.com\b", "manager@lab.test"),
    (r"\bsales@example\.com\b", "rep@lab.test"),
    (r"\bengineer@example\.com\b", "engineer@lab.test"),
]


# --- lab helpers -----------------------------------------------------------------------------------


def port_open(port):
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_spool(timeout=600):
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if not [f for f in os.listdir(SPOOL) if f.endswith(".json")]:
            return time.perf_counter() - t0
        time.sleep(0.05)
    raise SystemExit("lab SMTP spool did not drain")


def imap(user):
    m = imaplib.IMAP4("127.0.0.1", 14143)
    m.login(user, "pw")
    return m


def folder_count(user, folder="INBOX"):
    m = imap(user)
    try:
        typ, data = m.select(folder, readonly=True)
        return int(data[0]) if typ == "OK" else 0
    finally:
        m.logout()


def empty_folder(user, folder="INBOX"):
    m = imap(user)
    try:
        typ, data = m.select(folder)
        if typ == "OK" and int(data[0]):
            m.store("1:*", "+FLAGS", "\\Deleted")
            m.expunge()
    finally:
        m.logout()


def delete_folder(user, folder):
    m = imap(user)
    try:
        typ, _ = m.select(folder)
        if typ == "OK":
            m.close()
            m.delete(folder)
    finally:
        m.logout()


def cpu_busy():
    """Machine-wide busy CPU seconds (all cores) from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    return (sum(v[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def parse_time_v(text):
    def grab(label, conv=float):
        m = re.search(r"^\s*" + re.escape(label) + r":\s*(.+)$", text, re.M)
        return conv(m.group(1).strip()) if m else None

    return {
        "max_rss_mib": (grab("Maximum resident set size (kbytes)", int) or 0) / 1024,
        "user_s": grab("User time (seconds)") or 0.0,
        "sys_s": grab("System time (seconds)") or 0.0,
        "cpu_pct": grab("Percent of CPU this job got", lambda s: int(s.rstrip("%"))),
        "vol_ctx": grab("Voluntary context switches", int),
        "fs_outputs": grab("File system outputs", int),
    }


def summarize(vals):
    vals = [v for v in vals if v is not None]
    if not vals:
        return None
    return {"median": statistics.median(vals), "min": min(vals), "max": max(vals)}


def smtp_files():
    return set(os.listdir(SMTPLOG))


def classify_new_mail(new_files):
    """Who the lab SMTP server accepted mail for, plus duplicate checks."""
    hp = email.parser.BytesHeaderParser(policy=email_policy.compat32)
    by = {"customer": 0, "rep": 0, "manager": 0, "other": 0}
    mids, answered, other_rcpts = {}, {}, set()
    for name in sorted(new_files):
        with open(os.path.join(SMTPLOG, name), "rb") as f:
            h = hp.parse(f)
        rcpts = re.findall(r"<([^>]*)>", h.get("X-Lab-Rcpt-To", ""))
        for r in rcpts:
            r = r.lower()
            key = (
                "customer"
                if r in CUSTOMERS
                else "rep"
                if r == "rep@lab.test"
                else "manager"
                if r == "manager@lab.test"
                else "other"
            )
            by[key] += 1
            if key == "other":
                other_rcpts.add(r)
            if key == "customer":
                k = (r, (h.get("In-Reply-To") or "").strip(), (h.get("Subject") or "")[:40])
                answered[k] = answered.get(k, 0) + 1
        mid = (h.get("Message-ID") or "").strip()
        mids[mid] = mids.get(mid, 0) + 1
    return {
        "smtp_accepted": len(new_files),
        **{f"to_{k}": v for k, v in by.items()},
        "other_rcpts": sorted(other_rcpts)[:10],
        "dup_message_ids": sum(c - 1 for c in mids.values() if c > 1),
        "customer_answered_twice": sum(c - 1 for c in answered.values() if c > 1),
    }


# --- mailbot work dir ------------------------------------------------------------------------------


def write_workdir(checkout, a, idle):
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    rules = os.path.join(WORK, "rules")
    shutil.copytree(os.path.join(checkout, "rules"), rules)
    changed = []
    for name in sorted(os.listdir(rules)):
        p = os.path.join(rules, name)
        if not name.endswith(".yml") or not os.path.isfile(p):
            continue
        text = orig = open(p, encoding="utf-8").read()
        for pat, rep in ADDRESS_MAP:
            text = re.sub(pat, rep, text)
        if text != orig:
            open(p, "w", encoding="utf-8").write(text)
            changed.append(name)
    limits = (
        "[limits]\nreplies_per_address_per_hour = 1000000\nreplies_per_ticket_per_hour = 1000000\n"
        if a.limits == "bench"
        else ""
    )
    cfg = os.path.join(WORK, "mailbot.toml")
    with open(cfg, "w") as f:
        f.write(f"""\
# written by lab/mailbot-bench
service_address = "{SERVICE}"
service_name = "RMA Service"
company = "Lab Electronics"
database_url = "sqlite:///{WORK}/mailbot.db"
var_dir = "{WORK}/var"
rules_dir = "{rules}"
templates_dir = "{os.path.join(checkout, "templates")}"
poll_seconds = {a.poll_seconds}
secret = "lab-bench"

[[sources]]
type = "imap"
name = "service"
host = "127.0.0.1"
port = 14143
tls = "none"
username = "{SERVICE}"
password = "pw"
folder = "INBOX"
on_done = "move"
done_folder = "Processed"
quarantine_folder = "Quarantine"
initial = "all"
idle = {"true" if idle else "false"}
timeout = 30

[transport]
type = "smtp"
host = "127.0.0.1"
port = 10025
tls = "none"
timeout = 30

{limits}""")
    return cfg, changed


def db_counts(path):
    db = sqlite3.connect(path, timeout=30)
    q = lambda s: db.execute(s).fetchone()[0]  # noqa: E731
    try:
        r = {
            "tickets": q("SELECT COUNT(*) FROM ticket"),
            "in_rows": q("SELECT COUNT(*) FROM message WHERE direction='in'"),
            "in_by_status": dict(
                db.execute("SELECT status, COUNT(*) FROM message WHERE direction='in' GROUP BY status").fetchall()
            ),
            "in_by_kind": dict(
                db.execute(
                    "SELECT COALESCE(kind,'-'), COUNT(*) FROM message WHERE direction='in' GROUP BY kind"
                ).fetchall()
            ),
            "ticket_status": dict(db.execute("SELECT status, COUNT(*) FROM ticket GROUP BY status").fetchall()),
            "outbox_by_status": dict(db.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status").fetchall()),
            "outbox_by_template": dict(
                db.execute("SELECT template, COUNT(*) FROM outbox GROUP BY template").fetchall()
            ),
            "attachments": q("SELECT COUNT(*) FROM attachment"),
            "threaded_in": q(
                "SELECT COALESCE(SUM(c - 1), 0) FROM (SELECT COUNT(*) c FROM message "
                "WHERE direction='in' AND ticket_id IS NOT NULL GROUP BY ticket_id)"
            ),
            "held_events": q("SELECT COUNT(*) FROM event WHERE kind='mail_held'"),
        }
    finally:
        db.close()
    r["quarantined_rows"] = r["in_by_status"].get("quarantined", 0)
    r["outbox_queued"] = r["outbox_by_status"].get("queued", 0) + r["outbox_by_status"].get("render", 0)
    return r


def log_counts(text):
    return {
        "log_warnings": len(re.findall(r" WARNING ", text)),
        "log_errors": len(re.findall(r" (?:ERROR|CRITICAL) ", text)),
        "tracebacks": text.count("Traceback (most recent call last)"),
        "log_warning_kinds": sorted({m[:100] for m in re.findall(r" (?:WARNING|ERROR|CRITICAL) (.*)", text)})[:8],
    }


class Mailbot:
    def __init__(self, a, checkout, py, mails):
        self.a, self.checkout, self.py, self.mails = a, checkout, py, mails
        self.run_py = os.path.join(checkout, "run.py")

    def prepare(self, idle, load=True):
        wait_spool()
        for u in CUSTOMERS + STAFF:
            empty_folder(u)
        for folder in ("Processed", "Quarantine"):
            delete_folder(SERVICE, folder)
        cfg, changed = write_workdir(self.checkout, self.a, idle)
        p = subprocess.run([self.py, self.run_py, "migrate", "--config", cfg], cwd=WORK, capture_output=True, text=True)
        if p.returncode:
            raise SystemExit(f"mailbot migrate failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
        if load:
            subprocess.run(
                [os.path.join(HERE, "load"), self.mails, SERVICE, "--replace"], check=True, stdout=subprocess.DEVNULL
            )
        else:
            empty_folder(SERVICE)
        os.sync()
        time.sleep(1)
        return cfg, changed

    def finish(self, res, before, wall):
        res["smtp_drain_after_s"] = wait_spool()
        res.update(classify_new_mail(smtp_files() - before))
        res["customer_inbox"] = sum(folder_count(u) for u in CUSTOMERS)
        res["left_in_inbox"] = folder_count(SERVICE)
        res["in_processed"] = folder_count(SERVICE, "Processed")
        res["in_quarantine_folder"] = folder_count(SERVICE, "Quarantine")
        res.update(db_counts(WORK + "/mailbot.db"))
        res["wall_s"] = wall
        res["mails_per_s"] = self.a.n / wall
        res["lost"] = self.a.n - res["in_rows"]
        return res

    def once(self, r, cmd_prefix=None, env_extra=None):
        cfg, changed = self.prepare(idle=False)
        before = smtp_files()
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **(env_extra or {}))
        passes, wall, cpu_machine, tvs, logs, rcs, summaries = 0, 0.0, 0.0, [], "", [], []
        while passes < self.a.max_passes:
            passes += 1
            cmd = (cmd_prefix or ["/usr/bin/time", "-v", self.py]) + [self.run_py, "once", "--config", cfg]
            c0, t0 = cpu_busy(), time.perf_counter()
            p = subprocess.run(cmd, cwd=WORK, env=env, capture_output=True, text=True)
            wall += time.perf_counter() - t0
            cpu_machine += cpu_busy() - c0
            tvs.append(parse_time_v(p.stderr))
            logs += p.stderr
            rcs.append(p.returncode)
            summaries += [ln for ln in p.stdout.splitlines() if "mail(s)" in ln]
            if folder_count(SERVICE) == 0 or re.search(r"^0 mail\(s\)|no mail", p.stdout, re.M):
                break
        res = {
            "mode": "once",
            "run": r,
            "passes": passes,
            "returncodes": rcs,
            "once_summary": summaries,
            "rules_changed": changed,
            "machine_cpu_s": cpu_machine,
            "max_rss_mib": max(t["max_rss_mib"] for t in tvs),
            "cpu_s": sum(t["user_s"] + t["sys_s"] for t in tvs),
            "fs_outputs": sum(t["fs_outputs"] or 0 for t in tvs),
            **log_counts(logs),
            "stderr_tail": [ln for ln in logs.splitlines() if ln and not ln.startswith("\t")][-4:],
        }
        return self.finish(res, before, wall)

    def startup(self, r):
        """`once` on an empty INBOX (fresh, migrated work dir): the fixed cost of one pass."""
        cfg, _ = self.prepare(idle=False, load=False)
        t0 = time.perf_counter()
        p = subprocess.run(
            ["/usr/bin/time", "-v", self.py, self.run_py, "once", "--config", cfg],
            cwd=WORK,
            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - t0
        tv = parse_time_v(p.stderr)
        return {
            "run": r,
            "wall_s": wall,
            "returncode": p.returncode,
            "max_rss_mib": tv["max_rss_mib"],
            "cpu_s": tv["user_s"] + tv["sys_s"],
        }

    def _drained(self):
        try:
            db = sqlite3.connect(WORK + "/mailbot.db", timeout=5)
            try:
                n_in = db.execute("SELECT COUNT(*) FROM message WHERE direction='in'").fetchone()[0]
                queued = db.execute(
                    "SELECT COUNT(*) FROM outbox WHERE status IN ('render', 'queued', 'sending')"
                ).fetchone()[0]
            finally:
                db.close()
        except sqlite3.Error:
            return False, 0
        return n_in >= self.a.n and queued == 0, n_in

    def daemon(self, r, warm):
        cfg, changed = self.prepare(idle=True, load=not warm)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        logf = open(WORK + "/daemon.log", "w")
        tv_path = WORK + "/daemon.time"
        before = smtp_files()
        c0, t0 = cpu_busy(), time.perf_counter()
        p = subprocess.Popen(
            ["/usr/bin/time", "-v", "-o", tv_path, self.py, self.run_py, "run", "--config", cfg],
            cwd=WORK,
            env=env,
            stdout=logf,
            stderr=subprocess.STDOUT,
        )
        res = {"mode": "daemon-warm" if warm else "daemon", "run": r, "rules_changed": changed}
        try:
            if warm:  # wait until the daemon is up and idle (first poll + start-up jobs done), then load
                settle = time.perf_counter()
                while time.perf_counter() - settle < 120:
                    time.sleep(0.2)
                    log = open(WORK + "/daemon.log").read()
                    if "mailbot running" in log and time.perf_counter() - settle > self.a.settle:
                        break
                res["startup_s"] = time.perf_counter() - t0
                before = smtp_files()  # start-up jobs (digest) are not part of the measured traffic
                c0, t0 = cpu_busy(), time.perf_counter()
                subprocess.run([os.path.join(HERE, "load"), self.mails, SERVICE], check=True, stdout=subprocess.DEVNULL)
                res["load_s"] = time.perf_counter() - t0
            done, last_n, last_change = False, -1, time.perf_counter()
            while not done:
                time.sleep(0.1)
                done, n_in = self._drained()
                now = time.perf_counter()
                if n_in != last_n:
                    last_n, last_change = n_in, now
                if now - last_change > self.a.stall_s or p.poll() is not None:
                    res["stalled"] = True
                    break
            wall = time.perf_counter() - t0
            res["machine_cpu_s"] = cpu_busy() - c0
        finally:
            # SIGTERM the daemon itself (the child of /usr/bin/time), then collect time -v
            kids = open(f"/proc/{p.pid}/task/{p.pid}/children").read().split() if p.poll() is None else []
            t_stop = time.perf_counter()
            for k in kids:
                os.kill(int(k), signal.SIGTERM)
            try:
                p.wait(timeout=120)
                res["stop_s"] = time.perf_counter() - t_stop
            except subprocess.TimeoutExpired:
                for k in kids:
                    os.kill(int(k), signal.SIGKILL)
                p.wait()
            logf.close()
        res["returncode"] = p.returncode
        tv = parse_time_v(open(tv_path).read())
        log = open(WORK + "/daemon.log").read()
        res.update(max_rss_mib=tv["max_rss_mib"], cpu_s_whole_process=tv["user_s"] + tv["sys_s"], **log_counts(log))
        return self.finish(res, before, wall)


# --- peer and floor --------------------------------------------------------------------------------


def run_peer(a):
    p = subprocess.run(
        [
            os.path.join(HERE, "peer-bench"),
            "--n",
            str(a.n),
            "--runs",
            "1",
            "--seed",
            str(a.seed),
            "--mail",
            "smtp",
            "--no-rawfetch",
        ],
        capture_output=True,
        text=True,
    )
    m = re.search(r"^\s*json\s+(\S+)", p.stdout, re.M)
    if p.returncode or not m:
        print(p.stdout[-3000:], p.stderr[-3000:])
        raise SystemExit("lab/peer-bench failed")
    with open(m.group(1)) as f:
        j = json.load(f)
    run = j["runs"][0]
    keys = (
        "wall_s",
        "msgs_per_s",
        "tickets",
        "followups",
        "auto_replies",
        "left_in_inbox",
        "max_rss_mib",
        "cpu_s",
        "machine_cpu_s",
        "returncode",
        "log_warnings",
        "log_errors",
    )
    return {**{k: run.get(k) for k in keys}, "json": m.group(1)}


def run_rawfetch(a, mails):
    wait_spool()
    subprocess.run([os.path.join(HERE, "load"), mails, SERVICE, "--replace"], check=True, stdout=subprocess.DEVNULL)
    os.sync()
    time.sleep(1)
    p = subprocess.run(["/usr/bin/time", "-v", os.path.join(HERE, "rawfetch")], capture_output=True, text=True)
    m = re.search(r"end-to-end incl\. login ([\d.]+)s = (\d+) msg/s", p.stdout)
    f = re.search(r"\| fetch [\d.]+s \((\d+) msg/s\) \| parse [\d.]+s \((\d+) msg/s\)", p.stdout)
    if not m:
        print(p.stdout, p.stderr)
        raise SystemExit("lab/rawfetch failed")
    return {
        "wall_s": float(m.group(1)),
        "msgs_per_s": a.n / float(m.group(1)),
        "fetch_only_msgs_per_s": float(f.group(1)) if f else None,
        "parse_only_msgs_per_s": float(f.group(2)) if f else None,
        "max_rss_mib": parse_time_v(p.stderr)["max_rss_mib"],
        "line": p.stdout.splitlines()[0],
        "cpu_s": parse_time_v(p.stderr)["user_s"] + parse_time_v(p.stderr)["sys_s"],
    }


# --- profile -----------------------------------------------------------------------------------------


def profile(a, bot):
    out = {}
    prof = f"{BENCH}/mailbot-once-n{a.n}.prof"
    res = bot.once("cprofile", cmd_prefix=[bot.py, "-m", "cProfile", "-o", prof])
    out["cprofile"] = {
        "file": prof,
        "wall_s": res["wall_s"],
        "tickets": res["tickets"],
        "smtp_accepted": res["smtp_accepted"],
    }
    print(f"[mailbot-bench] cProfile'd once: {res['wall_s']:.2f}s wall under the profiler -> {prof}", flush=True)
    spy = (
        a.py_spy
        or shutil.which("py-spy")
        or (LAB + "/pyspy-venv/bin/py-spy" if os.path.exists(LAB + "/pyspy-venv/bin/py-spy") else None)
    )
    if spy:
        raw = f"{BENCH}/mailbot-once-n{a.n}.pyspy.txt"
        res = bot.once(
            "py-spy",
            cmd_prefix=[spy, "record", "--idle", "--rate", "200", "--format", "raw", "--output", raw, "--", bot.py],
        )
        shares = stage_shares(raw)
        out["py_spy"] = {"file": raw, "wall_s": res["wall_s"], "shares": shares}
        print(f"[mailbot-bench] py-spy'd once (wall-clock samples incl. waiting): {res['wall_s']:.2f}s", flush=True)
        for stage, share in shares:
            print(f"    {share * 100:5.1f}%  {share * res['wall_s'] / a.n * 1000:6.2f} ms/mail  {stage}")
    if shutil.which("strace"):
        st = f"{BENCH}/mailbot-once-n{a.n}.strace"
        res = bot.once("strace", cmd_prefix=["strace", "-f", "-c", "-o", st, bot.py])
        calls = {}
        for ln in open(st):
            f = ln.split()
            if len(f) >= 5 and f[-1].isidentifier() and f[3].isdigit() and int(f[3]) >= a.n // 10:
                calls[f[-1]] = int(f[3])
        out["strace"] = {
            "file": st,
            "wall_s": res["wall_s"],
            "calls": calls,
            "per_mail": {k: v / a.n for k, v in calls.items()},
        }
        print(
            f"[mailbot-bench] strace'd once: {res['wall_s']:.2f}s; syscalls per mail: "
            + ", ".join(f"{k} {v / a.n:.1f}" for k, v in sorted(calls.items(), key=lambda kv: -kv[1])),
            flush=True,
        )
    return out


# Where a wall-clock sample of the `once` process belongs: the first rule (most specific first) whose
# marker is on the sample's stack. Markers are "function (file" fragments of py-spy's raw frames.
STAGES = [
    ("IMAP: mark done (UID MOVE per batch)", ["mark_done (mailbot/mail/sources/imap.py"]),
    ("IMAP: search + fetch (batched)", ["fetch (mailbot/mail/sources/imap.py", "_plan (mailbot/mail/sources/imap.py"]),
    ("outbox: SMTP send (delivery.connections connections)", ["send (mailbot/mail/transports/smtp.py"]),
    ("outbox: claim a batch of rows", ["claim_batch (mailbot/store/outbox.py"]),
    ("outbox: record sent", ["deliver_due (mailbot/schedule/delivery.py"]),
    ("blob store: write + fsync raw mail and attachments", ["put (mailbot/store/blobs.py"]),
    (
        "render reply (jinja2 + email.message, as_bytes)",
        ["render (mailbot/mail/render.py", "as_bytes (email/message.py"],
    ),
    ("enqueue: rate-limit/suppression queries + rows", ["enqueue (mailbot/store/outbox.py"]),
    ("source position save", ["save (mailbot/mail/sources/imap_cursor.py", "save (mailbot/store/source_state.py"]),
    ("start-up: imports, settings, rules, templates, DB open", ["_find_and_load", "build_context", "load_settings"]),
    ("commit of the batch's transaction (flush + WAL fsync)", ["commit (sqlalchemy/orm/session.py"]),
    ("deadline start (query + working days)", ["start_deadline (mailbot/store/deadlines.py"]),
    ("RMA number (counter UPDATE)", ["allocate_rma (mailbot/store/tickets.py"]),
    ("apply: ticket/message/event rows", ["apply (mailbot/store/apply.py"]),
    ("duplicate check (one query per batch)", ["_seen (mailbot/pipeline.py", "_already_seen (mailbot/pipeline.py"]),
    ("parse (mail-parser)", ["parse (mailbot/mail/parse.py"]),
    ("understand (spaCy rules)", ["understand (mailbot/understand/__init__.py"]),
    ("match ticket + decide", ["match_ticket (mailbot/store/tickets.py", "_decision (mailbot/pipeline.py"]),
    (
        "other per-mail pipeline",
        [
            "process_one (mailbot/pipeline.py",
            "process_batch (mailbot/pipeline.py",
            "process_source (mailbot/pipeline.py",
        ],
    ),
]


def stage_shares(raw_path):
    """Share of py-spy samples per stage (collapsed-stack lines 'f1;f2;... count')."""
    counts, total = {}, 0
    with open(raw_path) as f:
        for line in f:
            stack, _, n = line.rstrip("\n").rpartition(" ")
            if not n.isdigit():
                continue
            n = int(n)
            if "(run.py:" not in stack.split(";", 1)[0]:
                continue  # another thread (tqdm's monitor): not the main path of the mail
            total += n
            stage = "other (shutdown, interpreter, logging)"
            for name, markers in STAGES:
                if any(m in stack for m in markers):
                    stage = name
                    break
            counts[stage] = counts.get(stage, 0) + n
    return sorted(((k, v / total) for k, v in counts.items()), key=lambda kv: -kv[1]) if total else []


# --- main --------------------------------------------------------------------------------------------


def find_python(checkout):
    tool = os.path.join(os.path.dirname(HERE), "tools", "venv-for-checkout")
    venv = subprocess.run([tool], cwd=checkout, capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(venv, "bin", "python")


def fmt(s, prec=1):
    if not s:
        return "-"
    return f"{s['median']:.{prec}f} [{s['min']:.{prec}f}-{s['max']:.{prec}f}]"


def main():
    ap = argparse.ArgumentParser(description="Benchmark mailbot against django-helpdesk and the raw floor")
    ap.add_argument("--checkout", default=os.getcwd())
    ap.add_argument("--python")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--modes", default="once,daemon,daemon-warm")
    ap.add_argument("--limits", choices=["bench", "default"], default="bench")
    ap.add_argument("--max-passes", type=int, default=5)
    ap.add_argument("--poll-seconds", type=float, default=60)
    ap.add_argument("--settle", type=float, default=5.0, help="daemon-warm: seconds to let start-up settle")
    ap.add_argument("--stall-s", type=float, default=60.0, help="daemon: give up after no progress for this long")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--no-rawfetch", action="store_true")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--py-spy", help="py-spy binary for --profile (default: on PATH or /tmp/lab/pyspy-venv)")
    ap.add_argument("--keep", action="store_true", help="keep the last mailbot work dir")
    a = ap.parse_args()
    checkout = os.path.realpath(a.checkout)
    if not (os.path.isfile(os.path.join(checkout, "run.py")) and os.path.isdir(os.path.join(checkout, "mailbot"))):
        raise SystemExit(f"{checkout} is not a mailbot checkout (no run.py + mailbot/); use --checkout")
    py = a.python or find_python(checkout)
    modes = [m for m in a.modes.split(",") if m]
    if not (port_open(14143) and port_open(10025)):
        subprocess.run([os.path.join(HERE, "up")], check=True)
    os.makedirs(BENCH, exist_ok=True)
    mails = f"{BENCH}/mails-n{a.n}-seed{a.seed}"
    subprocess.run(
        [sys.executable, os.path.join(HERE, "gen"), str(a.n), mails, "--seed", str(a.seed)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with open(mails + "/manifest.jsonl") as f:
        man = [json.loads(line) for line in f]
    expect_tickets = sum(1 for m in man if m["kind"] == "new")
    head = subprocess.run(
        ["git", "-C", checkout, "log", "-1", "--format=%h %s"], capture_output=True, text=True
    ).stdout.strip()
    print(f"[mailbot-bench] load average before: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    print(
        f"[mailbot-bench] N={a.n} ({expect_tickets} new + {a.n - expect_tickets} follow-ups), runs={a.runs}, "
        f"modes={','.join(modes)}, limits={a.limits}; mailbot at {head[:60]}",
        flush=True,
    )

    bot = Mailbot(a, checkout, py, mails)
    results = {m: [] for m in modes}
    peer, raw, startups = [], [], []
    for r in range(1, a.runs + 1):
        if "once" in modes:
            startups.append(bot.startup(r))
            print(
                f"[mailbot-bench] run {r} start-up (`once` on an empty INBOX): {startups[-1]['wall_s']:.2f}s, "
                f"CPU {startups[-1]['cpu_s']:.2f}s, RSS {startups[-1]['max_rss_mib']:.0f} MiB, "
                f"rc {startups[-1]['returncode']}",
                flush=True,
            )
        for mode in modes:
            load1 = float(open("/proc/loadavg").read().split()[0])
            res = bot.once(r) if mode == "once" else bot.daemon(r, warm=mode == "daemon-warm")
            res["loadavg_before"] = load1
            results[mode].append(res)
            print(
                f"[mailbot-bench] run {r} {mode}: {res['wall_s']:.2f}s, {res['mails_per_s']:.1f} mail/s"
                + (
                    f", {res['passes']} pass(es) rc {res['returncodes']}"
                    if mode == "once"
                    else f", load {res.get('load_s', 0):.2f}s, SIGTERM->exit {res.get('stop_s', -1):.1f}s rc {res['returncode']}"
                    + (" STALLED" if res.get("stalled") else "")
                )
                + f"; tickets {res['tickets']}/{expect_tickets}, in rows {res['in_rows']} {res['in_by_status']}, "
                f"SMTP accepted {res['smtp_accepted']} (customer {res['to_customer']}, rep {res['to_rep']}, "
                f"manager {res['to_manager']}, other {res['to_other']}), outbox {res['outbox_by_status']}, "
                f"dup ids {res['dup_message_ids']}, answered twice {res['customer_answered_twice']}, "
                f"left {res['left_in_inbox']}, Processed {res['in_processed']}, quarantined "
                f"{res['quarantined_rows']}/{res['in_quarantine_folder']}, RSS {res['max_rss_mib']:.0f} MiB, "
                f"log warn/err/tb {res['log_warnings']}/{res['log_errors']}/{res['tracebacks']}",
                flush=True,
            )
        if not a.no_peer:
            peer.append(run_peer(a))
            x = peer[-1]
            print(
                f"[mailbot-bench] run {r} helpdesk: {x['wall_s']:.2f}s, {x['msgs_per_s']:.1f} mail/s, tickets "
                f"{x['tickets']}, auto-replies {x['auto_replies']}, left {x['left_in_inbox']}, "
                f"RSS {x['max_rss_mib']:.0f} MiB",
                flush=True,
            )
        if not a.no_rawfetch:
            raw.append(run_rawfetch(a, mails))
            print(f"[mailbot-bench] run {r} rawfetch: {raw[-1]['line']}", flush=True)

    prof = profile(a, bot) if a.profile else None
    if not a.keep:
        shutil.rmtree(os.path.dirname(WORK), ignore_errors=True)

    def med(rows, key):
        return summarize([x.get(key) for x in rows])

    table = []
    peer_rate = med(peer, "msgs_per_s")
    raw_rate = med(raw, "msgs_per_s")
    for mode in modes:
        rows = results[mode]
        rate = med(rows, "mails_per_s")
        if rate is None:
            continue
        cpu = med(rows, "cpu_s" if mode == "once" else "cpu_s_whole_process")
        table.append(
            (
                f"mailbot {mode}",
                med(rows, "wall_s"),
                rate,
                cpu,
                med(rows, "max_rss_mib"),
                f"{med(rows, 'tickets')['median']:.0f}",
                f"{med(rows, 'to_customer')['median']:.0f}+{med(rows, 'to_rep')['median']:.0f}",
                rate["median"] / peer_rate["median"] if peer_rate else None,
                rate["median"] / raw_rate["median"] if raw_rate else None,
            )
        )
    if peer:
        table.append(
            (
                "django-helpdesk get_email (smtp)",
                med(peer, "wall_s"),
                peer_rate,
                med(peer, "cpu_s"),
                med(peer, "max_rss_mib"),
                f"{med(peer, 'tickets')['median']:.0f}",
                f"{med(peer, 'auto_replies')['median']:.0f}",
                1.0,
                peer_rate["median"] / raw_rate["median"] if raw_rate else None,
            )
        )
    if raw:
        table.append(
            (
                "rawfetch (fetch + email parse)",
                med(raw, "wall_s"),
                raw_rate,
                med(raw, "cpu_s"),
                med(raw, "max_rss_mib"),
                "-",
                "-",
                raw_rate["median"] / peer_rate["median"] if peer_rate else None,
                1.0,
            )
        )
    print(f"\n[mailbot-bench] N={a.n}, {a.runs} run(s), median [min-max]; expected tickets {expect_tickets}")
    if startups:
        print(
            f"  mailbot `once` start-up on an empty INBOX: {fmt(summarize([x['wall_s'] for x in startups]), 2)} s, "
            f"CPU {fmt(summarize([x['cpu_s'] for x in startups]), 2)} s"
        )
    print(
        f"| {'what':34} | {'wall s':20} | {'mails/s':22} | {'process CPU s':17} | {'peak RSS MiB':15} "
        f"| tickets | mails sent | x helpdesk | x rawfetch |"
    )
    print("|" + "|".join("-" * w for w in (36, 22, 24, 19, 17, 9, 12, 12, 12)) + "|")
    for name, wall, rate, cpu, rss, tick, sent, xp, xr in table:
        print(
            f"| {name:34} | {fmt(wall, 2):20} | {fmt(rate):22} | {fmt(cpu, 1):17} | {fmt(rss, 0):15} "
            f"| {tick:>7} | {sent:>10} | {(f'{xp:.2f}' if xp else '-'):>10} | {(f'{xr:.3f}' if xr else '-'):>10} |"
        )
    print(
        "  mails sent: mailbot = customer replies + rep notifications accepted by the lab SMTP server; "
        "helpdesk = auto-replies"
    )
    print("  process CPU: user+sys of the measured process (daemon modes: whole life, start-up and settle included)")
    if peer and raw:
        for mode in modes:
            pr = [m["mails_per_s"] / h["msgs_per_s"] for m, h in zip(results[mode], peer)]
            rr = [m["mails_per_s"] / f["msgs_per_s"] for m, f in zip(results[mode], raw)]
            print(
                f"  per-round ratios, mailbot {mode}: x helpdesk {', '.join(f'{x:.2f}' for x in pr)}; "
                f"x rawfetch {', '.join(f'{x:.3f}' for x in rr)}"
            )
    out = {
        "n": a.n,
        "seed": a.seed,
        "runs": a.runs,
        "modes": modes,
        "limits": a.limits,
        "mailbot_head": head,
        "expected_tickets": expect_tickets,
        "mailbot": results,
        "mailbot_startup": startups,
        "helpdesk": peer,
        "rawfetch": raw,
        "profile": prof,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "nproc": os.cpu_count(),
        "table": [list(t) for t in table],
    }
    path = f"{BENCH}/mailbot-bench-n{a.n}-{time.strftime('%Y%m%dT%H%M%S')}.json"
    with open(path, "w") as f:
        json.dump(out, f, indent=1, default=str)
    print(f"  json {path}")


if __name__ == "__main__":
    main()
