"""The defect category of faults told in many kinds of wording and languages, and which category wins.

Each sentence is written for a kind of mail (a fault in plain words, in one of the languages customers
write in), not copied from a corpus. The reader is asked directly, with a plain subject, so the test
is about the category and nothing else; a few whole mails check the reading in its place.
"""

from __future__ import annotations

import pytest

from tests.understand.conftest import defect_category as _category

KINDS: dict[str, list[str]] = {
    "no_power": [
        # A battery that runs flat soon: the unit has no power of its own.
        "The battery only lasts half an hour.",
        "电池用不了多久就没电了。",
        "The unit does not turn on at all.",
        "Das Gerät lässt sich nicht einschalten.",
        "L'appareil ne s'allume pas.",
        "El equipo no enciende.",
        "Il dispositivo non si accende.",
        "Het apparaat gaat niet aan.",
        "Urządzenie nie włącza się.",
        "O aparelho não liga.",
        "Enheten startar inte.",
        "Cihaz açılmıyor.",
        "设备通电后没有任何反应。",
        "電源が入りません。",
        "The unit is dead.",
        "Nothing happens when I press the power button.",
        "The green power LED doesn't come on anymore.",
        "After the thunderstorm the device stopped working completely, no lights at all.",
        "The charger doesn't charge the unit and it won't start.",
        "插上电源一点反应都没有。",
        "电源灯不亮，风扇也不转。",
        "开不了机。",
        "设备完全没电。",
        "Nothing at all: no LEDs, no fan.",
        "We checked the fuse and the cable, no change: the unit stays dead.",
    ],
    "no_link": [
        "The switch does not recognise the module.",
        "Der Switch erkennt das Modul nicht.",
        "Le switch ne reconnaît pas le module.",
        "El switch no reconoce el módulo.",
        "Lo switch non riconosce il modulo.",
        "De switch herkent de module niet.",
        "Switch nie rozpoznaje modułu.",
        "O switch não reconhece o módulo.",
        "Switchen känner inte igen modulen.",
        "Switch modülü tanımıyor.",
        "交换机识别不到模块。",
        "スイッチがモジュールを認識しません。",
        "The PC no longer sees the device over USB.",
        "We cannot connect to the unit over Ethernet anymore.",
        "The camera is not found by the software anymore.",
        "The device does not show up in the device manager.",
        "The ping to the unit fails.",
        "No data is coming from the sensor.",
        'The controller reports "communication error" with the drive.',
        "The Bluetooth pairing fails every time.",
        "The unit doesn't connect to Wi-Fi anymore.",
        "The RS-485 bus shows no answer from address 5.",
        "The receiver doesn't pick up any signal from the transmitter.",
        "The PLC cannot talk to the module.",
        "The USB connection is not recognised by the PC.",
        "The status LED for the network stays off and there is no connection.",
        "The module is not visible on the bus.",
        "模块插上去交换机没反应，端口灯不亮。",
        "电脑上找不到设备。",
        "软件连接不上控制器。",
        "串口没有数据返回。",
        "ping 不通设备的 IP。",
        "蓝牙连不上手机。",
        "网口指示灯不亮，也获取不到 IP。",
        "设备连不上网。",
        "上位机读不到传感器的数据。",
        "the module 插上以后 switch 不认。",
        "主機偵測不到這顆模組。",
        "光口沒有亮，對端收不到光。",
        "We have not been able to get a link on port 3.",
        "No matter which switch we use, there is no link.",
        "We never got a link with this module.",
        "Neither switch detects the module.",
        "We didn't change anything, the switch just stopped recognising the SFP.",
    ],
    "optical_performance": [
        "The image is blurry at the edges.",
        "There is haze inside the lens and the pictures look milky.",
        "The front element fogs up from the inside.",
        "We found fungus inside the lens.",
        "The two channels are misaligned by about 2 mm at 5 m.",
        "Strong purple fringes around high-contrast edges.",
        "The sensor has several dead pixels.",
        "The laser power is only 12 mW instead of 20 mW.",
        "The beam profile is no longer round.",
        "The wavelength drifts by 0.5 nm over an hour.",
        "Das Bild ist unscharf und die Farben sind verschoben.",
        "L'image est floue sur le côté droit.",
        "La imagen sale borrosa.",
        "L'obiettivo ha della muffa all'interno.",
        "Het beeld is wazig.",
        "Obraz jest nieostry po prawej stronie.",
        "A imagem está desfocada.",
        "Bilden är suddig.",
        "Görüntü bulanık.",
        "镜头里面起雾了，拍出来发白。",
        "激光功率只有标称的一半。",
        "画面有坏点。",
        "レンズにカビが生えています。",
        "The laser line is much weaker than it used to be.",
        "The images are soft at the edges even at f/8.",
        "Autofocus misses a lot and the photos are out of focus.",
        "The projected line is thicker than specified and fuzzy at the ends.",
        "The laser spot is oval instead of round.",
        "The output power has dropped to 70% of the rated value.",
        "Colours are shifted towards green.",
        "There are dark spots in the image.",
        "The lens shows strong flare in backlight.",
        "The beam is not parallel and diverges too much.",
        "The crosshair lines are not perpendicular.",
        "The two laser lines do not cross at 90 degrees.",
        "The measured wavelength is 2 nm off.",
        "The picture is washed out and low in contrast.",
        "Inside the lens there is a hazy film.",
        "The lidar range is much shorter than specified.",
        "The scanner sees ghost objects that are not there.",
        "The laser is much dimmer than the new one.",
        "拍出来的照片边缘很模糊。",
        "镜头里面有灰尘和霉点。",
        "光斑不圆，有拖尾。",
        "十字线不垂直，大概差了2度。",
        "激光线变粗了，两头发散。",
        "测距距离明显变短。",
        "收光功率只有 -25dBm，偏低。",
        "光功率比标称低了很多。",
        "波長漂移了 2nm。",
        "影像有色差，边缘发紫。",
        "鏡頭內部起霧。",
        "畫面模糊，對焦不準。",
        "Not only is the image blurry, it also has a colour cast.",
        "No dirt on the connector, still the insertion loss is 3 dB.",
        "Nothing wrong with the housing, but the image is blurry.",
    ],
    "intermittent": [
        "Sometimes it works, sometimes it doesn't.",
        "It randomly stops for a few seconds.",
        "After warming up for half an hour it starts to drop out.",
        "It works in the morning but fails in the afternoon.",
        "Das Gerät schaltet sich manchmal einfach aus.",
        "L'appareil s'éteint de temps en temps.",
        "El equipo se apaga a veces sin motivo.",
        "Il dispositivo si spegne ogni tanto.",
        "Het apparaat valt soms uit.",
        "Urządzenie czasami się wyłącza.",
        "O aparelho às vezes desliga sozinho.",
        "Enheten stängs av ibland.",
        "Cihaz bazen kapanıyor.",
        "设备时好时坏。",
        "偶尔会自己关机。",
        "時々電源が落ちます。",
        "The unit reboots every couple of hours.",
        "The connection drops every now and then.",
        "It works for a day and then it stops until we restart it.",
        "The display goes black for a second now and again.",
        "Every few days the unit just stops responding and we have to pull the plug.",
        "It happens maybe once or twice a week, never at the same time.",
        "The fault is not permanent: after a restart everything is fine for a while.",
        "It lost the connection three times yesterday.",
        "We see short dropouts of the signal, about 10 per day.",
        "The error appears occasionally and then clears by itself.",
        "When the machine vibrates, the signal disappears for a moment.",
        "The laser switches off on its own after about 40 minutes and comes back after cooling down.",
        "The unit reboots unexpectedly a few times per shift.",
        "Sometimes the camera is not detected after power-up; unplugging it fixes it.",
        "Wiggling the cable makes the picture come and go.",
        "The problem only shows up when the room gets warm.",
        "The readings freeze every so often for a few seconds.",
        "It works fine most days but every now and then it won't start.",
        "There are random gaps in the data log.",
        "We get an occasional E-14 error that goes away after a reset.",
        "The fan stops and starts at random.",
        "The output cuts out for a split second every few minutes.",
        "这个模块用一段时间就会掉线，拔插一下又好了。",
        "设备每天会无故重启两三次。",
        "信号时有时无。",
        "运行几个小时后自动停机，冷却后又能开。",
        "偶发性的丢包，不是一直有。",
        "温度高的时候就会报错，早上正常。",
        "有时候开机正常，有时候开不了机。",
        "画面偶尔会卡顿一下。",
        "光模块隔三差五就断一次。",
        "不定期出现通信中断。",
        "间歇性地没有输出。",
        "機器偶爾會自己關機。",
        "有時候連不上，有時候又正常。",
        "我们的 switch 上这个 SFP 时不时 link down，log 里有很多 flap。",
        "雷达偶尔丢帧，点云会缺一块然后又恢复。",
        "激光器工作一会儿功率就掉下来，重启后恢复。",
        "No configuration was changed, yet the port flaps several times a day.",
        "Without any change on our side the link drops every few hours.",
        "Not sure why, but the unit reboots randomly.",
        "Nobody touched it and still it restarts by itself now and then.",
        "We don't know the cause; the module sometimes loses the link.",
        "I cannot reproduce it on demand, it only happens from time to time.",
        "It doesn't happen every day, only now and then.",
        "Not every time, but often, the camera freezes.",
    ],
    "physical_damage": [
        "The housing is cracked.",
        "The unit arrived broken.",
        "The box was dented and the front panel is bent.",
        "The unit had water damage after the roof leak.",
        "Das Gehäuse hat einen Riss.",
        "Le boîtier est fissuré.",
        "La carcasa llegó rota.",
        "Het scherm is gebarsten.",
        "Obudowa jest pęknięta.",
        "A tela chegou rachada.",
        "Höljet är sprucket.",
        "Kasa çatlak geldi.",
        "外壳摔坏了。",
        "屏幕碎了。",
        "外殼摔壞了。",
        "The connector snapped off.",
        "One of the legs broke off.",
        "The unit fell off the table and the lens mount is now loose.",
        "The cable insulation is cut through.",
        "The connector pins are bent.",
        "Water got into the housing during rain.",
        "The parcel was crushed and the unit inside is damaged.",
        "收到的时候外壳已经裂了。",
        "镜片有划痕。",
        "连接器的针弯了。",
        "运输过程中摔坏了。",
    ],
    "wrong_or_missing_item": [
        "You delivered the wrong model.",
        "The power cable was missing from the box.",
        "We ordered the 24 V version but received the 12 V one.",
        "Wir haben das falsche Modell bekommen.",
        "Il manque le câble d'alimentation.",
        "Falta el cable de alimentación.",
        "Manca il cavo di alimentazione.",
        "De voedingskabel ontbreekt.",
        "Brakuje kabla zasilającego.",
        "Faltou o cabo de alimentação.",
        "Nätkabeln saknas.",
        "Güç kablosu eksik.",
        "少发了一根电源线。",
        "发错型号了。",
        "少發了電源線。",
        "The box contained only the main unit, the charger and the cables were not there.",
        "Two of the ten modules were not in the shipment.",
        "The label says 1550 nm but we need 1310 nm as ordered.",
        "We got a black one although we ordered silver.",
        "The manual is for a different model.",
        "The mounting bracket is not included although the order confirmation lists it.",
        "收到的型号和订单不一致。",
        "箱子里没有电源线。",
        "我们订的是1310的，发来的是1550的。",
        "少了两个模块。",
    ],
    "software": [
        "The app crashes every time I open the settings page.",
        "After the firmware update the unit boots but the web interface shows a blank page.",
        "The driver does not install on Windows 11, setup aborts with code 0x80070005.",
        "The licence key is rejected by the software.",
        "Die Software stürzt beim Start ab.",
        "Le logiciel plante au démarrage.",
        "El programa se cierra solo al abrir el archivo.",
        "Il software si blocca all'avvio.",
        "软件打开就闪退。",
        "升级固件后设备一直卡在启动画面。",
        "Po aktualizacji firmware urządzenie nie działa poprawnie.",
        "Yazılım açılırken çöküyor.",
        "Programvaran kraschar när jag startar den.",
        "The firmware update stopped at 45% and now the unit shows only a blank screen.",
        "The configuration software crashes when I try to read the parameters.",
        "The settings are lost after every restart.",
        "The web interface is extremely slow and some pages don't load.",
        "The licence has expired although we paid for three years.",
        "Windows reports that the driver is not signed.",
        "The software calculates wrong results since version 3.2.",
        "升级固件失败，现在设备起不来。",
        "软件打开就报错，提示缺少dll。",
        "授权过期了，软件打不开。",
        "驱动装不上。",
        "参数设置保存不了，重启后就没了。",
        "APP 一直闪退。",
    ],
    "other": [
        "The oven does not heat, the LED blinks red and the display shows error E-21.",
        "Der Ofen heizt nicht mehr, die LED blinkt rot.",
        "Le four ne chauffe plus et affiche l'erreur E-21.",
        "El horno no calienta y la luz parpadea en rojo.",
        "Il forno non scalda più e il LED lampeggia rosso.",
        "De oven warmt niet meer op en geeft foutcode E-21.",
        "Piekarnik nie grzeje, dioda miga na czerwono.",
        "O forno não aquece e o LED pisca vermelho.",
        "Ugnen värmer inte och lampan blinkar rött.",
        "Fırın ısıtmıyor ve kırmızı ışık yanıp sönüyor.",
        "オーブンが温まらず、赤いランプが点滅しています。",
        "烤箱不加热，红灯一直闪，显示E-21。",
        "烤箱不加熱，紅燈一直閃，顯示E-21。",
        "The pump makes a loud grinding noise.",
        "The motor makes a clicking sound when it turns.",
        "The readings are off by 5 degrees compared to our reference.",
        "The unit leaks oil from the bottom.",
        "The zoom ring is very stiff.",
        "The fan is extremely loud.",
        "The display shows wrong values.",
        "The scale drifts during the measurement.",
        "The pump does not reach the set pressure.",
        "It takes forever to heat up.",
        "The device gets very hot during normal use.",
        "The touchscreen doesn't react to touches in the lower left corner.",
        "The aperture blades are sticking.",
        "The brake doesn't release.",
        "The unit smells of burnt plastic.",
        "The results are not repeatable.",
        "The accuracy is way off.",
        "设备噪音很大。",
        "温度显示不准，差了5度。",
        "按键失灵。",
        "设备漏油。",
        "风扇转得很慢而且有异响。",
        "No idea why, but the fan is very loud.",
    ],
    "none": [
        "Does the unit support 230 V?",
        "If the cable is missing, can you send one?",
        "The unit is not damaged and works fine.",
        "Thanks, the replacement arrived and works perfectly.",
        "Any news on our repair?",
        "Is the firmware v2 compatible with the old controller?",
        "Can you tell me whether the lens is weather-sealed?",
        "请问这个型号有现货吗？",
        "维修好了吗？什么时候寄回？",
        "谢谢，设备已经收到，工作正常。",
        "请帮忙报价两台。",
    ],
}
CASES = [(category, text) for category, texts in KINDS.items() for text in texts]


