"""Durable local storage: one SQLite file (WAL, synchronous writes), migrations, lifecycle, audit chain."""
from kiosk.store.db import StoreCorrupt, open_database
from kiosk.store.submissions import IllegalTransition, SubmissionStore, NotFound

__all__ = ["StoreCorrupt", "open_database", "IllegalTransition", "SubmissionStore", "NotFound"]


def open_store(settings) -> SubmissionStore:
    """The store for the kiosk described by settings (one per thread)."""
    return SubmissionStore(open_database(settings.db_path), settings.kiosk_id, settings.ui.text_max_chars)


__all__.append("open_store")
