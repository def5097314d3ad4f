"""Iranian mobile numbers as citizens type them: Persian, Arabic-Indic or Latin digits, with or
without the country code, spaces or dashes. The canonical form is 09XXXXXXXXX (11 digits)."""
from __future__ import annotations

import re

from kiosk.text import normalize_digits

_SEPARATORS = re.compile(r"[\s\-().\u200c\u200e\u200f]")


class PhoneInvalid(ValueError):
    """`code` names the problem so the UI can say it in the citizen's language."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def normalize_mobile(raw: str) -> str:
    """The canonical 09XXXXXXXXX form, or PhoneInvalid with code empty|not_digits|wrong_length|not_mobile."""
    text = _SEPARATORS.sub("", normalize_digits(raw or ""))
    if not text:
        raise PhoneInvalid("empty", "Please enter a mobile number.")
    if text.startswith("+"):
        text = "00" + text[1:]
    if not (text.isascii() and text.isdigit()):
        raise PhoneInvalid("not_digits", "A mobile number has only digits.")
    for prefix in ("0098", "98"):
        if text.startswith(prefix) and len(text) == len(prefix) + 10:
            text = "0" + text[len(prefix):]
            break
    if len(text) == 10 and text.startswith("9"):
        text = "0" + text
    if len(text) != 11:
        raise PhoneInvalid("wrong_length", "An Iranian mobile number has 11 digits, like 0912 345 6789.")
    if not text.startswith("09"):
        raise PhoneInvalid("not_mobile", "An Iranian mobile number starts with 09.")
    return text


def mask_mobile(phone: str) -> str:
    """For the review screen: enough to recognise one's own number, not enough for a passer-by."""
    return phone[:4] + "***" + phone[-4:] if len(phone) == 11 else phone
