"""Each category's faults in the everyday words of Mexican Spanish, Hungarian, Vietnamese (typed with and
without its accents), Finnish, Romanian, Czech, Swedish and Hindi-English written in Latin letters: a unit
that does not switch on, no signal, a blurred image, a unit that drops out now and then, a cracked housing,
the wrong model or a part missing, a hang after an update, noise or heat or wrong readings.

Each sentence is written for the kind of mail, not copied from a corpus; the defect reader is asked directly."""

from __future__ import annotations

import pytest

from tests.understand.conftest import defect_category as _category


@pytest.mark.parametrize(
    "category, body",
    [
        ("no_power", "Buenos días, el equipo no da corriente desde ayer."),
        ("no_power", "A készülék nem kapcsol be, a LED sem ég."),
        ("no_power", "Máy không lên nguồn sau khi cắm điện."),
        ("no_power", "May khong len nguon sau khi cam dien."),
        ("no_power", "Akku ei lataudu enää ollenkaan."),
        ("no_power", "Aparatul nu se aprinde deloc."),
        ("no_power", "Přístroj se nezapíná ani po nabití."),
        ("no_power", "Device on nahi ho raha hai, power nahi aa raha."),
        ("no_link", "El módem no agarra señal desde el lunes."),
        ("no_link", "A modul nem csatlakozik, nincs jel."),
        ("no_link", "Thiết bị mất tín hiệu, không kết nối được."),
        ("no_link", "Thiet bi mat tin hieu, khong ket noi duoc."),
        ("no_link", "Aparatul nu are semnal și nu se conectează."),
        ("no_link", "Signal nahi aa raha, connect nahi ho raha."),
        ("optical_performance", "A kamera képe homályos a kép szélén is."),
        ("optical_performance", "Hình bị mờ và ánh sáng yếu."),
        ("optical_performance", "Hinh bi mo va anh sang yeu."),
        ("optical_performance", "Kamerassa on sumea kuva ja heikko valo."),
        ("optical_performance", "Kameran har en fläck på bilden och låg effekt."),
        ("intermittent", "A készülék magától kikapcsol és szakadozik."),
        ("intermittent", "Máy lúc được lúc không, hay bị ngắt."),
        ("intermittent", "May luc duoc luc khong, hay bi ngat."),
        ("intermittent", "Laite sammuu itsestään ja katkeilee."),
        ("intermittent", "Přístroj se sám vypíná každou hodinu."),
        ("intermittent", "Display baar baar band ho jata hai."),
        ("physical_damage", "Kotelo on rikkoutunut ja naarmuuntunut."),
        ("physical_damage", "A burkolat megrepedt, a kijelző karcos."),
        ("physical_damage", "Màn hình bị nứt khi nhận hàng."),
        ("physical_damage", "Man hinh bi nut khi nhan hang."),
        ("physical_damage", "Carcasa a ajuns spart și zgâriat."),
        ("wrong_or_missing_item", "Me mandaron otro modelo y faltan piezas."),
        ("wrong_or_missing_item", "A dobozból hiányzik a kábel."),
        ("wrong_or_missing_item", "Shop giao nhầm, thiếu phụ kiện."),
        ("wrong_or_missing_item", "Shop giao nham, thieu phu kien."),
        ("wrong_or_missing_item", "Paketista puuttuu laturi, väärä malli."),
        ("wrong_or_missing_item", "Am primit un produs greșit, cablul lipsește."),
        ("wrong_or_missing_item", "Galat model aaya, dusra model bhej diya."),
        ("software", "El programa se traba después de actualizar."),
        ("software", "A szoftver frissítés után lefagy."),
        ("software", "Máy bị treo sau khi cập nhật."),
        ("software", "May bi treo sau khi cap nhat."),
        ("software", "Ohjelma jumittuu päivityksen jälkeen."),
        ("software", "Aplicația se blochează după actualizare."),
        ("software", "Update ke baad screen hang ho jata hai."),
        ("other", "Tápegység: rosszul mér, pontatlanul mér."),
        ("other", "A tápegység túlmelegszik és furcsa hangot ad."),
        ("other", "Máy kêu to và có mùi khét."),
        ("other", "May keu to va co mui khet."),
        ("other", "Mittari mittaa väärin."),
        ("other", "Aparatul măsoară greșit."),
        ("other", "Zdroj se přehřívá se a má divný zvuk."),
        ("other", "Machine bahut garam ho jata hai, awaaz aa rahi hai."),
    ],
)
def test_a_fault_in_these_languages_has_its_category(understander, category, body):
    assert _category(understander, body, "Hiba") == category


@pytest.mark.parametrize(
    "body",
    [
        "Jó napot, mikor érkezik a csomag?",  # "érkezik" (arrives) holds no Turkish "ezik" (dented)
        "Chào anh, em chưa nhận được hàng.",  # not received yet: where an order stands, no fault
        "Nem tudom, hol van a sorozatszám a dobozon.",  # "I don't know where the serial is": no fault
    ],
)
def test_the_same_words_that_tell_no_fault(understander, body):
    assert _category(understander, body, "Kérdés") is None
