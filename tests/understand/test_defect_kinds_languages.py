"""A fault told in the languages customers write in (Dutch, Portuguese, Italian, Polish, Czech, Japanese,
Korean, traditional Chinese...) has its category, and words that only look like a fault give none.

Each case is a sentence written for the kind of wording (a negation that belongs to the fault, a
comparison, a word of another language), not taken from any mail.
"""

from __future__ import annotations

import pytest

KINDS = {
    "no_power": [
        # A unit that no longer comes on, in languages other than English.
        "De versterker gaat niet meer aan sinds gisteren.",
        "Het scherm blijft zwart als we de stekker insteken.",
        "A luminária do corredor não acende.",
        "Os dois projetores já não ligam.",
        "La pompa non si accende più dopo il temporale.",
        "Sterownik nie włącza się po podłączeniu zasilania.",
        "Zdroj nejde zapnout ani po výměně pojistky.",
        "Ya no encienden los focos de la entrada.",
        "Depuis la coupure, les projecteurs ne s'allument plus.",
        "Das Bedienteil zeigt kein Display mehr.",
        "本体の電源が入らないので、点検をお願いします。",
        "앰프 전원이 켜지지 않습니다.",
        "The mixer no longer switches on.",
        # An indicator that stays dark with nothing said of a link is a unit without power.
        "插上电源后指示灯不亮，换了插座也一样。",
        # A board that burnt out is a dead unit.
        "控制器的主板烧了，能修吗？",
    ],
    "no_link": [
        "PLC 跟驅動器通訊不上，線都檢查過了。",
        "De controller maakt geen verbinding met het netwerk.",
        "O gateway está sem sinal desde ontem.",
        "Il modulo non viene riconosciuto dal PLC.",
        "Moduł nie łączy się z panelem.",
        "ルーターに接続できません。",
        "The chart plotter does not show any targets from the transponder.",
        "Our scanner does not receive any signal from the tags.",
    ],
    "intermittent": [
        "Het licht valt af en toe uit tijdens het dimmen.",
        "As lâmpadas do armazém às vezes desligam sozinhas.",
        "La striscia LED a volte si spegne da sola.",
        "Die Beleuchtung flackert abends.",
        "Los paneles parpadean cuando arranca el compresor.",
        "Obraz czasami zanika na kilka sekund.",
        "ヘッドホン出力が時々途切れます。",
        "스피커 소리가 가끔 끊겨요.",
        "Il segnale va e viene durante la giornata.",
        "It worked fine for a while and then the sound went away.",
    ],
    "physical_damage": [
        "Twee armaturen zijn gebarsten aangekomen.",
        "O painel chegou amassado.",
        "Il pannello frontale è arrivato ammaccato.",
        "Pokrywa jest pęknięta przy zawiasie.",
        "Kryt je prasklý u konektoru.",
        "Der Steckerhalter ist beim Auspacken abgebrochen.",
        "Il coperchio della scatola di giunzione è rotto.",
        "ケースに割れがありました。",
        "케이스가 파손되어 도착했습니다.",
        "導軌上面有刮傷，包裝看起來沒問題。",
        "After the sailing season there is water inside the housing of the echo sounder.",
    ],
    "optical_performance": [
        "A luz está muito fraca comparada com as outras.",
        "Die Helligkeit ist viel geringer als beim alten Modell.",
        "La luminosité est nettement plus faible qu'à la livraison.",
        "Metade dos painéis está com cor diferente.",
        "The colour of the second batch is clearly different from the first.",
        "滑台用了半年，重複定位精度變差了。",
        "停电以后定位偏了大约0.02。",
        "灯光比以前暗很多。",
    ],
    "software": [
        "Nach jedem Einschalten sind die Parameter weg.",
        "El variador pierde la configuración cada vez que se apaga.",
        "連上設定軟體後讀不到參數。",
        "After the last update the recorder is stuck on the logo.",
        "The remote app will not connect to the mixer anymore.",
        "Le logiciel plante au démarrage.",
        "上位機程式一直當機。",
    ],
    "other": [
        "Le caisson de basses émet un bourdonnement.",
        "The tweeter started crackling at high volume.",
        "Der Trafo brummt deutlich hörbar.",
        "这批控制板的不良率太高了，请给出改善报告。",
        "出货的模组品质不稳定，请尽快处理。",
        "Four of the twelve drives we installed have already failed.",
        "Das ist schon der zweite Regler, der ausfällt.",
        "Ya van tres que fallan este mes.",
        "The failure rate of these sensors is far too high.",
        "充电器用一会儿就发烫，正常吗？",
    ],
}
# Everyday English for a fault that comes and goes, a device that cannot be found, light that got weaker,
# heat or a value that is off.
EVERYDAY = {
    "intermittent": [
        "Half the time the recorder will not start, the rest of the time it is fine.",
        "Some days it works, some days it does nothing.",
        "Reception on the bridge is patchy.",
        "The screen freezes for a few seconds and then carries on.",
        "The subwoofer drops out for a second every so often.",
        "The pump trips out after running for about an hour.",
        "The mixer has started playing up during gigs.",
    ],
    "no_link": [
        "The speaker does not appear in the app any more.",
        "The tablet cannot find the controller.",
        "The panel shows 'probe not found' after start-up.",
    ],
    "optical_performance": [
        "The spotlights are not as bright as they used to be.",
        "灯带的亮度下降很多。",
    ],
    "other": [
        "The inverter is running much hotter than the others.",
        "The chamber temperature does not stabilise.",
        "The oven reads 4 degrees too high.",
        "There is a hiss on both outputs.",
    ],
}
CASES = [(category, text) for kinds in (KINDS, EVERYDAY) for category, texts in kinds.items() for text in texts]