@pytest.mark.parametrize("category, body", CASES, ids=[f"{c}-{i}" for i, (c, _b) in enumerate(CASES)])
def test_each_kind_of_wording_has_its_category(understander, category, body):
    assert _category(understander, body) == (None if category == "none" else category)


@pytest.mark.parametrize(
    "body",
    [
        "Does the unit support 230 V?",
        "Can the device be damaged by 24 V?",
        "How do I update the firmware?",
        "What is missing in our RMA form?",
        "To avoid damage, how should we pack the unit for return?",
        "We ordered 10 units last week. When will they ship?",
        "Please quote 5 units instead of 3.",
        "We tried the reset you suggested, no change.",
        "Est-ce que le logiciel est compatible avec Windows 11 ?",
        "请问这个型号支持220V吗？",
    ],
)
def test_questions_plain_orders_and_remedies_tried_tell_no_fault(understander, body):
    assert _category(understander, body) is None


@pytest.mark.parametrize(
    "body, category",
    [
        # A question about a fault, or one that tells what arrived, still tells it.
        ("Why does the link drop every few hours?", "intermittent"),
        ("Is it normal that the image is blurry at the edges?", "optical_performance"),
        ("Could it be that you sent us the wrong model? We received the 12 V version.", "wrong_or_missing_item"),
        # What is set against an order may follow in the next sentence.
        ("We ordered 20 modules. Only 15 were in the box.", "wrong_or_missing_item"),
        ("The lens in the box is a 16 mm lens, we ordered the 25 mm version.", "wrong_or_missing_item"),
        # A change asked of what was delivered is still a wrong item.
        ("Please send the 1550 nm version instead of the 1310 nm one you delivered.", "wrong_or_missing_item"),
        # A unit that restarts by itself is intermittent; a restart tried is not.
        ("The unit restarts by itself twice a day.", "intermittent"),
        ("After a restart it works for an hour, then the link drops again.", "intermittent"),
        ("设备每天会无故重启两三次。", "intermittent"),
    ],
)
def test_what_still_tells_a_fault(understander, body, category):
    assert _category(understander, body) == category


