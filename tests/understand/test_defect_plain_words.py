"""A fault told in plain words, in English, German, French, Spanish or Chinese, has its category.

Written for the kind of wording (word order, inflection, a negation that belongs to the fault, another
language), each case is a sentence a customer could write without using the taxonomy's phrases.
"""

from __future__ import annotations

import pytest

PLAIN_WORDS = {
    "intermittent": [
        "It works for a few minutes then stops.",
        "The unit drops out now and then.",
        "Every couple of days the connection is lost and we have to replug the module.",
        "The heater cuts off after about twenty minutes and comes back on by itself later.",
        "The video freezes every hour or so.",
        "The display goes blank at random and comes back after a while.",
        "Most of the time it works, but twice this week it lost the link.",
        "The link goes up and down all day.",
        "Once it warms up the module stops transmitting.",
        "The connection is not stable.",
        "It fails every so often without any pattern.",
        "It stops working after it has been on for an hour.",
        "The signal comes and goes.",
        "Every few days the port goes dark for a minute and then recovers.",
        "Twice a day the traffic stops for some seconds.",
        "The unit loses its connection several times a week.",
        "It worked for two days and then started to drop the link every night.",
        "Das Gerät fällt immer wieder aus.",
        "Die Verbindung bricht ab und zu ab.",
        "Das Modul funktioniert nur sporadisch.",
        "Nach einigen Minuten schaltet es sich ab, dann läuft es wieder.",
        "Der Link ist zeitweise weg.",
        "Die Verbindung ist instabil.",
        "Gelegentlich startet das Gerät neu.",
        "La liaison se coupe de temps en temps.",
        "Le module fonctionne quelques minutes puis s'arrête.",
        "Il y a des coupures aléatoires.",
        "Le lien tombe par intermittence.",
        "L'appareil redémarre tout seul plusieurs fois par jour.",
        "La connexion est instable.",
        "La conexión se corta de vez en cuando.",
        "Funciona unos minutos y luego se apaga.",
        "A veces se reinicia solo.",
        "El enlace se cae varias veces al día.",
        "El equipo falla de forma intermitente.",
        "设备时好时坏。",
        "偶尔会断开连接。",
        "工作半小时后自动停止，过一会儿又恢复。",
        "链路一会儿通一会儿不通。",
        "设备隔三差五就掉线。",
        "运行十几分钟后就停了，重新上电又能用。",
        "It works when cold but fails after warming up.",
        "It will not stay on.",
        "The module doesn't stay connected.",
        "The display resets to zero at odd moments.",
        "It shuts off without warning.",
        "The link goes away for no apparent reason.",
        "It keeps cutting in and out.",
        "The module only works half the time.",
        "It takes several attempts to get a link.",
        "It fails about once a week.",
        "The connection breaks up constantly.",
        "The lamp goes off by itself and later comes on again.",
        "The error is not reproducible, it happens at irregular intervals.",
        "设备用着用着就断了。",
        "这个问题是概率性出现的。",
        "模块偶现丢光。",
        "设备不定时重启。",
        "The issue appears randomly.",
        "The light flickers.",
        "We lose the signal for a few seconds every hour.",
        "At 10:32 the link went down, at 10:35 it came back up.",
        "The port keeps bouncing.",
        "It has happened three times since installation.",
        "After 3 days of use it switches off.",
        "Every morning we find the module offline.",
        "设备老是断线。",
        "跑一阵子就掉线。",
    ],
    "no_link": [
        "There is no light on the port.",
        "The switch doesn't see it.",
        "The link LED is off.",
        "Nothing shows up on the other end when we plug the module in.",
        "The port won't come up with this transceiver.",
        "Our router says the SFP is not supported.",
        "The camera is not detected by the PC.",
        "The device cannot be found on the network.",
        "The green link light never comes on.",
        "We cannot establish a connection between the two units.",
        "Both ends show link down.",
        "The modules do not talk to each other.",
        "The other side receives nothing.",
        "Kein Link am Port.",
        "Der Switch erkennt das Modul nicht.",
        "Keine Verbindung zwischen den beiden Geräten.",
        "Die Link-LED leuchtet nicht.",
        "Kein Signal am Empfänger.",
        "Pas de lien sur le port.",
        "Le switch ne reconnaît pas le module.",
        "Aucun signal en sortie.",
        "La LED de liaison reste éteinte.",
        "Impossible d'établir la connexion.",
        "No hay enlace en el puerto.",
        "El switch no reconoce el módulo.",
        "No hay señal en el receptor.",
        "No conecta con el equipo.",
        "El LED de enlace está apagado.",
        "插上去不通。",
        "交换机识别不了这个模块。",
        "两端都不通光。",
        "光口一直是down的状态。",
        "交换机上看不到这个模块。",
        "对端收不到任何信号。",
        "The light doesn't get through the cable.",
        "The link is not established.",
        "The port shows not connected.",
        "We can't see any light at the far end.",
        "The receiver shows nothing at all.",
        "The device won't join the network.",
        "No light passes through the patch cord.",
        "The connection cannot be established.",
        "The transceiver is not showing up in the switch.",
        "Link never comes up.",
        "对接不上。",
        "调不通。",
        "光模块插上后交换机端口没有任何反应。",
        "The module does not work in our Huawei switch.",
    ],
    "optical_performance": [
        "The image is blurry.",
        "The picture is out of focus even after adjusting.",
        "Loss is too high.",
        "The power reading is low.",
        "The measured attenuation is higher than on the datasheet.",
        "The output is much weaker than on the old unit.",
        "The received power is only -19 dBm.",
        "The splitter outputs are very unequal.",
        "The laser output has dropped to half of what it was.",
        "Images look hazy and the contrast is poor.",
        "The optical power is way under what we expect.",
        "Readings on the power meter are far below the others.",
        "Die Dämpfung ist zu hoch.",
        "Das Bild ist unscharf.",
        "Die Ausgangsleistung ist zu niedrig.",
        "Die Einfügedämpfung liegt über dem Datenblatt.",
        "L'image est floue.",
        "La perte d'insertion est trop élevée.",
        "La puissance optique est trop faible.",
        "L'atténuation est excessive.",
        "La imagen está borrosa.",
        "La pérdida es demasiado alta.",
        "La potencia óptica es muy baja.",
        "La atenuación es excesiva.",
        "插损偏大。",
        "光功率低。",
        "图像模糊。",
        "成像不清晰。",
        "发光功率不够。",
        "衰减太大。",
        "The laser is weak.",
        "Transmission is poor.",
        "The coupling efficiency is low.",
        "The output power drifts over time.",
        "The spot is not round and the focus is off.",
        "We measured 4 dB where the spec says 1 dB.",
        "The loss is worse than stated.",
        "The image has dark shadows at the edges.",
        "The reflection is too strong.",
        "It does not meet the datasheet values for loss.",
        "亮度不均匀。",
        "光斑不圆。",
        "输出光很弱。",
        "The loss on the connector is 1.5dB.",
        "Rx power is -25 dBm on this module.",
        "The readings are off by 3 dB.",
    ],
    "no_power": [
        "Das Gerät lässt sich nicht einschalten.",
        "Das Netzteil ist defekt, keine LED leuchtet.",
        "L'appareil ne s'allume pas.",
        "El equipo no enciende.",
        "Nothing at all happens when we press the power button.",
    ],
    "physical_damage": [
        "Das Gehäuse ist gebrochen.",
        "Le boîtier est cassé.",
        "La carcasa llegó rota.",
    ],
    "wrong_or_missing_item": [
        "Wir haben den falschen Artikel erhalten.",
        "Nous avons reçu le mauvais article.",
        "Recibimos un artículo equivocado.",
    ],
}
CASES = [(category, text) for category, texts in PLAIN_WORDS.items() for text in texts]


