"""The frozen Context every stage receives: settings, database, rules, templates, transports, clock."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot import threadtoken
from mailbot.config import ImapSource, MaildirSource, Settings, SmtpTransport
from mailbot.decide import sender_checks, ticket_matches
from mailbot.followup import ReminderHooks, load_followup
from mailbot.orders import findings_for_mail
from mailbot.outbox import SendEnv, random_message_id
from mailbot.policy import Policy, load_policy
from mailbot.render import Renderer
from mailbot.sources.base import MailSource
from mailbot.sources.imap import ImapMailSource
from mailbot.sources.imap_state import SourceStateStore
from mailbot.sources.maildir import MaildirSource as MaildirMailSource
from mailbot.store.apply import ApplyEnv
from mailbot.store.blobs import BlobStore
from mailbot.store.db import SessionFactory, make_engine, migrate, session_factory
from mailbot.store.tickets import view
from mailbot.transports.base import Transport
from mailbot.transports.file import FileTransport
from mailbot.transports.smtp import SmtpTransport as SmtpMailTransport
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
    policy: Policy
    own_addresses: frozenset[str]
    apply_env: ApplyEnv
    transport: Transport
    clock: Clock
    may_see: Callable[[TicketView, str], bool]
    verify_thread: Callable[[str], tuple[str, str] | None]
    sender_checks: Callable[[InboundMail], tuple[Any, bool]]
    warranty_for: Callable[[Session, Extraction, TicketView | None, datetime], list[Any]]

    def close(self) -> None:
        self.transport.close()
        self.engine.dispose()


def make_transport(settings: Settings) -> Transport:
    cfg = settings.transport
    if isinstance(cfg, SmtpTransport):
        return SmtpMailTransport(cfg)
    return FileTransport(cfg.path)


def make_sources(ctx: Context, *, progress: bool = False) -> list[MailSource]:
    """One MailSource per configured inbox (IMAP sources keep their cursor in the database)."""
    sources: list[MailSource] = []
    for cfg in ctx.settings.sources:
        if isinstance(cfg, MaildirSource):
            sources.append(MaildirMailSource(cfg.name, cfg.path))
        elif isinstance(cfg, ImapSource):
            sources.append(ImapMailSource(cfg, SourceStateStore(ctx.sessions), clock=ctx.clock,
                                          progress=progress))
    return sources


def build_context(settings: Settings, *, clock: Clock = utc_now, migrate_db: bool = True) -> Context:
    """Validate rules and templates, open the database (migrating it), and wire the stages."""
    renderer = Renderer(settings.templates_dir)
    renderer.check()
    policy = load_policy(settings.rules_dir)
    # Staff listed in rules/staff.yml are staff everywhere, whatever the settings' domain list says.
    staff_domains = {*settings.staff_domains, *(m.email.rsplit("@", 1)[1] for m in policy.staff.members)}
    understander = load_understander(settings.rules_dir, sorted(staff_domains), [settings.service_address])
    engine = make_engine(settings.database_url)
    if migrate_db:
        migrate(engine)
    sessions = session_factory(engine)
    key = settings.hmac_key()
    domain = settings.service_address.rsplit("@", 1)[1]

    def message_id(rma: str | None, to: str) -> str:
        if rma:  # signed: a reply's In-Reply-To proves which ticket and which recipient it answers
            return threadtoken.make_message_id(key, rma, to, secrets.token_hex(8), domain)
        return random_message_id(None, domain)

    names = {"company": settings.company, "service_name": settings.service_name,
             "service_address": settings.service_address}
    send = SendEnv(renderer=renderer, sender=settings.service_address, sender_name=settings.service_name,
                   limits=settings.limits, make_message_id=message_id,
                   base_context={**names, "settings": names},
                   ticket_context=lambda ticket: {"ticket": view(ticket)},
                   source_senders={s.name: s.address for s in settings.sources if s.address},
                   is_internal=lambda address: settings.is_staff(address) or policy.staff.member(address) is not None)
    followup = load_followup(settings.rules_dir)  # calendar, reminder and digest rules: checked at start-up
    apply_env = ApplyEnv(blobs=BlobStore(settings.blob_dir), send=send, rma_format=settings.rma_format,
                         max_attachments=settings.limits.max_attachments,
                         max_mail_bytes=settings.limits.max_mail_bytes,
                         deadlines=ReminderHooks(followup.reminders, followup.calendar))
    own = frozenset({settings.service_address, *(s.address for s in settings.sources if s.address)})

    def warranty_for(session: Session, found: Extraction, ticket: TicketView | None, now: datetime) -> list[Any]:
        return findings_for_mail(session, policy.terms.warranty, ticket.serial_numbers if ticket else (),
                                 found.serial_numbers, now.date())

    return Context(
        settings=settings, engine=engine, sessions=sessions, understander=understander,
        renderer=renderer, policy=policy, own_addresses=own, apply_env=apply_env,
        transport=make_transport(settings), clock=clock,
        may_see=lambda ticket, sender: ticket_matches(ticket, sender, policy),
        verify_thread=lambda mid: threadtoken.verify(key, mid),
        sender_checks=lambda mail: sender_checks(mail, policy), warranty_for=warranty_for,
    )
