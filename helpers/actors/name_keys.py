"""Keys that compare the words of personal names: the same word written with or without accents
("Peña", "Pena") or garbled by a wrong decoding ("PeÃ±a": UTF-8 bytes read as Latin-1, which news
feeds and corpora carry) has one key (rule ``garbled-name``).

It extracts nothing: ``name_key`` maps a word of a name to the key that ``people`` compares the
words of two names by (``name-prefix``). A word with the marks of UTF-8 read as Latin-1 or
Windows-1252 ("Ã", "Â") is decoded again (at most twice: a doubly garbled word too; a fraction a
compatibility normalisation spelt out, "Ã1⁄4", first put back), then accents are dropped (NFKD)
and the word is case-folded. ``people`` also reads a garbled name's digits through ``repaired``:
"GÃ1⁄4len" is no channel name like "Sky Tg24".
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .rules import rule_on

#: the lead characters of a UTF-8 sequence read as Latin-1 or Windows-1252 (Ã for é, ñ, ü; Â; Ä; Å)
GARBLE_MARKS = frozenset("ÃÂÄÅ")
#: vulgar fractions a compatibility normalisation (NFKC) spelt out: "GÃ¼len" (ü) comes as "GÃ1⁄4len"
SPELT_FRACTIONS = {"1\u20444": "\u00bc", "1\u20442": "\u00bd", "3\u20444": "\u00be"}


def repaired(word: str) -> str:
    """``word`` decoded again where UTF-8 was read as Latin-1 or Windows-1252 ("PeÃ±a" -> "Peña");
    composed first (NFC), as a garbled "Ã" may come as "A" and a combining tilde."""
    word = unicodedata.normalize("NFC", word)
    if GARBLE_MARKS.intersection(word):
        for spelt, fraction in SPELT_FRACTIONS.items():
            word = word.replace(spelt, fraction)
    for _ in range(2):
        if not GARBLE_MARKS.intersection(word):
            break
        for codec in ("latin-1", "cp1252"):
            try:
                word = word.encode(codec).decode("utf-8")
                break
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        else:
            break
    return word


def name_key(word: str) -> str:
    """The key of a word of a name: case-folded, without accents, and with ``garbled-name``
    decoded again where garbled."""
    return _folded(repaired(word) if rule_on("garbled-name") else word)


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word)
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()
