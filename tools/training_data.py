"""Generated training mails for the learned extractor: identifiers as spans, kind and defect as classes.

Every mail is made up here from parts, with a fixed seed: fictional companies each invent their own
identifier conventions (serials in blocks with any separator, with the model code in front, lower case,
all digits, month of making / running number; orders with slashes and year blocks, SAP numbers, Chinese
contract numbers; models with spaces; the carriers' tracking shapes), their own labels (English, Chinese
and eleven other languages, tools/training_languages.py, or none at all), their own layouts (a sentence,
"Label: value" lines, lists, tables, the subject line, a colleague's forward) and their own way of
describing a fault in plain words, in the same thirteen languages. Numbers that look like identifiers
but are not (dates, phones, invoices, VAT ids, IBANs, register numbers, post codes, versions, IP
addresses, quantities, RMA numbers, the customer's own ticket numbers, whole signature blocks) are
written in as well, unlabelled, so the model learns to leave them alone.

Nothing here is taken from a real or test mail: the parts are generic on purpose, so the learned
component does not fit one company's habits.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import get_args

from mailbot.values import DefectCategory
from tools.training_languages import LANGUAGES, Language

SPAN_LABELS = ("ORDER", "SERIAL", "MODEL", "TRACKING")
DEFECTS: tuple[str, ...] = get_args(DefectCategory)  # the taxonomy the extractor reports, in its order
DEFECT_CLASSES = (*DEFECTS, "none")
KIND_CLASSES = ("request", "status", "unrelated", "notice")
SEED = 20261130


@dataclass(frozen=True)
class Example:
    """One generated text: its identifier spans (char start, end, label) and its classes."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    defect: str  # one of DEFECT_CLASSES
    kind: str  # one of KIND_CLASSES
    language: str  # en, zh or mixed


@dataclass
class _Writer:
    """Builds a text piece by piece and remembers where each labelled value sits."""

    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    size: int = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label and text:
            self.spans.append((self.size, self.size + len(text), label))
        self.parts.append(text)
        self.size += len(text)

    def text(self) -> str:
        return "".join(self.parts)


# --- identifier conventions -------------------------------------------------------------------------

_UP = string.ascii_uppercase.replace("O", "").replace("I", "")


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(_UP) for _ in range(n))


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _alnum(r: random.Random, n: int) -> str:
    return "".join(r.choice(_UP + string.digits) for _ in range(n - 1)) + r.choice(string.digits)


def _compact(model: str) -> str:
    """A model name as a serial number starts with it: letters and digits of its first part."""
    return "".join(ch for ch in model.split("-")[0].split(" ")[0] if ch.isalnum())[:6].upper() or "X"


def _year(r: random.Random, full: bool = False) -> str:
    y = r.randint(2019, 2027)
    return str(y) if full else str(y)[2:]


def _model_maker(r: random.Random) -> Callable[[random.Random], str]:
    """A company's product models: one scheme among several."""
    family = _letters(r, r.randint(1, 3))
    words = ["Plus", "Pro", "Max", "Lite", "Mini", "HD", "X", "S", "Ultra"]
    schemes: list[Callable[[random.Random], str]] = [
        lambda q: (
            f"{family}-{q.choice(['SFP', 'SFP28', 'QSFP', 'XFP', 'GBIC', 'OLT', 'ONU'])}-"
            f"{q.choice(['1G', '10G', '25G', '40G', '100G'])}-{q.choice(['LR', 'SR', 'ER', 'ZR', 'BX', 'CWDM4'])}"
        ),
        lambda q: f"{family} {q.randint(10, 990)} {q.choice(words)}",
        lambda q: f"{family}{q.randint(10, 990)}{q.choice(['', '', 'A', 'B', 'S', 'X'])}",
        lambda q: f"{family} {q.randint(1, 2)}x{q.choice([2, 4, 8, 16, 32, 64])}",
        lambda q: f"{family}-{q.choice(['ODF', 'PDU', 'UPS', 'CAM', 'AP', 'SW', 'RTR', 'OV'])}-{q.randint(2, 96)}",
        lambda q: f"{family}{q.randint(1, 9)}{q.choice(['00', '10', '20', '50'])}-{q.choice(['E', 'P', 'W', 'T'])}",
        lambda q: f"{family.title()}{q.choice(['Line', 'Cam', 'Box', 'Link', 'Cool', 'Heat'])} {q.randint(2, 900)}",
    ]
    return r.choice(schemes)


