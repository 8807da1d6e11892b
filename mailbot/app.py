"""The wiring, built once per process: settings, rules, database, understander, templates, transport, clock."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from mailbot.clock import Clock, utc_now
from mailbot.config import ImapSource, MaildirSource, Settings, SmtpTransport
from mailbot.mail import statuslink, threadtoken
from mailbot.mail.render import Renderer
from mailbot.mail.sources.base import MailSource
from mailbot.mail.sources.maildir import MaildirSource as MaildirMailSource
from mailbot.mail.transports.base import Transport
from mailbot.mail.transports.file import FileTransport
from mailbot.mail.transports.journal import SendJournal
from mailbot.rules import Rules
from mailbot.store.apply import ApplyEnv
from mailbot.store.blobs import BlobStore
from mailbot.store.db import SessionFactory, make_engine, migrate, session_factory
from mailbot.store.deadlines import ReminderHooks
from mailbot.store.outbox import SendEnv, random_message_id
from mailbot.store.source_state import SourceStateStore
from mailbot.store.tickets import view
from mailbot.values import Extraction, InboundMail
from mailbot.workflow.check import load_checked
from mailbot.workflow.compose import promised_periods

if TYPE_CHECKING:
    from mailbot.mail.transports.relay_copy import RelayCopy
    from mailbot.rules.understand import UnderstandRules
    from mailbot.understand import Understander


PIPELINE_CACHE = "pipeline-cache"  # under the var folder: the built rule pipeline (mailbot/understand/pipecache.py)


@dataclass
class LazyUnderstander:
    """The understander built on first use: spaCy costs most of a second to import, and a pass that
    finds no mail (or a command that reads no mail) should not pay it."""

    rules: UnderstandRules
    is_internal: Callable[[str], bool]
    own_addresses: tuple[str, ...]
    cache_dir: Path | None = None  # where the built rule pipeline is kept between processes
    _built: Understander | None = None
    _lock: Lock = field(default_factory=Lock)

    def get(self) -> Understander:
        with self._lock:
            if self._built is None:
                from mailbot.understand import Understander

                self._built = Understander(self.rules, self.is_internal, self.own_addresses, cache_dir=self.cache_dir)
            return self._built

    def understand(self, mail: InboundMail) -> Extraction:
        return self.get().understand(mail)

    def understand_many(self, mails: list[InboundMail]) -> list[Extraction]:
        return self.get().understand_many(mails)


@dataclass(frozen=True)
class Context:
    """Everything a stage may need, built once by ``build_context`` and passed in; no module globals."""

    settings: Settings
    rules: Rules
    engine: Engine
    sessions: SessionFactory
    understander: LazyUnderstander
    renderer: Renderer
    own_addresses: frozenset[str]
    thread_key: bytes  # signs and verifies our Message-IDs (mailbot.mail.threadtoken)
    apply_env: ApplyEnv
    transport: Transport
    clock: Clock

    def close(self) -> None:
        self.transport.close()
        self.engine.dispose()


def make_transport(settings: Settings) -> Transport:
    cfg = settings.transport
    journal = SendJournal(settings.var_dir / "sending")  # what the relay took, should a crash follow
    if isinstance(cfg, SmtpTransport):
        from mailbot.mail.transports.smtp import SmtpTransport as SmtpMailTransport

        return SmtpMailTransport(cfg, journal, relay_copy(settings), connections=settings.delivery.connections)
    return FileTransport(cfg.path, journal)


def relay_copy(settings: Settings) -> RelayCopy | None:
    """The relay's copy folder (``delivery.relay_copy``), checked to exist; None when not configured."""
    cfg = settings.delivery.relay_copy
    if cfg is None:
        return None
    source = next(s for s in settings.sources if s.name == cfg.source)  # the settings checked it is IMAP
    assert isinstance(source, ImapSource)
    from mailbot.mail.transports.relay_copy import RelayCopy  # imapclient only where it is used

    copy = RelayCopy.of(cfg, source)
    copy.check()
    return copy


