"""Faults told in plain words that no category read, or read as another: readings off by a percentage, a
temperature shown some degrees off, an OTDR's dead zone, a unit that goes off while it starts, a fall that
brought the fault, a unit that restarts by itself (Korean), a calibration asked in French or German, an error
code in Czech or German, a fault message quoted from the display."""

from __future__ import annotations

import pytest

SERIAL = "Serial KX4471-0931, order PO-7713."


@pytest.mark.parametrize(
    "fault",
    [
        "Guten Tag, unser Photometer KX-20 misst seit dem Umzug um etwa 6 % zu niedrig.",
        "Dzień dobry, miernik KX-20 pokazuje wyniki o 12 % za wysokie.",
        "Hello, the KX-20 radiometer reads 7% too low against our reference lamp.",
        "您好，我们的 KX-20 测出来的数值比标准值低 5% 左右。",
        "Die Lichtquelle KX-20 liefert mehrere Prozent zu wenig Licht.",
    ],
)
def test_readings_off_by_a_percentage_are_optical_performance(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "optical_performance"


@pytest.mark.parametrize(
    "text",
    [
        "Hello, we make laser diodes and can offer prices 25% below your current supplier.",
        "您好，我们的激光二极管价格比现在的供应商低 20%。",
    ],
)
def test_a_percentage_of_a_price_is_no_optical_fault(read, text):
    assert read(f"{text}\n").defect_category != "optical_performance"


def test_a_voltage_off_by_a_percentage_is_no_optical_fault(read):
    text = "Hello, the KX-20 meter reads 0.6 % too high on voltage against our reference."
    assert read(f"{text}\n{SERIAL}\n").defect_category != "optical_performance"


@pytest.mark.parametrize(
    "fault",
    [
        "Hallo, die Fühler KX-20 zeigen alle rund 2 °C zu viel an.",
        "Hi, all four KX-20 probes read 1.5 °C too high.",
        "Bonjour, les sondes KX-20 affichent toutes 4 °C trop haut.",
    ],
)
def test_a_temperature_shown_some_degrees_off_is_other(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "other"


def test_an_otdr_dead_zone_is_optical_performance(read):
    text = "Hi, since Monday our KX-20 OTDR shows a dead zone of about 400 m after the connector."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "optical_performance"


@pytest.mark.parametrize(
    "fault",
    [
        "您好，KX-20 开机后自检到一半就自动关机了。",
        "Hello, the KX-20 shows its boot logo and then goes dark again after a few seconds.",
        "您好，KX-20 開機後停在自我檢測畫面，然後自動關機。",
    ],
)
def test_a_unit_that_goes_off_while_it_starts_is_no_power(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "no_power"


def test_a_unit_that_runs_for_hours_after_boot_then_shuts_off_still_comes_and_goes(read):
    text = "Hello, the KX-20 boots fine, runs for about three hours and then shuts itself off."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "intermittent"


@pytest.mark.parametrize(
    "fault",
    [
        "Output power is 2 dB below spec since the KX-20 fell off the workbench.",
        "您好，KX-20 从桌上掉下来以后输出功率低了 3 dB。",
    ],
)
def test_a_fault_that_came_with_a_fall_is_physical_damage(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "physical_damage"


def test_a_unit_that_restarts_by_itself_in_korean_is_intermittent(read):
    text = "안녕하세요, KX-20 이 작업 중에 가끔 화면이 멈추고 재부팅됩니다."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "intermittent"


@pytest.mark.parametrize(
    "ask",
    [
        "Bonjour, nous voudrions faire recalibrer notre KX-20 avant l'inspection de mars.",
        "Guten Tag, wir müssten unseren KX-20 vor dem Audit nachkalibrieren lassen.",
    ],
)
def test_a_calibration_asked_in_other_languages_is_other(read, ask):
    assert read(f"{ask}\n{SERIAL}\n").defect_category == "other"


@pytest.mark.parametrize(
    "fault",
    [
        "Dobrý den, náš přístroj KX-20 po zapnutí hlásí chyba E-07 a nic neměří.",
        "Hello, our KX-20 shows 'Detector cooling fault' at every start.",
        "Hallo, der KX-20 meldet beim Einschalten Fehler E-12.",
    ],
)
def test_an_error_code_or_a_quoted_fault_message_is_other(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "other"


def test_a_czech_error_is_no_missing_item(read):
    text = "Dobrý den, KX-20 ukazuje chyba E-07 na displeji."
    assert read(f"{text}\n{SERIAL}\n").defect_category != "wrong_or_missing_item"


def test_a_slovak_missing_part_is_still_a_missing_item(read):
    text = "Dobrý deň, v balíku k objednávke chýba napájací kábel ku KX-20."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "wrong_or_missing_item"


@pytest.mark.parametrize(
    "text",
    [
        "Olá, os dois medidores KX-20 chegaram sem carregador.",
        "Hola, el equipo KX-20 llegó sin funda ni cargador.",
        "Hallo, im Karton zum KX-20 fehlte die Tasche.",
    ],
)
def test_a_part_missing_from_the_delivery_named_without_an_article(read, text):
    assert read(f"{text}\n{SERIAL}\n").defect_category == "wrong_or_missing_item"


def test_a_delivery_that_came_without_a_scratch_is_no_missing_part(read):
    text = "Olá, o medidor KX-20 chegou sem arranhões, mas não liga."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "no_power"


@pytest.mark.parametrize(
    "fault",
    [
        "您好，KX-20 按开机键没有任何反应，换了插座也一样。",
        "Hello, the KX-20 battery only lasts 15 minutes after a full charge.",
        "您好，KX-20 的电池充满之后只能用半个小时。",
    ],
)
def test_no_reaction_to_the_power_key_or_a_battery_that_lasts_minutes_is_no_power(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "no_power"


def test_a_link_that_drops_and_comes_back_only_after_a_restart_is_no_link(read):
    text = "您好，KX-20 交换机经常掉线，重启后恢复。"
    assert read(f"{text}\n{SERIAL}\n").defect_category == "no_link"


def test_a_link_that_drops_and_comes_back_by_itself_stays_intermittent(read):
    text = "您好，KX-20 交换机经常掉线，过几分钟自己又好了。"
    assert read(f"{text}\n{SERIAL}\n").defect_category == "intermittent"


def test_a_trace_that_is_a_flat_line_is_other(read):
    text = "您好，KX-20 测出来的曲线一直是一条直线，没有任何反射。"
    assert read(f"{text}\n{SERIAL}\n").defect_category == "other"


@pytest.mark.parametrize(
    "fault",
    [
        "您好，KX-20 光源的输出功率跳变，一会高一会低。",
        "您好，KX-20 開機後輸出功率也跟著跳動。",
    ],
)
def test_output_power_that_jumps_is_intermittent(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "intermittent"


def test_an_optical_power_meter_is_an_instrument_not_a_fault(read):
    extraction = read("你好，我们有一台光功率计坏了，想寄回维修，请问流程？\n")
    assert extraction.defect_category != "optical_performance"


def test_a_power_meter_whose_readings_are_wrong_is_optical_performance(read):
    text = "您好，KX-20 功率计读数不准，同一根跳线差了 2 dB。"
    assert read(f"{text}\n{SERIAL}\n").defect_category == "optical_performance"


@pytest.mark.parametrize(
    "fault",
    [
        "Hello, the KX-20 keeps losing its wavelength setting whenever it is switched off.",
        "Hello, since the PC tool was installed the KX-20 shows 'lookup table corrupt' at start.",
    ],
)
def test_settings_not_kept_or_a_corrupt_table_is_software(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "software"


def test_a_ph_meter_whose_readings_are_wrong_is_no_optical_fault(read):
    extraction = read("您好，KX-20 pH计读数不准，校准以后还是偏高。\n" + SERIAL + "\n", subject="pH计读数不准")
    assert extraction.defect_category == "other"


@pytest.mark.parametrize(
    "fault",
    [
        "Hello, the KX-20 keeps dropping off the network and we have to power cycle it every time.",
        "Guten Tag, der KX-20 verliert ständig die Verbindung, wir müssen ihn jedes Mal neu starten.",
    ],
)
def test_a_link_that_needs_a_restart_to_come_back_is_no_link(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "no_link"


def test_a_unit_that_restarts_by_itself_stays_intermittent_when_another_device_is_rebooted(read):
    text = "Hello, the KX-20 restarts by itself every hour and we have to reboot the PC too."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "intermittent"


@pytest.mark.parametrize(
    "fault",
    [
        "Hello, the KX-20 is not accurate any more since the move.",
        "Hello, the buttons of the KX-20 are stuck.",
        "Hola, las lecturas del KX-20 son incorrectas.",
        "Olá, o KX-20 esquenta muito depois de meia hora.",
        "Hallo, der Lüfter des KX-20 ist sehr laut.",
        "Hallo, die Messwerte des KX-20 stimmen nicht.",
        "Hallo, der KX-20 piept ständig.",
    ],
)
def test_readings_noise_heat_and_stuck_keys_in_plain_words_are_other(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "other"


def test_an_accurate_unit_is_no_fault(read):
    text = "Hello, the KX-20 is very accurate and we are happy with it. Can you quote five more?"
    assert read(f"{text}\n").defect_category is None


def test_a_fault_after_an_update_to_a_version_is_software(read):
    text = "Olá, depois da atualização 4.2 a tela do KX-20 fica travada no logo."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "software"


def test_a_firmware_version_told_for_information_names_no_software_fault(read):
    text = "Olá, o KX-20 tem firmware 4.2 e não liga desde ontem."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "no_power"


@pytest.mark.parametrize(
    "fault",
    [
        "Hi, the KX-20 camera image looks green, the white balance did not help.",
        "您好，KX-20 的画面整体偏绿，调了白平衡也没用。",
    ],
)
def test_a_colour_cast_is_optical_performance(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "optical_performance"


def test_a_line_that_stays_across_the_units_screen_is_other(read):
    text = "Salve, da ieri c'è una riga verticale sullo schermo del KX-20."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "other"


def test_lines_in_a_cameras_image_are_optical(read):
    text = "Hola, aparecen líneas verticales en la imagen de la cámara KX-20."
    assert read(f"{text}\n{SERIAL}\n").defect_category == "optical_performance"
