"""A reply in an RMA case's own thread is a follow-up, whatever it asks; a new mail that names the case and
asks where it stands is an order-status question."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.mail.parse import parse
from mailbot.rules.understand import load_rules
from mailbot.understand import Understander
from mailbot.understand.combine import Blend, Combiner
from mailbot.understand.identifiers import IdentifierReader
from mailbot.understand.learned import Learned, build_pipeline

ROOT = Path(__file__).resolve().parents[2]
RMA = "RMA-2026-00481"


@pytest.mark.parametrize(
    "subject, body",
    [
        (f"Re: {RMA}", "Hello, any update on the repair? It has been three weeks."),
        (f"R: {RMA}", "Buongiorno, ci sono novità sulla riparazione? Grazie"),
        (f"RE: {RMA}", "Hola, ¿cómo va la reparación? Lo necesitamos el lunes."),
        (f"RE: {RMA} 수리 문의", "수리 진행 상황이 어떻게 되나요?"),
        (f"Re: {RMA}", "Dobrý den, jak to vypadá s opravou?"),
        (f"回复：{RMA}", "您好，请问维修进度怎么样了？"),
        (f"AW: {RMA} Ersatzgerät", "Wann wird das Ersatzgerät verschickt?"),
    ],
)
def test_a_progress_question_in_the_case_thread_is_a_follow_up(read, subject, body):
    found = read(f"{body}\n\nMarek", subject)
    assert (found.kind, found.rma_reference, found.should_auto_reply) == ("follow_up", RMA, True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Repair status", f"Hello, could you tell us where {RMA} stands? We sent the unit two weeks ago."),
        (f"{RMA} shipping date?", "Hi, when will the replacement ship?"),
        ("维修进度", f"你好，售后单 {RMA} 什么时候能寄回来？"),
    ],
)
def test_a_new_mail_that_names_the_case_and_asks_where_it_stands_is_order_status(read, subject, body):
    found = read(f"{body}\n\nMarek", subject)
    assert (found.kind, found.rma_reference, found.should_auto_reply) == ("order_status", RMA, True)


class _SaysStatus(Learned):
    """A stand-in model that reads every text as a question where a shipment or a return stands."""

    def __init__(self) -> None:
        self.nlp = build_pipeline()

    def spans(self, doc):  # type: ignore[no-untyped-def]
        return {}

    def classes(self, doc, which):  # type: ignore[no-untyped-def]
        return {"status": 0.95, "request": 0.05}


def test_the_model_does_not_make_a_reply_in_the_thread_an_order_status_question() -> None:
    rules = load_rules(ROOT / "rules")
    understander = Understander(rules, lambda _a: False, ("service@us-example.com",), learned=False)
    reader = IdentifierReader(rules.identifiers)
    understander.combiner = Combiner(_SaysStatus(), reader, Blend())
    data = (
        "From: Kim Lee <kim@customer-example.com>\nTo: service@us-example.com\nSubject: {subject}\n"
        "Message-ID: <t1@customer-example.com>\n\nHello,\nany news on the exchange unit? We are waiting.\nKim\n"
    )
    reply = parse(data.format(subject=f"RE: {RMA}").encode())
    assert understander.understand(reply).kind == "follow_up"
    new = parse(data.format(subject=RMA).encode())
    assert understander.understand(new).kind == "order_status"


@pytest.mark.parametrize("subject", [f"RES: {RMA}", f"회신: {RMA}", f"返信: {RMA}", f"ΑΠ: {RMA}", f"Balas: {RMA}"])
def test_more_mail_clients_reply_prefixes_mark_a_reply_in_the_thread(read, subject):
    assert read("Hello, any news on the repair?\n\nMarek", subject).kind == "follow_up"


def test_a_reply_whose_client_dropped_the_prefix_is_in_the_thread(read):
    headers = "In-Reply-To: <ack-481@optizon-example.com>\n"
    found = read("Hello, any news on the repair?\n\nMarek", RMA, headers=headers)
    assert (found.kind, found.should_auto_reply) == ("follow_up", True)
    assert read("Hello, any news on the repair?\n\nMarek", RMA).kind == "order_status"
