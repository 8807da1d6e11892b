"""Forwards from every mail client a rep may use: the customer is the forwarded complaint's outside author,
whatever the client writes above its header block, in whatever language, quoted or attached."""

from __future__ import annotations

import pytest

from mailbot.mail.parse import parse

REP = "Pat Reyes <pat.reyes@optizon-example.com>"
REP_EMAIL = "pat.reyes@optizon-example.com"
COLLEAGUE = "Max Hu <max.hu@optizon-example.com>"
CUSTOMER = "lena@ortmann-bau.example"
FAULT = (
    "Hello,\n\nthe transceiver SFP-10G-LR with serial LT2507B00912 shows no link since yesterday.\n"
    "Our order was PO-4471. Please arrange a replacement.\n\nLena Ortmann\nOrtmann Bau GmbH\n"
)
NOTE = "Please take care of this one, thanks.\n\nPat\n\n"

HEADS = {
    "outlook_en": (
        "________________________________\nFrom: Lena Ortmann <lena@ortmann-bau.example>\n"
        "Sent: Monday, March 2, 2026 9:14 AM\nTo: Pat Reyes <pat.reyes@optizon-example.com>\nSubject: no link\n"
    ),
    "outlook_de": (
        "________________________________\nVon: Lena Ortmann <lena@ortmann-bau.example>\n"
        "Gesendet: Montag, 2. März 2026 09:14\nAn: Pat Reyes <pat.reyes@optizon-example.com>\nBetreff: kein Link\n"
    ),
    "outlook_fr": (
        "De : Lena Ortmann <lena@ortmann-bau.example>\nEnvoyé : lundi 2 mars 2026 09:14\n"
        "À : Pat Reyes <pat.reyes@optizon-example.com>\nObjet : pas de lien\n"
    ),
    "outlook_es": (
        "De: Lena Ortmann <lena@ortmann-bau.example>\nEnviado: lunes, 2 de marzo de 2026 9:14\n"
        "Para: Pat Reyes <pat.reyes@optizon-example.com>\nAsunto: sin enlace\n"
    ),
    "outlook_zh": (
        "发件人: Lena Ortmann <lena@ortmann-bau.example>\n发送时间: 2026年3月2日 9:14\n"
        "收件人: Pat Reyes <pat.reyes@optizon-example.com>\n主题: 没有链接\n"
    ),
    "outlook_zh_tw": (
        "寄件者: Lena Ortmann <lena@ortmann-bau.example>\n寄件日期: 2026年3月2日 上午 09:14\n"
        "收件者: Pat Reyes <pat.reyes@optizon-example.com>\n主旨: 沒有連結\n"
    ),
    "outlook_old_mailto": (
        "-----Original Message-----\nFrom: Lena Ortmann [mailto:lena@ortmann-bau.example]\n"
        "Sent: Monday, March 2, 2026 9:14 AM\nTo: Pat Reyes\nSubject: no link\n"
    ),
    "outlook_html_mailto": (
        "________________________________\n"
        "From: Lena Ortmann <lena@ortmann-bau.example<mailto:lena@ortmann-bau.example>>\n"
        "Sent: Monday, March 2, 2026 9:14 AM\n"
        "To: Pat Reyes <pat.reyes@optizon-example.com<mailto:pat.reyes@optizon-example.com>>\nSubject: no link\n"
    ),
    "outlook_bold": (
        "________________________________\n*From:* Lena Ortmann <lena@ortmann-bau.example>\n"
        "*Sent:* Monday, March 2, 2026 9:14 AM\n*To:* Pat Reyes <pat.reyes@optizon-example.com>\n*Subject:* no link\n"
    ),
    "gmail": (
        "---------- Forwarded message ---------\nFrom: Lena Ortmann <lena@ortmann-bau.example>\n"
        "Date: Mon, 2 Mar 2026 at 09:14\nSubject: no link\nTo: <pat.reyes@optizon-example.com>\n"
    ),
    "gmail_de": (
        "---------- Weitergeleitete Nachricht ---------\nVon: Lena Ortmann <lena@ortmann-bau.example>\n"
        "Date: Mo., 2. März 2026 um 09:14 Uhr\nSubject: kein Link\nTo: <pat.reyes@optizon-example.com>\n"
    ),
    "apple_plain": (
        "Begin forwarded message:\n\nFrom: Lena Ortmann <lena@ortmann-bau.example>\nSubject: no link\n"
        "Date: 2 March 2026 at 09:14:00 CET\nTo: Pat Reyes <pat.reyes@optizon-example.com>\n"
    ),
    "thunderbird": (
        "-------- Original Message --------\nSubject: \tno link\nDate: \tMon, 2 Mar 2026 09:14:00 +0100\n"
        "From: \tLena Ortmann <lena@ortmann-bau.example>\nTo: \tPat Reyes <pat.reyes@optizon-example.com>\n"
    ),
    "thunderbird_de": (
        "-------- Weitergeleitete Nachricht --------\nBetreff: \tkein Link\nDatum: \tMon, 2 Mar 2026 09:14:00 +0100\n"
        "Von: \tLena Ortmann <lena@ortmann-bau.example>\nAn: \tPat Reyes <pat.reyes@optizon-example.com>\n"
    ),
    "foxmail": (
        "------------------ 原始邮件 ------------------\n"
        '发件人: "Lena Ortmann"<lena@ortmann-bau.example>;\n发送时间: 2026年3月2日(星期一) 上午9:14\n'
        '收件人: "Pat Reyes"<pat.reyes@optizon-example.com>;\n主题: no link\n'
    ),
    "netease": (
        "-------- 转发邮件信息 --------\n"
        '发件人："Lena Ortmann" <lena@ortmann-bau.example>\n发送日期：2026-03-02 09:14:00\n'
        '收件人："Pat Reyes" <pat.reyes@optizon-example.com>\n主题：no link\n'
    ),
}


