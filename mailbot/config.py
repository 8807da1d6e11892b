"""Settings from one TOML file plus MAILBOT_* environment variables, validated; errors name the setting."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from mailbot.configfile import (  # noqa: F401  (ConfigError and DEFAULT_CONFIG are imported from here too)
    DEFAULT_CONFIG,
    ConfigError,
    config_path,
    hmac_key,
    read_config_file,
    secret_value,
)


def _time_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}") from None
    return value


def _email(value: str) -> str:
    if "@" not in value:
        raise ValueError(f"{value!r} is not an e-mail address")
    return value.strip().lower()


TimeZoneName = Annotated[str, AfterValidator(_time_zone)]
EmailAddress = Annotated[str, AfterValidator(_email)]


class Secret(BaseModel):
    """A secret given inline, by environment variable name, or by file path (never required inline)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    password: str | None = None
    password_env: str | None = None
    password_file: Path | None = None

    def secret(self) -> str | None:
        return secret_value(self.password, self.password_env, self.password_file)


class MaildirSource(BaseModel):
    """A local Maildir read as an inbox: the embedded default, and handy for tests and migrations."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["maildir"] = "maildir"
    name: str = "inbox"
    path: Path = Path("var/inbox")
    address: str | None = None  # the service address this inbox receives; default: the global one


class ImapSource(Secret):
    """An IMAP inbox (imapclient)."""

    type: Literal["imap"] = "imap"
    name: str
    host: str
    port: int | None = None
    tls: Literal["implicit", "starttls", "none"] = "implicit"
    username: str
    oauth2_token_env: str | None = None  # XOAUTH2 bearer token (Gmail, Microsoft 365)
    folder: str = "INBOX"
    on_done: Literal["move", "flag"] = "move"
    done_folder: str = "Processed"
    done_flag: str = "$MailbotDone"
    quarantine_folder: str = "Quarantine"
    initial: str = "unseen"  # "unseen" | "all" | "since:YYYY-MM-DD"
    idle: bool = True
    timeout: float = Field(default=60.0, gt=0)
    address: str | None = None
    sent_folder: str | None = None  # APPEND a copy of each reply here when set
    ca_file: Path | None = None  # trust this CA bundle instead of the system's (a company's own CA)

    @field_validator("initial")
    @classmethod
    def _initial(cls, value: str) -> str:
        if value in ("unseen", "all"):
            return value
        if value.startswith("since:"):
            from datetime import date

            date.fromisoformat(value[6:])
            return value
        raise ValueError("must be 'unseen', 'all' or 'since:YYYY-MM-DD'")

    @model_validator(mode="after")
    def _tls_loopback(self) -> ImapSource:
        if self.tls == "none" and self.host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("tls = 'none' is only allowed for a loopback host")
        return self


SourceConfig = Annotated[MaildirSource | ImapSource, Field(discriminator="type")]


class FileTransport(BaseModel):
    """Outgoing mail written as .eml files into a Maildir: see what would have been sent."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["file"] = "file"
    path: Path = Path("var/outbox")


class SmtpTransport(Secret):
    """Delivery through an SMTP relay."""

    type: Literal["smtp"] = "smtp"
    host: str
    port: int | None = None
    tls: Literal["implicit", "starttls", "none"] = "starttls"
    username: str | None = None
    timeout: float = Field(default=60.0, gt=0)
    ca_file: Path | None = None  # trust this CA bundle instead of the system's (a company's own CA)


TransportConfig = Annotated[FileTransport | SmtpTransport, Field(discriminator="type")]