def make_sources(ctx: Context, *, progress: bool = False) -> list[MailSource]:
    """One MailSource per configured inbox (IMAP sources keep their cursor in the database)."""
    sources: list[MailSource] = []
    for cfg in ctx.settings.sources:
        if isinstance(cfg, MaildirSource):
            sources.append(MaildirMailSource(cfg.name, cfg.path))
        elif isinstance(cfg, ImapSource):
            from mailbot.mail.sources.imap import ImapMailSource

            sources.append(ImapMailSource(cfg, SourceStateStore(ctx.sessions), clock=ctx.clock, progress=progress))
    return sources


@dataclass(frozen=True)
class MessageIds:
    """Our outgoing Message-IDs: signed when the mail belongs to a ticket, so a reply proves its thread."""

    key: bytes
    domain: str

    def __call__(self, rma: str | None, to: str) -> str:
        if rma:
            return threadtoken.make_message_id(self.key, rma, to, secrets.token_hex(8), self.domain)
        return random_message_id(None, self.domain)


@dataclass(frozen=True)
class TicketContext:
    """What every mail about a ticket may use: the ticket, and the customer's status link
    (``status_url``, empty when the web view has no public address)."""

    key: bytes
    base_url: str

    def __call__(self, ticket: object) -> dict[str, object]:
        snapshot = view(ticket)  # type: ignore[arg-type]
        return {"ticket": snapshot, "status_url": statuslink.status_url(self.base_url, self.key, snapshot.rma)}


def build_context(
    settings: Settings,
    *,
    clock: Clock = utc_now,
    migrate_db: bool = True,
    load: Callable[[Settings], tuple[Renderer, Rules]] = load_checked,
) -> Context:
    """Validate rules and templates, open the database (migrating it), and wire the stages.

    ``load`` reads and checks the rules and templates; the commands pass one that skips compiling every
    template again when these files passed the start-up check before, unchanged
    (``mailbot.cli.startcheck.load_remembered``): each is then compiled, or loaded from the template
    cache, when first rendered."""
    renderer, rules = load(settings)
    assert rules.understand is not None
    understander = LazyUnderstander(
        rules.understand, rules.is_internal, (settings.service_address,), settings.var_dir / PIPELINE_CACHE
    )
    engine = make_engine(settings.database_url)
    if migrate_db:
        migrate(engine)
    key = settings.hmac_key()
    domain = settings.service_address.rsplit("@", 1)[1]
    names = {
        "company": settings.company,
        "service_name": settings.service_name,
        "service_address": settings.service_address,
        "web_url": settings.web.base_url,  # the web view's public address, "" when it is not published
    }
    send = SendEnv(
        renderer=renderer,
        sender=settings.service_address,
        sender_name=settings.service_name,
        limits=settings.limits,
        make_message_id=MessageIds(key, domain),
        base_context={**names, "settings": names},
        ticket_context=TicketContext(key, settings.web.base_url),
        source_senders={s.name: s.address for s in settings.sources if s.address},
        is_internal=rules.is_internal,
    )
    apply_env = ApplyEnv(
        blobs=BlobStore(settings.blob_dir),
        send=send,
        rma_format=settings.rma_format,
        request_format=settings.request_format,
        max_attachments=settings.limits.max_attachments,
        max_mail_bytes=settings.limits.max_mail_bytes,
        deadlines=ReminderHooks(rules.reminders, rules.calendar, promised_periods(rules.terms)),
        zone=rules.calendar.tz,
    )
    own = frozenset({settings.service_address, *(s.address for s in settings.sources if s.address)})
    return Context(
        settings=settings,
        rules=rules,
        engine=engine,
        sessions=session_factory(engine),
        understander=understander,
        renderer=renderer,
        own_addresses=own,
        thread_key=key,
        apply_env=apply_env,
        transport=make_transport(settings),
        clock=clock,
    )
