"""Faults read by what they are, in every language at once: a periodic service booked for a unit that works
(other); a laser that the unit reports faulty or whose output is weak (optical_performance); a fault dated
from a version installed or updated to, whatever the program is called (software); a fall told beside the
damage it did (physical_damage); Hong Kong Cantonese read with the Mandarin vocabulary (冇, 唔, 咗)."""

from __future__ import annotations

import pytest

from mailbot.understand.hanzi import fold

SERIAL = "Serial QX-2207-0415, order PO-5530."


@pytest.mark.parametrize(
    "service",
    [
        "Good morning, we would like to book our three meters in for their annual service before winter.",
        "Selamat pagi, kami ingin menjadwalkan kalibrasi tahunan untuk dua unit kami.",
        "Dzień dobry, prosimy o przegląd okresowy naszego miernika przed sezonem.",
        "Merhaba, cihazımızın yıllık bakım randevusunu almak istiyoruz.",
        "Guten Tag, wir möchten die jährliche Wartung für unser Gerät anmelden.",
        "Bonjour, nous souhaitons planifier la révision annuelle de notre appareil.",
        "こんにちは、年次点検をお願いしたいです。",
        "您好，我们的仪器需要做年度校准，请安排。",
    ],
)
def test_a_periodic_service_booked_is_other(read, service):
    assert read(f"{service}\n{SERIAL}\n").defect_category == "other"


@pytest.mark.parametrize(
    "fault",
    [
        "Hello, the unit shows 'Laser fault' on its display and stops.",
        "Merhaba, cihaz ekranda lazer arızası gösteriyor.",
        "Dzień dobry, urządzenie zgłasza błąd lasera po włączeniu.",
        "您好，仪器显示激光故障，无法测量。",
        "Hello, the laser output is very weak, the spot is hard to see at 50 m.",
        "Merhaba, lazer çıkışı çok zayıf, hedefte nokta görünmüyor.",
        "Halo, sinar laser sangat lemah di siang hari.",
        "Guten Tag, der Strahl ist sehr schwach geworden.",
        "こんにちは、レーザーが弱いです。",
    ],
)
def test_a_laser_reported_faulty_or_weak_is_optical(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "optical_performance"


def test_a_plain_beam_is_no_optical_fault(read):
    assert (
        read(f"Hello, the beam is fine but the unit restarts every hour.\n{SERIAL}\n").defect_category == "intermittent"
    )


@pytest.mark.parametrize(
    "fault",
    [
        "Hello, after the firmware 2.4 update the meter restarts every time we open the log menu.",
        "Hello, since installing FieldSync 4.1 the logger will not connect to the tablet.",
        "Guten Tag, seit dem Update auf 3.2 startet das Gerät ständig neu.",
        "您好，升级到2.1之后一直重启。",
    ],
)
def test_a_fault_dated_from_a_version_is_software(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "software"


def test_a_version_told_for_information_dates_nothing(read):
    mail = "Hello, the meter runs firmware 2.4 and restarts every hour.\n" + SERIAL + "\n"
    assert read(mail).defect_category == "intermittent"


def test_a_fall_told_beside_the_damage_is_physical(read):
    mail = "Halo, alat kami tidak bisa dinyalakan setelah jatuh, casing retak di bagian bawah.\n" + SERIAL + "\n"
    assert read(mail).defect_category == "physical_damage"


def test_a_unit_dead_without_a_fall_stays_no_power(read):
    mail = "Halo, alat kami tidak bisa dinyalakan sejak kemarin.\n" + SERIAL + "\n"
    assert read(mail).defect_category == "no_power"


def test_cantonese_is_read_as_mandarin():
    assert fold("電腦認唔到部機，之後就熄咗，冇附送充電器") == "电脑认不到部机，之后就熄了，没附送充电器"


@pytest.mark.parametrize(
    "fault, category",
    [
        ("你好，部機插電腦之後，電腦認唔到部機。", "no_link"),
        ("您好，訂單收到嘅儀器冇附送充電器，請補寄。", "wrong_or_missing_item"),
    ],
)
def test_a_fault_in_cantonese(read, fault, category):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == category


@pytest.mark.parametrize(
    "fault",
    [
        "Hello, the unit turns itself off right after we switch it on, every time.",
        "Merhaba, cihaz açılır açılmaz kapanıyor.",
        "Dzień dobry, miernik wyłącza się zaraz po włączeniu.",
        "Halo, alat langsung mati setelah dinyalakan.",
        "Guten Tag, das Gerät schaltet sich sofort nach dem Einschalten wieder aus.",
        "您好，机器一开机就自动关机，红灯闪。",
    ],
)
def test_a_unit_that_goes_off_the_moment_it_is_switched_on_has_no_power(read, fault):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == "no_power"


def test_a_unit_that_runs_a_while_before_it_goes_off_is_not_no_power(read):
    mail = "您好，机器开机后正常运行两小时就关机，然后要重启。\n" + SERIAL + "\n"
    assert read(mail).defect_category != "no_power"


def test_a_broken_screen_in_afrikaans_is_physical_damage(read):
    mail = "Goeiemôre, ons meter se skerm is gebreek nadat dit van die tafel af geval het.\n" + SERIAL + "\n"
    assert read(mail).defect_category == "physical_damage"
