"""A kiosk database damaged the way a failing SD card damages one: pages overwritten in place."""
from __future__ import annotations


def damaged_database(store, settings) -> bytes:
    """Fills the store with 50 submitted items, then overwrites part of every page after the first;
    returns the damaged file's bytes (to show nothing re-created or wrote over it)."""
    for i in range(50):
        draft = store.create_draft("text", "fa", "v1", ["record", "broadcast"])
        store.update_draft(draft.id, text="x" * 500 + str(i), topic="traffic")
        store.submit(draft.id)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
    raw = bytearray(settings.db_path.read_bytes())
    for offset in range(4096 + 100, len(raw), 4096):
        raw[offset:offset + 200] = b"\xff" * 200
    settings.db_path.write_bytes(bytes(raw))
    return bytes(raw)
