"""Push latency on real servers: append one mail to a Dovecot inbox, time until the reply reaches SMTP.

Starts `python run.py run` (the daemon, IDLE on, polling interval long enough that only IDLE can
explain a fast answer), then appends mails one at a time and prints p50/p95/max over N mails, plus
the daemon's peak RSS.

    python benchmarks/idle_latency.py [--mails 50]
"""

from __future__ import annotations

import argparse
import resource
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.imap_throughput import SERVICE, bench_servers, request, write_config  # noqa: E402
from tests.integration.relay import SmtpRelay  # noqa: E402
from tests.integration.servers import Dovecot  # noqa: E402


def wait_for_reply(relay: SmtpRelay, rcpt: str, timeout: float) -> bool:
    """Until the relay has accepted a mail for ``rcpt`` (staff notifications may come too)."""
    handler = relay.handler
    with handler.arrived:
        return handler.arrived.wait_for(lambda: any(rcpt in r[1] for r in handler.received), timeout)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=50)
    count = parser.parse_args().mails
    with bench_servers() as (work, dovecot, relay):
        measure(count, work, dovecot, relay)


def measure(count: int, work: Path, dovecot: Dovecot, relay: SmtpRelay) -> None:
    log = (work / "daemon.log").open("wb")
    daemon = None
    try:
        config = write_config(work, dovecot, relay, idle=True, poll_seconds=600)
        daemon = subprocess.Popen(
            [sys.executable, "run.py", "run", "--config", str(config)], cwd=REPO, stdout=log, stderr=subprocess.STDOUT
        )
        # Warm-up: the first mail also waits for start-up (imports, database, first poll).
        started = time.perf_counter()
        dovecot.append(SERVICE, request(100000))
        if not wait_for_reply(relay, "customer100000@example.org", timeout=120):
            raise SystemExit("the daemon never answered the warm-up mail; see " + str(work / "daemon.log"))
        print(f"daemon up and first reply after {time.perf_counter() - started:.2f} s")
        latencies: list[float] = []
        for n in range(count):
            time.sleep(0.2)  # let the watcher go back into IDLE
            sent = time.perf_counter()
            dovecot.append(SERVICE, request(n))
            if not wait_for_reply(relay, f"customer{n}@example.org", timeout=60):
                raise SystemExit(f"no reply to mail {n} within 60 s")
            latencies.append(time.perf_counter() - sent)
        print(
            f"IDLE latency over {count} mails (append → reply accepted by SMTP): "
            f"p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
            f"max {max(latencies) * 1000:.0f} ms, mean {statistics.mean(latencies) * 1000:.0f} ms"
        )
    finally:
        if daemon is not None:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(timeout=90)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            print(f"daemon exit status {daemon.returncode}; peak RSS {peak / 1024:.0f} MiB")
        log.close()


if __name__ == "__main__":
    main()
