"""Apple Mail forwards whose header block was read wrong: in Russian its From key is "От кого:" (not the
"От:" other clients write), and in Portuguese its block runs "De:", "Assunto:", "Data:", where the reply
parser opens the block at "Data:" and left "De:" and "Assunto:" in the colleague's own text."""

from __future__ import annotations

from mailbot.mail.parse import parse

REP = "Ola Nordmann <ola.nordmann@optizon-example.com>"
FAULT = (
    "Hello,\n\nthe media converter MC-1000 with serial MC1000X55512 has no link since the storm.\n"
    "Our order was PO-8812.\n\nBest regards\nAna\n"
)


def _mail(body: str, subject: str) -> bytes:
    return (
        f"From: {REP}\nTo: service@optizon-example.com\nSubject: {subject}\nMessage-ID: <t@test>\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}"
    ).encode()


RUSSIAN = (
    "Посмотрите, пожалуйста.\n\nОля\n\nНачало переадресованного сообщения:\n\n"
    "От кого: Анна Смирнова <anna.smirnova@teleport-sibir.example>\nТема: Нет линка\n"
    f"Дата: 2 марта 2026 г., 09:14:00 GMT+3\nКому: {REP}\n\n{FAULT}"
)
PORTUGUESE = (
    "Podem ver, por favor?\n\nOla\n\nInício da mensagem encaminhada:\n\n"
    "De: Ana Lima <ana.lima@portonave-example.com.br>\nAssunto: Conversor sem link\n"
    f"Data: 2 de março de 2026 09:14:00 BRT\nPara: {REP}\n\n{FAULT}"
)


def test_a_russian_apple_mail_forward_names_its_writer(understander):
    extraction = understander.understand(parse(_mail(RUSSIAN, "Fwd: Нет линка")))
    assert extraction.kind == "forwarded"
    assert extraction.customer_email == "anna.smirnova@teleport-sibir.example"
    assert extraction.forwarded_by == "ola.nordmann@optizon-example.com"


def test_a_russian_apple_mail_forward_keeps_the_colleagues_note_apart(understander):
    reading = understander.segmenter.read(parse(_mail(RUSSIAN, "Fwd: Нет линка")), internal=understander.internal)
    assert "От кого" not in reading.current
    assert "has no link" in reading.forwarded
    assert reading.forwarded_subject == "Нет линка"


def test_a_portuguese_apple_mail_forward_moves_its_whole_header_block_down(understander):
    mail = parse(_mail(PORTUGUESE, "Fwd: Conversor sem link"))
    reading = understander.segmenter.read(mail, internal=understander.internal)
    assert reading.current == "Podem ver, por favor?\n\nOla"
    assert reading.original_sender is not None
    assert reading.original_sender.email == "ana.lima@portonave-example.com.br"
    assert reading.forwarded_subject == "Conversor sem link"


def test_a_body_line_above_a_forward_stays_where_it_is(understander):
    """Only header lines above a From line move: the colleague's own "Assunto" sentence stays theirs."""
    body = PORTUGUESE.replace("Podem ver, por favor?", "Assunto urgente: podem ver, por favor?")
    reading = understander.segmenter.read(parse(_mail(body, "Fwd: Conversor sem link")), internal=understander.internal)
    assert reading.current.startswith("Assunto urgente: podem ver")
    assert reading.original_sender is not None
    assert reading.original_sender.email == "ana.lima@portonave-example.com.br"


def test_a_digest_entry_with_an_encoded_disposition_is_read_as_an_attached_mail():
    """A digest entry without a Content-Type is a mail (RFC 2046); an encoded Content-Disposition on it does
    not make it text."""
    raw = (
        b"From: List <list@example.org>\r\nTo: service@optizon-example.com\r\nSubject: digest\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/digest; boundary="BB"\r\n\r\n--BB\r\n'
        b"Content-Disposition: =?utf-8?b?aW5saW5l?=\r\n\r\n"
        b"From: Ana Lima <ana.lima@portonave-example.com.br>\r\nSubject: Converter fault\r\n\r\n"
        b"The converter does not turn on.\r\n--BB--\r\n"
    )
    mail = parse(raw)
    assert mail.text == ""
    assert [(m.subject, m.text.strip()) for m in mail.forwarded] == [
        ("Converter fault", "The converter does not turn on.")
    ]


def test_an_older_portuguese_apple_mail_forward_line_opens_the_forward(understander):
    """Older Apple Mail in Portuguese writes "Começo da mensagem encaminhada:"; a phone's From line may name the
    writer only, whose address then stands in the text."""
    body = (
        "Para a assistência.\n\nComeço da mensagem encaminhada:\n\nDe: Ana Lima\nAssunto: conversor\n\n"
        "O conversor MC-1000 não liga mais. ana.lima@portonave-example.com.br\n"
    )
    extraction = understander.understand(parse(_mail(body, "Fwd: conversor")))
    assert extraction.kind == "forwarded"
    assert extraction.customer_email == "ana.lima@portonave-example.com.br"
    assert extraction.forwarded_by == "ola.nordmann@optizon-example.com"
