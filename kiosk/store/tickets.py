"""Ticket codes a citizen can read aloud: 7 random digits plus a Damm check digit, as NNNN-NNNN.

Digits read the same in Persian, Arabic and Latin scripts, and the Damm digit catches every
single-digit typo and every adjacent swap when a clerk types a ticket back in.
"""
from __future__ import annotations

import secrets

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2), (7, 0, 9, 2, 1, 5, 4, 8, 6, 3), (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6), (6, 1, 2, 3, 0, 4, 5, 9, 7, 8), (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4), (8, 9, 4, 5, 3, 6, 2, 0, 1, 7), (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


CHANNEL_PREFIX = "9"  # tickets of questions from other channels (Instagram, phone) start with 9; kiosk ones never


def _ticket(first: str) -> str:
    body = first + "".join(str(secrets.randbelow(10)) for _ in range(6))
    code = body + str(damm_digit(body))
    return f"{code[:4]}-{code[4:]}"


def new_ticket() -> str:
    return _ticket(str(secrets.randbelow(9)))


def new_channel_ticket() -> str:
    return _ticket(CHANNEL_PREFIX)


def is_channel_ticket(text: str) -> bool:
    return is_valid_ticket(text) and canonical_ticket(text).startswith(CHANNEL_PREFIX)


def is_valid_ticket(text: str) -> bool:
    from kiosk.text import normalize_digits
    digits = normalize_digits(text).replace("-", "").replace(" ", "")
    return len(digits) == 8 and digits.isascii() and digits.isdigit() and damm_digit(digits) == 0


def canonical_ticket(text: str) -> str:
    from kiosk.text import normalize_digits
    digits = normalize_digits(text).replace("-", "").replace(" ", "")
    return f"{digits[:4]}-{digits[4:]}"