def _mail(body: str) -> str:
    return f"Hello,\n\n{body} Order 4500012345.\n\nRegards\nTom"


@pytest.mark.parametrize("category, body", CASES, ids=[f"{c}-{i}" for i, (c, _b) in enumerate(CASES)])
def test_fault_in_plain_words_has_its_category(read, category, body):
    found = read(_mail(body))
    assert (found.kind, found.defect_category) == ("new_request", category)
    assert "defect_description" not in found.missing_fields  # described: the customer is not asked again


@pytest.mark.parametrize(
    "body, category",
    [
        ("There are no random disconnections, the link simply never comes up.", "no_link"),
        ("The housing is not cracked, but the image is blurry.", "optical_performance"),
        ("Kein Transportschaden, aber die Verbindung bricht ab und zu ab.", "intermittent"),
        ("Sin golpes en la caja, pero el switch no reconoce el módulo.", "no_link"),
    ],
)
def test_a_negated_fault_gives_way_to_the_one_described(read, body, category):
    assert read(_mail(body)).defect_category == category


@pytest.mark.parametrize(
    "body, category",
    [
        ("用了没多久就掉线。", "intermittent"),
        ("没过几天就开始断断续续。", "intermittent"),
        ("无线网桥经常掉线。", "intermittent"),
        ("Not long after start-up it drops the link, then it comes back.", "intermittent"),
        ("No more than an hour after start-up the module reboots.", "intermittent"),
    ],
)
def test_a_negation_word_that_tells_a_time_negates_nothing(read, body, category):
    assert read(_mail(body)).defect_category == category


def test_a_negation_right_before_the_fault_still_cancels_it(read):
    found = read(_mail("The unit did not arrive damaged. It does not power on."))
    assert found.defect_category == "no_power"
