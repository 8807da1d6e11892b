"""Private, throw-away mail servers for the integration tests: a Dovecot IMAP server and an aiosmtpd relay."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Callable, Iterable

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer, AuthResult, Envelope, LoginPassword, Session
from imapclient import IMAPClient

DOVECOT = Path(os.environ.get("MAILBOT_TEST_DOVECOT", "/usr/sbin/dovecot"))
PASSWORD = "secret"
USERS = ("service@example.com", "rma@example.com", "customer@example.org", "alice@example.org",
         "bob@example.org", "rep@example.com", "operator@example.com")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_port(port: int, deadline: float, proc: subprocess.Popen | None, log: Path) -> None:
    """Wait until the server greets on ``port``; fail with its log when it dies or never answers."""
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"dovecot exited with {proc.returncode}:\n{_tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                if sock.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"dovecot did not answer on port {port}:\n{_tail(log)}")


@dataclass(frozen=True)
class SelfSignedCert:
    """A self-signed certificate for 127.0.0.1/localhost; ``cert`` doubles as the CA file to trust."""

    cert: Path
    key: Path

    @classmethod
    def make(cls, directory: Path) -> "SelfSignedCert":
        directory.mkdir(parents=True, exist_ok=True)
        cert, key = directory / "cert.pem", directory / "key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                        "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
        for path in (directory, cert, key):
            path.chmod(0o755 if path.is_dir() else 0o644)  # Dovecot reads them as its own users
        return cls(cert, key)

    def server_context(self) -> "ssl.SSLContext":
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def oauth2_token(user: str, key: bytes, lifetime: int = 3600) -> str:
    """An HS256-signed JWT access token for ``user``, as an identity provider would issue it."""
    import base64
    import hashlib
    import hmac
    import json

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": "default"}
    claims = {"sub": user, "email": user, "azp": "default", "iat": now, "nbf": now, "exp": now + lifetime}
    signing = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    return signing + "." + b64(hmac.new(key, signing.encode(), hashlib.sha256).digest())


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _tail(path: Path) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-30:])
    except OSError:
        return "(no log)"


_CONF = """\
instance_name = mailbot-test-{port}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login{mechanisms}
auth_failure_delay = 0
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
first_valid_uid = 0
first_valid_gid = 0
mail_location = maildir:{root}/mail/%u/Maildir
mail_max_userip_connections = 200
mailbox_idle_check_interval = 1 secs
mail_fsync = never
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
{extra}
"""


def _identities() -> dict[str, object]:
    """Which system users the private server runs as: root may not own mail, a plain user runs alone."""
    if os.geteuid() != 0:
        import grp
        import pwd

        me = pwd.getpwuid(os.geteuid())
        group = grp.getgrgid(os.getegid()).gr_name
        return dict(internal=me.pw_name, internal_group=group, login=me.pw_name,
                    uid=os.geteuid(), gid=os.getegid())
    import pwd

    def exists(name: str) -> bool:
        try:
            pwd.getpwnam(name)
            return True
        except KeyError:
            return False

    internal = "dovecot" if exists("dovecot") else "nobody"
    login = "dovenull" if exists("dovenull") else "nobody"
    nobody = pwd.getpwnam("nobody")
    return dict(internal=internal, internal_group=internal, login=login,
                uid=nobody.pw_uid, gid=nobody.pw_gid)


@dataclass
class Dovecot:
    """One private Dovecot: its own config, state, passwd-file and Maildirs under ``root``."""

    root: Path
    users: tuple[str, ...] = USERS
    extra_conf: str = ""
    port: int = field(default_factory=free_port)
    tls: "SelfSignedCert | None" = None  # when set: STARTTLS on ``port``, implicit TLS on ``tls_port``
    tls_port: int = 0
    oauth2_key: bytes | None = None  # when set: XOAUTH2 logins with JWTs signed by this HS256 key
    proc: subprocess.Popen | None = None

    def write_config(self) -> Path:
        ids = _identities()
        self.root.chmod(0o755)  # the auth and mail processes run as unprivileged users
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        (self.root / "mail").chmod(0o777)
        (self.root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}::::::\n" for u in self.users))
        if ids["internal_group"] == "dovecot":
            import grp

            try:
                grp.getgrnam("dovecot")
            except KeyError:
                ids["internal_group"] = "nogroup"
        conf = self.root / "dovecot.conf"
        ssl = "ssl = no"
        if self.tls is not None:
            self.tls_port = self.tls_port or free_port()
            ssl = f"ssl = yes\nssl_cert = <{self.tls.cert}\nssl_key = <{self.tls.key}"
        mechanisms, extra = "", self.extra_conf
        if self.oauth2_key is not None:
            mechanisms, extra = " xoauth2 oauthbearer", self._oauth2_conf() + extra
        conf.write_text(_CONF.format(root=self.root, port=self.port, extra=extra, ssl=ssl,
                                     tls_port=self.tls_port, mechanisms=mechanisms, **ids))
        return conf

    def _oauth2_conf(self) -> str:
        """Local JWT validation: Dovecot looks the key up as shared/<azp>/<alg>/<kid> in a dict."""
        import base64

        keys = self.root / "oauth2-keys"
        key_file = keys / "default" / "HS256" / "default"
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(base64.b64encode(self.oauth2_key or b"").decode())
        for path in (keys, keys / "default", key_file.parent):
            path.chmod(0o755)
        key_file.chmod(0o644)
        settings = self.root / "oauth2.conf.ext"
        settings.write_text(f"introspection_mode = local\nlocal_validation_key_dict = fs:posix:prefix={keys}/\n"
                            "username_attribute = email\n")
        settings.chmod(0o644)
        return f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {settings}\n}}\n"

    def start(self, timeout: float = 15.0) -> None:
        conf = self.write_config()
        log = self.root / "dovecot.log"
        self.proc = subprocess.Popen([str(DOVECOT), "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                     stderr=open(self.root / "dovecot.stderr", "ab"))
        _wait_port(self.port, time.monotonic() + timeout, self.proc, self.root / "dovecot.stderr"
                   if not log.exists() else log)

    def stop(self) -> None:
        """Stop the server and every connection it holds (clients see the socket close)."""
        if self.proc is None:
            return
        # Killed outright, children included: like a crashed or unplugged server, and fast. (On
        # SIGTERM Dovecot would even leave logged-in imap processes serving their clients.)
        children = _children(self.proc.pid)
        self.proc.kill()
        self.proc.wait(timeout=10)
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    # --- what a mail client does -------------------------------------------------------------

    def client(self, user: str = "service@example.com") -> IMAPClient:
        imap = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        imap.login(user, PASSWORD)
        return imap

    def append(self, user: str, raw: bytes, folder: str = "INBOX", flags: Iterable[str] = (),
               when: "datetime | None" = None) -> int:
        """Put one mail into ``user``'s ``folder`` (``when``: its internal date); returns its UID."""
        with self.client(user) as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            answer = imap.append(folder, raw, flags=tuple(flags), msg_time=when)
        return _appenduid(answer)

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Every mail in ``user``'s ``folder``, oldest first (read-only: flags are not touched)."""
        with self.client(user) as imap:
            if not imap.folder_exists(folder):
                return []
            imap.select_folder(folder, readonly=True)
            uids = sorted(imap.search("ALL"))
            data = imap.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        return [data[uid][b"BODY[]"] for uid in uids]

    def flags(self, user: str, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        with self.client(user) as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search("ALL")
            return {uid: tuple(v[b"FLAGS"]) for uid, v in imap.fetch(uids, ["FLAGS"]).items()} if uids else {}

    def folders(self, user: str) -> set[str]:
        with self.client(user) as imap:
            return {name for _flags, _sep, name in imap.list_folders()}

    def bump_uidvalidity(self, user: str, folder: str = "INBOX") -> None:
        """Make the server announce a new UIDVALIDITY for ``folder`` (as after a server migration)."""
        uidlist = self.root / "mail" / user / "Maildir" / ("dovecot-uidlist" if folder == "INBOX"
                                                          else f".{folder}/dovecot-uidlist")
        self.stop()
        for path in uidlist.parent.glob("dovecot*index*"):
            path.unlink()
        uidlist.unlink()
        self.start()


def _appenduid(answer: bytes) -> int:
    # Dovecot answers "[APPENDUID <validity> <uid>] Append completed."
    text = answer.decode() if isinstance(answer, bytes) else str(answer)
    if "APPENDUID" in text:
        return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
    return 0


def dovecot_available() -> bool:
    return DOVECOT.exists() and os.access(DOVECOT, os.X_OK)


class FreezingProxy:
    """A TCP relay in front of a server that a test can freeze: connections stay open, nothing passes.

    That is the failure people hate most: a server (or a firewall) that stops answering without
    closing the connection.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.frozen = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        src.settimeout(0.05)
        while not self._closed:
            if self.frozen.is_set():
                time.sleep(0.02)
                continue
            try:
                chunk = src.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                break
            if not chunk:
                break
            while self.frozen.is_set() and not self._closed:  # held back, like a stalled link
                time.sleep(0.02)
            try:
                dst.sendall(chunk)
            except OSError:
                break
        for s in (src, dst):
            try:
                s.close()
            except OSError:
                pass

    def close(self) -> None:
        self._closed = True
        self._listener.close()


def silent_server() -> tuple[socket.socket, int]:
    """A socket that accepts connections and never says a word (not even a greeting)."""
    listener = socket.create_server(("127.0.0.1", 0))
    return listener, listener.getsockname()[1]


# --- SMTP ------------------------------------------------------------------------------------


@dataclass
class SmtpBehaviour:
    """What the test SMTP server answers; a test flips these while it runs."""

    tempfail: bool = False  # answer 451 to every mail
    reject: set[str] = field(default_factory=set)  # answer 550 for these recipients


class DeliveringHandler:
    """aiosmtpd handler: each accepted mail is APPENDed to each recipient's Dovecot INBOX."""

    def __init__(self, deliver: Callable[[str, bytes], None], behaviour: SmtpBehaviour) -> None:
        self.deliver = deliver
        self.behaviour = behaviour
        self.received: list[tuple[str, tuple[str, ...], bytes]] = []
        self.peers: list[tuple[str, int]] = []  # the client end of each connection that sent a mail
        self.arrived = threading.Condition()

    async def handle_RCPT(self, server: SMTPServer, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if self.behaviour.tempfail:
            return "451 4.3.0 Try again later"
        if address.lower() in self.behaviour.reject:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        if self.behaviour.tempfail:
            return "451 4.3.0 Try again later"
        data = envelope.original_content or envelope.content
        try:
            for rcpt in envelope.rcpt_tos:
                self.deliver(rcpt.lower(), data)
        except Exception:  # noqa: BLE001 - as a real MTA: mailbox server down means try later
            return "451 4.3.0 Mailbox temporarily unavailable"
        with self.arrived:
            self.received.append((envelope.mail_from, tuple(envelope.rcpt_tos), data))
            self.peers.append(tuple(session.peer[:2]))
            self.arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.received) >= count, timeout=timeout)


