"""IMAP over TLS against a real Dovecot: implicit TLS, STARTTLS, and refusing an untrusted certificate."""

from __future__ import annotations

import pytest

from mailbot.mail.sources.base import SourceUnavailable
from tests.integration.helpers_imap import imap_source, message_ids
from tests.integration.kit import make_mail

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"


def test_implicit_tls(dovecot_tls, tls_cert, session_factory):
    dovecot_tls.append(SERVICE, make_mail(1))
    source = imap_source(dovecot_tls.tls_port, session_factory, tls="implicit", ca_file=tls_cert.cert)
    raws = list(source.fetch())
    assert message_ids(raws) == ["<req-1@example.org>"]
    source.mark_done(raws[0])
    with source._work.op("check") as client:
        assert client.socket().version().startswith("TLS")
    source.close()


def test_starttls(dovecot_tls, tls_cert, session_factory):
    dovecot_tls.append(SERVICE, make_mail(1))
    source = imap_source(dovecot_tls.port, session_factory, tls="starttls", ca_file=tls_cert.cert)
    assert message_ids(source.fetch()) == ["<req-1@example.org>"]
    with source._work.op("check") as client:
        assert client.socket().version().startswith("TLS")


def test_untrusted_certificate_is_refused(dovecot_tls, session_factory):
    for tls, port in (("implicit", dovecot_tls.tls_port), ("starttls", dovecot_tls.port)):
        with pytest.raises(SourceUnavailable, match="(?i)certificate"):
            list(imap_source(port, session_factory, tls=tls).fetch())
