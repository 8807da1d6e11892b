"""The key that signs our Message-IDs: never guessable, generated for the embedded default, required elsewhere."""

from __future__ import annotations

import stat

import pytest

from mailbot.config import ConfigError, ImapSource, Settings


def _embedded(tmp_path, **values):
    return Settings(database_url=f"sqlite:///{tmp_path / 'mailbot.db'}", var_dir=tmp_path / "var", **values)


def test_embedded_default_generates_a_random_key_into_var_once(tmp_path):
    first = _embedded(tmp_path).hmac_key()
    path = tmp_path / "var" / "secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) >= 32
    assert _embedded(tmp_path).hmac_key() == first  # the same key after a restart
    assert first != ("mailbot-default:" + _embedded(tmp_path).database_url).encode()
    other = tmp_path / "other"
    other.mkdir()
    assert _embedded(other).hmac_key() != first  # another installation, another key


def test_a_key_file_readable_by_others_is_closed_again(tmp_path):
    _embedded(tmp_path).hmac_key()
    path = tmp_path / "var" / "secret"
    path.chmod(0o644)
    _embedded(tmp_path).hmac_key()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_configured_secret_wins(tmp_path):
    assert _embedded(tmp_path, secret="configured-secret-value").hmac_key() == b"configured-secret-value"
    assert not (tmp_path / "var" / "secret").exists()


@pytest.mark.parametrize("server", ["postgresql", "imap"])
def test_a_configuration_with_servers_refuses_to_start_without_a_secret(tmp_path, server):
    if server == "postgresql":
        settings = Settings(database_url="postgresql+psycopg://mailbot@db/mailbot", var_dir=tmp_path / "var")
    else:
        imap = ImapSource(name="service", host="imap.example.com", username="service@example.com", password="x")
        settings = _embedded(tmp_path, sources=(imap,))
    with pytest.raises(ConfigError, match="secret: required"):
        settings.hmac_key()
    assert not (tmp_path / "var" / "secret").exists()


def test_a_short_secret_file_is_refused(tmp_path):
    short = tmp_path / "secret"
    short.write_text("abc\n")
    with pytest.raises(ConfigError, match="secret_file"):
        _embedded(tmp_path, secret_file=short).hmac_key()