def _mail(body: str) -> str:
    return f"Hello,\n\n{body} Order 4500012345.\n\nRegards\nTom"


@pytest.mark.parametrize("category, body", CASES, ids=[f"{c}-{i}" for i, (c, _b) in enumerate(CASES)])
def test_fault_in_other_languages_has_its_category(read, category, body):
    found = read(_mail(body))
    assert (found.kind, found.defect_category) == ("new_request", category)
    assert found.defect_summary


@pytest.mark.parametrize(
    "body",
    [
        # A version told for information, an order still to come, a question about a figure.
        "For your information, the firmware version on both units is 4.0.2.",
        "Before we order the next batch, could you confirm the lead time?",
        "What is the failure rate of the VD-20 drives over five years?",
        "Could you tell us the repeatability of the linear stage?",
        "Our positioning accuracy requirement is 0.01 mm, which stage fits?",
    ],
)
def test_words_that_only_look_like_a_fault_give_none(read, body):
    assert read(_mail(body)).defect_category is None


def test_a_form_field_that_holds_a_question_is_no_fault(read):
    body = "姓名：王小明\n邮箱：wxm@example.cn\n问题描述：请问这个型号的保修期是多久？\n"
    assert read(body, subject="在线留言").defect_category is None


@pytest.mark.parametrize(
    "body, category",
    [
        # Patterns (not phrases) written in simplified characters read traditional ones too.
        ("網口一直沒亮，換了跳線也一樣。", "no_link"),
        ("這條跳線的損耗有點高。", "optical_performance"),
        ("接線端子斷了。", "physical_damage"),
        ("連接器的卡扣鬆動了。", "physical_damage"),
    ],
)
def test_patterns_read_traditional_chinese(read, body, category):
    assert read(_mail(body)).defect_category == category


def test_a_software_fault_beside_a_version_still_counts(read):
    assert read(_mail("Since firmware 2.1 the web interface crashes every morning.")).defect_category == "software"


@pytest.mark.parametrize(
    "body",
    [
        # The packaging took the knock, the product did not.
        "The carton had a dent in one corner, but the amplifier itself is fine.",
        "外箱有点破损，但是里面的控制器完好。",
        # A question about what the warranty covers.
        "Does your warranty cover damage from a power surge?",
        "Is a cracked lens covered by the guarantee?",
        # A remedy chosen, a fault supposed, a fault that is gone.
        "We would prefer a new unit instead of repairing the old one.",
        "Please let us know if any accessories are missing from the order, we will add them.",
        "The exchanged unit runs well, no more dropouts so far.",
    ],
)
def test_a_fault_that_is_not_told_gives_none(read, body):
    assert read(_mail(body)).defect_category is None


@pytest.mark.parametrize(
    "body, category",
    [
        ("The housing arrived cracked, is that covered by the warranty?", "physical_damage"),
        ("The carton was crushed and the front panel is bent.", "physical_damage"),
        ("It runs no more than ten minutes before it cuts out.", "intermittent"),
    ],
)
def test_a_fault_told_beside_those_words_still_counts(read, body, category):
    assert read(_mail(body)).defect_category == category


@pytest.mark.parametrize(
    "body, category",
    [
        # Heat that ends in a shutdown is a fault that comes and goes.
        ("The recorder gets very hot and then shuts itself down.", "intermittent"),
        # A link lamp that is dark while the unit has power, a port the module does not light.
        ("The link LED on port 4 is off although the power LED is on.", "no_link"),
        ("The new transceiver does not light up the port.", "no_link"),
        # Chinese for blinking, pairing, logging in, brightness and a temperature that wanders.
        ("路灯晚上一闪一闪的。", "intermittent"),
        ("耳机和手机配对不上。", "no_link"),
        ("后台网页登录不进去。", "software"),
        ("投光灯亮度明显不足。", "optical_performance"),
        ("恒温箱温度不稳定。", "other"),
        ("The oven temperature is unstable.", "other"),
    ],
)
def test_more_kinds_of_wording(read, body, category):
    assert read(_mail(body)).defect_category == category


