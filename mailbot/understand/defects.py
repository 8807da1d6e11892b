"""Defect category (the taxonomy in defects.yml) and the sentences that describe the fault."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import cast

from mailbot.rules.understand import DefectRules
from mailbot.rules.understand import Signs as SignRules
from mailbot.understand.hanzi import fold
from mailbot.understand.nlp import Analysis, prepare
from mailbot.values import DefectCategory

_ENDS = {".", "!", "?", "。", "！", "？", ";", "；"}
_ABBREVIATIONS = {"no", "nr", "nos", "approx", "ca", "e.g", "i.e", "vs", "tel", "fig", "ref", "p.o", "art", "pos"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:-\d+(?:[.,]\d+)?)?|\d(?:\.\d+)?[eE]-\d+")
_UNITS = {"db", "dbm", "nm", "mw", "µw", "uw", "°c", "ps", "ber", "%", "ms"}
# The units of light: a value in them speaks of optical performance ("-11.2 dBm", "3 nm off"); a percentage,
# a temperature or a time kept for the summary does not ("an alarm at only 30% load, room is 22 °C").
_OPTICAL_UNITS = {"db", "dbm", "nm", "mw", "µw", "uw", "ber"}
# Units of a value a device should deliver: "11.2 V instead of 12 V" measures, it names no wrong item.
_VALUE_UNITS = _UNITS | {"v", "vdc", "vac", "a", "ma", "w", "kw", "hz", "rpm", "bar", "mbar", "psi", "k", "mm"}
MAX_MEASURES = 3
MEASURE_WEIGHT = 0.4
MAX_SUMMARY = 600
MAX_SENTENCES = 6
OTHER = "other"  # the category of a fault that fits none of the named ones
# A bare software word ("the monitoring software", "firmware 3.4.1", "the configuration") tells where the
# customer looked, not what fails: it weighs less than a fault described in words, and the categories'
# patterns are still read beside it ("the software does not find the unit" is a unit that is not found).
_MENTIONS = {"software", "firmware", "configuration", "config", "gui", "snmp", "cli", "upgrade", "软件", "固件", "配置"}
_MENTIONS |= {"ddm", "dom"}  # the module's diagnostics: where a value was read
# "DDM显示78℃", "the DOM reports -25 dBm": the diagnostics read out a value, which is the fault's, not theirs.
_READOUT = re.compile(
    r"^\s*(?:shows?|showed|showing|reads?|reports?|reported|displays?|indicates?|says|gives|"
    r"显示|顯示|上报|報告|报告)",
    re.IGNORECASE,
)
MENTION_WEIGHT = 0.5
# ASCII word boundaries: twice as fast, and a boundary between a Chinese character and a Latin word.
_FLAGS = re.IGNORECASE | re.ASCII
# A Han character: a pattern written with one is searched only in a text that has one (most mails have none).
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
NEGATION_REACH = 5  # words before a phrase where a negation still governs it
# "firmware v3.2", "software version 2.4.1": a version told for information names no software fault.
_VERSION = re.compile(r"(?:version|versions|ver|rev|revision|release|build|v?\d+(?:\.\d+)+|v\d+|版本)", re.IGNORECASE)
_VERSIONED = "software"
# A software phrase that dates the fault from an update ("after the update", "during firmware update",
# "update failed", "升级后", "nach dem Update").
_UPDATED = re.compile(
    r"^\W*(?:after|since|during|seit|nach|apr(?:è|e)s|depuis|despu(?:é|e)s|desde|ap(?:ó|o)s|depois|dopo|sinds|po|efter)\b"
    r"|\b(?:update|upgrade|updating|upgrading)\s+(?:has\s+|had\s+)?(?:failed|fails|aborted|stopped)\b|(?:升级|更新)(?:后|失败)",
    re.IGNORECASE,
)
# "we ordered" is read on stems, so it also finds "before we order more": an order still to come is no
# complaint, one placed may be ("... we ordered 5 m").
_ORDERING = {("we", "order"), ("i", "order"), ("we", "orders")}
# A form's fault field that holds a question ("想问一下保修期多久", "how long is the warranty?") tells no fault.
_QUESTION = re.compile(r"(?:[?？]|吗|嗎|呢)\s*$|^\s*(?:想问|想問|请问|請問|问一下|問一下)")
# A damaged box "but the unit inside is fine": the packaging took the knock, the product did not.
_UNHARMED = re.compile(
    r"\b(?:but|however)\b[^.\n]{0,60}?\b(?:is|are|was|were|seems?|looks?|works?|itself\s+is)\s+(?:\w+\s+)?"
    r"(?:fine|ok|okay|intact|undamaged|unharmed|perfect|working|in\s+(?:good|perfect)\s+(?:condition|shape))\b"
    r"|(?:但是?|不过).{0,8}(?:没问题|没有问题|完好|没事|正常|没坏|没有损坏)",
    re.IGNORECASE,
)
# "Is damage caused by lightning covered by the warranty?": a question about what the warranty covers
# (damage is what customers ask it of; "can the meters be recalibrated under warranty?" asks for service).
_COVER_QUESTION = re.compile(
    r"^\W*(?:is|are|does|do|will|would|can|could|what|which|how)\b.*\b(?:warranty|guarantee|covered|cover|covers)\b",
    re.IGNORECASE,
)
# A question about what the product is or does ("Does it support 230 V?", "Can the unit be damaged by 24 V?",
# "How do I update the firmware?", "What is missing in our form?"): its words name no fault of this unit.
# A question asked of us ("Can you check ...?") or about a fault ("Why does it drop the link?", "Is it normal
# that ...?", "What causes ...?") still tells one.
_ASKS = re.compile(
    r"^\W*(?:(?:is|are|does|do|did|will|would|can|could|should|may|might|has|have)\s+(?!you\b|u\b|anyone\b|someone\b)"
    r"|how\s+(?:do|can|should|to)\b|where\b|what\b|which\b|whether\b|funktioniert\b|kann\b|k(?:ö|oe)nnen\b|wird\b|gibt\s+es\b"
    r"|est-ce\s+que\b|peut-on\b|¿|请问|請問|是否|能否|可否)",
    re.IGNORECASE,
)
_ASKS_OF_A_FAULT = re.compile(
    r"\b(?:why|normal|usual|expected|cause[sd]?|causing|reason|fix|repair|solve|wrong|received|delivered|arrived|came|sent\s+us|"
    r"warum|pourquoi|por\s+qu(?:é|e)|perch(?:é|e))\b"
    r"|为什么|為什麼|正常",
    re.IGNORECASE,
)
# "We ordered 10 units last week": an order told, a wrong item only when the sentence sets something against it.
_ORDERED = {("we", "ordered"), ("i", "ordered"), ("we", "order"), ("i", "order")}
_AGAINST = re.compile(
    r"\b(?:but|however|instead|received|got|sent|delivered|arrived|came|shipped|contained|label\w*|box|packag\w*|"
    r"only|missing|wrong|different|not)\b",
    re.IGNORECASE,
)
# "After a restart", "we rebooted it", "the reset you suggested": a remedy tried, not a unit that restarts itself.
_RESTARTS = re.compile(r"^(?:re-?start|re-?boot|reset|power[- ]?cycl)", re.IGNORECASE)
_DONE_BY_SOMEONE = {"a", "the", "every", "each", "after", "we", "i", "tried", "did", "performed", "another"}
_DONE_BY_SOMEONE |= {"one", "several", "multiple", "factory", "hard", "soft", "this", "that", "your", "you", "they"}
_DONE_BY_SOMEONE |= {"he", "she", "to"}
# "Oval instead of round": a shape or a quality that should be, not an item that should have come.
_QUALITIES = {"round", "sharp", "straight", "parallel", "clear", "flat", "even", "uniform", "smooth", "constant"}
_QUALITIES |= {"stable", "white", "focused", "square", "level", "steady", "continuous", "circular", "crisp"}
_QUALITIES |= {"rond", "rund", "redondo", "redonda", "rotondo", "rotonda", "circulaire", "okrągły", "scherp", "scharf"}
_QUALITIES |= {"net"}
_QUALITIES |= {"recht", "gerade", "droit", "droite", "recto", "dritto", "stabiel", "stabil"}
# "Gibt statt 4 mA etwa 11,8 mA aus", "12 V instead of the rated 24 V": a value measured against the one it
# should have, not an item delivered in place of another.
_MEASURED_INSTEAD = re.compile(
    r"(?:instead\s+of|statt|anstatt|anstelle\s+von|au\s+lieu\s+d[eu]|en\s+(?:lugar|vez)\s+de|em\s+(?:vez|lugar)\s+de|"
    r"invece\s+d[ie]|in\s+plaats\s+van|zamiast)\s+(?:the\s+|der\s+|des\s+|de\s+|dos\s+|los\s+|das\s+)?"
    r"(?:rated\s+|nominal\s+|expected\s+|specified\s+)?[-+]?\d+(?:[.,]\d+)?\s*"
    r"(?:v|vdc|vac|a|ma|w|kw|hz|rpm|bar|mbar|psi|k|mm|°c|%|db|dbm|nm|mw)(?![\w-])"
    r"(?!\s*(?:version|variant|model|type|one|ones|plug|units?|modules?|Version|Variante|Ausf(?:ü|ue)hrung)\b)",
    re.IGNORECASE,
)
_DELIVERED = re.compile(
    r"\b(?:received|got|delivered|sent|shipped|arrived|geliefert|erhalten|bekommen|geschickt|re(?:ç|c)u|livr(?:é|e)|"
    r"recibimos|recebemos|lleg\w+|cheg\w+|ricevuto|ontvangen|geleverd|otrzyma\w+|dosta\w+)\b",
    re.IGNORECASE,
)
# "Here is the missing serial number", "the invoice is missing the VAT number", "附件是缺少的发票": information
# or a paper missing from a mail or a document, not an item from a delivery (which names the box or parcel).
_INFORMATION = re.compile(
    r"\b(?:numbers?|information|info|details|photos?|pictures?|invoices?|vat|receipts?|address|data|"
    r"attachments?|documents?|delivery\s+note|Lieferschein|Rechnung|Angaben)\b|序列号|订单号|单号|发票|信息|资料|照片|附件|编号|号码",
    re.IGNORECASE,
)
_PACKED = re.compile(
    r"\b(?:box|boxes|package|packages|parcel|carton|shipment|delivery|delivered|received|shipped|pallet|Karton|Paket|Lieferung)\b"
    r"|箱|包装|包裹|货",
    re.IGNORECASE,
)
# "We ordered through your distributor", "we ordered in May": where or when, not what came.
_ORDERED_HOW = {"through", "via", "from", "at", "with", "on", "in", "last", "online", "directly"}
# "Please quote 5 units instead of 3": a change asked of an order or an offer, not what was delivered.
_ASKED_CHANGE = re.compile(
    r"^\W*(?:please|kindly|could\s+you|can\s+you|would\s+you|we\s+(?:would\s+like|want|need|prefer)|i\s+(?:would\s+like|want|need))\b"
    r"(?=.*\b(?:quote|quotation|offer|order|change|modify|book|ship|send|use|refund|replacement|repair|credit|address|courier|"
    r"carrier)\b)(?!.*\b(?:received|got|delivered|sent\s+us|arrived|shipped\s+us|came)\b)",
    re.IGNORECASE,
)
# "The hum is gone", "the noise went away": a fault told as over (a thank-you after a repair); "has gone
# dark" or "the signal disappeared" still tell one.
_GONE = re.compile(
    r"^\s*(?:is|are|has|have)\s+(?:now\s+|completely\s+|finally\s+)?(?:gone|fixed|resolved|solved)\b(?!\s+(?:dark|dead|black|"
    r"off|out|bad|wrong|down|missing|blank|red|again))|^\s*went\s+away\b|^\s*(?:ist|sind)\s+(?:jetzt\s+)?(?:weg|behoben)\b",
    re.IGNORECASE,
)
# A version installed or updated to, told as what the fault came with: "after the firmware 1.8 update", "since
# installing KarooLink 3.0", "seit dem Update auf 2.1", "3.0 sürümünü yükledikten sonra", "升级到1.8之后",
# "3.0にアップデートしてから". The version's shape tells a program, whatever the customer calls it.
_VERSION_DATED = re.compile(
    r"\b(?:after|since|following|seit|nach|apr(?:è|e)s|depuis|despu(?:é|e)s\s+de|desde|ap(?:ó|o)s|depois\s+d[aeo]|dopo|sinds|na|"
    r"po|od|setelah|sejak|sau\s+khi|efter)\s+(?:\S+\s+){0,3}?"
    r"(?:(?:install\w*|instal\w*|menginstal\w*|updat\w*|upgrad\w*|flash\w*|aktualisier\w*|Installation|Update|mise\s+(?:à|a)\s+jour|"
    r"actualiz\w*|atualiz\w*|aggiorn\w*|bijwerk\w*|aktualiz\w*|c(?:à|a)i\s+(?:đ|d)(?:ặ|a)t|cập\s+nhật)\s+(?:\S+\s+){0,3}?v?\d+(?:\.\d+)+"
    r"|(?:\S+\s+){0,2}?v?\d+(?:\.\d+)+\s*-?\s*(?:update|upgrade|Update|mise\s+(?:à|a)\s+jour|actualizaci(?:ó|o)n|atualiza(?:ç|c)(?:ã|a)o|"
    r"aggiornamento|aktualizac\w*|g(?:ü|u)ncelleme\w*))\b"
    r"|v?\d+(?:\.\d+)+\S*\s+(?:\S+\s+){0,2}?(?:y(?:ü|u)kle\w*|g(?:ü|u)ncelle\w*|kurulum\w*)\s+sonra\b"
    r"|(?:升级|更新|安装|刷)(?:到|了|成)?\s*v?\d+(?:\.\d+)+\S*\s*(?:之|以)?后"
    r"|\d+(?:\.\d+)+\S*\s*(?:に|へ)?(?:アップデート|更新|インストール)(?:して(?:から)?|後)",
    re.IGNORECASE,
)
# "It used to go up and down": how the unit behaved while it worked, not its fault.
_USED_TO = re.compile(r"\bused\s+to(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# "重启几次还是一样", "重启了也没用": a restart tried as a remedy, not a unit that restarts itself.
_RESTART_TRIED = re.compile(r"^\s*(?:了|过|過|几次|幾次|一下|多次|后还|後還|也|还是|還是)")
# "after flashing firmware 1.3", "since we installed firmware v2": a version told as the change that brought the fault.
_FLASHED = re.compile(
    r"\b(?:after|since|following)\s+(?:we\s+|i\s+)?(?:flash(?:ing|ed)?|install(?:ing|ed)?|load(?:ing|ed)?|updat(?:ing|ed)|upgrad(?:ing|ed)|"
    r"the\s+update\s+to|the\s+upgrade\s+to|updating\s+to|upgrading\s+to)\b[^.\n]{0,25}$",
    re.IGNORECASE,
)
# "Het bundelprofiel is ovaal in plaats van rond": a shape that should be, in the languages customers write in.
_INSTEAD_WORDS = {"of", "van", "de", "di", "von", "du", "des", "del", "statt", "anstatt", "zamiast"}
# "开错了发票", "the invoice is missing our VAT number": a document that is wrong, not a delivery.
_DOCUMENT = re.compile(
    r"\b(?:invoices?|Rechnung|facture|factura|fattura|fatura|faktura|factuur)\b|发票|發票", re.IGNORECASE
)
# "The box says SFP-10G-LR but the module is an SR": a label set against what came.
_SET_AGAINST = re.compile(r"\b(?:but|however|instead|ordered|wrong|different|while|whereas)\b", re.IGNORECASE)
# "Yes, cleaned and inspected, no change": a service already done, not one asked for.
_DONE = {("cleaned",), ("calibrated",), ("recalibrated",), ("serviced",), ("maintained",)}
# "第3组输入点全部没有反应", "按键没反应": a part that does not react, not a unit without power.
_NO_REACTION = re.compile(r"^(?:没|無|无|沒)有?(?:任何)?反应$")
# A key named alone ("Run/Stop 键按了没反应") is a part too, the power key is not ("按开机键后没反应").
_PART_BEFORE = re.compile(
    r"(?:输入|输出|按键|按钮|(?<!电源|开机|开关)键|触摸|触控|旋钮|通道|端口|传感器|探头|开关量|信号)[^，,。；;]{0,8}$"
)
# The marks that end a negation's clause (its words are defects.yml ``clause_breaks``).
_CLAUSE_MARKS = frozenset({"\n", ",", "，", ".", "。", ";", "；", "!", "?", ":", "："})


@dataclass(frozen=True)
class Signs:
    """The words of defects.yml ``signs``, compiled: what tells one category's fault as another's."""

    battery: re.Pattern[str]
    until_restart: re.Pattern[str]
    link_nouns: re.Pattern[str]
    starting: re.Pattern[str]
    goes_off: re.Pattern[str]
    ran_a_while: re.Pattern[str]
    fell: re.Pattern[str]
    coding: re.Pattern[str]
    meter: frozenset[str]

    @classmethod
    def compiled(cls, rules: SignRules) -> Signs:
        def one(items: list[str]) -> re.Pattern[str]:
            return re.compile("|".join(items) or "(?!)", re.IGNORECASE)

        return cls(
            one(rules.battery),
            one(rules.until_restart),
            one(rules.link_nouns),
            one(rules.starting),
            one(rules.goes_off),
            one(rules.ran_a_while),
            one(rules.fell),
            one(rules.coding),
            frozenset(rules.meter),
        )


@dataclass(frozen=True)
class DefectReading:
    category: DefectCategory | None
    summary: str
    generic: bool  # "faulty", "not working": something is wrong, but not what
    source: str = "phrases"  # phrases | form | symptoms: how sure the category is ("" when none)


class DefectReader:
    """Built once from defects.yml; ``read`` is pure."""

    def __init__(self, rules: DefectRules) -> None:
        self.weights = {name: spec.weight for name, spec in rules.categories.items()}
        self.order = list(rules.categories)
        self.negations = {n.lower() for n in rules.negations}
        self.not_negating = frozenset(rules.not_negating)
        self.hypothetical = frozenset(rules.hypothetical)
        self.prevented = frozenset(rules.prevented)
        self.clause_breaks = _CLAUSE_MARKS | frozenset(rules.clause_breaks)
        self.signs = Signs.compiled(rules.signs)
        # Patterns are searched in the text as the phrases see it (``_seen``): traditional Chinese folded to
        # simplified, so a pattern is written once in simplified characters and reads 斷了 as 断了.
        self.symptoms = [re.compile(fold(rx), re.IGNORECASE) for rx in rules.symptoms]
        self.symptom_category = cast(DefectCategory, rules.symptom_category)  # checked at load
        # One alternation per category and script: a third faster than one search per pattern (each was
        # checked alone at load), and the Chinese ones are not tried on a text without Chinese.
        self.patterns: list[tuple[re.Pattern[str], str, bool]] = [
            (re.compile(fold("|".join(f"(?:{rx})" for rx in chosen)), _FLAGS), name, han)
            for name, spec in rules.categories.items()
            for han in (False, True)
            for chosen in [[rx for rx in spec.patterns if bool(_HAN.search(rx)) == han]]
            if chosen
        ]
        self.patterned = {name for _p, name, _h in self.patterns}

    def hits(self, a: Analysis, patterns: bool = True) -> list[tuple[int, int, str]]:
        """Non-overlapping, non-negated defect phrase spans (longest wins): (start, end, category); the
        category patterns' spans too where no phrase of a named category matched."""
        spans = [
            (s, e, key.partition(":")[2])
            for key, found in a.phrases.items()
            if key.startswith("DEFECT:")
            for s, e in found
        ]
        out = [h for h in self._select(a, spans) if not _not_a_fault(a, h, self.signs)]
        # The patterns cost more: asked only where no phrase matched, or only phrases of "other" (a module
        # that "gets very hot" may still tell, in its own words, that it drops the link).
        if patterns and self.patterns and all(c == OTHER or _mention(a, h) for h in out for c in [h[2]]):
            # A phrase keeps its words from a pattern; a bare software word gives them to one.
            taken = {i for h in out if not _mention(a, h) for i in range(h[0], h[1])}
            # (before the longest is kept)
            spans = [h for h in self._pattern_spans(a) if not _not_a_fault(a, h, self.signs)]
            more = [h for h in self._select(a, spans) if not taken.intersection(range(h[0], h[1]))]
            used = {i for s, e, _c in more for i in range(s, e)}
            out = sorted([h for h in out if not used.intersection(range(h[0], h[1]))] + more)
        return [(s, e, _read_out(a, s, e, _battery(a, s, e, c, self.signs))) for s, e, c in out]

    def _select(self, a: Analysis, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        used: set[int] = set()
        out = []
        for start, end, category in spans:
            if used & set(range(start, end)) or self._negated(a, start):
                continue
            used.update(range(start, end))
            out.append((start, end, category))
        return sorted(out)

    def _pattern_spans(self, a: Analysis, only: str | None = None) -> list[tuple[int, int, str]]:
        """Where a category's patterns match (``only``: that category's), as token spans: a fault told in
        the customer's own word order. A negation before them counts as before a phrase."""
        if not self.patterns or not a.offsets:
            return []
        starts = [o[0] for o in a.offsets]
        text = _seen(a.text)
        han = bool(_HAN.search(text))
        out: list[tuple[int, int, str]] = []
        for pattern, category, needs_han in self.patterns:
            if (only is not None and category != only) or (needs_han and not han):
                continue
            for m in pattern.finditer(text):
                lo = min(bisect.bisect_left(starts, m.start()), len(starts) - 1)
                hi = max(lo + 1, bisect.bisect_left(starts, m.end()))
                out.append((lo, hi, category))
        return out

    def _negated(self, a: Analysis, start: int) -> bool:
        if a.words[start].lower() in self.negations:
            return False  # the phrase carries its own negation ("no link", "没有光")
        # "no visible signs of damage": the negation may stand a few words before, within the clause.
        lo = max(0, start - NEGATION_REACH)
        window = [w.lower() for w in a.words[lo : start + 1]]  # and the phrase's first word, for not_negating
        cut = max((i for i, w in enumerate(window[:-1]) if w in self.clause_breaks), default=-1)
        return any(
            (w in self.negations and not _time_word(window, i + 1, self.not_negating))
            or w in self.hypothetical
            or w in self.prevented
            for i, w in enumerate(window[:-1])
            if i > cut
        )

    def read(self, subject: Analysis, body: Analysis, patterns: bool = True) -> DefectReading:
        body_hits = self.hits(body, patterns)
        subject_hits = self.hits(subject, patterns and not body_hits)  # a subject's phrases only add weight
        # A forward's subject repeats the original's ("Fwd: X" over "X"): a fault named twice there counts once.
        told: set[tuple[str, str]] = set()
        once = []
        for hit in subject_hits:
            key = (hit[2], subject.original(hit[0], hit[1]).lower())
            if key not in told:
                told.add(key)
                once.append(hit)
        subject_hits = once
        # Between categories of equal weight the body's first fault wins: the subject is a heading (in a
        # follow-up, the old one), the body tells what happens now.
        hits = [(body, h) for h in body_hits] + [(subject, h) for h in subject_hits]
        generic = bool(subject.phrases.get("GENERIC") or body.phrases.get("GENERIC"))
        named = {h[2] for a, h in hits if not _mention(a, h)}
        score: dict[str, float] = {}
        first: dict[str, int] = {}
        for rank, (a, hit) in enumerate(hits):
            category = hit[2]
            weight = self.weights[category]
            if named - {category, OTHER} and _mention(a, hit):
                weight *= MENTION_WEIGHT  # "the software does not find the unit": the unit is not found
            score[category] = score.get(category, 0.0) + weight
            first.setdefault(category, rank)
        updated = any(_updated(a, h) or _version_dated(a, h) for a, h in hits)
        measures = _measures(body)
        optical = [i for i in measures if body.words[i + 1].lower() in _OPTICAL_UNITS or "e-" in body.words[i].lower()]
        complaint = bool(score) or generic or bool(body.phrases.get("KIND:request_phrases"))
        if optical and complaint and "optical_performance" in self.weights:
            # Measured dB/dBm values in a complaint speak of optical performance, a little less surely than words.
            score["optical_performance"] = score.get("optical_performance", 0.0) + MEASURE_WEIGHT * min(len(optical), 2)
            first.setdefault("optical_performance", len(first) + 1)
        if any(c != OTHER for _s, _e, c in subject_hits + body_hits) and not (
            _phrased(subject, subject_hits, OTHER) or _phrased(body, body_hits, OTHER)
        ):
            # "other" told only in the customer's own words (the heat or noise that comes with a link that
            # drops, an image that blurs) is a side of a named fault, which is then the fault; an "other"
            # phrase ("calibration certificate") names the request and is weighed as before.
            score.pop(OTHER, None)
        if not score:
            described = _form_field(body)
            if described:
                return DefectReading("other", described, generic, "form")
            symptoms = self._symptoms(body) or self._symptoms(subject)
            if symptoms:  # a fault in plain words: described, though in no category's phrases
                return DefectReading(self.symptom_category, symptoms, generic, "symptoms")
            return DefectReading(None, "", generic, "")
        # defects.yml admits only the DefectCategory names (rules/understand.py checks them at load).
        category = cast(DefectCategory, max(score, key=lambda c: (score[c], -first[c])))
        if category == "intermittent" and any(_stays_down(a, h, self.signs) for a, h in hits if h[2] == "intermittent"):
            # "the ports drop after a few hours and only a reboot brings them back": the link is lost
            category = cast(DefectCategory, "no_link")
        if category == "intermittent" and all(
            _off_at_start(a, h, self.signs) for a, h in hits if h[2] == "intermittent"
        ):
            # "开机后自检报错，然后自动关机", "the boot logo, then it goes dark": a unit that does not come up
            category = cast(DefectCategory, "no_power")
        damaged = any(h[2] == "physical_damage" for _a, h in hits)
        if category != "physical_damage" and (
            any(_fell(a, h, self.signs) for a, h in hits) or (damaged and any(self._fall_told(a, h) for a, h in hits))
        ):
            # "3 dB below spec since the unit fell off the bench": the fall is the fault, the rest its result
            category = cast(DefectCategory, "physical_damage")
        if category == "no_link" and any(_recoded(a, h, self.signs) for a, h in hits):
            category = cast(DefectCategory, _VERSIONED)  # "unsupported transceiver ... can you recode it?"
        if updated:
            # A fault that came with an update ("since the firmware update the lens is not recognised",
            # "bricked during the update") is the software's, whatever it looks like.
            category = cast(DefectCategory, _VERSIONED)
        starts = sorted(
            {s for s, _e, _c in body_hits} | set(measures[:MAX_MEASURES]) | self._told(body, category, patterns)
        )
        summary = _sentences(body, starts) or _sentences(subject, [0])
        return DefectReading(category, summary, generic)

    def _fall_told(self, a: Analysis, hit: tuple[int, int, str]) -> bool:
        """Whether a named fault's sentence tells a fall ("tidak bisa dinyalakan setelah jatuh, casing retak"): with
        damage told in the mail, the fall is the fault and the rest its result."""
        if hit[2] == OTHER:
            return False
        lo, hi = _sentence(a, hit[0])
        return bool(self.signs.fell.search(fold(a.original(lo, hi))))

    def _told(self, a: Analysis, category: str, patterns: bool) -> set[int]:
        """Where the chosen category's patterns match when its phrases decided it (the patterns were not
        searched then): a mail names the fault in a phrase and tells the rest in its own words ("we only
        received 4 cartons ... please send the missing 100 pcs"), and the summary keeps both. One
        category's patterns only, so a complaint costs one search more."""
        if not patterns or category not in self.patterned or not any(k.startswith("DEFECT:") for k in a.phrases):
            return set()  # no phrase: the hits were the patterns' own
        return {s for s, _e, _c in self._select(a, self._pattern_spans(a, only=category))}

    def _symptoms(self, a: Analysis) -> str:
        """The sentences that describe a fault in plain words, or "" when none does."""
        if not self.symptoms or not a.offsets:
            return ""
        text = _seen(a.text)
        found = [m for m in (p.search(text) for p in self.symptoms) if m]
        if not found:
            return ""
        positions = [o[0] for o in a.offsets]
        starts = [min(bisect.bisect_left(positions, m.start()), len(positions) - 1) for m in found]
        return _sentences(a, sorted(set(starts))) if starts else ""


def _battery(a: Analysis, start: int, end: int, category: str, signs: Signs) -> str:
    """A noise, a wear or a fault over time told of the battery or its charging ("the battery dies after 20
    minutes", "the battery does not charge any more") is a unit without power of its own: ``no_power``."""
    if category not in (OTHER, "intermittent"):
        return category
    return "no_power" if signs.battery.search(a.original(max(0, start - 2), end)) else category


def _read_out(a: Analysis, start: int, end: int, category: str) -> str:
    """The module's diagnostics reading out a value ("DDM显示78℃以上", "the DDM shows -24 dBm") tell the value's
    fault, not a software one: the hit stays (its sentence is the summary's) as an unnamed fault, ``other``,
    which a named category told beside it outweighs."""
    if category != _VERSIONED or "".join(a.words[start:end]).lower() not in ("ddm", "dom"):
        return category
    return OTHER if _READOUT.match(a.original(end, min(len(a.words), end + 3))) else category


def _stays_down(a: Analysis, hit: tuple[int, int, str], signs: Signs) -> bool:
    """Whether the sentence of an intermittent hit tells a link or a port that drops and stays down until a
    restart ("drops off WiFi and does not come back until power cycled", "poorten vallen weg, alleen een reboot
    helpt"): the link is lost, not coming and going by itself."""
    lo, hi = _sentence(a, hit[0])
    told = a.original(lo, hi)
    return bool(signs.until_restart.search(told)) and bool(signs.link_nouns.search(told))


def _off_at_start(a: Analysis, hit: tuple[int, int, str], signs: Signs) -> bool:
    """Whether an intermittent hit tells a unit that goes off while it starts (its sentence names the start-up,
    its logo or its self-test, and the unit going off or dark, with no while of running between): a unit
    that never comes up has no power of its own, it does not come and go."""
    lo, hi = _sentence(a, hit[0])
    told = fold(a.original(lo, hi))
    return bool(signs.starting.search(told) and signs.goes_off.search(told)) and not signs.ran_a_while.search(told)


def _fell(a: Analysis, hit: tuple[int, int, str], signs: Signs) -> bool:
    """Whether a physical-damage hit is a fall ("fell off the bench", "vom Tisch gefallen", "摔坏")."""
    start, end, category = hit
    return category == "physical_damage" and bool(signs.fell.search(fold(a.original(start, end))))


def _recoded(a: Analysis, hit: tuple[int, int, str], signs: Signs) -> bool:
    """Whether a software hit is the module's coding ("编码写错了", "can you recode it"): a host that rejects a
    module coded for another one is the coding's fault, not a link's."""
    start, end, category = hit
    return category == _VERSIONED and bool(signs.coding.search(fold(a.original(start, end))))


def _seen(text: str) -> str:
    """``text`` as the phrase matcher reads it: full-width forms as ASCII, addresses and links blanked,
    traditional Chinese as simplified. Same length, so a match's offsets still point into the text."""
    return fold(prepare(text))


def _not_a_fault(a: Analysis, hit: tuple[int, int, str], signs: Signs) -> bool:
    """A phrase that, as written here, tells no fault: a version told for information, an order to come,
    a replacement asked "instead of repairing", a box damaged around an unharmed product, a question
    about what the warranty covers."""
    start, end, category = hit
    words = tuple(w.lower() for w in a.words[start:end])
    # "firmware 3.2" is information; "depois da atualização 4.2", "after the update to 2.1" date the fault.
    dated = _versioned(a, hit) and (_flashed(a, start) or bool(_UPDATED.search(a.original(start, end))))
    if (_versioned(a, hit) and not dated) or words in _ORDERING:
        return True
    if end < len(a.words) and _GONE.match(a.original(end, min(len(a.words), end + 4))):
        return True  # "the hum is gone"
    if category == "intermittent" and _USED_TO.search(a.original(max(0, start - 4), start)):
        return True  # "it used to go up and down" (while it still worked)
    if category == "physical_damage" and words[:1] in (("drop",), ("dropped",)) and end < len(a.words):
        if a.words[end].lower() == "off" or (end + 1 < len(a.words) and a.words[end + 1].lower() == "off"):
            return True  # "our caretaker can drop it off on Thursday": a delivery, not a fall
    if category == OTHER and words in _DONE and not (start > 0 and a.words[start - 1].lower() in ("be", "get", "got")):
        return True  # "cleaned and inspected, no change" ("can it be recalibrated?" still asks for the service)
    if words == ("halo",) and (start == 0 or a.words[start - 1] == "\n"):
        return True  # "Halo, ..." opening a line: an Indonesian greeting, not a halo around the light
    if category == "optical_performance" and end < len(a.words) and fold(a.words[end]) in signs.meter:
        if fold("".join(words)).endswith("功率"):
            return True  # "光功率计坏了": the optical power meter, an instrument's name
    if category == "no_power" and _NO_REACTION.match(fold("".join(words))):
        if _PART_BEFORE.search(fold(a.original(max(0, start - 10), start))):
            return True  # "输入点全部没有反应": the inputs do not react
    tried = category == "intermittent" and fold("".join(words)).startswith("重启")
    if tried and _RESTART_TRIED.match(a.original(end, min(len(a.words), end + 3))):
        return True  # "重启几次还是一样": a restart tried
    if words[-1:] == ("of",) and end < len(a.words) and a.words[end].lower().endswith("ing"):
        return True  # "instead of repairing it": a choice of remedy, not what was delivered
    if words[-1:] == ("of",) and start >= 2 and _NUMBER.fullmatch(a.words[start - 2]):
        if a.words[start - 1].lower() in _VALUE_UNITS:
            return True  # "reads 11.2 V instead of 12 V": a measured value
    lo, hi = _sentence(a, start)
    told = a.original(lo, hi)
    if category != OTHER and _asks(told):
        return True  # (a service asked as a question, "can it be recalibrated under warranty?", is still asked)
    if words in _ORDERED:
        # "We ordered 10 units last week. When will they ship?": an order asked after, with nothing set
        # against it in the sentence or the next one ("We only got 15.").
        after = _sentence(a, hi)[1] if hi < len(a.words) else hi
        asked = a.original(lo, after).rstrip().endswith(("?", "？")) or told.rstrip().endswith(("?", "？"))
        asked = asked or (end < len(a.words) and a.words[end].lower() in _ORDERED_HOW)
        return asked and not (_AGAINST.search(a.original(lo, start)) or _AGAINST.search(a.original(end, after)))
    if category == "wrong_or_missing_item" and _MEASURED_INSTEAD.search(told) and not _DELIVERED.search(told):
        return True
    near = a.original(max(lo, start - 3), min(hi, end + 5))  # what is missing stands next to the word
    if category == "wrong_or_missing_item" and _INFORMATION.search(near) and not _PACKED.search(told):
        return True
    quality = end < len(a.words) and a.words[end].lower() in _QUALITIES
    if words[-1:] == ("of",) and (quality or _ASKED_CHANGE.search(told)):
        return True
    if quality and words[-1:] and words[-1] in _INSTEAD_WORDS:
        return True  # "ovaal in plaats van rond", "oval statt rund"
    if category == "wrong_or_missing_item" and words[-1:] in (("says",), ("said",), ("reads",), ("shows",)):
        following = [w for w in a.words[end : end + 3] if w not in (":", "：", '"', "'", "“")][:1]
        serial = bool(following) and len(following[0]) >= 4 and any(ch.isdigit() for ch in following[0])
        if serial and not _SET_AGAINST.search(told):
            return True  # "the label says BV24050112": where the serial number is read, nothing wrong delivered
    if category == "wrong_or_missing_item" and _DOCUMENT.search(told) and not _PACKED.search(told):
        return True  # "发票抬头开错了，少了两个字": the invoice is wrong, no item
    if category == "intermittent" and _RESTARTS.match(words[0]) and start > 0:
        return a.words[start - 1].lower() in _DONE_BY_SOMEONE
    if category != "physical_damage":
        return False  # a calibration asked "under warranty?" is still the request
    return bool(_UNHARMED.search(told)) or (bool(_COVER_QUESTION.search(told)) and told.rstrip().endswith(("?", "？")))


def _asks(told: str) -> bool:
    """Whether a sentence is a question about what the product is or does, not about a fault (``_ASKS``)."""
    ends = told.rstrip().endswith(("?", "？", "吗", "嗎"))
    return ends and bool(_ASKS.search(told)) and not _ASKS_OF_A_FAULT.search(told)


def _time_word(window: list[str], i: int, not_negating: frozenset[str]) -> bool:
    """Whether the word after a negation makes it tell a time or measure ("no more than", "没多久"), not
    negate the fault; "no more dropouts" still negates."""
    if window[i] not in not_negating:
        return False
    return window[i] != "more" or (i + 1 < len(window) and window[i + 1] == "than")


def _sentence(a: Analysis, pos: int) -> tuple[int, int]:
    """The token span of the sentence that holds ``pos``."""
    lo = pos
    while lo > 0 and not _end(a, lo - 1):
        lo -= 1
    hi = pos
    while hi < len(a.words) and not _end(a, hi):
        hi += 1
    return lo, min(hi + 1, len(a.words))


def _versioned(a: Analysis, hit: tuple[int, int, str]) -> bool:
    """Whether a software word is followed by a version ("firmware v3.2", "software version is 2.4.1"):
    the customer tells what runs on the unit, which is information, not a fault."""
    _start, end, category = hit
    if category != _VERSIONED:
        return False
    after = [w for w in a.words[end : end + 3] if w not in (":", "：", "is", "=")][:1]
    return bool(after) and bool(_VERSION.fullmatch(after[0]))


def _flashed(a: Analysis, start: int) -> bool:
    """Whether a versioned software word is the change the fault came with ("after flashing firmware 1.3")."""
    return bool(_FLASHED.search(a.original(max(0, start - 6), start)))


def _version_dated(a: Analysis, hit: tuple[int, int, str]) -> bool:
    """Whether a hit's sentence dates the fault from a version installed or updated to (``_VERSION_DATED``)."""
    lo, hi = _sentence(a, hit[0])
    return bool(_VERSION_DATED.search(fold(a.original(lo, hi))))


def _mention(a: Analysis, hit: tuple[int, int, str]) -> bool:
    """Whether ``hit`` is a bare software word (``_MENTIONS``), not a software fault told in words."""
    start, end, category = hit
    return category == _VERSIONED and "".join(a.words[start:end]).lower() in _MENTIONS


def _updated(a: Analysis, hit: tuple[int, int, str]) -> bool:
    """Whether a software hit places the fault after or during an update, or tells an update that failed."""
    start, end, category = hit
    if category != _VERSIONED:
        return False
    return bool(_UPDATED.search(a.original(max(0, start - 1), end))) or _flashed(a, start)


def _phrased(a: Analysis, hits: list[tuple[int, int, str]], category: str) -> bool:
    """Whether one of ``hits`` of ``category`` is a phrase of its vocabulary (not a pattern's match)."""
    phrases = set(a.phrases.get(f"DEFECT:{category}", ()))
    return any((s, e) in phrases for s, e, c in hits if c == category)


def _form_field(a: Analysis) -> str:
    """The text of a "Fault description: ..." form field, if the mail has one with some words in it."""
    for _start, end in a.phrases.get("DESCRIBED", []):
        if end < len(a.words) and a.words[end] in (":", "："):
            stop = end + 1
            while stop < len(a.words) and a.words[stop] != "\n":
                stop += 1
            words = a.words[end + 1 : stop]
            if sum(len(w) > 1 for w in words) >= 3 or sum(len(w) == 1 and w.isalpha() for w in words) >= 4:
                told = a.original(end + 1, stop)
                if not _QUESTION.search(told):
                    return told[:MAX_SUMMARY]
    return ""


def _measures(a: Analysis) -> list[int]:
    """Positions of measured values ("1.8 dB", "-11.2 dBm", "1e-9"): a good summary keeps them."""
    return [
        i
        for i, w in enumerate(a.words[:-1])
        if _NUMBER.fullmatch(w) and (a.words[i + 1].lower() in _UNITS or "e-" in w.lower())
    ]


def _end(a: Analysis, i: int) -> bool:
    if a.words[i] in _ENDS:
        return not (a.words[i] == "." and i > 0 and a.words[i - 1].lower() in _ABBREVIATIONS)
    return _paragraph(a.words, i)


def _sentences(a: Analysis, starts: list[int]) -> str:
    """The sentences that hold the given token positions, in order, as written (one pass over the text)."""
    ends = [i for i in range(len(a.words)) if _end(a, i)]
    chosen: list[tuple[int, int]] = []
    for pos in starts[: MAX_SENTENCES * 4]:
        k = bisect.bisect_left(ends, pos)
        lo = ends[k - 1] + 1 if k > 0 else 0
        hi = ends[k] + 1 if k < len(ends) else len(a.words)
        if (lo, hi) not in chosen:
            chosen.append((lo, hi))
    parts = []
    for lo, hi in sorted(chosen)[:MAX_SENTENCES]:
        hi = min(hi, lo + 120)  # a "sentence" of a table or log dump: keep its start only
        parts.append(a.original(lo, hi))
    return " ".join(parts)[:MAX_SUMMARY]


def _paragraph(words: tuple[str, ...], i: int) -> bool:
    """A line break that ends a sentence: a blank line, or a line break after a colon."""
    if words[i] != "\n":
        return False
    return (i + 1 < len(words) and words[i + 1] == "\n") or (i > 0 and words[i - 1] in ("\n", ":", "："))
