"""The pipeline's spaCy vocabulary stays bounded in a daemon that reads mails for months."""

from __future__ import annotations

import random
import string
from pathlib import Path

from mailbot.rules.understand import load_rules
from mailbot.understand.nlp import Pipeline

ROOT = Path(__file__).resolve().parents[2]
PROBE = "Hello,\n\nthe SFP has no link since Monday. S/N QX2201A33, PO 4500012345. 序列号：K7Q2XM4401，通电后灯不亮。"


def _new_words(rng: random.Random, n: int) -> str:
    """A mail of ``n`` words never seen before (names, codes, typos: what real mail brings)."""
    return " ".join("".join(rng.choices(string.ascii_lowercase + string.digits, k=9)) for _ in range(n))


def test_strings_stay_flat_across_many_mails_of_new_words():
    pipeline = Pipeline(load_rules(ROOT / "rules"), max_new_strings=2_000)
    built = len(pipeline.nlp.vocab.strings)
    rng = random.Random(7)
    sizes = []
    for _ in range(1_500):  # 30,000 new words: fifteen times the bound
        pipeline.analyse(_new_words(rng, 20))
        sizes.append((len(pipeline.nlp.vocab.strings), len(pipeline.nlp.vocab)))
    assert pipeline.builds > 1
    # The bound plus at most one mail's words (the check runs before a mail is read).
    assert max(s for s, _ in sizes) <= built + 2_000 + 3 * 20
    assert max(n for _, n in sizes) <= built + 2_000 + 3 * 20


def test_a_fresh_vocabulary_reads_the_same():
    pipeline = Pipeline(load_rules(ROOT / "rules"), max_new_strings=500)
    before = pipeline.analyse(PROBE)
    rng = random.Random(11)
    for _ in range(100):
        pipeline.analyse(_new_words(rng, 20))
    assert pipeline.builds > 1
    assert pipeline.analyse(PROBE) == before
