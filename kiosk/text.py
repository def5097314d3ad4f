"""Persian/Arabic text safety: keep what was typed, derive a clean display form and a search key.

No library restores the ZWNJ inside glued words (ویژهبرنامه), so nothing here "corrects" words:
the display form only removes what can deceive a reader (bidi overrides, invisible characters,
controls) and keeps the citizen's own letters (an Arabic ي stays ي, ZWNJ and ZWJ stay: they are
ordinary Persian); the search key folds letters, digits and spacing so any spelling matches.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

ZWNJ = "\u200c"
ZWJ = "\u200d"
JOINERS = (ZWNJ, ZWJ)  # inside words they shape letters; never revealed or stripped
MAX_TEXT_CHARS_DEFAULT = 2000

_DIGIT_MAP = {}
for _zero in (0x06F0, 0x0660, 0xFF10):  # Persian, Arabic-Indic, full-width
    for _i in range(10):
        _DIGIT_MAP[_zero + _i] = ord("0") + _i
# Search folds all alef variants, teh marbuta and hamza-carrying letters to their bare forms.
_SEARCH_FOLD = {
    "آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ة": "ه", "ۀ": "ه", "ؤ": "و", "ئ": "ی",
    "ي": "ی", "ى": "ی", "ك": "ک",
}
_HARAKAT = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # diacritics, tatweel

_LATIN_DIGITS = "0123456789"
_SCRIPT_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "en": _LATIN_DIGITS}


class TextTooLong(ValueError):
    def __init__(self, length: int, limit: int):
        super().__init__(f"The text has {length} characters; at most {limit} are allowed. "
                         f"Please shorten it by {length - limit} characters.")
        self.length, self.limit = length, limit


@dataclass
class CleanText:
    raw: str
    display: str
    stripped: dict[str, int] = field(default_factory=dict)  # "U+202E" -> count removed

    @property
    def changed(self) -> bool:
        return bool(self.stripped)


def _replace_surrogates(text: str) -> tuple[str, int]:
    """Lone surrogates cannot be encoded as UTF-8; they never reach the database."""
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return text, 0
    out = [("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c) for c in text]
    return "".join(out), sum(1 for c in text if 0xD800 <= ord(c) <= 0xDFFF)


def storable(text: str) -> str:
    """The raw text as typed, made encodable (lone surrogates → U+FFFD); nothing else changes."""
    return _replace_surrogates(text)[0]


def _is_removed(ch: str) -> bool:
    if ch == "\n" or ch in JOINERS or ch == "\t":
        return False
    cat = unicodedata.category(ch)
    # Cf: bidi controls, zero-width joiners/spaces, BOM; Cc: control characters; Co/Cn: private/unassigned.
    return cat in ("Cf", "Cc", "Co", "Cn", "Cs")


def clean(text: str) -> CleanText:
    """Display form: format chars (except ZWNJ/ZWJ) and controls (except newline) removed; letters and
    digits as typed (search folds them)."""
    raw, _ = _replace_surrogates(text)
    stripped: dict[str, int] = {}
    out: list[str] = []
    for ch in text:
        if 0xD800 <= ord(ch) <= 0xDFFF or _is_removed(ch):
            key = f"U+{ord(ch):04X}"
            stripped[key] = stripped.get(key, 0) + 1
            continue
        cat = unicodedata.category(ch)
        out.append(" " if cat == "Zs" else "\n" if cat in ("Zl", "Zp") else ch)
    display = "".join(out).replace("\t", " ")
    display = unicodedata.normalize("NFC", display)
    # Runs of ZWNJ collapse to one; a ZWNJ next to a space is meaningless.
    while ZWNJ + ZWNJ in display:
        display = display.replace(ZWNJ + ZWNJ, ZWNJ)
    display = display.replace(" " + ZWNJ, " ").replace(ZWNJ + " ", " ")
    return CleanText(raw=raw, display=display.strip(), stripped=stripped)


def search_key(text: str) -> str:
    """Folds case, digits, alef/yeh/kaf variants, diacritics, and all ZWNJ/ZWJ/space so spellings match."""
    display = normalize_digits(clean(text).display).casefold()
    out = []
    for ch in display:
        if ch in _HARAKAT or ch in JOINERS or ch.isspace():
            continue
        out.append(_SEARCH_FOLD.get(ch, ch))
    return "".join(out)


def normalize_digits(text: str) -> str:
    """Persian, Arabic-Indic and full-width digits → ASCII digits (typed on any keyboard)."""
    return text.translate(_DIGIT_MAP)


def localize_digits(text: str, language: str) -> str:
    digits = _SCRIPT_DIGITS.get(language, _LATIN_DIGITS)
    return normalize_digits(text).translate({ord("0") + i: digits[i] for i in range(10)})


def check_length(text: str, limit: int = MAX_TEXT_CHARS_DEFAULT) -> None:
    if len(text) > limit:
        raise TextTooLong(len(text), limit)


def reveal_invisible(text: str) -> str:
    """For staff: every bidi control, other invisible or control character becomes a visible ⟦U+XXXX⟧
    tag. ZWNJ and ZWJ are ordinary Persian spelling (نیم‌فاصله) and are shown as they are."""
    out = []
    for ch in storable(text):
        if ch == "\n" or ch in JOINERS:
            out.append(ch)
        elif _is_removed(ch) or ch == "\ufffd":
            out.append(f"⟦U+{ord(ch):04X}⟧")
        else:
            out.append(ch)
    return "".join(out)


ZWJ = "\u200d"


def for_terminal(text: str) -> str:
    """One value for a staff terminal (`kiosk queue show`): control characters (ESC, BEL, NUL, C1),
    bidi controls and other invisible characters become visible ⟦U+XXXX⟧ tags, so nothing typed at
    the kiosk reaches the terminal as a command or reorders the line. ZWNJ and ZWJ are ordinary
    Persian and stay; a newline stays a newline."""
    out = []
    for ch in storable(text):
        if ch in ("\n", ZWNJ, ZWJ):
            out.append(ch)
        elif _is_removed(ch) or ch == "\t" or unicodedata.category(ch) in ("Zl", "Zp"):
            out.append(f"⟦U+{ord(ch):04X}⟧")
        else:
            out.append(ch)
    return "".join(out)


def strong_direction(text: str) -> bool | None:
    """True (right to left) or False by the first strong letter, as the Unicode bidi algorithm picks
    a paragraph's direction; None when there is none (digits, punctuation)."""
    import unicodedata
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def reads_right_to_left(text: str) -> bool:
    return bool(strong_direction(text))
