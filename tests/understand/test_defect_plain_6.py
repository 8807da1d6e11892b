"""Faults in plain words that had no category or the wrong one: a battery that does not charge or runs flat
(a unit without power of its own), a supply or a PoE port that gives nothing, a device that no longer sees its
sensor or gets no position fix, a port that does not bring its link up, a link that drops and stays down until
a restart, a module whose coding is to be redone, light measured off in plain words, a shadow or mist in the
view, a value that jumps now and then, a reading shown wrong, in the languages customers write in.

Each sentence is written for the kind of mail, not copied from a corpus; the reader is asked directly.
"""

from __future__ import annotations

import pytest

from tests.understand.conftest import defect_category as _category


@pytest.mark.parametrize(
    "body",
    [
        # A battery that will not charge, runs flat soon or has swollen.
        "The handheld will not charge any more, the charging lamp stays off.",
        "Since last week the battery dies after about ten minutes of use.",
        "The battery drains overnight even when the logger is switched off.",
        "The battery is swollen and the back cover no longer closes flat.",
        "Der Akku lädt nicht mehr, egal welches Netzteil wir nehmen.",
        "La batterie ne se charge plus depuis la mise à jour de l'hiver.",
        "La batería no carga aunque el cargador muestra luz verde.",
        "La batteria non si carica più dopo una notte in carica.",
        "A bateria não carrega mais, mesmo com outro cabo.",
        "De accu laadt niet meer op, ook niet met de nieuwe lader.",
        "Bateria nie ładuje się od tygodnia.",
        "Cihazın bataryası şarj olmuyor.",
        "仪器电池充不进电，换了充电器也一样。",
        "手持機的電池鼓包了，後蓋合不上。",
        "バッテリーが充電できません。",
        # A supply with no output, PoE ports that power nothing.
        "Laboratuvar güç kaynağı çıkış vermiyor, ekran yanıyor ama voltaj sıfır.",
        "Lo switch non alimenta più gli access point sulle porte 1-4.",
        "Le switch n'alimente plus les caméras depuis l'orage de mardi.",
        "Our switch does not power the cameras on ports 5 to 8 any more, the PoE lamps stay dark.",
    ],
)
def test_a_unit_without_power_of_its_own(understander, body):
    assert _category(understander, body) == "no_power"


@pytest.mark.parametrize(
    "body",
    [
        # A device that no longer sees its sensor or its receiver, a position that is never found.
        "The echo sounder no longer sees the transducer after the cable was rerouted.",
        "Our chart plotter doesn't detect the GPS antenna at start-up.",
        "The handheld can't get a GPS fix even in an open field.",
        "It keeps searching for satellites and never gets a fix.",
        # A port that does not bring its link up, in Spanish and Czech; no light received.
        "El router no levanta el enlace en el puerto óptico.",
        "Po výměně kabelu linka nefunguje, switch hlásí down.",
        "两台设备对接后模块收不到光，对端已经确认在发光。",
        # A link that drops and stays down until a restart: it is lost, not coming and going by itself.
        "The access point drops off the network every evening and stays off until we reboot it.",
        "De poorten vallen na een dag weg en alleen een reboot helpt.",
        "Die Ports gehen nach ein paar Stunden down, nur ein Neustart hilft.",
    ],
)
def test_a_link_lost(understander, body):
    assert _category(understander, body) == "no_link"


@pytest.mark.parametrize(
    "body",
    [
        # A restart that brings the unit back from a hang is no link: the unit comes and goes.
        "The display freezes a few times a day and only a power cycle brings it back.",
        # A link that drops and comes back by itself still comes and goes.
        "The link drops a few times a day and comes back after a minute by itself.",
    ],
)
def test_a_fault_that_comes_and_goes_is_still_intermittent(understander, body):
    assert _category(understander, body) == "intermittent"


@pytest.mark.parametrize(
    "body",
    [
        # The host rejects the module, and the customer asks for the coding to be redone.
        "交换机提示 unsupported transceiver，是不是编码写错了？能不能重新写码？",
        "The switch says unsupported transceiver; I think they were coded wrong, can you recode them?",
    ],
)
def test_a_module_coded_for_another_host_is_software(understander, body):
    assert _category(understander, body) == "software"