@pytest.mark.parametrize(
    "body, category",
    [
        # A bare software word tells where the customer looked; the fault described in words wins.
        ("The monitoring software does not find the unit on the network.", "no_link"),
        ("O software de monitoramento não encontra o equipamento.", "no_link"),
        # A software fault described in words stays the software's.
        ("The software crashes when the device is connected.", "software"),
        # A fault that came with an update is the software's, whatever it looks like.
        ("Since the firmware update the lens is not recognised by the camera.", "software"),
        ("During the update the progress bar stopped at 63%, now the switch does not detect the module.", "software"),
        ("升级后设备识别不到模块。", "software"),
        # An update that did not help is no cause.
        ("We updated the firmware to v3.2, but the link still drops every few hours.", "intermittent"),
        # A fault is taken over the side effects told in the customer's words (heat, a smell).
        ("O nobreak deu um estalo e cheiro de queimado, agora nao liga.", "no_power"),
        # A wrong item named in words is not a fault of the optics because a value with its unit is told.
        ("We ordered the 24 V version but received the 12 V one.", "wrong_or_missing_item"),
    ],
)
def test_which_category_wins_when_several_cues_are_present(understander, body, category):
    assert _category(understander, body) == category


def test_the_body_decides_between_equal_cues_not_the_subject(understander):
    # In a follow-up the subject is the old fault; the body tells the new one.
    body = "One more thing: the link LED now stays off as well."
    assert _category(understander, body, subject="Re: Unit does not power on") == "no_link"