class RelayCopy(BaseModel):
    """A folder the relay (or the MTA behind it: Postfix ``always_bcc``, Exchange journaling) fills with a
    copy of every mail it accepted, read over IMAP with the login of one configured inbox.

    It is the proof of delivery for a mail in doubt: a worker that died after the relay took the mail and
    before it could record the relay's answer leaves the row mid-send; before that row is sent once more
    the folder is searched for its Message-ID, and a copy there means the mail is out. It must not be the
    inbox's Sent folder, which holds mailbot's own copies, written only after a mail is recorded as sent.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str  # the name of an IMAP inbox in ``sources`` whose login can read ``folder``
    folder: str
    # A relay may file its copy a little after its "250" (Postfix queues the always_bcc copy). A mail in
    # doubt that is younger than this and not found yet waits (its row alone, the others go on) until
    # this long after it was handed over, then is looked for once more and sent only if still absent.
    grace_seconds: float = Field(default=60.0, gt=0, le=300)


class Delivery(BaseModel):
    """How long and how often the outbox retries a temporary failure, where a mail in doubt is proven, and
    on how many connections to the relay mails go out at once.

    ``connections``: how many mails of a claimed batch are handed to the SMTP relay at the same time, each
    on a connection of its own (kept open for the next mail). Most of the time spent sending is waiting
    for the relay's answers, four per mail; more connections wait side by side. Each mail is still marked
    in the send journal and recorded in the outbox on its own, so a crash sends a mail at most once more,
    as with one. ``1`` sends one mail after the other on one connection. Relays cap the connections of one
    client (Exchange Online answers "432 4.3.2 Concurrent connections limit exceeded" beyond three per
    mailbox; a mail so refused waits in the outbox and is retried). The default is one: on a relay that
    serves one connection at a time (the lab's) three connections made a pass slower, not faster; set 2-3
    for a relay across a network that answers each mail some milliseconds later (benchmarks/delivery_cpu.py
    --answer-ms: 512 mails in 4.2 s on one connection, 1.9 s on three). Only the SMTP transport uses it; the
    file transport writes one mail after the other.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    retry_for_hours: float = Field(default=48.0, gt=0)
    first_retry_seconds: float = Field(default=60.0, gt=0)
    max_retry_seconds: float = Field(default=3600.0, gt=0)
    relay_copy: RelayCopy | None = None
    connections: int = Field(default=1, ge=1, le=16)


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_mail_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    # A mail larger than this as it arrives (encoded) is quarantined unread: parsing it would cost many times
    # its size in memory. Leaves room for max_mail_bytes of attachments in base64.
    max_raw_mail_bytes: int = Field(default=40 * 1024 * 1024, gt=0)
    max_attachments: int = Field(default=50, gt=0)
    replies_per_ticket_per_hour: int = Field(default=10, gt=0)
    replies_per_address_per_hour: int = Field(default=20, gt=0)


class Ingest(BaseModel):
    """How a pass reads its mail.

    ``understand_processes``: parsing and understanding (spaCy and the rules) of a fetched batch run in a
    second process while this one applies the batch before, so the two CPU-bound halves of ingest share
    two cores instead of taking turns on one. ``auto`` (the default) uses that process when the machine has
    at least two cores, ``1`` always, ``0`` never (everything in this process, as on one core). It is used
    only when more than one batch waits (a backlog, a first start); a pass over a few new mails, as the
    daemon makes when IDLE announces one, reads them in this process, since handing them over would only
    add the hop. The process is started at the first backlog and costs its own memory (it holds the
    spaCy pipeline); should it die, this process reads the mail itself from then on and logs it once.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    understand_processes: Literal["auto"] | Annotated[int, Field(ge=0, le=1)] = "auto"

    def reading_processes(self, cpus: int | None) -> int:
        """1 when batches are read in a second process, 0 when in this one (``cpus``: os.cpu_count())."""
        if self.understand_processes == "auto":
            return 1 if (cpus or 1) >= 2 else 0
        return self.understand_processes


class Web(BaseModel):
    """The web view (`web` command): where it listens and the address people reach it at."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    host: str = "127.0.0.1"
    port: int = Field(default=8025, gt=0, lt=65536)
    # The public address (https://rma.example.com behind a TLS proxy): sign-in links and the customers'
    # status links are made from it. Empty: the web view is not published and mails carry no status link.
    base_url: str = ""
    signin_minutes: float = Field(default=15.0, gt=0)
    session_hours: float = Field(default=12.0, gt=0)
    status_days_after_close: int = Field(default=90, gt=0)

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} must start with http:// or https://")
        return value.rstrip("/")