def test_a_rejected_module_without_a_word_of_its_coding_is_still_no_link(understander):
    assert _category(understander, "The switch says unsupported transceiver and the port stays down.") == "no_link"


@pytest.mark.parametrize(
    "body",
    [
        # Light measured off in plain words: a wavelength that shifted, a noisy trace, a range that shrank.
        "測定すると波長がずれて、ピークが長波長側に出ます。",
        "The peak wavelength has shifted by about 1 nm since the last service.",
        "OTDR 曲線雜訊很大，量不到遠端。",
        "光时域反射仪的动态范围下降了很多。",
        # A shadow, a spot or mist in the view; pixels that stay dark.
        "目镜里面有黑影，转动调焦也去不掉。",
        "There is a dark spot in the middle of the view through the left eyepiece.",
        "The right barrel has gone misty inside after a day in the rain.",
        "Das Fernglas ist innen beschlagen.",
        "Le viseur est embué de l'intérieur.",
        "Skärmen har döda pixlar längs vänsterkanten.",
        "Displayet har døde pixels i øverste hjørne.",
    ],
)
def test_an_optical_fault_in_plain_words(understander, body):
    assert _category(understander, body) == "optical_performance"


@pytest.mark.parametrize(
    "body",
    [
        # A motor that runs and stops by turns; a value that jumps now and then, in Danish and Norwegian.
        "水泵电机时转时停，换了电源也一样。",
        "Udgangen falder ud af og til, især om morgenen.",
        "Målingen forsvinner av og til i noen sekunder.",
        "Spændingen hopper op og ned når belastningen skifter.",
    ],
)
def test_a_fault_now_and_then_in_more_languages(understander, body):
    assert _category(understander, body) == "intermittent"


@pytest.mark.parametrize(
    "body",
    [
        # A reading shown wrong, a channel with a flat line, a part that spins loose on its shaft.
        "L'écran indique une profondeur erronée dès qu'on dépasse 10 m.",
        "The rangefinder shows the wrong distance on every target past 200 m.",
        "Input B shows a flat line whatever signal we feed it.",
        "The fan blade spins loose on the shaft.",
        # A reading or an arc that is unsteady: the value, not the unit, comes and goes.
        "这台压力表读数不稳，放着不动也在变。",
        "熔接機放電不穩，要重複好幾次。",
    ],
)
def test_a_reading_or_a_part_that_is_off_is_other(understander, body):
    assert _category(understander, body) == "other"


@pytest.mark.parametrize(
    "body",
    [
        # A battery or a link named without a fault.
        "Please quote two spare batteries and a second charger.",
        "Can the battery be replaced by the user, or must the unit come back to you?",
        "Does the unit support a GPS antenna on a 10 m cable?",
    ],
)
def test_wordings_that_tell_no_fault_6(understander, body):
    assert _category(understander, body) is None


@pytest.mark.parametrize(
    "body, category",
    [
        # The module's diagnostics read out a value: the fault is the value's, not the diagnostics'.
        ("The DDM shows an Rx power of -24 dBm on both ports.", "optical_performance"),
        ("模块温度过高，DDM显示81℃，别的模块只有50℃。", "other"),
        # Diagnostics that do not work are still the software's.
        ("DDM values are not readable on our switch.", "software"),
        ("The module reports DDM not supported.", "software"),
    ],
)
def test_diagnostics_that_read_out_a_value_name_the_values_fault(understander, body, category):
    assert _category(understander, body) == category


@pytest.mark.parametrize(
    "body, category",
    [
        # A hinge or a strap lug come loose, halves that flop around.
        ("The hinge of my binoculars is loose and the barrels flop around.", "physical_damage"),
        ("The strap lug has come loose on the left side.", "physical_damage"),
        # Parts told as absent from the box.
        ("I opened the parcel and there's no charger and no lens cap in the box.", "wrong_or_missing_item"),
        ("There was no mounting bracket in the package.", "wrong_or_missing_item"),
    ],
)
def test_a_loose_hinge_and_parts_absent_from_the_box(understander, body, category):
    assert _category(understander, body) == category


def test_no_damage_in_the_box_is_no_missing_part(understander):
    assert _category(understander, "There is no damage in the box, everything arrived fine.") is None