def _serial_maker(r: random.Random, model: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
    prefix = _letters(r, r.randint(1, 4))
    lower = r.random() < 0.2
    sep = r.choice(["-", "-", "", "/", "_", "."])
    blocks, block = r.randint(2, 4), r.randint(3, 5)
    schemes: list[Callable[[random.Random], str]] = [
        lambda q: f"{prefix}{_year(q)}{q.randint(1, 52):02d}{_letters(q, 1)}{_digits(q, 5)}",
        lambda q: f"{prefix}{q.randint(1, 9)}-{_digits(q, 4)}-{_digits(q, 4)}",
        lambda q: f"{prefix}{_digits(q, q.randint(8, 12))}",
        lambda q: _digits(q, q.randint(9, 14)),
        lambda q: f"{model(q).replace(' ', '').split('-')[0]}-{_year(q)}-{_digits(q, 4)}",
        lambda q: f"{prefix}-{_year(q, True)}{_digits(q, 2)}-{_digits(q, 5)}",
        lambda q: f"{_digits(q, 2)}{_letters(q, 2)}{_digits(q, 6)}",
        lambda q: f"{prefix}{_digits(q, 4)}{_letters(q, 2)}{_digits(q, 4)}",
        # blocks of letters and digits, two to four of them, with one separator
        lambda q: sep.join(_alnum(q, block) for _ in range(blocks)),
        # the model's code in front, then a year and a running number
        lambda q: f"{_compact(model(q))}{sep}{_year(q)}{_digits(q, q.randint(4, 6))}",
        lambda q: f"{_compact(model(q))}{_year(q)}{_letters(q, 1)}{_digits(q, 6)}",
        lambda q: f"{prefix[:2]}{_year(q)}{_letters(q, 1)}{_digits(q, 6)}",
        lambda q: _digits(q, 7),
        lambda q: f"{_year(q)}{q.randint(1, 12):02d}/{_digits(q, 5)}",  # month of making / running number
        lambda q: f"{prefix}{sep}{_year(q, True)}{q.randint(1, 12):02d}{sep}{_digits(q, 4)}",
    ]
    scheme = r.choice(schemes)
    return (lambda q: scheme(q).lower()) if lower else scheme


def _order_maker(r: random.Random) -> Callable[[random.Random], str]:
    prefix = r.choice(["PO", "SO", "OC", "AB", "HT", "CO", "ORD", "DD", "XS", "SC", "VO", "EP", _letters(r, 2)])
    schemes: list[Callable[[random.Random], str]] = [
        lambda q: f"45{_digits(q, 8)}",
        lambda q: f"{prefix}-{_year(q)}-{_digits(q, 4)}",
        lambda q: f"{prefix}/{_year(q)}/{_digits(q, 4)}-{_letters(q, 1)}",
        lambda q: f"{_year(q, True)}-{_digits(q, 4)}",
        lambda q: f"{prefix}{_year(q, True)}{_digits(q, 6)}",
        lambda q: f"{prefix}-{_digits(q, 6)}",
        lambda q: _digits(q, q.randint(6, 9)),
        lambda q: f"{_letters(q, 2)}-{prefix}-{_year(q)}-{_digits(q, 4)}",
        lambda q: f"{prefix}{_digits(q, 5)}",
        lambda q: f"{prefix}-{_year(q, True)}-{_digits(q, q.randint(3, 5))}",
        lambda q: f"{prefix[0]}{_year(q)}-{_digits(q, q.randint(4, 5))}",
        lambda q: f"{prefix}{_year(q)}-{_digits(q, 4)}",
        lambda q: f"{_year(q, True)}/{_digits(q, q.randint(3, 5))}",
        lambda q: f"{prefix}-{q.randint(1, 9)}{_digits(q, 3)}",
        # Chinese contract numbers: HT (合同) with a year, a month and a running number
        lambda q: f"HT{_year(q, True)}{q.randint(1, 12):02d}{_digits(q, 3)}",
        lambda q: f"{_letters(q, 2)}-HT-{_year(q, True)}-{_digits(q, 3)}",
        lambda q: f"{_letters(q, 2)}HT{_year(q)}{_digits(q, 4)}",
        lambda q: f"{prefix}/{_year(q, True)}/{_digits(q, 3)}",
    ]
    scheme = r.choice(schemes)
    return (lambda q: scheme(q).lower()) if r.random() < 0.15 else scheme


def _tracking(r: random.Random) -> str:
    return r.choice(
        [
            lambda: f"1Z{_letters(r, 3)}{_digits(r, 3)}{_digits(r, 10)}",
            lambda: _digits(r, 12),
            lambda: _digits(r, 10),
            lambda: f"SF{_digits(r, 13)}",
            lambda: f"{_letters(r, 2)}{_digits(r, 9)}{r.choice(['CN', 'DE', 'US', 'GB'])}",
            lambda: f"JD{_digits(r, 13)}",
            lambda: f"YT{_digits(r, 16)}",
        ]
    )()


# Numbers that are not ours to extract, each written as a person would.
def _distractor(r: random.Random) -> tuple[str, str]:
    y = r.randint(2019, 2027)
    options = [
        (f"Invoice {_letters(r, 2)}-{y}-{_digits(r, 4)}", f"发票号 {_digits(r, 8)}"),
        (
            f"dated {y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            f"日期 {y}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
        ),
        (f"on {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{y}", f"{y}/{r.randint(1, 12)}/{r.randint(1, 28)}"),
        (
            f"call me on +{r.randint(30, 89)} {_digits(r, 3)} {_digits(r, 7)}",
            f"电话 1{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}",
        ),
        (f"VAT ID {r.choice(['DE', 'FR', 'NL', 'IT'])}{_digits(r, 9)}", f"税号 91{_digits(r, 16)}"),
        (
            f"IBAN {r.choice(['DE', 'NL', 'GB'])}{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
            f"账号 {_digits(r, 16)}",
        ),
        (
            f"firmware v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            f"固件版本 V{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
        ),
        (
            f"at 192.168.{r.randint(0, 9)}.{r.randint(2, 250)}",
            f"IP地址 10.{r.randint(0, 250)}.{r.randint(0, 250)}.{r.randint(1, 250)}",
        ),
        (f"{r.randint(2, 40)} pcs", f"{r.randint(2, 40)}台"),
        (
            f"our ticket {r.choice(['INC', 'CASE', 'TCK', 'REQ'])}{_digits(r, 7)}",
            f"工单号 {r.choice(['GD', 'WO'])}{_digits(r, 8)}",
        ),
        (f"RMA-{y}-{_digits(r, 5)}", f"RMA-{y}-{_digits(r, 5)}"),
        (f"quote Q-{y}-{_digits(r, 3)}", f"报价单 QT{_digits(r, 6)}"),
        (f"ext. {_digits(r, 4)}", f"分机 {_digits(r, 3)}"),
    ]
    return r.choice(options)


# --- labels -----------------------------------------------------------------------------------------

LABELS = {
    "ORDER": (
        [
            "PO",
            "PO#",
            "PO no.",
            "PO number",
            "Purchase order",
            "Order",
            "Order no.",
            "Order number",
            "our order",
            "your order",
            "Sales order",
            "SO",
            "Customer PO",
            "Order ref",
            "Contract no.",
            "Bestellnummer",
            "Auftrag",
            "Ref. order",
            "Purchase Order No",
            "P.O.",
        ],
        ["订单号", "订单编号", "采购单号", "合同号", "合同编号", "采购订单", "销售订单号", "订货单号"],
    ),
    "SERIAL": (
        [
            "S/N",
            "SN",
            "SN:",
            "Serial",
            "Serial number",
            "Serial no.",
            "serial numbers",
            "S/Ns",
            "Serial No",
            "Seriennummer",
            "unit serial",
            "serials",
            "serial #",
        ],
        ["序列号", "SN码", "机身号", "序列号码", "产品序列号", "条码"],
    ),
    "MODEL": (
        ["Model", "Model no.", "Product", "Part number", "P/N", "Type", "Item", "Modell", "Article"],
        ["型号", "产品型号", "规格型号", "料号", "产品"],
    ),
    "TRACKING": (
        ["Tracking", "Tracking number", "tracking no.", "AWB", "Waybill", "consignment", "Sendungsnummer"],
        ["快递单号", "运单号", "物流单号", "单号"],
    ),
}
_CARRIERS = ["UPS", "FedEx", "DHL", "TNT", "SF Express", "EMS", "顺丰", "京东物流", "中通", "DPD"]


@dataclass(frozen=True)
class Company:
    """One fictional company's conventions."""

    name: str
    domain: str
    model: Callable[[random.Random], str]
    serial: Callable[[random.Random], str]
    order: Callable[[random.Random], str]
    models: tuple[str, ...]


def make_company(r: random.Random) -> Company:
    syllables = [
        "lu",
        "ma",
        "tek",
        "nor",
        "vik",
        "hua",
        "guang",
        "kes",
        "trel",
        "fen",
        "mark",
        "zen",
        "ora",
        "pix",
        "sol",
        "tra",
        "bel",
        "dan",
        "qi",
        "xin",
        "ray",
        "opti",
        "therm",
        "wave",
        "lin",
        "ko",
    ]
    name = "".join(r.choice(syllables) for _ in range(r.randint(2, 3))).title()
    model = _model_maker(r)
    return Company(
        name,
        f"{name.lower()}-example.com",
        model,
        _serial_maker(r, model),
        _order_maker(r),
        tuple(model(r) for _ in range(r.randint(2, 6))),
    )


# --- fault descriptions in plain words --------------------------------------------------------------

FAULTS: dict[str, tuple[list[str], list[str]]] = {
    "no_power": (
        [
            "it does not turn on at all",
            "nothing happens when we plug it in",
            "the unit is completely dead",
            "no lights come on after power-up",
            "the display stays black and the fan does not spin",
            "it will not start, the power LED stays off",
            "the adapter seems dead, no power to the unit",
            "the device died overnight and will not switch on",
            "it won't boot any more",
        ],
        [
            "通电后没有任何反应",
            "设备无法开机",
            "电源灯不亮，完全没反应",
            "插上电源后指示灯全不亮",
            "机器开不了机",
            "上电后屏幕黑屏",
        ],
    ),
    "no_link": (
        [
            "the port never comes up",
            "the switch does not see the module",
            "there is no connection to the network",
            "we cannot get a link between the two sites",
            "the other end receives nothing",
            "the interface stays down whatever we do",
            "no signal reaches the receiver",
            "devices cannot reach each other",
            "the camera is not reachable on the network",
        ],
        ["端口一直不亮", "交换机识别不到模块", "两端无法建立连接", "网络不通", "对端收不到信号", "设备连不上网"],
    ),
    "optical_performance": (
        [
            "the measured loss is far above the datasheet",
            "received power is only -14 dBm",
            "the output is much weaker than specified",
            "we see lots of errors on the line",
            "the light is too dim",
            "the split is uneven between the ports",
            "the attenuation is 3 dB higher than expected",
            "the power reading drifts below the limit",
        ],
        ["光功率偏低", "插损超标", "测试损耗偏大", "输出功率不足", "误码很多", "亮度不够", "分光不均匀"],
    ),
    "intermittent": (
        [
            "it works for a while and then stops",
            "the connection drops every few hours",
            "it restarts by itself now and then",
            "every afternoon it cuts out and comes back",
            "the unit goes offline at random and recovers later",
            "it gets very hot and shuts down after an hour",
            "the fault comes and goes",
            "sometimes it works, sometimes not",
        ],
        ["用一段时间就断开", "时好时坏", "偶尔自动重启", "经常掉线", "运行一会儿就过热停机", "不定期断开又恢复"],
    ),
    "physical_damage": (
        [
            "the housing arrived cracked",
            "the box was crushed and the connector is bent",
            "one of the latches broke off",
            "the glass is shattered",
            "there is a dent in the front panel",
            "the cable jacket is torn",
            "water got in and the board is corroded",
            "the parcel was damaged in transit and so is the unit",
        ],
        ["外壳裂了", "收到时外包装破损，接口弯了", "卡扣断了", "面板有凹痕", "玻璃碎了", "运输中摔坏了"],
    ),
    "wrong_or_missing_item": (
        [
            "we received the wrong model",
            "two units are missing from the delivery",
            "the box contained a different part",
            "the power cords were not included",
            "we ordered the long-range version but got short-range",
            "the quantity delivered does not match the order",
            "the accessories kit was missing",
        ],
        ["发错货了", "少发了两台", "收到的型号不对", "配件缺失", "数量和订单不符", "包装里没有电源线"],
    ),
    "software": (
        [
            "after the update the web interface no longer loads",
            "the configuration is lost after every restart",
            "the app keeps crashing when we open the settings",
            "the firmware upgrade failed halfway",
            "the management page shows an error and hangs",
            "the license is not accepted any more",
            "error code E-21 on the screen",
        ],
        ["升级固件后无法登录", "配置重启后丢失", "软件一打开就闪退", "升级失败", "管理界面报错", "系统死机"],
    ),
    "other": (
        [
            "it makes a loud buzzing noise",
            "there is a strong burning smell",
            "the fan is very noisy",
            "the temperature reading is wrong by ten degrees",
            "the unit vibrates strongly",
            "the buttons do not react as expected",
        ],
        ["有异响", "有烧焦的味道", "风扇噪音很大", "温度显示不准", "按键失灵"],
    ),
}

# Fault sentences composed from a thing and what is wrong with it, so the classifier learns the words of
# each category rather than a handful of whole sentences.
_THINGS = (
    [
        "the unit",
        "the device",
        "the module",
        "the camera",
        "the controller",
        "the oven",
        "the switch",
        "the sensor",
        "the transceiver",
        "the splitter",
        "the heater",
        "the pump",
        "our new unit",
        "one of the modules",
        "the second device",
        "the reader",
        "the printer",
        "the amplifier",
        "the converter",
        "the panel",
        "it",
    ],
    [
        "设备",
        "模块",
        "这台机器",
        "摄像头",
        "控制器",
        "烤箱",
        "交换机",
        "传感器",
        "光模块",
        "分光器",
        "加热器",
        "泵",
        "新买的设备",
        "其中一台",
    ],
)
PREDICATES: dict[str, tuple[list[str], list[str]]] = {
    "no_power": (
        [
            "does not heat any more",
            "does not switch on",
            "is dead",
            "shows no sign of life",
            "gets no power",
            "stays dark after plugging in",
            "does not start",
            "has no lights at all",
            "won't power up",
            "trips the breaker and stays off",
            "has a dead power supply",
            "does nothing when the button is pressed",
            "is completely off even with a new cable",
            "died after a power cut",
            "no longer boots",
        ],
        [
            "不通电",
            "开不了机",
            "没有任何反应",
            "指示灯不亮",
            "电源坏了",
            "上电无显示",
            "按开关没反应",
            "不启动",
            "不加热了",
        ],
    ),
    "no_link": (
        [
            "is not detected by the switch",
            "shows link down",
            "gets no signal",
            "cannot be reached over the network",
            "does not connect to the router",
            "has no link light",
            "is not recognised by the host",
            "stays offline",
            "reports loss of signal",
            "cannot establish a connection",
            "does not pair",
            "shows no traffic on the port",
            "drops off the network and never comes back",
        ],
        ["识别不到", "没有信号", "连不上", "端口不亮", "无法连接网络", "离线", "ping不通", "链路建立不起来"],
    ),
    "optical_performance": (
        [
            "shows a very high loss",
            "has low output power",
            "measures -18 dBm at the receiver",
            "is far below spec",
            "gives a weak signal",
            "has high attenuation",
            "shows many CRC errors",
            "has a poor extinction ratio",
            "is too dim",
            "has uneven output between ports",
            "has a high bit error rate",
            "fails the power test",
        ],
        ["光功率太低", "损耗很大", "衰减过高", "误码率高", "亮度不足", "输出不稳定偏低", "测试不合格"],
    ),
    "intermittent": (
        [
            "drops out now and then",
            "reboots every few hours",
            "works only some of the time",
            "loses the connection at random",
            "freezes from time to time",
            "keeps restarting",
            "overheats after an hour and stops",
            "flickers on and off",
            "disconnects several times a day",
            "fails every few days and then recovers",
            "is unstable",
        ],
        ["时不时断开", "经常重启", "偶尔死机", "隔几个小时就掉线", "工作一段时间后过热", "时好时坏", "不稳定"],
    ),
    "physical_damage": (
        [
            "arrived broken",
            "has a cracked housing",
            "has a bent pin",
            "was crushed in transit",
            "has a snapped latch",
            "has a broken connector",
            "came with a shattered display",
            "has scratches and a dent",
            "is visibly damaged",
            "has a loose part rattling inside",
            "has a burnt connector",
        ],
        ["外壳破损", "到货就坏了", "接口断了", "屏幕碎了", "运输压坏了", "有明显的裂纹", "针脚弯了"],
    ),
    "wrong_or_missing_item": (
        [
            "is not what we ordered",
            "came without its power cord",
            "was missing from the box",
            "is the wrong version",
            "was delivered in the wrong quantity",
            "came with the wrong connector type",
            "is missing its mounting kit",
            "was swapped with another model",
        ],
        ["不是我们订的型号", "少了一台", "缺少配件", "发错了", "数量不对", "没有附带电源"],
    ),
    "software": (
        [
            "shows error code E-21 after the update",
            "hangs at boot after the firmware upgrade",
            "loses its settings",
            "crashes when the app connects",
            "rejects our login since the update",
            "shows a license error",
            "has a web page that does not load",
            "displays a checksum error",
            "stuck in a boot loop after the upgrade",
        ],
        ["升级后报错", "软件崩溃", "配置丢失", "登录不了管理页面", "固件升级失败", "显示错误代码E21"],
    ),
    "other": (
        [
            "makes a strange clicking noise",
            "smells of burnt plastic",
            "is much louder than before",
            "vibrates a lot",
            "shows the wrong temperature",
            "leaks a little water",
            "has a sticky button",
            "beeps constantly",
        ],
        ["有异响", "有焦味", "噪音大", "漏水", "一直响报警", "温度显示不对"],
    ),
}

_NON_DEFECT_EN = [
    "Could you tell us when the replacement will ship?",
    "What is the status of our return?",
    "Please send us a quotation for 50 units.",
    "Thank you for your quick help, everything works now.",
    "Please find attached our payment advice.",
    "We would like to know the lead time for the new series.",
    "Our accounts team confirms the transfer.",
    "Can you confirm you received the parcel?",
    "Please update your records with our new delivery address.",
    "We are interested in becoming a distributor.",
    "Has the repaired unit left your warehouse yet?",
    "Join our webinar next week on fibre testing.",
]
_NON_DEFECT_ZH = [
    "请问更换件什么时候发货？",
    "我们的退货处理到哪一步了？",
    "请报价50台。",
    "谢谢，问题已经解决了。",
    "附件是付款通知。",
    "请问新系列的交期是多久？",
    "请确认是否已收到包裹。",
    "我们想成为贵司的代理商。",
]

_GREET = (
    ["Hello", "Hi", "Dear service team", "Dear Sir or Madam", "Good morning", "Hi team", "Dear support"],
    ["您好", "你好", "尊敬的售后", "各位好", "售后您好"],
)
_SIGN = (["Best regards", "Kind regards", "Thanks", "Regards", "Cheers", "Thank you"], ["谢谢", "此致", "祝好", "多谢"])
_ASK = (
    [
        "Please arrange a return.",
        "Could you replace it?",
        "Please advise how to proceed.",
        "We need an RMA.",
        "Please repair or replace.",
        "Can we send it back?",
    ],
    ["请安排退换货。", "麻烦处理一下。", "请问如何返修？", "请给个RMA号。", "请尽快更换。"],
)


# --- layouts ----------------------------------------------------------------------------------------


def _label(r: random.Random, kind: str, zh: bool, own: Language | None = None) -> str:
    en, cn = LABELS[kind]
    if own is not None and r.random() < 0.7:  # customers mix their own language's labels with English ones
        return r.choice(own.labels[kind])
    return r.choice(cn if zh else en)


def _sep(r: random.Random, zh: bool) -> str:
    return r.choice(["：", ": ", "：", " "] if zh else [": ", ": ", " ", " - ", "# ", ":"])


def _values(w: _Writer, r: random.Random, kind: str, values: list[str], zh: bool) -> None:
    joiners = ["、", "，", ", ", " "] if zh else [", ", ", ", " / ", " ", "; "]
    last = [" 和 ", "、"] if zh else [" and ", ", "]
    joiner = r.choice(joiners)
    for i, v in enumerate(values):
        if i:
            w.add(r.choice(last) if i == len(values) - 1 else joiner)
        w.add(v, kind)


def _identifier_block(
    w: _Writer, r: random.Random, c: Company, ids: dict[str, list[str]], zh: bool, own: Language | None = None
) -> None:
    """The identifiers of one mail, in one of several layouts (labels in ``own`` language if given)."""
    layout = r.choice(["lines", "lines", "sentence", "sentence", "table", "bare", "list"])
    if own is not None and layout == "sentence":
        layout = "lines"
    _label_of = lambda k: _label(r, k, zh, own)  # noqa: E731
    order = [k for k in ("ORDER", "MODEL", "SERIAL", "TRACKING") if ids.get(k)]
    r.shuffle(order)
    if layout == "table" and ids.get("SERIAL"):
        bar = r.choice([" | ", "\t", "   "])
        cols = [k for k in ("MODEL", "SERIAL", "ORDER") if ids.get(k)]
        w.add(bar.join(_label_of(k) for k in cols) + "\n")
        for i, serial in enumerate(ids["SERIAL"]):
            for j, k in enumerate(cols):
                if j:
                    w.add(bar)
                if k == "SERIAL":
                    w.add(serial, "SERIAL")
                else:
                    w.add(ids[k][min(i, len(ids[k]) - 1)], k)
            w.add("\n")
        return
    if layout == "list" and ids.get("SERIAL"):
        w.add(_label_of("SERIAL") + r.choice([":", "：", ""]) + "\n")
        bullet = r.choice(["- ", "* ", "", "• ", "1) "])
        for s in ids["SERIAL"]:
            w.add(bullet)
            w.add(s, "SERIAL")
            w.add("\n")
        order = [k for k in order if k != "SERIAL"]
    for k in order:
        if layout == "bare" and k != "TRACKING" and r.random() < 0.6:
            w.add(r.choice(["", "", "ref "]) if not zh else r.choice(["", "编号 "]))
        elif layout == "sentence" and not zh:
            w.add(
                r.choice(
                    {
                        "ORDER": ["It was bought under ", "We ordered it with ", "This concerns ", "Delivered on "],
                        "SERIAL": ["The affected units are ", "Units ", "The device with ", "It is unit "],
                        "MODEL": ["The product is a ", "We use the ", "Our ", "It's the "],
                        "TRACKING": ["We shipped it back with " + r.choice(_CARRIERS) + " ", "Parcel ", "Tracking: "],
                    }[k]
                )
                + (_label_of(k) + " " if r.random() < 0.5 else "")
            )
        elif layout == "sentence":
            w.add(
                r.choice(
                    {
                        "ORDER": ["订单是", "采购时的"],
                        "SERIAL": ["故障设备", "这台"],
                        "MODEL": ["产品是", "用的"],
                        "TRACKING": ["已经用" + r.choice(_CARRIERS) + "寄回，"],
                    }[k]
                )
                + _label_of(k)
                + r.choice(["", "：", " "])
            )
        else:
            w.add(_label_of(k) + _sep(r, zh))
        _values(w, r, k, ids[k], zh)
        w.add(
            r.choice(["\n", "\n", ". ", "。", "\n"])
            if not (layout == "sentence" and not zh)
            else r.choice([".\n", ". ", " "])
        )


def _defect_text(r: random.Random, defect: str, zh: bool) -> str:
    if r.random() < 0.35:
        en, cn = FAULTS[defect]
        return r.choice(cn if zh else en)
    things, predicates = _THINGS[1 if zh else 0], PREDICATES[defect][1 if zh else 0]
    first = f"{r.choice(things)}{'' if zh else ' '}{r.choice(predicates)}"
    if r.random() < 0.35:  # a second symptom of the same fault
        first += ("，" if zh else ", and it ") + r.choice(predicates)
    return first


def _identifiers(r: random.Random, c: Company) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = {}
    if r.random() < 0.75:
        ids["ORDER"] = [c.order(r) for _ in range(1 if r.random() < 0.85 else 2)]
    if r.random() < 0.8:
        ids["SERIAL"] = [c.serial(r) for _ in range(r.choice([1, 1, 1, 2, 3, 4]))]
    if r.random() < 0.7:
        ids["MODEL"] = [r.choice(c.models)]
    if r.random() < 0.15:
        ids["TRACKING"] = [_tracking(r)]
    return ids


def _request(r: random.Random, c: Company, lang: str) -> Example:
    zh = lang == "zh"
    w = _Writer()
    defect = r.choice(DEFECTS) if r.random() < 0.9 else "none"
    greet, sign, ask = (_GREET[1], _SIGN[1], _ASK[1]) if zh else (_GREET[0], _SIGN[0], _ASK[0])
    w.add(r.choice(greet) + r.choice([",\n\n", "，\n", "\n"]))
    if defect != "none":
        text = _defect_text(r, defect, zh if lang != "mixed" else r.random() < 0.5)
        w.add(text[0].upper() + text[1:] + r.choice([". ", "。", ".\n", "! "]))
    ids = _identifiers(r, c)
    if r.random() < 0.5:
        w.add("\n")
    _identifier_block(w, r, c, ids, zh if lang != "mixed" else r.random() < 0.5)
    if r.random() < 0.4:
        en, cn = _distractor(r)
        w.add(r.choice(["(", "", "Also: "]) if not zh else "")
        w.add(cn if zh else en)
        w.add(". " if not zh else "。")
    if defect != "none" and r.random() < 0.4:
        w.add(_defect_text(r, defect, zh) + r.choice([". ", "。"]))
    w.add(
        "\n"
        + r.choice(ask)
        + "\n\n"
        + r.choice(sign)
        + "\n"
        + r.choice(["Anna", "M. Keller", "王磊", "Li Na", "J. Smith"])
    )
    if r.random() < 0.4:
        en, cn = _distractor(r)
        w.add("\n" + (cn if zh else en) + "\n" + c.name + " GmbH" * (r.random() < 0.3))
    return Example(w.text(), tuple(w.spans), defect, "request", lang)


_STATUS_EN = (
    ["When will", "Has", "Any news on whether", "Could you tell us when", "Can you check if", "By when will"],
    [
        "the replacement",
        "our repaired unit",
        "the exchange unit",
        "the return",
        "the credit note",
        "the new module",
        "our RMA",
        "the swap unit",
        "the refund",
        "the repaired camera",
    ],
    ["ship", "be shipped", "leave your warehouse", "be dispatched", "arrive", "be processed", "be ready"],
)
_STATUS_ZH = (
    ["请问", "麻烦查一下", "想了解一下", ""],
    ["更换件", "维修件", "退货", "返修的设备", "退款", "换货"],
    ["什么时候发货？", "处理到哪一步了？", "发出了吗？", "大概什么时候能到？", "有进展吗？"],
)


def _status_question(r: random.Random, zh: bool) -> str:
    if r.random() < 0.3:
        return r.choice(_NON_DEFECT_ZH[:3] if zh else [*_NON_DEFECT_EN[:2], _NON_DEFECT_EN[10]])
    a, b, c = _STATUS_ZH if zh else _STATUS_EN
    rma = f"RMA-{r.randint(2020, 2027)}-{_digits(r, 5)}" if r.random() < 0.5 else ""
    if zh:
        return f"{r.choice(a)}{rma}的{r.choice(b)}{r.choice(c)}" if rma else f"{r.choice(a)}{r.choice(b)}{r.choice(c)}"
    return f"{r.choice(a)} {r.choice(b)}{' for ' + rma if rma else ''} {r.choice(c)}?"


def _status(r: random.Random, c: Company, lang: str) -> Example:
    zh = lang == "zh"
    w = _Writer()
    w.add(r.choice(_GREET[1] if zh else _GREET[0]) + "\n")
    w.add(_status_question(r, zh) + " ")
    if r.random() < 0.7:
        ids = {"ORDER": [c.order(r)]} if r.random() < 0.6 else {"TRACKING": [_tracking(r)]}
        if r.random() < 0.3:
            ids["SERIAL"] = [c.serial(r)]
        _identifier_block(w, r, c, ids, zh)
    w.add("\n" + r.choice(_SIGN[1] if zh else _SIGN[0]))
    return Example(w.text(), tuple(w.spans), "none", "status", lang)


def _unrelated(r: random.Random, c: Company, lang: str) -> Example:
    zh = lang == "zh"
    w = _Writer()
    w.add(r.choice(_GREET[1] if zh else _GREET[0]) + "\n")
    w.add(r.choice(_NON_DEFECT_ZH[3:] if zh else _NON_DEFECT_EN[2:10] + _NON_DEFECT_EN[11:]) + "\n")
    if r.random() < 0.6:
        w.add(_label(r, "ORDER", zh) + _sep(r, zh))
        w.add(c.order(r), "ORDER")
        w.add("\n")
    for _ in range(r.randint(0, 3)):
        en, cn = _distractor(r)
        w.add((cn if zh else en) + "\n")
    w.add(r.choice(_SIGN[1] if zh else _SIGN[0]))
    return Example(w.text(), tuple(w.spans), "none", "unrelated", lang)


def _notice(r: random.Random, c: Company, lang: str) -> Example:
    zh = lang == "zh"
    w = _Writer()
    ticket = f"{r.choice(['INC', 'CS', 'TKT', '#'])}{_digits(r, r.randint(5, 8))}"
    if zh:
        w.add(f"您的请求已收到，工单号 {ticket}。我们的工作人员会尽快处理。此邮件为系统自动发送，请勿回复。")
    else:
        w.add(
            r.choice(
                [
                    f"This is an automatic confirmation: your request has been logged as {ticket}.",
                    f"Ticket {ticket} has been created. Our team will get back to you.",
                    f"We received your message (case {ticket}). Please do not reply to this e-mail.",
                ]
            )
        )
    if r.random() < 0.4:
        w.add(f" Reference: RMA-{r.randint(2020, 2027)}-{_digits(r, 5)}")
    return Example(w.text(), tuple(w.spans), "none", "notice", lang)


def _subject(r: random.Random, c: Company, lang: str) -> Example:
    """A subject line: short, often a label and a value, sometimes only a value."""
    zh = lang == "zh"
    w = _Writer()
    w.add(r.choice(["", "RE: ", "AW: ", "FW: ", "回复：", "转发："]))
    defect = r.choice(DEFECTS) if r.random() < 0.5 else "none"
    if defect != "none":
        w.add(_defect_text(r, defect, zh) + " - ")
    else:
        w.add(
            r.choice(
                ["退货申请 ", "返修 "]
                if zh
                else ["Return request ", "RMA request ", "Defective unit ", "Warranty claim "]
            )
        )
    kind = r.choice(["ORDER", "SERIAL", "MODEL"])
    value = {"ORDER": c.order, "SERIAL": c.serial, "MODEL": lambda q: q.choice(c.models)}[kind](r)
    if r.random() < 0.6:
        w.add(_label(r, kind, zh) + r.choice([" ", ": ", "#"]))
    w.add(value, kind)
    return Example(w.text(), tuple(w.spans), defect, "request", lang)


_NAMES = ["Anna Keller", "Marco Rossi", "Li Na", "Jan de Vries", "Sofia Lopes", "Piotr Nowak", "Emma Berg", "Ken Sato"]
_TITLES = ["Service Manager", "Technical Support", "Einkauf", "Responsable achats", "Jefe de compras", "采购部"]


def _signature(r: random.Random, c: Company) -> str:
    """A sign-off block full of numbers that are not identifiers: phones, fax, VAT, IBAN, post codes,
    register numbers, a website. None of it is labelled."""
    country = r.choice(["49", "33", "34", "351", "39", "31", "48", "46", "90", "81", "86", "41"])
    lines = [
        r.choice(_NAMES),
        r.choice(_TITLES)
        + r.choice([" | ", ", ", "\n"])
        + c.name
        + r.choice([" GmbH", " S.A.", " B.V.", " Ltd.", " 有限公司", ""]),
    ]
    options = [
        f"Tel. +{country} {_digits(r, 2)} {_digits(r, 4)} {_digits(r, 3)}",
        f"Phone: +{country} ({_digits(r, 1)}){_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
        f"Mob. +{country} {_digits(r, 3)} {_digits(r, 7)}",
        f"Fax +{country}-{_digits(r, 3)}-{_digits(r, 6)}",
        f"手机 1{_digits(r, 10)}",
        f"VAT {r.choice(['DE', 'FR', 'NL', 'IT', 'ES', 'PT', 'PL', 'SE'])}{_digits(r, 9)}",
        f"USt-IdNr. DE{_digits(r, 9)}",
        f"IBAN {r.choice(['DE', 'NL', 'FR', 'ES'])}{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
        f"HRB {_digits(r, 5)}, Amtsgericht {r.choice(['München', 'Köln', 'Hamburg'])}",
        f"{r.choice(['Hauptstraße', 'Rue de Lyon', 'Calle Mayor', 'Via Roma', 'Kerkstraat'])} {r.randint(1, 200)}, "
        f"{_digits(r, 5)} {r.choice(['München', 'Lyon', 'Madrid', 'Milano', 'Utrecht'])}",
        f"www.{c.domain}",
        f"Registered in England No. {_digits(r, 8)}",
        f"统一社会信用代码 91{_digits(r, 16)}",
    ]
    lines += r.sample(options, r.randint(1, 4))
    return "\n".join(lines)


def _forwarded(r: random.Random, ex: Example) -> Example:
    """A colleague forwards the customer's mail: a note, the forward header (a date, addresses), the mail."""
    day = f"{r.randint(1, 28)} {r.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])} {r.randint(2022, 2027)}"
    head = r.choice(
        [
            f"Please handle.\n\n---------- Forwarded message ---------\nFrom: Customer <buyer@client-example.com>\n"
            f"Date: {day} {r.randint(7, 18)}:{r.randint(0, 59):02d}\nSubject: return\n\n",
            f"FYI\n\n-----Original Message-----\nFrom: buyer@client-example.com\nSent: {day}\nTo: sales\n\n",
            f"请处理\n\n------------------ 原始邮件 ------------------\n发件人: buyer@client-example.com\n"
            f"发送时间: {r.randint(2022, 2027)}年{r.randint(1, 12)}月{r.randint(1, 28)}日\n\n",
        ]
    )
    spans = tuple((a + len(head), b + len(head), label) for a, b, label in ex.spans)
    return replace(ex, text=head + ex.text, spans=spans)


def _in_language(r: random.Random, c: Company, own: Language) -> Example:
    """A mail in one of the other languages: a request with a fault and identifiers, a status question,
    a mail that asks for nothing, or an automatic notice."""
    w = _Writer()
    kind = r.choices(["request", "status", "unrelated", "notice"], weights=[0.6, 0.15, 0.17, 0.08])[0]
    defect = "none"
    if kind == "notice":
        w.add(r.choice(own.notice).format(t=f"{r.choice(['INC', 'CS', '#', 'T'])}{_digits(r, r.randint(5, 8))}"))
        return Example(w.text(), tuple(w.spans), defect, kind, own.code)
    w.add(r.choice(own.greet) + r.choice([",\n\n", "\n", " "]))
    if kind == "request":
        defect = r.choice(DEFECTS) if r.random() < 0.92 else "none"
        if defect != "none":
            fault = f"{r.choice(own.things)}{own.space}{r.choice(own.faults[defect])}"
            if r.random() < 0.3:
                fault += ", " + r.choice(own.faults[defect])
            w.add(fault[0].upper() + fault[1:] + r.choice([". ", ".\n", "! "]))
        if r.random() < 0.5:
            w.add(r.choice(own.ask) + "\n")
        ids = _identifiers(r, c)
    elif kind == "status":
        w.add(r.choice(own.status) + " ")
        ids = {"ORDER": [c.order(r)]} if r.random() < 0.6 else {"TRACKING": [_tracking(r)]}
        if r.random() < 0.3:
            ids = {}
    else:
        w.add(r.choice(own.unrelated) + "\n")
        ids = {"ORDER": [c.order(r)]} if r.random() < 0.4 else {}
    if ids:
        _identifier_block(w, r, c, ids, False, own)
    if kind == "request" and r.random() < 0.5:
        w.add(r.choice(own.ask) + "\n")
    w.add("\n" + r.choice(own.sign))
    if r.random() < 0.5:
        w.add("\n" + _signature(r, c))
    return Example(w.text(), tuple(w.spans), defect, kind, own.code)


def generate(count: int, seed: int = SEED) -> Iterator[Example]:
    """``count`` examples, the same for the same seed: about a third Chinese or mixed, a third in eleven
    other languages; some forwarded, many signed with numbers that are not identifiers."""
    r = random.Random(seed)
    companies = [make_company(r) for _ in range(80)]
    makers = [(_request, 0.55), (_subject, 0.15), (_status, 0.12), (_unrelated, 0.12), (_notice, 0.06)]
    for _ in range(count):
        company = r.choice(companies)
        lang = r.choices(["en", "zh", "mixed", "other"], weights=[0.36, 0.22, 0.08, 0.34])[0]
        if lang == "other":
            ex = _in_language(r, company, r.choice(LANGUAGES))
        else:
            maker = r.choices([m for m, _w in makers], weights=[w for _m, w in makers])[0]
            ex = maker(r, company, lang)
            if maker is _request and r.random() < 0.3:
                signed = "\n" + _signature(r, company)
                ex = replace(ex, text=ex.text + signed)
        if ex.kind == "request" and r.random() < 0.1:
            ex = _forwarded(r, ex)
        yield ex
