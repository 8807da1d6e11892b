"""Each category's faults in plain words in the languages that had none of their own yet: Danish, Norwegian,
Finnish, Czech, Turkish, Korean and Japanese, and German, Dutch, Swedish, Polish and Italian wordings not yet
listed (a unit that does not switch on, a module not recognised, a blurred or weak image, now it works and now
it does not, a cracked housing, the wrong model or a part missing, a hang after an update, noise, wrong readings).

Each sentence is written for the kind of mail, not copied from a corpus; the reader is asked directly.
"""

from __future__ import annotations

import pytest

from tests.understand.conftest import defect_category as _category


@pytest.mark.parametrize(
    "category, body",
    [
        ("no_power", "Enheden tænder ikke længere."),
        ("no_power", "Apparatet slår seg ikke på."),
        ("no_power", "Die Stromversorgung ist ausgefallen, das Netzteil ist tot."),
        ("no_power", "Enheden er helt død."),
        ("no_power", "Laitteeseen ei tule virtaa."),
        ("no_link", "Switchen genkender ikke modulet."),
        ("no_link", "Switch nerozpozná modul."),
        ("no_link", "Ingen forbindelse til netværket."),
        ("no_link", "Ingen tilkobling til nettverket."),
        ("no_link", "Bağlantı kurulamıyor."),
        ("no_link", "Ei yhteyttä verkkoon."),
        ("optical_performance", "Billedet er uskarpt."),
        ("optical_performance", "Obraz je rozmazaný."),
        ("optical_performance", "이미지가 흐릿합니다."),
        ("optical_performance", "Il laser ha poca potenza."),
        ("optical_performance", "Den optiska effekten är för låg."),
        ("optical_performance", "광 출력이 너무 낮습니다."),
        ("optical_performance", "Der Laser ist sehr schwach geworden."),
        ("optical_performance", "The picture has lines across it."),
        ("intermittent", "Es funktioniert mal, mal nicht."),
        ("intermittent", "Ça marche une fois sur deux."),
        ("intermittent", "Někdy funguje, někdy ne."),
        ("intermittent", "Laitteen yhteys katkeaa välillä."),
        ("physical_damage", "Kabinettet er revnet."),
        ("physical_damage", "케이스가 깨져서 왔습니다."),
        ("physical_damage", "Kabelen er knækket."),
        ("physical_damage", "Skjermen er knust."),
        ("physical_damage", "Näyttö on haljennut."),
        ("wrong_or_missing_item", "Vi har modtaget den forkerte model."),
        ("wrong_or_missing_item", "Dostali jsme špatný model."),
        ("wrong_or_missing_item", "違う型番が届きました。"),
        ("wrong_or_missing_item", "다른 모델이 왔습니다."),
        ("wrong_or_missing_item", "Kablet manglede i kassen."),
        ("wrong_or_missing_item", "Kabelen manglet i esken."),
        ("wrong_or_missing_item", "Kutuda kablo eksikti."),
        ("software", "Nach dem Firmware-Update hängt das Gerät."),
        ("software", "Na de firmware-update loopt het apparaat vast."),
        ("software", "Efter firmwareuppdateringen hänger sig enheten."),
        ("software", "Efter firmwareopdateringen hænger enheden."),
        ("software", "펌웨어 업데이트 후 부팅이 안 됩니다."),
        ("software", "Program się zawiesza przy eksporcie."),
        ("software", "Programmet kraschar när jag sparar."),
        ("software", "Programmet går ned, når jeg gemmer."),
        ("other", "Fläkten låter väldigt mycket."),
        ("other", "Blæseren larmer meget."),
        ("other", "Ventilátor je velmi hlučný."),
        ("other", "De metingen kloppen niet."),
        ("other", "Mätvärdena är fel."),
        ("other", "Måleværdierne er forkerte."),
        ("other", "Naměřené hodnoty jsou špatné."),
        ("other", "Ölçümler yanlış."),
        ("other", "測定値が正しくありません。"),
        ("other", "측정값이 틀립니다."),
        ("other", "Laite kuumenee liikaa."),
    ],
)
def test_a_fault_in_more_languages_has_its_category(understander, category, body):
    assert _category(understander, body) == category


@pytest.mark.parametrize(
    "body",
    [
        # The same words negated, or told of something that is fine.
        "Enheden tænder fint, vi vil bare bestille en ekstra.",
        "Vi mangler kun serienummeret, som står på fakturaen.",
        "Näyttö ei ole haljennut, mutta haluamme tarjouksen.",
        "Billedet er ikke uskarpt, vi spørger kun om prisen.",
    ],
)
def test_the_same_words_that_tell_no_fault(understander, body):
    assert _category(understander, body) is None


@pytest.mark.parametrize(
    "body, category",
    [
        # A Nordic negation governs its own clause only: "men"/"og" opens the next one.
        ("Skärmen är inte sprucken men den startar inte.", "no_power"),
        ("Kabinettet er ikke revnet, men enheden tænder ikke.", "no_power"),
        ("Den startar inte och skärmen är sprucken.", "no_power"),
    ],
)
def test_a_nordic_negation_stays_in_its_clause(understander, body, category):
    assert _category(understander, body) == category


def test_a_fault_after_a_nordic_and_is_not_negated(understander):
    analyse = understander.pipeline.analyse
    body = analyse("Den startar inte och skärmen är sprucken.")
    assert "physical_damage" in {c for _s, _e, c in understander.defects.hits(body)}
