"""For the operator: /healthz (database and each inbox) and /metrics in the Prometheus text format.

Figures are read from the database at each scrape by a custom collector, so several web and
daemon processes never disagree and nothing is counted in process memory. An inbox is reported
reachable by a short TCP connection; a Maildir inbox must exist on disk.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mailbot.config import ImapSource, MaildirSource
from mailbot.store.dashboard import database_ok, ops_figures
from mailbot.web.env import WebEnv

log = logging.getLogger(__name__)


class StoreCollector(Collector):
    def __init__(self, env: WebEnv) -> None:
        self.env = env

    def collect(self) -> Iterator[Metric]:
        with self.env.ctx.sessions() as session:
            f = ops_figures(session, self.env.ctx.clock())
        mails = GaugeMetricFamily("mailbot_mails", "Inbound mails by outcome and reason", labels=["status", "reason"])
        for status, reason, n in f.mails:
            mails.add_metric([status, reason], n)
        yield mails
        outbox = GaugeMetricFamily("mailbot_outbox_mails", "Outbox rows by status", labels=["status"])
        for status, n in f.outbox:
            outbox.add_metric([status], n)
        yield outbox
        yield GaugeMetricFamily(
            "mailbot_outbox_oldest_queued_seconds",
            "Age of the oldest mail waiting to be sent",
            value=f.oldest_queued_seconds,
        )
        yield GaugeMetricFamily(
            "mailbot_reminders_due", "Open deadlines due or with a reminder due", value=f.reminders_due
        )
        yield GaugeMetricFamily(
            "mailbot_open_tickets", "Tickets not resolved, rejected or closed", value=f.open_tickets
        )


def routes(env: WebEnv) -> list[Route]:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoreCollector(env))

    def metrics(request: Request) -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    def healthz(request: Request) -> Response:
        report: dict[str, object] = {}
        healthy = True
        try:
            with env.ctx.sessions() as session:
                database_ok(session)
            report["database"] = "ok"
        except SQLAlchemyError as exc:
            log.error("healthz: database unreachable: %s", exc)
            report["database"] = "unreachable"
            healthy = False
        sources = {}
        for source in env.ctx.settings.sources:
            # A Maildir must exist; an IMAP server must accept a connection (a short TCP check, no login).
            ok = Path(source.path).is_dir() if isinstance(source, MaildirSource) else _reachable(source)
            sources[source.name] = "ok" if ok else "unreachable"
            healthy = healthy and ok
        report["sources"] = sources
        return JSONResponse({"ok": healthy, **report}, status_code=200 if healthy else 503)

    return [Route("/metrics", metrics, methods=["GET"]), Route("/healthz", healthz, methods=["GET"])]


def _reachable(source: ImapSource) -> bool:
    port = source.port or (993 if source.tls == "implicit" else 143)
    try:
        with socket.create_connection((source.host, port), timeout=3):
            return True
    except OSError:
        return False