class SmtpRelay:
    """A real aiosmtpd server on 127.0.0.1 that can be taken down and brought back on the same port."""

    def __init__(self, dovecot: Dovecot | None, logins: dict[str, str] | None = None,
                 tls: SelfSignedCert | None = None, implicit_tls: bool = False) -> None:
        self.dovecot = dovecot
        self.tls = tls  # offer STARTTLS with this certificate (or, with implicit_tls, speak TLS at once)
        self.implicit_tls = implicit_tls
        self.logins = logins  # require AUTH with one of these user/password pairs
        self.behaviour = SmtpBehaviour()
        self.handler = DeliveringHandler(self._deliver, self.behaviour)
        self.port = free_port()
        self.controller: Controller | None = None

    def _deliver(self, rcpt: str, data: bytes) -> None:
        if self.dovecot is not None and rcpt in self.dovecot.users:
            self.dovecot.append(rcpt, data)

    def start(self) -> None:
        auth: dict[str, object] = {}
        if self.logins is not None:
            auth = dict(authenticator=self._authenticate, auth_required=True, auth_require_tls=False,
                        auth_exclude_mechanism=["LOGIN"])
        if self.tls is not None and self.implicit_tls:
            auth["ssl_context"] = self.tls.server_context()
        elif self.tls is not None:
            auth["tls_context"] = self.tls.server_context()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     server_hostname="relay.test", ready_timeout=10, **auth)
        self.controller.start()

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and self.logins is not None
              and self.logins.get(auth_data.login.decode()) == auth_data.password.decode())
        return AuthResult(success=ok, handled=False)

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[tuple[str, tuple[str, ...], bytes]]:
        return self.handler.received


def subjects(raws: list[bytes]) -> list[str]:
    parser = BytesHeaderParser()
    return [str(parser.parsebytes(r).get("Subject", "")) for r in raws]


def make_mail(n: int | str, *, sender: str = "customer@example.org", to: str = "service@example.com",
              subject: str | None = None, body: str | None = None, size: int = 0) -> bytes:
    """A plain customer mail with a unique Message-ID; ``size`` pads the body to about that many bytes."""
    text = body or f"Hello, my device number {n} stopped working.\r\n"
    if size:
        line = "x" * 76 + "\r\n"
        text += line * max(0, (size - len(text)) // len(line))
    return (f"From: Customer <{sender}>\r\nTo: {to}\r\nSubject: {subject or f'Request {n}'}\r\n"
            f"Message-ID: <req-{n}@example.org>\r\nDate: Sat, 21 Nov 2026 10:00:00 +0000\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}").encode()