def test_a_forwarded_subject_repeated_counts_once(understander):
    # "Fwd: X" over "X": the subject's fault is read twice but weighs once against the body's.
    subject = "交换机没反应\n交换机没反应"
    assert _category(understander, "网口指示灯不亮，电脑识别不到设备。", subject=subject) == "no_link"
    assert _category(understander, "The link LED stays off.", subject="No power\nNo power") == "no_link"


@pytest.mark.parametrize(
    "body, category",
    [
        ("Problem: OVERTEMP alarm comes on at only 30% load within ten minutes, room is 22 °C.", "other"),
        ("Problem: the received power is -25 dBm on port 3, the link is up.", "optical_performance"),
    ],
)
def test_only_values_in_units_of_light_speak_of_optics(understander, body, category):
    assert _category(understander, body) == category


def test_a_negation_before_a_colon_does_not_reach_the_fault(understander):
    body = "We checked the fuse and the cable, no change: the unit stays dead."
    assert _category(understander, body) == "no_power"


def test_a_follow_up_that_only_quotes_the_fault_has_no_category(read):
    subject = "Re: [RMA-2026-00123] Unit does not power on"
    found = read("Hello,\n\nwe posted the unit today, tracking 1Z999AA10123456784.\n\nRegards\nTom", subject=subject)
    assert (found.kind, found.defect_category) == ("follow_up", None)


