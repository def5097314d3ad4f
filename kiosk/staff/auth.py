"""Staff PINs: salted scrypt hashes per role, and a wrong-PIN lockout that doubles and survives restarts.

The lockout lives in the database (table staff_lockout) with wall-clock times, so pulling the
plug does not reset it. Every attempt — right, wrong, or refused while locked — is audited.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk.sqlite_library import Database

from kiosk.staff import ROLES
from kiosk.store.audit import append_event, utc_now
from kiosk.text import normalize_digits
from kiosk.store.db import write_transaction

PIN_MIN, PIN_MAX = 4, 12
ADMIN_PIN_MIN = 6  # the admin role changes settings and PINs: 10^6 guesses, not 10^4
# scrypt cost: about 0.2 s and 32 MiB per check on the kiosk (docs/staff.md has the arithmetic:
# the whole 6-digit space costs days of CPU), and the PIN is first keyed with a pepper kept in a
# file beside the database, not in it: a copied kiosk.db alone cannot be searched at all.
_N, _R, _P = 2 ** 15, 8, 1
_MAXMEM = 2 ** 26  # scrypt needs 128·r·N = 32 MiB; hashlib's default ceiling is exactly that
SCHEME, LEGACY_SCHEME = "scrypt-peppered", "scrypt"
PEPPER_FILE = "staff_pin_pepper.key"


class PinError(ValueError):
    """A PIN that cannot be used (wrong length, not digits, same as the other role's)."""


def clean_pin(pin: str) -> str:
    digits = normalize_digits(pin.strip())
    if not (digits.isascii() and digits.isdigit()) or not PIN_MIN <= len(digits) <= PIN_MAX:
        raise PinError(f"A PIN is {PIN_MIN} to {PIN_MAX} digits.")
    return digits


def _keyed(digits: str, pepper: bytes | None) -> bytes:
    return hmac.new(pepper, digits.encode(), hashlib.sha256).digest() if pepper else digits.encode()


def hash_pin(pin: str, pepper: bytes | None = None) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_keyed(clean_pin(pin), pepper), salt=salt, n=_N, r=_R, p=_P, dklen=32,
                            maxmem=_MAXMEM)
    b64 = base64.b64encode
    scheme = SCHEME if pepper else LEGACY_SCHEME
    return f"{scheme}${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def pin_matches(pin: str, stored: str, pepper: bytes | None = None) -> bool:
    """Checks current hashes and the older unpeppered, cheaper ones alike."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        candidate = clean_pin(pin)
    except (ValueError, PinError):
        return False
    if scheme == SCHEME and pepper is None:
        return False
    if scheme not in (SCHEME, LEGACY_SCHEME):
        return False
    secret = _keyed(candidate, pepper if scheme == SCHEME else None)
    got = hashlib.scrypt(secret, salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                         dklen=len(base64.b64decode(digest)), maxmem=_MAXMEM)
    return hmac.compare_digest(got, base64.b64decode(digest))


def is_current(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) == 6 and parts[0] == SCHEME and parts[1:4] == [str(_N), str(_R), str(_P)]


def pepper_path_of(db: Database) -> Path | None:
    """The pepper file beside the database file (None for an in-memory database)."""
    for _, name, filename in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and filename:
            return Path(filename).with_name(PEPPER_FILE)
    return None


def load_pepper(path: Path | None) -> bytes | None:
    """Read the pepper, creating it (0600, atomically: two first starts agree) when missing."""
    if path is None:
        return None
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=".pepper-", dir=path.parent)  # mkstemp: 0600
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process made it first: use theirs
    finally:
        os.unlink(tmp)
    return bytes.fromhex(path.read_text().strip())


@dataclass
class AuthResult:
    role: str | None          # the role signed in, or None
    locked_until: float = 0.0  # wall-clock seconds; > now means the pad is locked
    attempts_left: int = 0
    reason: str = ""           # "ok" | "wrong" | "locked" | "no_pins"

    @property
    def ok(self) -> bool:
        return self.role is not None


class StaffAuth:
    def __init__(self, db: Database, staff_settings, clock: Callable[[], float] = time.time):
        self.db, self.cfg, self.clock = db, staff_settings, clock
        self.pepper = load_pepper(pepper_path_of(db))

    def roles_with_pins(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT role FROM staff_pins ORDER BY role").fetchall()]

    def set_pin(self, role: str, pin: str, actor: str) -> None:
        if role not in ROLES:
            raise PinError(f"Unknown role {role!r}; one of {', '.join(ROLES)}.")
        digits = clean_pin(pin)
        if role == "admin" and len(digits) < ADMIN_PIN_MIN:
            raise PinError(f"The admin PIN is at least {ADMIN_PIN_MIN} digits.")
        for other, stored in self.db.execute("SELECT role, pin_hash FROM staff_pins WHERE role != ?", [role]):
            if pin_matches(digits, stored, self.pepper):
                raise PinError(f"That PIN is already the {other} PIN; each role needs its own.")
        hashed = hash_pin(digits, self.pepper)
        with write_transaction(self.db):
            self.db.execute("INSERT INTO staff_pins (role, pin_hash, set_at) VALUES (?, ?, ?)"
                            " ON CONFLICT(role) DO UPDATE SET pin_hash = excluded.pin_hash, set_at = excluded.set_at",
                            [role, hashed, utc_now()])
            append_event(self.db, actor, "staff_pin_set", None, {"role": role})

    def lock_state(self) -> tuple[int, int, float]:
        """(consecutive wrong PINs, lockouts so far, locked until)."""
        row = self.db.execute("SELECT failures, lockouts, locked_until FROM staff_lockout WHERE id = 1").fetchone()
        return (row[0], row[1], row[2]) if row else (0, 0, 0.0)

    def locked_for(self) -> float:
        return max(0.0, self.lock_state()[2] - self.clock())

    def check(self, pin: str) -> AuthResult:
        """One attempt from the PIN pad. A correct PIN while locked is still refused.

        The attempt is counted before the (slow) hash check, in one transaction with the read of
        the count: parallel guesses (several connections at once) each take a slot, and once
        `max_wrong_pins` are taken the rest are refused and the pad locks, whatever their PIN.
        """
        now = self.clock()
        with write_transaction(self.db):
            failures, lockouts, until = self.lock_state()
            if until > now:
                return self._refused(now, until)
            pins = self.db.execute("SELECT role, pin_hash FROM staff_pins").fetchall()
            if not pins:
                return AuthResult(None, 0.0, 0, "no_pins")
            if failures >= self.cfg.max_wrong_pins:  # the attempts in flight took every slot
                return self._lock(now, lockouts)
            self.db.execute("UPDATE staff_lockout SET failures = failures + 1 WHERE id = 1")
        role, stored = next(((r, h) for r, h in sorted(pins) if pin_matches(pin, h, self.pepper)), (None, ""))
        with write_transaction(self.db):
            failures, lockouts, until = self.lock_state()
            if until > now:  # a parallel attempt locked the pad meanwhile
                return self._refused(now, until)
            if role:
                self.db.execute("UPDATE staff_lockout SET failures = 0, lockouts = 0, locked_until = 0 WHERE id = 1")
                if self.pepper and not is_current(stored):  # an older, cheaper hash: upgrade it now
                    self.db.execute("UPDATE staff_pins SET pin_hash = ? WHERE role = ? AND pin_hash = ?",
                                    [hash_pin(pin, self.pepper), role, stored])
                append_event(self.db, role, "staff_login", None, {"role": role})
                return AuthResult(role, 0.0, self.cfg.max_wrong_pins, "ok")
            if failures >= self.cfg.max_wrong_pins:
                return self._lock(now, lockouts)
            append_event(self.db, "pinpad", "staff_pin_wrong", None, {"failures": failures})
            return AuthResult(None, 0.0, self.cfg.max_wrong_pins - failures, "wrong")

    def _refused(self, now: float, until: float) -> AuthResult:
        append_event(self.db, "pinpad", "staff_pin_refused", None, {"locked_for_s": round(until - now)})
        return AuthResult(None, until, 0, "locked")

    def _lock(self, now: float, lockouts: int) -> AuthResult:
        """Inside a write transaction: start the next (doubled) lockout."""
        lockouts += 1
        seconds = self.cfg.lockout_base_s * 2 ** (lockouts - 1)
        until = now + seconds
        self.db.execute("UPDATE staff_lockout SET failures = 0, lockouts = ?, locked_until = ? WHERE id = 1",
                        [lockouts, until])
        append_event(self.db, "pinpad", "staff_lockout", None, {"seconds": seconds, "lockouts": lockouts})
        return AuthResult(None, until, 0, "locked")

    def clear_lockout(self, actor: str) -> None:
        with write_transaction(self.db):
            self.db.execute("UPDATE staff_lockout SET failures = 0, lockouts = 0, locked_until = 0 WHERE id = 1")
            append_event(self.db, actor, "staff_lockout_cleared", None, {})