class Settings(BaseSettings):
    """Everything mailbot needs to know about its site. Defaults give the embedded, serverless setup."""

    model_config = SettingsConfigDict(env_prefix="MAILBOT_", env_nested_delimiter="__", extra="forbid", frozen=True)

    service_address: str = "service@example.com"
    service_name: str = "After-Sales Service"
    company: str = "Example Optics"
    staff_domains: tuple[str, ...] = ()
    operator_email: str | None = None
    database_url: str = "sqlite:///var/mailbot.db"
    var_dir: Path = Path("var")
    rules_dir: Path = Path("rules")
    templates_dir: Path = Path("templates")
    rma_format: str = "RMA-{year}-{sequence:05d}"
    # Until the RMA is issued (e.g. while the rep confirms) a ticket goes by a request reference, so no
    # customer holds an RMA-looking number before anyone confirmed the return. "" gives the RMA at once.
    request_format: str = "REQ-{year}-{sequence:05d}"
    poll_seconds: float = Field(default=60.0, gt=0)
    sweep_seconds: float = Field(default=300.0, gt=0)
    alert_after_minutes: float = Field(default=30.0, gt=0)
    # Months after a ticket is closed when its sent mails' raw bytes and its attachments' blobs are
    # dropped (the ticket, its messages' text and its audit trail stay). None keeps everything.
    retention_months: int | None = Field(default=None, ge=1)
    secret: str | None = None  # HMAC key for Message-ID tokens; MAILBOT_SECRET or secret_file
    secret_file: Path | None = None
    sources: tuple[SourceConfig, ...] = (MaildirSource(),)
    transport: TransportConfig = FileTransport()
    delivery: Delivery = Delivery()
    limits: Limits = Limits()
    ingest: Ingest = Ingest()
    web: Web = Web()

    @field_validator("rma_format", "request_format")
    @classmethod
    def _rma_format(cls, value: str) -> str:
        if not value:
            return value
        try:
            value.format(year=2026, sequence=1)
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(f"must use only {{year}} and {{sequence}}: {exc}") from None
        return value

    @field_validator("service_address", "operator_email")
    @classmethod
    def _address(cls, value: str | None) -> str | None:
        if value is not None and "@" not in value:
            raise ValueError(f"{value!r} is not an e-mail address")
        return value.lower() if value else value

    @model_validator(mode="after")
    def _unique_sources(self) -> Settings:
        names = [s.name for s in self.sources]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"sources: names must be unique, repeated: {', '.join(dupes)}")
        return self

    @model_validator(mode="after")
    def _relay_copy(self) -> Settings:
        copy = self.delivery.relay_copy
        if copy is None:
            return self
        where = "delivery.relay_copy"
        if not isinstance(self.transport, SmtpTransport):
            raise ValueError(f"{where}: only for transport type 'smtp' (the file transport checks its own folder)")
        source = next((s for s in self.sources if s.name == copy.source), None)
        if not isinstance(source, ImapSource):
            imap = ", ".join(repr(s.name) for s in self.sources if isinstance(s, ImapSource)) or "none"
            raise ValueError(f"{where}.source: {copy.source!r} is not an IMAP inbox in sources (IMAP inboxes: {imap})")
        taken = {
            "folder": source.folder,
            "done_folder": source.done_folder,
            "quarantine_folder": source.quarantine_folder,
            "sent_folder": source.sent_folder,
        }
        for setting, folder in taken.items():
            if folder is not None and folder.casefold() == copy.folder.casefold():
                raise ValueError(
                    f"{where}.folder: {copy.folder!r} is the {setting} of inbox {source.name!r}; the relay's "
                    "copies need a folder of their own"
                )
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment beats the file: the file's values arrive as init arguments.
        return (env_settings, init_settings)

    @property
    def embedded(self) -> bool:
        """The serverless default: SQLite in a local file and no IMAP inbox."""
        sqlite = self.database_url.startswith("sqlite")
        return sqlite and not any(isinstance(s, ImapSource) for s in self.sources)

    def hmac_key(self) -> bytes:
        """The secret that signs our Message-IDs: mailbot.configfile.hmac_key."""
        return hmac_key(self.secret, self.secret_file, self.embedded, self.var_dir)

    @property
    def blob_dir(self) -> Path:
        return self.var_dir / "blobs"


def _describe(err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        where = ".".join(str(p) for p in e["loc"]) or "(settings)"
        lines.append(f"{where}: {e['msg']}")
    return "; ".join(lines)


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read the TOML file (if any), apply MAILBOT_* variables, validate. Raises ConfigError."""
    data = read_config_file(path)
    data.update(overrides)
    try:
        return Settings(**data)
    except ValidationError as exc:
        shown = config_path(path)
        raise ConfigError(f"{shown if shown.exists() else 'settings'}: {_describe(exc)}") from exc
