"""A person's own trouble told in the everyday words of the languages the lists read less (a unit that
shows nothing, switches itself off, "what do we do now?"), and the day an order ships asked in Danish and
Spanish: read as a request or a status question, never left unanswered as unrelated."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        ("TX-40", "電源ボタンを押しても反応がありません。買ってまだ二か月です。"),
        ("TX-40", "안녕하세요, 산 지 3주 됐는데 화면이 안 나와요. 어떻게 해야 하나요?"),
        ("TX-40", "Dobrý den, displej po aktualizaci nic nezobrazuje. Co s tím?"),
        ("TX-40", "Hej, skærmen viser ingenting efter opladning. Hvad gør vi?"),
        ("TX-40", "Hei, apparatet slår seg av etter ti minutter. Hva gjør vi?"),
        ("TX-40", "Olá, o aparelho não segura carga, dura meia hora. Comprei em abril."),
        ("TX-40", "Merhaba, cihazın ekranında renkli çizgiler var. Ne yapmalıyım?"),
        ("TX-40", "Ciao, lo strumento dà misure sballate da lunedì. Cosa possiamo fare?"),
    ],
)
def test_a_persons_trouble_in_everyday_words_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Ordre 4500001235", "Hej, hvornår bliver ordre 4500001235 sendt? Venlig hilsen Mette"),
        ("Ordre 4500001236", "Hei, når blir ordren 4500001236 levert? Hilsen Ola"),
        ("Pedido 4500001239", "Hola, ¿cuándo sale el pedido 4500001239? Gracias"),
        ("Encomenda 4500001240", "Olá, quando sai a encomenda 4500001240? Obrigado"),
    ],
)
def test_when_an_order_leaves_is_a_status_question(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Invoice", "Hello, we received two invoices for the same delivery, what should I do? Thanks"),
        ("Registration", "Hello, how do I register my new TX-40 on your website to get the newsletter? Thanks"),
    ],
)
def test_a_question_about_paperwork_is_no_request(read, subject, body):
    assert read(body, subject).kind != "new_request"
