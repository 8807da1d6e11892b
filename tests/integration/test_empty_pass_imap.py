"""`once` on an empty IMAP inbox asks the server (the real Dovecot) and answers without building the
pipeline; mail that arrived, a renumbered folder or a server that does not answer take the full pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import mailbot
from tests.cli.test_startup_imports import imported
from tests.conftest import CLI_CLOCK, REPO, once_here
from tests.integration.servers import PASSWORD, Dovecot
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_crash import BODY

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"
HEAVY = {"sqlalchemy", "sqlmodel", "orm", "jinja2", "alembic", "spacy"}


def write_config(tmp_path: Path, database_url: str, port: int, username: str = SERVICE) -> Path:
    config = tmp_path / "mailbot.toml"
    config.write_text(
        f'service_address = "{SERVICE}"\n'
        'staff_domains = ["example.com"]\n'
        f'database_url = "{database_url}"\n'
        'secret = "test-secret"\n'
        f'var_dir = "{tmp_path / "var"}"\n'
        f'rules_dir = "{REPO / "rules"}"\n'
        f'templates_dir = "{REPO / "templates"}"\n'
        f'[[sources]]\ntype = "imap"\nname = "service"\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\n'
        f'username = "{username}"\npassword = "{PASSWORD}"\ninitial = "all"\ntimeout = 5\n'
        f'[transport]\ntype = "file"\npath = "{tmp_path / "var" / "outbox"}"\n'
    )
    return config


def once(config: Path, cwd: Path) -> tuple[int, str]:
    done = mailbot(["once", "--now", CLI_CLOCK, "--config", str(config)], cwd)
    return done.returncode, done.stdout + done.stderr


@pytest.fixture
def dovecot(module_dovecot: Dovecot) -> Dovecot:
    """The module's Dovecot (each test reads the inbox of a user of its own: ``own_user``)."""
    return module_dovecot


@pytest.fixture
def desk(tmp_path: Path, database_url: str, dovecot: Dovecot, own_user: str) -> Path:
    """One request read from the IMAP inbox and answered: the inbox is empty, its position saved."""
    config = write_config(tmp_path, database_url, dovecot.port, own_user)
    dovecot.append(own_user, customer_mail("maria@fibrenet.example.pt", "Faulty", BODY))
    status, out = once_here(config, tmp_path)
    assert status == 0 and out.startswith("1 mail(s)"), out
    return config


def test_an_empty_imap_inbox_is_asked_and_nothing_is_built(desk: Path, tmp_path: Path) -> None:
    assert once(desk, tmp_path) == (0, "0 mail(s): no mail\n")
    status, heavy = imported(["once", "--now", CLI_CLOCK, "--config", str(desk)], tmp_path)
    assert status == 0 and not HEAVY & set(heavy), heavy


def test_mail_that_arrived_is_read(desk: Path, tmp_path: Path, dovecot: Dovecot, own_user: str) -> None:
    assert once(desk, tmp_path)[0] == 0
    dovecot.append(own_user, customer_mail("t.becker@kabelwerk.example.de", "Dead", BODY))
    status, heavy = imported(["once", "--now", CLI_CLOCK, "--config", str(desk)], tmp_path)
    assert status == 0 and "spacy" in heavy  # the full pass: the mail was understood
    assert dovecot.messages(own_user) == []  # ...and moved out of the inbox once done
    assert once(desk, tmp_path) == (0, "0 mail(s): no mail\n")


def test_a_mail_left_flagged_deleted_is_not_mail_to_read(
    desk: Path, tmp_path: Path, dovecot: Dovecot, own_user: str
) -> None:
    dovecot.append(own_user, customer_mail("t.becker@kabelwerk.example.de", "Dead", BODY), flags=["\\Deleted"])
    status, heavy = imported(["once", "--now", CLI_CLOCK, "--config", str(desk)], tmp_path)
    assert status == 0 and not HEAVY & set(heavy), heavy


def test_a_renumbered_folder_takes_the_full_pass(desk: Path, tmp_path: Path, dovecot: Dovecot, own_user: str) -> None:
    dovecot.bump_uidvalidity(own_user)
    status, heavy = imported(["once", "--now", CLI_CLOCK, "--config", str(desk)], tmp_path)
    assert status == 0 and "sqlalchemy" in heavy  # the full pass read the folder again and saved it


def test_a_server_that_does_not_answer_is_reported_as_ever(desk: Path, tmp_path: Path, dovecot: Dovecot) -> None:
    assert once(desk, tmp_path)[0] == 0
    dovecot.stop()
    status, out = once(desk, tmp_path)
    assert status == 1 and "service:" in out and "Traceback" not in out
