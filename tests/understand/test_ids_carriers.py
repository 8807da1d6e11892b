"""Tracking numbers as carriers publish them, after a carrier's name or a label in many languages, and
the distinctive shapes read with no label at all when their check digit holds."""

from __future__ import annotations

import pytest

from mailbot.understand.checkdigits import gs1, s10

TAIL = "\nPlease send the replacement."


@pytest.mark.parametrize(
    "text, number",
    [
        ("DPD parcel 0150 1234 5678 90 was returned", "0150 1234 5678 90"),
        ("DHL Paket JJD000390007775212345", "JJD000390007775212345"),
        ("Sendungsnummer: 00340434161234567890", "00340434161234567890"),
        ("We shipped it back via PostNL, Track & Trace: 3SABCD1234567", "3SABCD1234567"),
        ("Colissimo n° de suivi : 6A12345678901", "6A12345678901"),
        ("Swiss Post 99.60.123456.12345678", "99.60.123456.12345678"),
        ("Poczta Polska numer przesyłki: RR123456784PL", "RR123456784PL"),
        ("Correios código de rastreio: LB123456784BR", "LB123456784BR"),
        ("codice di tracciamento 1Z999AA10123456784", "1Z999AA10123456784"),
        ("SF Express SF123456789012345", "SF123456789012345"),
        ("中通快递 75312345678901", "75312345678901"),
        ("黑貓宅急便 追蹤碼：123456789012", "123456789012"),
        ("新竹物流 貨號 1234567890", "1234567890"),
        ("CJ Logistics 운송장번호 123456789012", "123456789012"),
        ("Canada Post 1234567890123456", "1234567890123456"),
        ("Australia Post 33ABC1234567", "33ABC1234567"),
        ("Purolator PIN 329012345678", "329012345678"),
        ("Yamato 1234-5678-9012", "1234-5678-9012"),
    ],
)
def test_after_a_carrier_or_a_label(read, text, number):
    assert list(read(text + TAIL).tracking_numbers) == [number]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Returned as RR123456785CH yesterday.", "RR123456785CH"),
        ("Returned as LB123456785BR yesterday.", "LB123456785BR"),
        ("We used 00340434161234567896 for it.", "00340434161234567896"),
        ("Parcel 6A12345678901 is on its way", "6A12345678901"),
        ("Parcel JJD000390007775212345 is on its way", "JJD000390007775212345"),
        ("Parcel 99.60.123456.12345678 is on its way", "99.60.123456.12345678"),
        ("Parcel 3SABCD1234567 is on its way", "3SABCD1234567"),
    ],
)
def test_distinctive_shapes_need_no_label(read, text, number):
    assert list(read(text + TAIL).tracking_numbers) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Returned as RR123456784CH yesterday.",  # an S10 item of a country not listed: check digit wrong
        "We used 00340434161234567890 for it.",  # GS1 check digit wrong
        "Ref 01501234567890 is on its way",  # digits alone: a label or a carrier is needed
        "Firmware 2.4.1 on 192.168.1.20",
    ],
)
def test_no_label_and_no_check_digit_is_no_tracking_number(read, text):
    assert read(text + TAIL).tracking_numbers == ()


def test_check_digits():
    assert s10("RR123456785CH") and not s10("RR123456784CH") and not s10("RR12345678CH")
    assert s10("RA000000005DE") and not s10("RA000000000DE")  # a check of 11 is written 5
    assert gs1("340434161234567896") and not gs1("340434161234567890") and not gs1("3404X")
