"""Faults told in plain words of the languages customers write in, which no category read: power that does not
come on (Catalan, Swedish, a unit that "went dark"), no data or address received, a unit that switches itself
off or goes out for a moment (Turkish, Japanese), a value that jumps (French), a delivery that came without a
part, and faults of no named category (a function that stopped, an error given, ghost targets, no sound)."""

from __future__ import annotations

import pytest

SERIAL = "Serial KX4471-0931, order PO-7713."


@pytest.mark.parametrize(
    "fault",
    [
        "Bon dia, el controlador KX-20 no s'encén, cap llum al panell.",
        "Hej, pumpen KX-20 tänds inte längre sedan i fredags.",
        "Our KX-20 control unit went dark yesterday, no fans, nothing at all.",
    ],
)
def test_power_that_does_not_come_on_is_no_power(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "no_power"


def test_a_unit_that_went_dark_for_a_moment_is_not_read_as_dead(read):
    extraction = read(f"The KX-20 panel went dark for a few seconds twice this morning.\n{SERIAL}\n")
    assert extraction.defect_category == "intermittent"


@pytest.mark.parametrize(
    "fault",
    [
        "Olá, o painel KX-20 não recebe os dados do sensor pela rede.",
        "Buongiorno, il pannello KX-20 non riceve i dati dal sensore.",
        "您好，KX-20 接上网络后抓不到IP，灯号正常。",
    ],
)
def test_no_data_or_address_received_is_no_link(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "no_link"


@pytest.mark.parametrize(
    "fault",
    [
        "Merhaba, KX-20 cihazı yarım saat sonra kendini kapatıyor.",
        "KX-20 のランプが数分ごとに一瞬消えます。",
        "Bonjour, l'alimentation KX-20 affiche une tension qui saute sans arrêt.",
    ],
)
def test_a_unit_off_by_itself_or_jumping_is_intermittent(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "intermittent"


@pytest.mark.parametrize(
    "fault",
    [
        "Hola, en la caja venía el medidor KX-20 pero sin el cable de red.",
        "Olá, o medidor KX-20 chegou sem a fonte de alimentação.",
    ],
)
def test_a_delivery_that_came_without_a_part_is_a_missing_item(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "wrong_or_missing_item"


def test_a_delivery_that_arrived_without_damage_names_no_missing_part(read):
    extraction = read(f"Bonjour, le KX-20 est arrivé sans la moindre rayure, mais il ne démarre pas.\n{SERIAL}\n")
    assert extraction.defect_category != "wrong_or_missing_item"


@pytest.mark.parametrize(
    "fault",
    [
        "Bom dia, o medidor KX-20 parou de mostrar a vazão depois de uma semana.",
        "Buenos días, el medidor KX-20 no consigue calibrar y siempre da error de pendiente.",
        "Salve, il display del KX-20 mostra immagini piene di disturbi quando il motore è acceso.",
        "Olá, o ecrã do KX-20 mostra alvos fantasmas à noite.",
        "你好，KX-20 功放有一路完全没有声音，其他正常。",
    ],
)
def test_a_fault_of_no_named_category_in_plain_words_is_other(read, fault):
    extraction = read(f"{fault}\n{SERIAL}\n")
    assert extraction.defect_category == "other"
    assert "defect_description" not in extraction.missing_fields


def test_a_device_that_no_longer_answers_on_its_network_is_no_link(read):
    body = f"hello, our KX-20 doesnt answer on the network anymore, the web page doesnt load.\n{SERIAL}\n"
    assert read(body).defect_category == "no_link"


def test_no_signal_written_in_traditional_chinese_is_no_link(read):
    assert read(f"您好，KX-20 影像輸出到螢幕時沒有訊號。\n{SERIAL}\n").defect_category == "no_link"


@pytest.mark.parametrize(
    "fault",
    ["Dobrý den, přístroj KX-20 se sám vypíná po deseti minutách.", "KX-20 風扇聲音很大，而且會自動重開機。"],
)
def test_a_unit_that_switches_itself_off_or_restarts_is_intermittent(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "intermittent"
