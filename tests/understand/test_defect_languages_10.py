"""Faults told in Indonesian and Greek, per category, and their negations ("tidak ada kerusakan", "δεν έχει
ζημιά": no damage)."""

from __future__ import annotations

import pytest

SERIAL = "Serial KX4471-0931, order PO-7713."


@pytest.mark.parametrize(
    ("fault", "category"),
    [
        ("Halo, unit KX-20 kami tidak bisa menyala sejak kemarin.", "no_power"),
        ("Halo, KX-20 tidak ada sinyal di port 2.", "no_link"),
        ("Halo, koneksi KX-20 sering putus, lalu normal lagi.", "intermittent"),
        ("Halo, gambar dari kamera KX-20 buram dan ada jamur di lensa.", "optical_performance"),
        ("Halo, layar KX-20 retak waktu paket dibuka.", "physical_damage"),
        ("Halo, kami menerima barang salah, bukan KX-20.", "wrong_or_missing_item"),
        ("Halo, KX-20 gagal update dan sekarang error.", "software"),
        ("Halo, kipas KX-20 sangat berisik dan terlalu panas.", "other"),
        ("Καλημέρα, η συσκευή KX-20 δεν ανάβει από χθες.", "no_power"),
        ("Καλημέρα, το KX-20 δεν έχει σήμα στη θύρα 2.", "no_link"),
        ("Καλημέρα, η σύνδεση του KX-20 κόβεται συνεχώς.", "intermittent"),
        ("Καλημέρα, η εικόνα του KX-20 είναι θολή.", "optical_performance"),
        ("Καλημέρα, η οθόνη του KX-20 έφτασε ραγισμένη.", "physical_damage"),
        ("Καλημέρα, λάβαμε λάθος μοντέλο αντί για το KX-20.", "wrong_or_missing_item"),
        ("Καλημέρα, η ενημέρωση απέτυχε στο KX-20.", "software"),
        ("Καλημέρα, το KX-20 υπερθερμαίνεται και κάνει θόρυβο.", "other"),
    ],
)
def test_a_fault_in_indonesian_or_greek_finds_its_category(read, fault, category):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == category


@pytest.mark.parametrize(
    "text",
    [
        "Halo, KX-20 tidak retak, tapi tidak bisa menyala.",
        "Καλημέρα, το KX-20 δεν είναι σπασμένο, αλλά δεν ανάβει.",
    ],
)
def test_a_negated_damage_in_indonesian_or_greek_is_no_damage(read, text):
    assert read(f"{text}\n{SERIAL}\n").defect_category == "no_power"


def test_an_indonesian_greeting_is_no_halo(read):
    assert (
        read(f"Halo,\nmohon info cara kirim KX-20 untuk servis.\n{SERIAL}\n").defect_category != "optical_performance"
    )


def test_a_halo_around_the_spot_is_still_optical(read):
    assert (
        read(f"Hello, the KX-20 beam shows a halo around the spot.\n{SERIAL}\n").defect_category
        == "optical_performance"
    )


@pytest.mark.parametrize(
    ("fault", "category"),
    [
        ("Dzień dobry, w obiektywie KX-20 jest grzyb.", "optical_performance"),
        ("Dzień dobry, obraz z KX-20 jest podwójny.", "optical_performance"),
        ("Merhaba, KX-20 cihazında lenste mantar var.", "optical_performance"),
        ("KX-20 を覗くと像が二重に見えます。", "optical_performance"),
        ("KX-20 렌즈 안쪽에 곰팡이가 있습니다.", "optical_performance"),
        ("您好，KX-20 的光轴偏了，对不准。", "optical_performance"),
        ("Guten Tag, das KX-20 zeigt ein Doppelbild.", "optical_performance"),
        ("Dzień dobry, z KX-20 czuć spaleniznę.", "other"),
        ("Merhaba, KX-20 cihazından yanık kokusu geliyor.", "other"),
        ("KX-20 が使用中に異常に熱くなります。", "other"),
        ("KX-20 이 사용 중 과열됩니다.", "other"),
        ("KX-20 のリンクが上がりません。", "no_link"),
        ("Guten Tag, der KX-20 verliert ständig die Verbindung zum Netzwerk.", "intermittent"),
    ],
)
def test_optical_and_other_faults_in_more_languages(read, fault, category):
    assert read(f"{fault}\n{SERIAL}\n").defect_category == category
