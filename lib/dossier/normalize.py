"""Arabic normalisation for matching, with a map back to original offsets.

Matching happens on a folded copy of the text (no diacritics or tatweel, one
alef, ي for ى, ه for ة, Western digits, one kind of quote and dash). Folding
only deletes characters or replaces one character by one character, so a
position in the folded text maps back to the original by counting the deleted
characters before it. Every later stage reports original offsets and surface
text through :class:`Folded`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Characters removed for matching: harakat, superscript alef, Quranic marks,
# tatweel, zero-width and bidi control characters.
_REMOVED = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655"
    "\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2"
    "\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
    "\u0640"  # tatweel
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u00ad"
)
_REMOVED_RE = re.compile("[" + re.escape(_REMOVED) + "]")

_ONE_TO_ONE = {
    # alef variants
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # ya / alef maqsura, Persian ya and kaf
    "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ګ": "ك", "گ": "ك",
    # Persian letters seen in transliterated names
    "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    # hamza seats
    "ئ": "ي", "ؤ": "و",
    # ta marbuta
    "ة": "ه", "ۃ": "ه", "ە": "ه",
    # quotes and dashes
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"', "‟": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
}
_ONE_TO_ONE.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic
_ONE_TO_ONE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian
_ONE_TO_ONE.update({chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})
_ONE_TO_ONE["٫"] = "."  # Arabic decimal separator
_ONE_TO_ONE["٬"] = ","  # Arabic thousands separator

_TABLE = str.maketrans({**_ONE_TO_ONE, **{c: None for c in _REMOVED}})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return the matching form of ``text`` (no offset map).

    Use it for lexicon entries and short keys; use :func:`fold_with_map` for
    article text whose matches must be reported in original offsets.
    """
    return text.translate(_TABLE)


@dataclass(frozen=True)
class Folded:
    """A folded text plus what is needed to map its offsets to the original."""

    original: str
    text: str
    # normalised positions of the characters right after each deletion run,
    # one entry per deleted character (sorted), see ``to_original``
    _shifts: tuple[int, ...]

    def to_original(self, pos: int) -> int:
        """Map a start position in the folded text to the original text."""
        if not self._shifts:
            return pos
        return pos + bisect_right(self._shifts, pos)

    def to_folded(self, pos: int) -> int:
        """Map an original position to the folded text (a deleted character
        maps to the next kept one)."""
        if not self._shifts:
            return pos
        lo, hi = 0, pos
        while lo < hi:  # largest folded p with to_original(p) <= pos
            mid = (lo + hi + 1) // 2
            if self.to_original(mid) <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo if self.to_original(lo) >= pos else lo + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` span to an original span.

        The end maps after the last kept character, so diacritics trailing a
        matched word stay outside the span, as a reader would select it.
        """
        if not self._shifts:
            return start, end
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def surface(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


def fold_with_map(text: str) -> Folded:
    """Fold ``text`` and keep the offset map back to it."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return Folded(text, folded, ())
    # Each deleted character at original index d, being the j-th deletion,
    # would have sat at folded index d - j: every folded position >= d - j
    # is shifted one more to the right in the original.
    shifts = tuple(m.start() - j for j, m in enumerate(_REMOVED_RE.finditer(text)))
    return Folded(text, folded, shifts)


_WS_RE = re.compile(r"\s+")


def squeeze_spaces(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return _WS_RE.sub(" ", text).strip()