def test_a_follow_up_that_tells_a_new_fault_has_its_category(read):
    subject = "Re: [RMA-2026-00123] Unit does not power on"
    found = read("Hello,\n\none more thing: the link LED now stays off as well.\n\nRegards\nTom", subject=subject)
    assert (found.kind, found.defect_category) == ("follow_up", "no_link")


@pytest.mark.parametrize(
    "body, category",
    [
        ("Der Ofen heizt nicht mehr, die LED blinkt rot.", "other"),
        ("Urządzenie czasami się wyłącza.", "intermittent"),
        ("Kasa çatlak geldi.", "physical_damage"),
        ("Nätkabeln saknas.", "wrong_or_missing_item"),
        ("我们的 switch 上这个 SFP 时不时 link down，log 里有很多 flap。", "intermittent"),
    ],
)
def test_a_whole_mail_in_another_language_is_a_request_with_its_category(read, body, category):
    found = read(f"Hello,\n\n{body} Order 4500012345.\n\nRegards\nTom")
    assert (found.kind, found.defect_category) == ("new_request", category)


@pytest.mark.parametrize(
    "body",
    [
        "A colleague dropped the camera and now something rattles inside.",
        "After the fall the lens makes a grinding noise when zooming.",
        "Liquid was spilled on the keyboard and some keys no longer work.",
        "The unit fell off the bench and the display is cracked.",
        "Die Kamera ist heruntergefallen, seitdem klappert etwas im Inneren.",
        "La cámara se cayó y ahora la pantalla está rota.",
        "设备从桌上掉下来，外壳裂了。",
    ],
)
def test_an_accident_told_is_damage_whatever_follows_from_it(understander, body):
    assert _category(understander, body) == "physical_damage"


