"""A web view over a Context built the production way, driven by Starlette's in-process client."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlmodel import select
from starlette.testclient import TestClient

from mailbot.config import Web
from mailbot.store.models import Outbox
from mailbot.web import create_app
from tests.pipeline.helpers import customer_mail, drop, run_once

PUBLIC = "http://testserver"

COMPLETE = """Hello,

one of the OZ-SFP-10G-LR transceivers from our last delivery does not bring the link up.
The port stays down and the switch reports no Rx light, also after swapping the patch cord.

Order No.: SO-2026-0815
S/N: OZ2311A0042

Please send an RMA number.

Regards,
Maria Costa
"""


@dataclass
class Site:
    ctx: Any
    client: TestClient
    clock: Any

    def outbox(self) -> list[Outbox]:
        with self.ctx.sessions() as s:
            return list(s.exec(select(Outbox).order_by(Outbox.id)).all())

    def csrf(self, path: str) -> str:
        page = self.client.get(path)
        match = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert match, f"no CSRF field on {path}: {page.status_code}"
        return match.group(1)

    def signin_link(self, email: str) -> str:
        """Ask for a link as a browser would and read it from the mail in the outbox."""
        token = self.csrf("/signin")
        answer = self.client.post("/signin", data={"email": email, "csrf": token})
        assert answer.status_code == 200, answer.text
        [row] = [o for o in self.outbox() if o.template == "staff_signin" and email in o.recipients][-1:]
        match = re.search(rb"http://testserver(/signin/[A-Za-z0-9_-]+)", row.raw)
        assert match, row.raw
        return match.group(1).decode()

    def sign_in(self, email: str) -> None:
        link = self.signin_link(email)
        token = self.csrf(link)
        answer = self.client.post(link, data={"csrf": token}, follow_redirects=False)
        assert answer.status_code == 303, answer.text

    def customer_request(
        self, sender: str = "Maria Costa <maria@fibrenet.example.pt>", body: str = COMPLETE, **kw: Any
    ) -> None:
        drop(self.ctx, customer_mail(sender, kw.pop("subject", "Faulty SFP module"), body, **kw))
        run_once(self.ctx)


@pytest.fixture
def site(make_ctx: Callable[..., Any], clock: Any) -> Iterator[Site]:
    ctx = make_ctx(web=Web(base_url=PUBLIC))
    with TestClient(create_app(ctx, public_url=PUBLIC)) as client:
        yield Site(ctx, client, clock)
