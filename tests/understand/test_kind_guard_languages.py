"""Warranty terms asked in general, a purchase considered, a calendar invitation, a plain-text non-delivery
report: in Polish, German, French, Spanish, Italian, Portuguese, Dutch, Chinese and Japanese they are never
answered; a complaint about a unit in the same languages still is."""

from __future__ import annotations

import pytest

QUIET = ("unrelated", "auto_reply", "bounce")


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Gwarancja",
            "Dzień dobry,\nile wynosi okres gwarancji na wasze falowniki? Czy gwarancja obejmuje przepięcia?",
        ),
        ("Garantie", "Guten Tag,\ngilt die Garantie auch bei Betrieb im Freien? Wir überlegen, zwölf Stück zu kaufen."),
        ("Garantie", "Bonjour,\nla garantie couvre-t-elle les dégâts dus à la foudre ?\nCordialement"),
        ("Garantía", "Hola, ¿la garantía cubre también daños por humedad?\nSaludos"),
        (
            "保証について",
            "お世話になっております。\n御社のインバーターの保証期間はどのくらいでしょうか？購入を検討しております。",
        ),
    ],
)
def test_warranty_terms_asked_in_general_are_unrelated(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Falownik", "Dzień dobry,\nfalownik kupiony u was w marcu nie działa. Czy gwarancja obejmuje taką usterkę?"),
        ("Garantie", "Bonjour,\nnotre onduleur acheté en mai ne s'allume plus. La garantie couvre-t-elle cela ?"),
        (
            "保証について",
            "お世話になっております。\n先月購入したインバーターが起動しません。保証期間はどのくらいですか？",
        ),
    ],
)
def test_the_same_question_beside_a_failing_unit_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("邀请: 逆变器故障分析会", "您已受邀参加以下活动。\n逆变器故障分析会\n时间：3月12日 10:00"),
        (
            "招待: インバーター不具合の打ち合わせ",
            "次の予定に招待されました。\nインバーター不具合の打ち合わせ\n日時: 3月12日 10:00",
        ),
        ("Einladung: Reklamation Wechselrichter", "Sie wurden zu folgendem Termin eingeladen.\nWann: 12.03. 10:00"),
    ],
)
def test_calendar_invitations_in_other_languages_are_never_answered(read, subject, body):
    found = read(body, subject)
    assert found.kind in QUIET and found.should_auto_reply is False


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Non recapitabile: Inverter guasto", "Impossibile recapitare il messaggio ad alcuni destinatari."),
        (
            "Não é possível entregar: Inversor avariado",
            "Não foi possível entregar a mensagem a um ou mais destinatários.",
        ),
        ("Onbestelbaar: Omvormer defect", "Uw bericht kan niet worden bezorgd bij een of meer geadresseerden."),
    ],
)
def test_plain_text_non_delivery_reports_are_bounces(read, subject, body):
    found = read(body, subject, sender="Rui <rui@buyer.example>")
    assert (found.kind, found.should_auto_reply) == ("bounce", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "ご請求書",
            "3月分のご請求書を掲載しました。不具合はサポートまで。\nこのメールは送信専用です。返信はできません。",
        ),
        ("账单通知", "您3月份的账单已生成，如有问题请联系客服。\n本邮件由系统自动发出，请勿直接回复。"),
        (
            "Fatura",
            "A sua fatura está no portal. Em caso de problemas, contacte o suporte.\nEsta é uma mensagem automática.",
        ),
        (
            "Rechnung",
            "Ihre Rechnung steht bereit. Bei Problemen hilft der Support.\n"
            "Dies ist eine automatisch generierte E-Mail.",
        ),
    ],
)
def test_a_portal_saying_in_its_language_it_is_a_machine_is_never_answered(read, subject, body):
    found = read(body, subject, sender="Portal <portal@vendor.example>")
    assert found.kind in QUIET and found.should_auto_reply is False


def test_a_customer_telling_of_an_automatic_message_is_still_answered(read):
    body = "Hallo,\nIhr Portal schickte mir eine automatische Nachricht, aber unser Wechselrichter startet nicht."
    found = read(body + "\nSeriennummer IV5001234. Bitte um Hilfe.", "Wechselrichter")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)