@pytest.mark.parametrize("client", sorted(HEADS))
def test_a_forward_from_any_client_names_the_customer(read, client):
    body = f"{NOTE}{HEADS[client]}\n{FAULT}"
    found = read(body, "FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_apple_mails_quoted_forward_names_the_customer(read):
    quoted = "\n".join(f"> {line}" if line else ">" for line in [*HEADS["apple_plain"].splitlines()[2:], ""])
    body_lines = "\n".join(f"> {line}" if line else ">" for line in FAULT.splitlines())
    body = f"Pat\n\nSent from my iPhone\n\nBegin forwarded message:\n\n{quoted}\n{body_lines}\n"
    found = read(body, "Fwd: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def _eml(sender: str, subject: str, body: str, extra: str = "") -> str:
    return (
        f"From: {sender}\nTo: service@optizon-example.com\nSubject: {subject}\nMessage-ID: <{abs(hash(body))}@t>\n"
        f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}"
    )


def test_a_forward_attached_as_a_message_names_its_sender(understander):
    inner = _eml("Lena Ortmann <lena@ortmann-bau.example>", "no link", FAULT)
    data = (
        f"From: {REP}\nTo: service@optizon-example.com\nSubject: FW: no link\nMessage-ID: <outer@t>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
        f"Content-Type: text/plain; charset=utf-8\n\n{NOTE}\n--b1\nContent-Type: message/rfc822\n"
        f'Content-Disposition: attachment; filename="no link.eml"\n\n{inner}\n--b1--\n'
    )
    found = understander.understand(parse(data.encode()))
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_a_forward_of_a_colleagues_forward_names_the_customer_below_both(read):
    body = (
        f"{NOTE}---------- Forwarded message ---------\nFrom: {COLLEAGUE}\nDate: Tue, 3 Mar 2026 at 10:00\n"
        "Subject: Fwd: no link\nTo: <pat.reyes@optizon-example.com>\n\nPat, this one is yours.\nMax\n\n"
        f"---------- Forwarded message ---------\n{HEADS['gmail'].split(chr(10), 1)[1]}\n{FAULT}"
    )
    found = read(body, "Fwd: Fwd: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_a_forward_of_a_resellers_forward_names_the_end_customer_who_wrote_first(read):
    body = (
        f"{NOTE}________________________________\nFrom: Tom Vos <tom@vos-distri.example>\n"
        "Sent: Tuesday, March 3, 2026 10:00 AM\nTo: Pat Reyes <pat.reyes@optizon-example.com>\nSubject: FW: no link\n\n"
        "Pat, see below from our customer.\nTom\n\n________________________________\n"
        f"{HEADS['outlook_en'].split(chr(10), 1)[1]}\n{FAULT}"
    )
    found = read(body, "FW: FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


@pytest.mark.parametrize(
    "client", ["outlook_en", "outlook_de", "outlook_fr", "outlook_es", "outlook_zh", "outlook_zh_tw"]
)
def test_a_forward_without_a_line_above_its_headers_names_the_customer(read, client):
    head = HEADS[client].removeprefix("________________________________\n")
    found = read(f"{NOTE}{head}\n{FAULT}", "FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_a_forwarded_from_line_with_a_name_only_takes_the_address_in_its_signature(read):
    head = "From: Lena Ortmann\nSent: Monday, March 2, 2026 9:14 AM\nTo: Pat Reyes\nSubject: no link\n"
    body = f"{NOTE}________________________________\n{head}\n{FAULT}Tel. +49 30 1234567\nlena@ortmann-bau.example\n"
    found = read(body, "FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_a_forwarded_from_line_with_a_name_only_and_no_signature_names_nobody(read):
    head = (
        "From: Lena Ortmann\nSent: Monday, March 2, 2026 9:14 AM\n"
        "To: Pat Reyes <pat.reyes@optizon-example.com>\nSubject: no link\n"
    )
    found = read(f"{NOTE}________________________________\n{head}\n{FAULT}", "FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by, found.should_auto_reply) == (
        "forwarded",
        None,
        REP_EMAIL,
        True,  # the rep is asked for the customer's address
    )


def test_an_obfuscated_address_in_the_signature_serves_only_when_nothing_better_exists(read):
    head = "From: Lena Ortmann\nSent: Monday, March 2, 2026 9:14 AM\nTo: Pat Reyes\nSubject: no link\n"
    body = f"{NOTE}________________________________\n{head}\n{FAULT}lena [at] ortmann-bau [dot] example\n"
    found = read(body, "FW: no link", sender=REP)
    assert (found.kind, found.customer_email) == ("forwarded", CUSTOMER)
    signature = "lena (at) ortmann-bau.example\nsales@ortmann-bau.example\n"
    body = f"{NOTE}________________________________\n{head}\n{FAULT}{signature}"
    assert read(body, "FW: no link", sender=REP).customer_email == "sales@ortmann-bau.example"


def test_a_forwarded_reply_names_its_writer_not_the_person_it_quotes(read):
    head = HEADS["outlook_en"].split("\n", 1)[1].replace(": no", ": RE: no")
    body = (
        f"{NOTE}________________________________\n{head}\n"
        f"{FAULT}\n________________________________\nFrom: Tom Vos <tom@vos-distri.example>\n"
        "Sent: Sunday, March 1, 2026 8:00 AM\nTo: Lena Ortmann <lena@ortmann-bau.example>\nSubject: no link\n\n"
        "Lena, please write to the maker directly.\nTom\n"
    )
    found = read(body, "FW: RE: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_a_from_line_in_a_forwards_text_without_header_lines_under_it_opens_no_block(read):
    body = f"{NOTE}From: the site manager, who asked me to pass this on.\n\n{FAULT}"
    found = read(body, "FW: no link", sender="Lena Ortmann <lena@ortmann-bau.example>")
    assert found.customer_email == CUSTOMER


L = "Lena Ortmann <lena@ortmann-bau.example>"
MORE_HEADS = {
    "ja_outlook": f"-----Original Message-----\n差出人: {L}\n送信日時: 2026年3月2日 9:14\n宛先: Pat\n件名: no link\n",
    "ja_thunderbird": (
        f"-------- 転送メッセージ --------\n件名: \tno link\n日付: \t2026-03-02\n差出人: \t{L}\n宛先: \tPat\n"
    ),
    "fi": f"Lähettäjä: {L}\nLähetetty: 2. maaliskuuta 2026 9.14\nVastaanottaja: Pat\nAihe: no link\n",
    "ru": f"От: {L}\nОтправлено: 2 марта 2026 г. 9:14\nКому: Pat\nТема: no link\n",
    "hu": f"Feladó: {L}\nElküldve: 2026. március 2. 9:14\nCímzett: Pat\nTárgy: no link\n",
    "tr": f"Kimden: {L}\nGönderildi: 2 Mart 2026 09:14\nKime: Pat\nKonu: no link\n",
    "zh_thunderbird": (
        f"-------- 转发的消息 --------\n主题: \tno link\n日期: \t2026-03-02 09:14\n发件人: \t{L}\n收件人: \tPat\n"
    ),
}


@pytest.mark.parametrize("client", sorted(MORE_HEADS))
def test_a_forward_headed_in_more_languages_names_the_customer(read, client):
    found = read(f"{NOTE}{MORE_HEADS[client]}\n{FAULT}", "FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


@pytest.mark.parametrize(
    "body",
    [
        "Hi service,\nthe SFP-10G-LR with serial LT2507B00912 in our lab shows no link. Please replace it.\nPat",
        "Hi service,\nany news on the replacement for order PO-4471? Thanks\nPat",
    ],
)
def test_a_colleagues_own_mail_about_their_own_unit_is_the_colleagues(read, body):
    """No outside author in it: the colleague is the one to answer (the workflow knows a colleague), so the
    mail ends in a ticket or a reply like any person's, never silently."""
    found = read(body, "no link", sender=REP)
    assert found.customer_email == REP_EMAIL


def test_a_name_only_from_line_picks_the_signature_address_made_of_that_name(read):
    head = "From: Lena Ortmann\nSent: Monday, March 2, 2026 9:14 AM\nTo: Pat Reyes\nSubject: no link\n"
    signature = "Purchasing\nl.ortmann@ortmann-bau.example\nInvoices: buchhaltung@ortmann-bau.example\n"
    found = read(f"{NOTE}________________________________\n{head}\n{FAULT}{signature}", "FW: no link", sender=REP)
    assert (found.kind, found.customer_email) == ("forwarded", "l.ortmann@ortmann-bau.example")


def test_a_name_only_from_line_with_two_unrelated_signature_addresses_names_nobody(read):
    head = "From: Lena Ortmann\nSent: Monday, March 2, 2026 9:14 AM\nTo: Pat Reyes\nSubject: no link\n"
    signature = "info@ortmann-bau.example\nInvoices: buchhaltung@ortmann-bau.example\n"
    found = read(f"{NOTE}________________________________\n{head}\n{FAULT}{signature}", "FW: no link", sender=REP)
    assert (found.kind, found.customer_email) == ("forwarded", None)


def test_a_from_line_wrapped_before_its_address_names_the_customer(read):
    head = "From: Lena Ortmann\n <lena@ortmann-bau.example>\nSent: Monday, March 2, 2026\nTo: Pat\nSubject: no link\n"
    found = read(f"{NOTE}________________________________\n{head}\n{FAULT}", "FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def _attached(inner: str) -> bytes:
    return (
        f"From: {REP}\nTo: service@optizon-example.com\nSubject: FW: no link\nMessage-ID: <outer2@t>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
        f"Content-Type: text/plain; charset=utf-8\n\n{NOTE}\n--b1\nContent-Type: message/rfc822\n"
        f'Content-Disposition: attachment; filename="fw.eml"\n\n{inner}\n--b1--\n'
    ).encode()


@pytest.mark.parametrize(
    "middle, subject",
    [(COLLEAGUE, "Fwd: no link"), ("Tom Vos <tom@vos-distri.example>", "Fwd: no link")],
)
def test_an_attached_forward_of_a_forward_names_the_first_outside_writer(understander, middle, subject):
    text = f"see below\n\n---------- Forwarded message ---------\n{HEADS['gmail'].split(chr(10), 1)[1]}\n{FAULT}"
    found = understander.understand(parse(_attached(_eml(middle, subject, text))))
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_an_attached_reply_names_its_writer_not_the_mail_it_quotes(understander):
    text = f"{FAULT}\n\nOn Sun, 1 Mar 2026 Tom Vos <tom@vos-distri.example> wrote:\n> Lena, write to the maker.\n"
    found = understander.understand(parse(_attached(_eml(L, "Re: no link", text))))
    assert (found.kind, found.customer_email) == ("forwarded", CUSTOMER)


FAULT_HTML = (
    "<p>Hello,</p><p>the transceiver SFP-10G-LR with serial LT2507B00912 shows no link since yesterday. "
    "Our order was PO-4471. Please arrange a replacement.</p><p>Lena Ortmann<br>Ortmann Bau GmbH</p>"
)
APPLE_HTML = (
    '<div>FYI</div><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>'
    '<div><span><b>From: </b></span><span>Lena Ortmann &lt;<a href="mailto:lena@ortmann-bau.example">'
    "lena@ortmann-bau.example</a>&gt;<br></span></div>"
    "<div><span><b>Subject: </b></span><span><b>no link</b><br></span></div>"
    "<div><span><b>Date: </b></span><span>2 March 2026 at 09:14:00 CET<br></span></div>"
    f"<div><span><b>To: </b></span><span>Pat<br></span></div><br>{FAULT_HTML}</blockquote></div>"
)
FOXMAIL_HTML = (
    "<div>请处理</div><div><br></div><div>------------------&nbsp;原始邮件&nbsp;------------------</div>"
    '<div><div><b>发件人:</b>&nbsp;"Lena Ortmann"&lt;lena@ortmann-bau.example&gt;;</div>'
    "<div><b>发送时间:</b>&nbsp;2026年3月2日(星期一) 上午9:14</div>"
    '<div><b>收件人:</b>&nbsp;"Pat"&lt;pat.reyes@optizon-example.com&gt;;</div>'
    f"<div><b>主题:</b>&nbsp;no link</div></div><div><br></div>{FAULT_HTML}"
)


@pytest.mark.parametrize("html", [APPLE_HTML, FOXMAIL_HTML], ids=["apple_blockquote", "foxmail"])
def test_an_html_forward_whose_header_lines_are_paragraphs_names_the_customer(understander, html):
    data = (
        f"From: {REP}\nTo: service@optizon-example.com\nSubject: FW: no link\nMessage-ID: <h@t>\n"
        f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html}"
    )
    found = understander.understand(parse(data.encode()))
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_a_forwarded_bodys_own_field_lines_stay_the_complaints(read):
    head = "From: Lena Ortmann <lena@ortmann-bau.example>\n\nSent: Monday\n\nTo: Pat\n\nSubject: no link\n"
    body = f"{NOTE}________________________________\n{head}\nSerial: LT2507B00912\n\nThe module shows no link.\n"
    found = read(body, "FW: no link", sender=REP)
    assert (found.customer_email, found.serial_numbers) == (CUSTOMER, ("LT2507B00912",))


@pytest.mark.parametrize(
    "separator, head",
    [
        ("-----Mensagem original-----", "De: {}\nEnviada em: 02/03/2026 09:14\nPara: Pat\nAssunto: sem link\n"),
        ("-----Messaggio originale-----", "Da: {}\nInviato: lunedì 2 marzo 2026 09:14\nA: Pat\nOggetto: nessun link\n"),
        (
            "-----Oorspronkelijk bericht-----",
            "Van: {}\nVerzonden: maandag 2 maart 2026\nAan: Pat\nOnderwerp: geen link\n",
        ),
        (
            "------------------ Original ------------------",
            "From: {}\nDate: Mon, Mar 2, 2026\nTo: Pat\nSubject: no link\n",
        ),
    ],
)
def test_an_original_message_line_in_more_languages_opens_the_forward(read, separator, head):
    found = read(f"{NOTE}{separator}\n{head.format(L)}\n{FAULT}", "FW: no link", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)


def test_a_retyped_complaint_under_a_name_only_from_line_names_nobody_but_is_a_forward(read):
    head = "De: Sr. Duarte (Oficina Duarte)\nEnviada em: 02/03/2026 09:14\nAssunto: bateria\n"
    body = f"Cliente mandou por telefone, sem e-mail.\n\n-----Mensagem original-----\n{head}\n{FAULT}"
    found = read(body, "ENC: bateria", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", None, REP_EMAIL)


def test_a_header_block_with_gaps_after_some_of_its_lines_names_the_customer(read):
    head = f"发件人: {L}\n发送时间: 2026年3月2日 9:14\n\n收件人: Pat\n\n主　题: no link\n"
    found = read(
        f"{NOTE}------------------ 原始邮件 ------------------\n{head}\n\n{FAULT}", "转发: no link", sender=REP
    )
    assert (found.kind, found.customer_email, found.forwarded_by) == ("forwarded", CUSTOMER, REP_EMAIL)
