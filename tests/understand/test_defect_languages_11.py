"""Faults told in languages and words no category read: Hungarian (a display cracked, a unit the PC does not
see, a lead not in the box, a value that jumps), Vietnamese (a picture tinted, an error reported), Finnish (an
optic fogging inside, a focuser that slips), Hinglish ("bilkul dead hai"); a reading stuck at or off by a value
("marca -40 °C fijo", "最高只到 8V", "mindig 0 V"); optics whose field darkens or is lit on one side
("视野越来越暗", "一边亮一边暗"); a part gone loose ("调焦旋钮松了"); a form's fault field in Hungarian."""

from __future__ import annotations

import pytest

SERIAL = "Serial KX4471-0931, order PO-7713."


@pytest.mark.parametrize(
    "fault, category",
    [
        # Hungarian
        ("Jó napot, a műszer kijelzője betört a szállítás közben.", "physical_damage"),
        ("Szia, a mérő nem látszik a PC-n, az eszközkezelőben ismeretlen eszköz.", "no_link"),
        ("Jó napot, a csomagban a tápkábel nem volt mellékelve.", "wrong_or_missing_item"),
        ("Üdv, a tápegység néha újraindul munka közben.", "intermittent"),
        ("Jó napot, a mérő hibás értéket mutat a 2. méréshatárban.", "other"),
        ("Szia, a készülék nem indul el, semmi nem világít.", "no_power"),
        # Vietnamese
        ("Chào anh, camera của chúng tôi hình bị ám màu xanh.", "optical_performance"),
        ("Chào chị, đầu ghi báo lỗi và không ghi hình từ hôm qua.", "other"),
        # Finnish
        ("Hei, kiikarin vasen putki huurtuu sisältä.", "optical_performance"),
        ("Moi, kaukoputken tarkennin luistaa raskaan kameran kanssa.", "other"),
        # Hinglish
        ("Sir, hamara charger bilkul dead hai, koi light nahi.", "no_power"),
        ("Sir, inverter ka output 5A se upar nahi ja raha.", "other"),
        # Spanish
        ("Hola, al recibirlos dos equipos tienen el cable cortado.", "physical_damage"),
    ],
)
def test_a_fault_in_a_language_not_read_before(read, fault, category):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == category


@pytest.mark.parametrize(
    "fault",
    [
        "Hola, el sensor marca -12 °C fijo aunque la sala está a 20.",
        "Hola, los dos termómetros marcan 2 grados más que el patrón.",
        "Hola, el higrómetro marca 95% de humedad todo el tiempo.",
        "您好，这台电源输出最高只到 12V，设定是 30V。",
        "您好，电流表只显示 0.35A，实际负载是 2A。",
        "Jó napot, a 1. csatorna kimenete mindig 0 V.",
        "Jó napot, a mérő kb. 5%-kal kisebb értéket ad, mint a referencia.",
        "Hi, the solar controller is not showing the panel voltage since Monday.",
    ],
)
def test_a_reading_stuck_at_or_off_by_a_value_is_other(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Hola, el termómetro marca 21 °C, como el patrón: todo bien tras la calibración.",
        "您好，这批货只有 3 箱，请问剩下的什么时候发？",
    ],
)
def test_a_reading_or_a_count_that_tells_no_stuck_value_is_not_other(read, text):
    assert read(f"{text}\n{SERIAL}\n").defect_category != "other"


@pytest.mark.parametrize(
    "fault",
    [
        "您好，我们的显微镜最近视野越来越暗，换了灯泡也一样。",
        "您好，环形灯装上以后一边亮一边暗，差别很明显。",
        "您好，右边目镜里有一根黑线，转动目镜也跟着转。",
    ],
)
def test_an_optic_darker_unevenly_lit_or_marked_is_optical_performance(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "optical_performance"


def test_a_part_gone_loose_is_physical_damage(read):
    assert read(f"你好，体视镜的调焦旋钮松了，镜头自己往下滑。\n{SERIAL}\n").defect_category == "physical_damage"


def test_a_sigh_of_relief_is_no_loose_part(read):
    text = "你好，收到维修好的仪器，我们都松了一口气，谢谢！"
    assert read(f"{text}\n{SERIAL}\n").defect_category != "physical_damage"


def test_a_hungarian_form_fault_field_is_a_description(read):
    body = "Szervizigény űrlap\nTermék: TPS-3203\nGyári szám: TM23W17-140\nHibaleírás: a kijelző furcsa jeleket ír ki\n"
    extraction = read(body, subject="Új szervizigény")
    assert extraction.defect_category == "other"
    assert "defect_description" not in extraction.missing_fields


def test_a_screen_black_from_switch_on_is_no_power(read):
    assert read(f"您好，这台万用表一开机就黑屏，换了新电池也不行。\n{SERIAL}\n").defect_category == "no_power"


def test_a_key_that_answers_only_after_many_presses_is_intermittent(read):
    assert read(f"您好，仪器的按键要按很多次才有反应。\n{SERIAL}\n").defect_category == "intermittent"


def test_one_key_that_does_not_react_is_no_unit_without_power(read):
    assert read(f"您好，示波器的 Auto 键按了没反应，其他键都正常。\n{SERIAL}\n").defect_category == "other"


def test_the_power_key_that_does_not_react_is_still_no_power(read):
    assert read(f"您好，按开机键后没反应，指示灯也不亮。\n{SERIAL}\n").defect_category == "no_power"
