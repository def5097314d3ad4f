"""What the console's list shows, read on a worker with a connection of its own (never widgets)."""
from __future__ import annotations

from kiosk.office.library import ItemFilter, Library


def query(lib: Library, flt: ItemFilter) -> dict:
    rows = lib.items(flt, limit=5000)
    for r in rows:  # media in a bucket are read when a question is opened, not for the whole page
        path = lib.media_path(r, fetch=False) if r["audio_file"] else None
        r["audio_path"] = str(path) if path else None
    from kiosk.office.settings_publish import published_topic_labels
    return {"rows": rows, "total": lib.count(flt), "per_day": lib.counts_per_day(flt),
            "per_topic": lib.counts_per_topic(flt), "kiosks": lib.distinct("kiosk_id"), "topics": lib.distinct("topic"),
            "topic_labels": published_topic_labels(lib)}
