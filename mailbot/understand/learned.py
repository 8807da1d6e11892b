"""The learned component: identifier spans (NER) and defect / kind classes, trained by tools/train.py.

The rules stay first: labels, never-lists and the operator's formats come from rules/understand. The
model is asked only where the rules leave a gap (see ``mailbot.understand.Understander``), and its
pipeline runs on the rules' own tokenizer, so a learned span is always whole tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from mailbot.understand.nlp import RuleTokenizer, prepare

MODEL_DIR = Path(__file__).resolve().parent / "model"
MAX_CHARS = 6000  # the model reads at most this much of a mail (a long quote adds nothing but time)

_TOK2VEC = {
    "@architectures": "spacy.HashEmbedCNN.v2",
    "pretrained_vectors": None,
    "width": 64,
    "depth": 2,
    "embed_size": 2000,
    "window_size": 2,
    "maxout_pieces": 2,
    "subword_features": True,
}
_NER = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": _TOK2VEC,
}
_BOW = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 65536,
}
FIELDS = {"ORDER": "order_number", "SERIAL": "serial_number", "MODEL": "product_model", "TRACKING": "tracking_number"}


def build_pipeline() -> Language:
    """The untrained pipeline: the rule tokenizer, an NER and two bag-of-words classifiers."""
    nlp = spacy.blank("xx")
    nlp.tokenizer = RuleTokenizer(nlp.vocab)
    nlp.add_pipe("ner", config={"model": _NER})
    nlp.add_pipe("textcat", name="defect", config={"model": _BOW, "threshold": 0.5})
    nlp.add_pipe("textcat", name="kind", config={"model": _BOW, "threshold": 0.5})
    return nlp


@dataclass(frozen=True)
class Guess:
    """What the model reads in one text: spans per field, and the class probabilities."""

    spans: dict[str, tuple[str, ...]]
    defect: dict[str, float]
    kind: dict[str, float]

    def best(self, which: str) -> tuple[str, float]:
        cats = self.defect if which == "defect" else self.kind
        if not cats:
            return "", 0.0
        name = max(cats, key=lambda k: cats[k])
        return name, cats[name]


class Learned:
    """The shipped model, loaded once (offline, from the package)."""

    def __init__(self, path: Path = MODEL_DIR) -> None:
        # The saved config describes the trained architecture; the tokenizer is always the rules' own.
        nlp = spacy.util.load_model_from_config(spacy.util.load_config(path / "config.cfg"))
        nlp.tokenizer = RuleTokenizer(nlp.vocab)
        nlp.from_disk(path, exclude=["tokenizer"])
        self.nlp = nlp
        self.ner: Any = nlp.get_pipe("ner")
        self.defect: Any = nlp.get_pipe("defect")
        self.kind: Any = nlp.get_pipe("kind")

    def doc(self, text: str) -> Doc:
        return self.nlp.make_doc(prepare(text[:MAX_CHARS]))

    def spans(self, doc: Doc) -> dict[str, tuple[str, ...]]:
        """Identifier values by field name (order_number, ...), in the order written, each once."""
        doc = self.ner(doc)
        out: dict[str, list[str]] = {}
        for ent in doc.ents:
            field = FIELDS.get(ent.label_)
            value = " ".join(ent.text.split())
            if field and value and value not in out.get(field, []):
                out.setdefault(field, []).append(value)
        return {k: tuple(v) for k, v in out.items()}

    def classes(self, doc: Doc, which: str) -> dict[str, float]:
        pipe = self.defect if which == "defect" else self.kind
        return dict(pipe(doc).cats)


@lru_cache(maxsize=2)
def shared(path: Path = MODEL_DIR) -> Learned:
    """The model loaded once per process: it is read-only once trained, and loading it costs ~0.5 s."""
    return Learned(path)


def available(path: Path = MODEL_DIR) -> bool:
    return (path / "config.cfg").is_file()