@pytest.mark.parametrize(
    "body, category",
    [
        # A value measured against the one it should have is a fault of the unit, not a wrong item.
        ("The adapter puts out 4.6 V instead of 5 V.", "other"),
        ("The heater supplies only 800 W at full setting.", "other"),
        # Burners, pumps, gauges, motors and meters, in the words their users choose.
        ("The boiler flame is unstable at low load.", "other"),
        ("The compressor is losing pressure overnight.", "other"),
        ("The needle sticks at 2 bar.", "other"),
        ("The spindle motor runs rough above 3000 rpm.", "other"),
        ("The refractometer gives inconsistent readings on the same sample.", "other"),
        ("The cabinet smells of burnt plastic.", "other"),
        ("燃气灶火焰不稳定。", "other"),
        ("The backlight is not uniform, one corner is darker.", "optical_performance"),
        # A negation that governs a doubt, not the fault.
        ("We have no idea why the recorder reboots every night.", "intermittent"),
        ("No matter which port we try, the link stays down.", "no_link"),
        ("Not a single LED lights up on the front.", "no_power"),
    ],
)
def test_kinds_of_other_faults_and_doubts(read, body, category):
    assert read(_mail(body)).defect_category == category


def test_a_count_instead_of_another_is_still_a_wrong_item(read):
    assert read(_mail("We got 6 pcs instead of 8.")).defect_category == "wrong_or_missing_item"


@pytest.mark.parametrize(
    "body, category",
    [
        # A fault that follows the temperature or needs a power cycle comes and goes.
        ("The radio loses connection to the mast unit twice a week.", "intermittent"),
        ("The port goes dark when the cabinet warms up.", "intermittent"),
        ("We have to power cycle it every Monday to get it going.", "intermittent"),
        ("机柜温度一高就掉线。", "intermittent"),
        # A transmitter that sends nothing, a module that does nothing where it is plugged in.
        ("The laser does not emit at all.", "no_link"),
        ("The opposite side cannot see our transmitter.", "no_link"),
        ("The optic does not work at all in the core switch.", "no_link"),
        ("这个模块插到中兴交换机上不能用。", "no_link"),
        ("光口一直没有up。", "no_link"),
        ("收光-27dBm，偏低。", "optical_performance"),
    ],
)
def test_faults_told_by_their_circumstances(read, body, category):
    assert read(_mail(body)).defect_category == category


@pytest.mark.parametrize(
    "body, category",
    [
        ("We found dust inside the lens of the new objective.", "optical_performance"),
        ("On the second projector the colours look off.", "optical_performance"),
        ("The alignment laser spot keeps drifting during the day.", "optical_performance"),
        ("The source output fluctuates by 0.5 dB.", "optical_performance"),
        ("激光器输出功率一直在跳。", "optical_performance"),
        # A service asked "under warranty?" is still the request.
        ("Can the two thermometers be recalibrated under warranty?", "other"),
    ],
)
def test_light_that_wanders_and_service_asked_under_warranty(read, body, category):
    assert read(_mail(body)).defect_category == category


@pytest.mark.parametrize(
    "body, category",
    [
        ("Die Pumpe schaltet sich nach zehn Minuten von selbst ab.", "intermittent"),
        ("De verbinding valt steeds weg.", "intermittent"),
        ("Sterownik co jakiś czas sam się restartuje.", "intermittent"),
        ("La centralina si riavvia da sola.", "intermittent"),
        ("O router reinicia sozinho.", "intermittent"),
        ("Czujnik nie jest rozpoznawany przez sterownik.", "no_link"),
        ("センサーがコントローラーに認識されません。", "no_link"),
        ("컨트롤러가 센서를 인식하지 못합니다.", "no_link"),
        ("Le projecteur reste éteint.", "no_power"),
        ("De lader reageert nergens op.", "no_power"),
        ("Zasilacz nie reaguje.", "no_power"),
        ("本体のランプが点灯しません。", "no_power"),
        ("冷却ファンがうるさいです。", "other"),
        ("La température du four n'est pas stable.", "other"),
        ("Wtyk jest wygięty.", "physical_damage"),
        ("ピンが曲がっています。", "physical_damage"),
        ("光源の光出力が低いです。", "optical_performance"),
    ],
)
def test_more_languages(read, body, category):
    assert read(_mail(body)).defect_category == category
