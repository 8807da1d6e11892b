"""A private, throw-away Dovecot for the integration tests: own config, users, Maildirs and port."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from imapclient import IMAPClient

from tests.integration.kit import SelfSignedCert, free_port

DOVECOT = Path(os.environ.get("MAILBOT_TEST_DOVECOT", "/usr/sbin/dovecot"))
PASSWORD = "secret"
USERS = (
    "service@example.com",
    "rma@example.com",
    "customer@example.org",
    "alice@example.org",
    "bob@example.org",
    "rep@example.com",
    "operator@example.com",
)


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
        return dict(internal=me.pw_name, internal_group=group, login=me.pw_name, uid=os.geteuid(), gid=os.getegid())
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
    return dict(internal=internal, internal_group=internal, login=login, uid=nobody.pw_uid, gid=nobody.pw_gid)


@dataclass
class Dovecot:
    """One private Dovecot: its own config, state, passwd-file and Maildirs under ``root``."""

    root: Path
    users: tuple[str, ...] = USERS
    extra_conf: str = ""
    port: int = field(default_factory=free_port)
    tls: SelfSignedCert | None = None  # when set: STARTTLS on ``port``, implicit TLS on ``tls_port``
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
        conf.write_text(
            _CONF.format(
                root=self.root,
                port=self.port,
                extra=extra,
                ssl=ssl,
                tls_port=self.tls_port,
                mechanisms=mechanisms,
                **ids,
            )
        )
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
        settings.write_text(
            f"introspection_mode = local\nlocal_validation_key_dict = fs:posix:prefix={keys}/\n"
            "username_attribute = email\n"
        )
        settings.chmod(0o644)
        return f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {settings}\n}}\n"

    def start(self, timeout: float = 15.0) -> None:
        conf = self.write_config()
        log = self.root / "dovecot.log"
        self.proc = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "dovecot.stderr", "ab"),
        )
        _wait_port(
            self.port, time.monotonic() + timeout, self.proc, self.root / "dovecot.stderr" if not log.exists() else log
        )

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
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
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

    def append(
        self, user: str, raw: bytes, folder: str = "INBOX", flags: Iterable[str] = (), when: datetime | None = None
    ) -> int:
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
        uidlist = (
            self.root
            / "mail"
            / user
            / "Maildir"
            / ("dovecot-uidlist" if folder == "INBOX" else f".{folder}/dovecot-uidlist")
        )
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
