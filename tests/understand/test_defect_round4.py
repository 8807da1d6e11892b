"""Faults told in plain words that had no category (a reading stuck or drifting, a muted output, a smell,
a part come loose, an accessory not in the box, settings lost after a firmware update, in the languages
customers write in), and wordings that look like a fault but tell none (a fault that is over, how the unit
behaved while it worked, a restart tried, a label read for its serial number, an invoice that is wrong).

Each sentence is written for the kind of mail, not copied from a corpus; the reader is asked directly.
"""

from __future__ import annotations

import pytest

from tests.understand.conftest import defect_category as _category


@pytest.mark.parametrize(
    "body, category",
    [
        # A reading stuck at one value, a value that drifts or is shown wrong, in several languages.
        ("The flow meter shows 0 all the time, even with the pump running.", "other"),
        ("Our thermometer always reads 85 whatever the oven does.", "other"),
        ("湿度传感器一直显示 99%，换了位置也一样。", "other"),
        ("Givaren visar fel tryck sedan i måndags.", "other"),
        ("Måleren viser feil verdi etter service.", "other"),
        ("Vekten gir ikke noe utslag når vi legger på lodd.", "other"),
        ("La sonde affiche une valeur qui dérive pendant la nuit.", "other"),
        ("Le bouton de réglage est bloqué, impossible de le tourner.", "other"),
        ("Wskazanie jest przesunięte o kilka stopni.", "other"),
        ("Po wymianie kabla nadal mamy błędny pomiar.", "other"),
        # An output muted, a smell, samples that turn yellow, a touch point that is off, a protection shown.
        ("Seit dem Umzug bleibt der Lautsprecher stumm.", "other"),
        ("Der Kanal B liegt außerhalb der Toleranz.", "other"),
        ("干燥箱工作时有股怪味，里面的纸都变黄了。", "other"),
        ("触摸屏触控位置偏移，点这里反应在那里。", "other"),
        ("电源一开机面板就显示 OCP，没有接任何负载。", "other"),
        # No power: a unit that does nothing at all when switched on, a dark panel.
        ("Die Waage macht seit dem Stromausfall überhaupt nichts mehr.", "no_power"),
        ("冰箱插上电以后一点反应都没有，面板不亮。", "no_power"),
        # No link: a bus device that does not answer, a module no longer detected.
        ("The meter gives no answer on the RS-485 bus, the others on the line reply.", "no_link"),
        ("Le capteur n'est plus reconnu par l'automate depuis lundi.", "no_link"),
        # Optics: haze and no contrast, a focus that hunts, a laser that emits no beam.
        ("Er zit een waas in het objectief en de beelden zijn flets.", "optical_performance"),
        ("The zoom hunts for focus indoors and never locks focus.", "optical_performance"),
        ("The engraving laser shows ready but no beam comes out of the head.", "optical_performance"),
        ("Het bundelprofiel is ovaal in plaats van rond.", "optical_performance"),
        # Intermittent: values that swing, a screen that goes light and dark, a hang counted per day.
        ("压力读数忽高忽低，很难稳定下来。", "intermittent"),
        ("显示屏一亮一暗的，看久了眼睛很累。", "intermittent"),
        ("仪器每天都会死机三次左右。", "intermittent"),
        ("设备用一用就停了，要重新开机。", "intermittent"),
        # Physical damage: a mount come loose, screws broken, glass that arrived scratched.
        ("镜头卡口松脱了，固定螺丝也断掉一颗。", "physical_damage"),
        ("A tampa do visor chegou riscada.", "physical_damage"),
        # Wrong or missing item, in Japanese, Korean and Polish.
        ("注文したアダプターが箱に入っていませんでした。", "wrong_or_missing_item"),
        ("케이블이 상자에 들어있지 않았습니다.", "wrong_or_missing_item"),
        ("Dostaliśmy niewłaściwy model zasilacza.", "wrong_or_missing_item"),
        # Software: settings lost after a firmware update, a start that hangs on its screen.
        ("ファームウェア更新後、設定が消えてしまいました。", "software"),
        ("Das Messgerät hängt beim Hochfahren im Startbildschirm.", "software"),
        ("Since Tuesday the controller freezes at the boot screen.", "software"),
        ("After flashing firmware 2.1 the camera drops every third frame.", "software"),
        # "Without a reason" negates nothing: the fault still happens.
        ("O nobreak fica apitando sem motivo e de vez em quando desliga a saída.", "intermittent"),
        ("Le variateur se coupe sans raison de temps en temps.", "intermittent"),
        # One thing ordered, another came (Polish with a model number that has a dot, Spanish, Portuguese).
        ("Zamówiłem obiektyw 50/1.8 z mocowaniem Nikon Z, a przyszedł z mocowaniem L.", "wrong_or_missing_item"),
        ("Pedimos la versión de 230 V y llegó la de 110 V.", "wrong_or_missing_item"),
        ("Encomendamos o modelo com fibra de 2 m e chegou o de 5 m.", "wrong_or_missing_item"),
        # A fault counted in times per week or every few minutes, in more languages.
        ("A bomba para duas ou três vezes por semana.", "intermittent"),
        ("Die Anzeige geht zwei- bis dreimal pro Woche aus.", "intermittent"),
        ("Le lecteur se fige toutes les 10 minutes.", "intermittent"),
        ("La impresora se detiene cada pocos minutos.", "intermittent"),
        ("Czujnik gubi pomiar co kilka minut.", "intermittent"),
        # A unit that switches itself off, in German.
        ("Der Kompressor schaltet sich nach einer halben Stunde von selbst ab.", "intermittent"),
    ],
)
def test_a_fault_in_plain_words_has_its_category(understander, body, category):
    assert _category(understander, body) == category


