"""The witnessed prize draw as pure functions (no Qt, no database), so anyone can re-run it.

1. The entrant list is frozen into a canonical text file; its SHA-256 is the *commitment*,
   announced before the live show, so the list cannot change once witnesses speak.
2. Witnesses type inputs nobody could predict; an optional public beacon may be added.
3. seed = SHA-256 over a domain tag, the commitment, the number of witness inputs, every witness
   input in the order given, and the beacon, each field length-prefixed (8-byte big-endian) so
   text cannot slide from one field into the next.
4. Winners are the first N positions, reserves the next M, of a Fisher–Yates shuffle of the
   entrant list; each swap index comes from a SHA-256 counter stream with rejection sampling, so
   every entrant has exactly the same chance. docs/draw.md restates all of this for witnesses.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, NamedTuple, Sequence

from kiosk.phone import PhoneInvalid, normalize_mobile
from kiosk.text import normalize_digits

ENTRANTS_MAGIC = "# citizen-tribune draw entrants v1"
SEED_DOMAIN = b"citizen-tribune/draw-seed/v1"
STREAM_DOMAIN = b"citizen-tribune/draw-stream/v1"
ALGORITHM = "sha256-counter-fisher-yates/v1"
_TICKET = re.compile(r"^\d{4}-\d{4}$")
_KIOSK = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_BODY = re.compile(r"(?:\d{4}-\d{4} [A-Za-z0-9._-]{1,64}\n)*")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SPACE = 1 << 256


class DrawError(ValueError):
    """The inputs of a draw are unusable (bad file, bad commitment, too few entrants…)."""


class Entrant(NamedTuple):
    ticket: str
    kiosk_id: str

    @property
    def line(self) -> str:
        return f"{self.ticket} {self.kiosk_id}"


@dataclass(frozen=True)
class EntrantList:
    window_from: date
    window_to: date
    lines: tuple[str, ...]  # "TICKET KIOSK", canonical order; Entrant objects only for those picked

    def __len__(self) -> int:
        return len(self.lines)

    def entrant(self, index: int) -> Entrant:
        return Entrant(*self.lines[index].split(" "))

    @property
    def entrants(self) -> tuple[Entrant, ...]:
        return tuple(Entrant(*line.split(" ")) for line in self.lines)


@dataclass(frozen=True)
class DrawResult:
    commitment: str
    seed: str
    winners: tuple[Entrant, ...]
    reserves: tuple[Entrant, ...]
    entrant_count: int
    blocks_used: int


def normalize_phone(phone: str | None) -> str:
    """One number, one entry: 0912 345 6789, +98 912…, ۰۹۱۲… all become 09123456789.

    Numbers the kiosk would not accept as mobiles are kept as their bare digits.
    """
    try:
        return normalize_mobile(phone or "")
    except PhoneInvalid:
        return "".join(ch for ch in normalize_digits(phone or "") if ch.isascii() and ch.isdigit())


def mask_phone(phone: str | None) -> str:
    """0912***4567: enough for a winner to recognise their number, not enough to call it."""
    digits = normalize_phone(phone)
    if len(digits) >= 8:
        return f"{digits[:4]}***{digits[-4:]}"
    return "***" if digits else ""


# ---- the frozen entrant list ---------------------------------------------------------------
def entrants_bytes(entrants: Iterable[Entrant], window_from: date, window_to: date) -> bytes:
    """The canonical file: header, then one `TICKET KIOSK` line per entrant in byte order."""
    items = sorted(set(entrants), key=lambda e: e.line)
    for e in items:
        if not _TICKET.match(e.ticket) or not _KIOSK.match(e.kiosk_id):
            raise DrawError(f"unusable entrant {e.line!r}")
    if len(items) != len({e.line for e in items}):  # pragma: no cover - set() above dedupes
        raise DrawError("duplicate entrant")
    lines = [ENTRANTS_MAGIC, f"# window {window_from.isoformat()} {window_to.isoformat()}",
             f"# count {len(items)}", *(e.line for e in items)]
    return ("\n".join(lines) + "\n").encode("ascii")


def parse_entrants(data: bytes) -> EntrantList:
    """Strict: a file that is not byte-for-byte canonical is refused, so one list has one hash."""
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise DrawError("the entrant file contains characters other than ASCII") from None
    head = text.split("\n", 3)
    if len(head) < 4 or head[0] != ENTRANTS_MAGIC:
        raise DrawError("this is not a draw entrant file (bad header)")
    try:
        _, word, start, end = head[1].split(" ")
        window_from, window_to = date.fromisoformat(start), date.fromisoformat(end)
        count = int(head[2].removeprefix("# count "))
    except ValueError:
        raise DrawError("the entrant file header is damaged") from None
    body = head[3]
    if word != "window" or head[1] != f"# window {window_from.isoformat()} {window_to.isoformat()}" \
            or head[2] != f"# count {count}":
        raise DrawError("the entrant file header is not in canonical form")
    if not _BODY.fullmatch(body):
        raise DrawError("an entrant line is malformed, or the final newline is missing")
    lines = body.split("\n")[:-1]
    if count != len(lines):
        raise DrawError(f"the header says {count} entrants but the file lists {len(lines)}")
    if any(a >= b for a, b in zip(lines, lines[1:])):
        raise DrawError("the entrant file is not in canonical form (out of order or duplicated lines)")
    return EntrantList(window_from, window_to, tuple(lines))


def commitment_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def normalize_commitment(text: str) -> str:
    value = normalize_digits(text).strip().lower()
    if not _HEX64.match(value):
        raise DrawError("a commitment is 64 hexadecimal characters (the SHA-256 printed by `draw prepare`)")
    return value


# ---- seed and selection --------------------------------------------------------------------
def _field(data: bytes) -> bytes:
    return len(data).to_bytes(8, "big") + data


def derive_seed(commitment: str, witnesses: Sequence[str], beacon: str | None = None) -> bytes:
    """SHA-256(LP(domain) LP(commitment) LP(count) LP(w1)…LP(wn) LP(beacon flag) [LP(beacon)]).

    Witness inputs are used exactly as typed (UTF-8); the minutes record them verbatim.
    """
    commitment = normalize_commitment(commitment)
    if not witnesses:
        raise DrawError("at least one witness input is needed")
    if any(not w.strip() for w in witnesses):
        raise DrawError("a witness input is empty")
    h = hashlib.sha256()
    h.update(_field(SEED_DOMAIN))
    h.update(_field(commitment.encode("ascii")))
    h.update(_field(str(len(witnesses)).encode("ascii")))
    for w in witnesses:
        h.update(_field(w.encode("utf-8")))
    if beacon is None:
        h.update(_field(b"no-beacon"))
    else:
        h.update(_field(b"beacon"))
        h.update(_field(beacon.encode("utf-8")))
    return h.digest()


class _Stream:
    """Block i = SHA-256(LP(stream domain) LP(seed) i as 8-byte big-endian), read as a 256-bit number."""

    def __init__(self, seed: bytes):
        self._prefix = hashlib.sha256()
        self._prefix.update(_field(STREAM_DOMAIN))
        self._prefix.update(_field(seed))
        self.counter = 0

    def below(self, bound: int) -> int:
        """Uniform in [0, bound): numbers at or above the largest multiple of bound are skipped."""
        limit = _SPACE - (_SPACE % bound)
        while True:
            h = self._prefix.copy()
            h.update(self.counter.to_bytes(8, "big"))
            self.counter += 1
            x = int.from_bytes(h.digest(), "big")
            if x < limit:
                return x % bound


def shuffle_prefix(count: int, seed: bytes, k: int) -> tuple[list[int], int]:
    """Positions 0..k-1 of a Fisher–Yates shuffle of range(count): for p, swap p with p + below(count - p).

    Returns the picked indices and how many stream blocks were read (recorded in the minutes).
    """
    if not 0 <= k <= count:
        raise DrawError(f"cannot pick {k} of {count} entrants")
    stream, moved, picked = _Stream(seed), {}, []
    for p in range(k):
        j = p + stream.below(count - p)
        picked.append(moved.get(j, j))
        moved[j] = moved.get(p, p)  # sparse swap: the list itself is never copied
    return picked, stream.counter


def run_draw(entrants_file: bytes, commitment: str, witnesses: Sequence[str], beacon: str | None,
             winners: int, reserves: int = 0) -> DrawResult:
    commitment = normalize_commitment(commitment)
    actual = commitment_of(entrants_file)
    if actual != commitment:
        raise DrawError(f"the entrant file's SHA-256 is {actual}, not the announced commitment {commitment}")
    if winners < 1 or reserves < 0:
        raise DrawError("at least one winner, and no negative number of reserves")
    entrants = parse_entrants(entrants_file)
    if winners + reserves > len(entrants):
        raise DrawError(f"{winners} winners and {reserves} reserves need more than the {len(entrants)} entrants")
    seed = derive_seed(commitment, witnesses, beacon)
    order, blocks = shuffle_prefix(len(entrants), seed, winners + reserves)
    chosen = tuple(entrants.entrant(i) for i in order)
    return DrawResult(commitment, seed.hex(), chosen[:winners], chosen[winners:], len(entrants), blocks)

