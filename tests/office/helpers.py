"""Builders for the office tests: library rows straight in, or real envelopes from a real kiosk store."""
from __future__ import annotations

import uuid
from datetime import date, datetime, time, timezone

from kiosk.office.library import Library


def iso_at(day: date, hour: int = 12) -> str:
    return datetime.combine(day, time(hour), tzinfo=timezone.utc).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


def add_item(lib: Library, n: int, *, kiosk_id: str = "kiosk-aaaa", day: date = date(2026, 11, 26),
             phone: str | None = "0912 000 0000", scopes=("record", "broadcast", "draw"), constructive=True,
             status: str = "approved", topic: str | None = "traffic", text: str | None = None,
             personal_data: bool = False, audio: bytes | None = None, hour: int = 12,
             ticket: str | None = None) -> dict:
    """Item number n; the default phone is made unique per n (pass phone= to share one)."""
    sid = uuid.uuid4().hex
    values = {
        "id": sid, "ticket": ticket or f"{n // 10000:04d}-{n % 10000:04d}", "kiosk_id": kiosk_id, "kind": "text",
        "language": "fa", "created_at": iso_at(day, hour), "submitted_at": iso_at(day, hour),
        "kiosk_status": status, "topic": topic, "text": text if text is not None else f"پرسش شماره {n}",
        "consent_version": "2026-11-1", "consent_scopes": list(scopes), "constructive": int(constructive),
        "personal_data": int(personal_data),
        "phone": (f"0912{n:07d}" if phone == "0912 000 0000" else phone), "contact_name": None,
    }
    if audio is not None:
        rel = f"media/{kiosk_id}/{sid}.opus"
        (lib.root / rel).parent.mkdir(parents=True, exist_ok=True)
        (lib.root / rel).write_bytes(audio)
        values["audio_file"] = rel
    lib.add_item(values, f"test/{sid}.zip", "0" * 64)
    return lib.get(sid)
