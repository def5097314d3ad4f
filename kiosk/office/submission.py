"""submission.json → a library row, or BadSubmission naming what is wrong.

The signature proves which kiosk sent a document, not that every field is storable: a wrong type,
a lone surrogate SQLite cannot encode or a 64-bit overflow must quarantine one envelope, never stop
the import of the ones after it (docs/envelope.md lists the fields).
"""
from __future__ import annotations

from typing import Any

from kiosk.office.dates import parse_utc
from kiosk.office.ids import KIOSK_ID, SUBMISSION_ID, TICKET

MAX_TEXT_CHARS = 100_000  # far above any kiosk's text limit; the whole document is ≤ 1 MiB anyway
MAX_FIELD_CHARS = 200
_INT_RANGE = range(0, 2 ** 53)


class BadSubmission(ValueError):
    pass


def _str(value: Any, field: str, *, limit: int = MAX_FIELD_CHARS, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not (value or optional) or len(value) > limit:
        raise BadSubmission(f"{field} must be a text of at most {limit} characters")
    _storable(value, field)
    return value


def _int(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value not in _INT_RANGE:
        raise BadSubmission(f"{field} must be a whole number from 0 to 2^53")
    return value


def _dict(value: Any, field: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadSubmission(f"{field} must be an object")
    return value


def _time(value: Any, field: str, optional: bool = True) -> str | None:
    text = _str(value, field, limit=40, optional=optional)
    if text is not None:
        try:
            parse_utc(text)
        except ValueError:
            raise BadSubmission(f"{field} is not an ISO 8601 time") from None
    return text


def _storable(value: Any, field: str) -> None:
    """Every text encodable as UTF-8 (SQLite refuses lone surrogates), every number 64-bit."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BadSubmission(f"{field} holds characters that cannot be stored (lone surrogates)") from None
    elif isinstance(value, int) and not isinstance(value, bool) and not -2 ** 63 <= value < 2 ** 63:
        raise BadSubmission(f"{field} holds a number too large to store")
    elif isinstance(value, dict):
        for key, item in value.items():
            _storable(key, field)
            _storable(item, f"{field}.{key}")
    elif isinstance(value, list):
        for item in value:
            _storable(item, field)


def library_values(doc: Any, signer_fingerprint: str, built_at: Any, encrypted: bool) -> dict:
    if not isinstance(doc, dict):
        raise BadSubmission("the document is not an object")
    sid, ticket, kiosk_id = doc.get("id"), doc.get("ticket"), doc.get("kiosk_id")
    if not (isinstance(sid, str) and SUBMISSION_ID.match(sid)):
        raise BadSubmission("id is malformed")
    if not (isinstance(ticket, str) and TICKET.match(ticket)):
        raise BadSubmission("ticket is malformed")
    if not (isinstance(kiosk_id, str) and KIOSK_ID.match(kiosk_id)):
        raise BadSubmission("kiosk_id is malformed")
    kind = doc.get("kind") or "text"
    if kind not in ("text", "voice"):
        raise BadSubmission("kind must be text or voice")
    consent, moderation = _dict(doc.get("consent"), "consent"), _dict(doc.get("moderation"), "moderation")
    _storable(moderation, "moderation")
    scopes = consent.get("scopes") or []
    if not isinstance(scopes, list) or len(scopes) > 16 or not all(isinstance(s, str) and len(s) <= 32 for s in scopes):
        raise BadSubmission("consent scopes are malformed")
    for scope in scopes:
        _storable(scope, "consent.scopes")
    text, contact, audio = _dict(doc.get("text"), "text"), _dict(doc.get("contact"), "contact"), \
        _dict(doc.get("audio"), "audio")
    for flag in ("constructive", "personal_data"):
        if not isinstance(moderation.get(flag), (bool, type(None))):
            raise BadSubmission(f"moderation.{flag} must be true or false")
    sha = _str(audio.get("sha256"), "audio.sha256", limit=64)
    if sha is not None and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        raise BadSubmission("audio.sha256 is not a SHA-256")
    return {
        "id": sid, "ticket": ticket, "kiosk_id": kiosk_id, "kind": kind,
        "language": _str(doc.get("language"), "language", limit=16),
        "created_at": _time(doc.get("created_at"), "created_at", optional=False),
        "submitted_at": _time(doc.get("submitted_at"), "submitted_at"),
        "kiosk_status": _str(moderation.get("outcome"), "moderation.outcome", limit=32) or "",
        "topic": _str(doc.get("topic"), "topic", limit=64),
        "text": _str(text.get("raw"), "text.raw", limit=MAX_TEXT_CHARS),
        "consent_version": _str(consent.get("version"), "consent.version", limit=64),
        "consent_scopes": scopes, "constructive": int(bool(moderation.get("constructive"))),
        "personal_data": int(bool(moderation.get("personal_data"))),
        # Contact details only ever serve the draw: kept only with the draw scope.
        "phone": _str(contact.get("phone"), "contact.phone", limit=40) if "draw" in scopes else None,
        "contact_name": _str(contact.get("name"), "contact.name") if "draw" in scopes else None,
        "audio_sha256": sha, "audio_bytes": _int(audio.get("size"), "audio.size"),
        "duration_ms": _int(audio.get("duration_ms"), "audio.duration_ms"),
        "metadata": {"moderation": moderation, "signer": signer_fingerprint,
                     "built_at": _str(built_at, "MANIFEST.json built_at", limit=40), "encrypted": encrypted},
    }
