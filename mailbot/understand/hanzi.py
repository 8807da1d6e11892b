"""Traditional Chinese characters read as simplified, one character for one.

Customers in Taiwan and Hong Kong write 序號, 壞了, 無法開機; the reading vocabularies are written mostly in
simplified characters. The table holds only OpenCC's single-character traditional→simplified mappings
that give one character, so a folded word has the length of the word as written.

Hong Kong customers also write Cantonese: 冇反應, 認唔到, 熄咗, 收到嘅. Its grammar characters that stand one for
one for a Mandarin one (冇 没, 唔 不, 咗 了, 嘅 的, 喺 在, 佢 他, 哋 们, 啲 些, 嚟 来, 睇 看, 畀 给) are read as that
one, so 冇反應 is 没反应 to every vocabulary.
"""

from __future__ import annotations

import re
from functools import cache

import opencc

# Every block where OpenCC has a traditional character: CJK Extension A, the unified ideographs and the
# compatibility ideographs.
_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
_HAN = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi - 1)}" for lo, hi in _BLOCKS) + "]")


# Written Cantonese grammar characters and the Mandarin character each stands for.
_CANTONESE = {
    "冇": "没",
    "唔": "不",
    "咗": "了",
    "嘅": "的",
    "喺": "在",
    "佢": "他",
    "哋": "们",
    "啲": "些",
    "嚟": "来",
    "睇": "看",
    "畀": "给",
}


@cache
def table() -> dict[int, int]:
    """Code point → code point, for every character OpenCC's t2s changes on its own (built once)."""
    chars = [chr(c) for lo, hi in _BLOCKS for c in range(lo, hi)]
    # One character per line: OpenCC's phrase dictionaries never see two characters together, so only
    # the character table applies; a line that does not come back as one character is left out.
    out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        raise RuntimeError("OpenCC did not keep one line per character")
    folded = {ord(a): ord(b) for a, b in zip(chars, out, strict=True) if len(b) == 1 and a != b}
    return folded | {ord(a): ord(b) for a, b in _CANTONESE.items()}


def fold(text: str) -> str:
    """``text`` with traditional characters as simplified, same length. A text without a Chinese
    character is returned as it is: a regex scan costs far less than ``translate`` on every character."""
    return text.translate(table()) if _HAN.search(text) else text
