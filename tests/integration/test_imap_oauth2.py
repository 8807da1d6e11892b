"""XOAUTH2 login (Gmail / Microsoft 365 style) against a real Dovecot validating JWT bearer tokens."""

from __future__ import annotations

import time

import pytest

from mailbot.config import ConfigError
from mailbot.mail.sources.base import SourceUnavailable
from tests.integration.helpers_imap import imap_source, message_ids
from tests.integration.kit import make_mail, oauth2_token

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"
KEY = b"mailbot-test-signing-key-0123456789"


def test_xoauth2_login_with_token_from_environment(dovecot_factory, session_factory, monkeypatch):
    server = dovecot_factory(oauth2_key=KEY)
    server.append(SERVICE, make_mail(1))
    monkeypatch.setenv("SERVICE_TOKEN", oauth2_token(SERVICE, KEY))
    source = imap_source(server.port, session_factory, password=None, oauth2_token_env="SERVICE_TOKEN")
    raws = list(source.fetch())
    assert message_ids(raws) == ["<req-1@example.org>"]
    source.mark_done(raws[0])
    assert message_ids(server.messages(SERVICE, "Processed")) == ["<req-1@example.org>"]


@pytest.mark.parametrize(
    "token",
    [oauth2_token(SERVICE, KEY, lifetime=-60), oauth2_token(SERVICE, b"another-key-entirely-000000")],
    ids=["expired", "forged"],
)
def test_expired_or_forged_token_is_refused_promptly(dovecot_factory, session_factory, monkeypatch, token):
    # One refusal per server: Dovecot slows down repeated failures from one address on purpose.
    server = dovecot_factory(oauth2_key=KEY)
    monkeypatch.setenv("SERVICE_TOKEN", token)
    started = time.monotonic()
    with pytest.raises(SourceUnavailable, match="(?i)auth"):
        list(
            imap_source(
                server.port, session_factory, password=None, oauth2_token_env="SERVICE_TOKEN", timeout=10
            ).fetch()
        )
    assert time.monotonic() - started < 5  # a clear refusal, not a login waiting for its timeout


def test_missing_token_variable_names_the_setting(session_factory, monkeypatch, dovecot):
    monkeypatch.delenv("SERVICE_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="oauth2_token_env"):
        list(imap_source(dovecot.port, session_factory, password=None, oauth2_token_env="SERVICE_TOKEN").fetch())
