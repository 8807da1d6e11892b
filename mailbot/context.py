"""The frozen Context every stage receives: settings, database, rules, templates, transports, clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot.config import ImapSource, MaildirSource, Settings, SmtpTransport
from mailbot.outbox import SendEnv, random_message_id
from mailbot.render import Renderer
from mailbot.sources.base import MailSource
from mailbot.sources.maildir import MaildirSource as MaildirMailSource
from mailbot.store.apply import ApplyEnv
from mailbot.store.blobs import BlobStore
from mailbot.store.db import SessionFactory, make_engine, migrate, session_factory
from mailbot.store.tickets import view
from mailbot.transports.base import Transport
from mailbot.transports.file import FileTransport
from mailbot.types import Extraction, InboundMail, TicketView
from mailbot.understand import Understander, load_understander

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Context:
    settings: Settings
    engine: Engine
    sessions: SessionFactory
    understander: Understander
    renderer: Renderer
    policy: Any
    own_addresses: frozenset[str]
    apply_env: ApplyEnv
    transport: Transport
    clock: Clock
    may_see: Callable[[TicketView, str], bool]
    staff_member: Callable[[str], Any]
    authenticated: Callable[[InboundMail, str], bool]
    warranty_for: Callable[[Session, Extraction, datetime], list[Any]]

    def close(self) -> None:
        self.transport.close()
        self.engine.dispose()


def make_transport(settings: Settings) -> Transport:
    cfg = settings.transport
    if isinstance(cfg, SmtpTransport):
        from mailbot.transports.smtp import SmtpTransport as SmtpImpl

        return SmtpImpl(cfg)
    return FileTransport(cfg.path)


def make_sources(ctx: Context, *, progress: bool = False) -> list[MailSource]:
    """One MailSource per configured inbox (IMAP sources keep their cursor in the database)."""
    sources: list[MailSource] = []
    for cfg in ctx.settings.sources:
        if isinstance(cfg, MaildirSource):
            sources.append(MaildirMailSource(cfg.name, cfg.path))
        elif isinstance(cfg, ImapSource):
            from mailbot.sources.imap import ImapMailSource, SourceStateStore

            sources.append(ImapMailSource(cfg, SourceStateStore(ctx.sessions), clock=ctx.clock,
                                          progress=progress))
    return sources


def _is_participant(settings: Settings) -> Callable[[TicketView, str], bool]:
    def may_see(ticket: TicketView, sender: str) -> bool:
        sender = sender.lower()
        return (sender == ticket.customer_email or sender in ticket.participants
                or sender == (ticket.assigned_rep or "") or settings.is_staff(sender))

    return may_see


def build_context(settings: Settings, *, clock: Clock = utc_now, migrate_db: bool = True) -> Context:
    """Validate rules and templates, open the database (migrating it), and wire the stages."""
    renderer = Renderer(settings.templates_dir)
    renderer.check()
    understander = load_understander(settings.rules_dir, settings.staff_domains,
                                     [settings.service_address])
    engine = make_engine(settings.database_url)
    if migrate_db:
        migrate(engine)
    sessions = session_factory(engine)
    domain = settings.service_address.rsplit("@", 1)[1]
    send = SendEnv(renderer=renderer, sender=settings.service_address, sender_name=settings.service_name,
                   limits=settings.limits, make_message_id=lambda rma, _to: random_message_id(rma, domain),
                   base_context={"company": settings.company, "service_name": settings.service_name,
                                 "service_address": settings.service_address},
                   ticket_context=lambda ticket: {"ticket": view(ticket)})
    apply_env = ApplyEnv(blobs=BlobStore(settings.blob_dir), send=send, rma_format=settings.rma_format,
                         max_attachments=settings.limits.max_attachments)
    own = frozenset({settings.service_address, *(s.address for s in settings.sources if s.address)})
    return Context(
        settings=settings, engine=engine, sessions=sessions, understander=understander,
        renderer=renderer, policy=None, own_addresses=own, apply_env=apply_env,
        transport=make_transport(settings), clock=clock, may_see=_is_participant(settings),
        staff_member=lambda sender: sender if settings.is_staff(sender) else None,
        authenticated=lambda mail, sender: False, warranty_for=lambda session, found, now: [],
    )