@pytest.mark.parametrize(
    "body",
    [
        # A fault told as over.
        "The unit came back on Monday and the buzzing is gone, thank you.",
        "After your repair the humming went away.",
        # How the unit behaved while it still worked; a restart tried.
        "It used to go up and down with the weather, which is fine.",
        # A label read for its serial number, an invoice that is wrong.
        "The sticker on the back says AB1234567, is that the serial number?",
        "贵司开来的发票少了我们公司的税号，请重新开具。",
        # An order asked after, a unit to be brought to us.
        "Pedimos dos unidades en mayo. ¿Cuándo llegan?",
        "Our driver can drop it off at your depot on Monday.",
        # A routine counted in times is no fault.
        "Wir kalibrieren die Geräte einmal pro Jahr, bitte senden Sie ein Angebot.",
        # A service already done, a no-reply notice in Swedish.
        "We cleaned and recalibrated it as you asked; it now reads correctly.",
        "Det här meddelandet går inte att svara på.",
        # A new wording negated.
        "Er zit geen waas op de lens, we willen alleen een offerte voor een tweede exemplaar.",
        "Den visar inte fel, vi undrar bara hur ofta den ska kalibreras.",
    ],
)
def test_wordings_that_tell_no_fault(understander, body):
    assert _category(understander, body) is None


@pytest.mark.parametrize(
    "body, category",
    [
        # A fault that has gone dark is still one; "stopped" is not "gone".
        ("The power LED has gone dark and the unit is dead.", "no_power"),
        ("The firmware update stopped halfway and now the unit only shows a blank screen.", "software"),
        # A restart as the fault, not as the remedy.
        ("设备经常自动重启。", "intermittent"),
        # A label set against what came is still a wrong item.
        ("The box says SFP-10G-LR but the module inside is an SR.", "wrong_or_missing_item"),
        # Inputs that do not react are no unit without power; a unit that does not react at all is.
        ("第二路输入全部没有反应，其他通道正常。", "other"),
        ("插上电源以后没有任何反应。", "no_power"),
        # A unit dropped is still damaged.
        ("We dropped it off the bench and the housing cracked.", "physical_damage"),
        # A version told for information is no software fault.
        ("The unit runs firmware 3.2 and the link LED stays off.", "no_link"),
    ],
)
def test_what_still_tells_a_fault(understander, body, category):
    assert _category(understander, body) == category


def test_a_thank_you_after_a_repair_opens_no_case(read):
    got = read(
        "Hello, the analyser came back yesterday and the noise is gone. Thanks, you can close the case.",
        subject="Re: your repair",
    )
    assert got.defect_category is None


def test_a_whole_mail_about_a_missing_accessory_in_korean_is_a_request(read):
    got = read("안녕하세요,\n\n주문한 카메라 상자에 배터리가 들어있지 않았습니다.\n\n감사합니다", subject="구성품 문의")
    assert got.kind == "new_request"
    assert got.defect_category == "wrong_or_missing_item"