def test_power_that_drops_is_no_fall(understander):
    assert _category(understander, "激光器工作一会儿功率就掉下来，重启后恢复。") == "intermittent"


@pytest.mark.parametrize(
    "body, category",
    [
        # A value measured against the one it should have is a fault of no named category, not an item
        # delivered in place of another.
        ("Der Analogausgang gibt bei 0 % statt 4 mA konstant etwa 11,8 mA aus.", "other"),
        ("The output gives 3 mA instead of 4 mA at zero.", "other"),
        # A variant delivered in place of another still is.
        ("We received the 12 V version instead of the 24 V version.", "wrong_or_missing_item"),
        ("We received 12 V units instead of 24 V.", "wrong_or_missing_item"),
    ],
)
def test_a_value_instead_of_another_is_measured_not_delivered(understander, body, category):
    assert _category(understander, body) == category


@pytest.mark.parametrize(
    "label",
    [
        "Omschrijving",
        "Opis usterki",
        "Popis závady",
        "Descrição do problema",
        "Descrizione del guasto",
        "Felbeskrivning",
    ],
)
def test_a_web_form_fault_field_in_another_language_is_a_description(understander, label):
    body = f"Name: Jan Kowalski\nProduct: XR-20\n{label}: the thing makes a strange ticking after an hour\n"
    reading = understander.defects.read(understander.pipeline.analyse("Form"), understander.pipeline.analyse(body))
    assert (reading.category, reading.source) == ("other", "form")
    assert reading.summary.startswith("the thing makes a strange ticking")


def test_a_housing_that_gets_hot_after_an_hour_in_dutch(understander):
    assert _category(understander, "De behuizing wordt na een uur zo heet dat je hem niet kunt aanraken.") == "other"


@pytest.mark.parametrize(
    "body, category",
    [
        # Optics told without the taxonomy's words, and damage whose noise follows from it.
        ("The laser line is not straight, it bends at the ends.", "optical_performance"),
        ("The spectrometer readings drift by several nm during the day.", "optical_performance"),
        ("The measured output is 20% below the datasheet value.", "optical_performance"),
        ("The camera image has a strong vignetting and the corners are dark.", "optical_performance"),
        ("The autofocus hunts and never locks.", "optical_performance"),
        ("The lens has become noisy and the focus is inaccurate.", "optical_performance"),
        ("Calibration of the optical power did not help, the power is still too low.", "optical_performance"),
        ("After recalibration the image is still blurry.", "optical_performance"),
        ("The lidar returns noisy points at long range.", "optical_performance"),
        ("The laser diode current is fine but the optical output is very weak.", "optical_performance"),
        ("The fibre coupling efficiency has dropped.", "optical_performance"),
        ("Spots on the sensor show up in every photo.", "optical_performance"),
        ("The telescope shows double images.", "optical_performance"),
        ("The rangefinder gives distances that are 30 cm off.", "optical_performance"),
        ("The projector image is dim and yellowish.", "optical_performance"),
        ("The unit arrived with a loose part rattling inside.", "physical_damage"),
        ("The display glass is broken and makes a crackling sound.", "physical_damage"),
        ("The housing is cracked and the fan makes a loud noise.", "physical_damage"),
        ("The connector is loose and wobbles.", "physical_damage"),
        ("The seal is torn and water leaks in.", "physical_damage"),
    ],
)
def test_optics_and_damage_told_in_plain_words(understander, body, category):
    assert _category(understander, body) == category


@pytest.mark.parametrize(
    "body",
    [
        # Information or a paper missing from a mail or a document, not an item from a delivery.
        "Here is the missing serial number: 123456.",
        "Sorry, the order number was missing in my first mail, it is 4500012345.",
        "The invoice is missing the VAT number.",
        "Der fehlende Lieferschein ist im Anhang.",
        "补充一下缺少的序列号：123456。",
        "附件是缺少的发票。",
        # Where or when an order was placed.
        "We ordered through your distributor, the order number is 4500012345.",
        # Another remedy, carrier or address asked for.
        "Could you ship it to our Munich office instead of Berlin?",
        "Please use DHL instead of UPS for the return.",
        "We would like a refund instead of a replacement.",
    ],
)
def test_information_supplied_and_remedies_asked_are_no_missing_item(understander, body):
    assert _category(understander, body) is None


@pytest.mark.parametrize(
    "body",
    [
        "The serial number label is missing on the unit and the manual was not in the box.",
        "The delivery note lists 10 units, but only 8 were in the box.",
        "Serial 12345: the mounting kit is missing.",
    ],
)
def test_an_item_missing_from_a_delivery_still_is(understander, body):
    assert _category(understander, body) == "wrong_or_missing_item"


@pytest.mark.parametrize(
    "body, category",
    [
        ("We see the fault roughly every second day.", "intermittent"),
        ("The issue came back.", "intermittent"),
        ("Some days it runs fine, other days it fails constantly.", "intermittent"),
        ("这个问题不是每次都出现。", "intermittent"),
        # Lenses that came back from a shoot are no fault that came back.
        ("Four lenses came back from a desert shoot with scratches on the front elements.", "physical_damage"),
    ],
)
def test_a_fault_that_comes_back_or_skips_days(understander, body, category):
    assert _category(understander, body) == category
