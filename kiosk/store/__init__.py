"""Durable local storage: one SQLite file (WAL, synchronous writes), migrations, lifecycle, audit chain.

A process checks and migrates the database once (open_store / prepare_database at start); every
other connection is a cheap connect_store, one per thread (kiosk.store.db.ThreadConnections).
"""
from kiosk.store.db import (StoreCorrupt, ThreadConnections, check_database, connect, open_database,
                            prepare_database, schema_is_current)
from kiosk.store.submissions import IllegalTransition, SubmissionStore, NotFound

__all__ = ["StoreCorrupt", "open_database", "IllegalTransition", "SubmissionStore", "NotFound",
           "ThreadConnections", "check_database", "connect", "prepare_database", "schema_is_current"]


def connect_store(settings) -> SubmissionStore:
    """A store on a cheap connection; the database must have been prepared by this process."""
    return SubmissionStore(connect(settings.db_path), settings.kiosk_id, settings.ui.text_max_chars)


def open_store(settings) -> SubmissionStore:
    """Check, migrate, then connect: at process start and in one-shot commands (one per thread)."""
    prepare_database(settings.db_path)
    return connect_store(settings)


def store_per_thread(settings, *, check: bool = True) -> ThreadConnections[SubmissionStore]:
    """Stores one per thread for a long-lived component. The schema is brought up to date first;
    check=False skips the integrity check when this process has done it (the kiosk's start)."""
    prepare_database(settings.db_path, check=check)
    return ThreadConnections(lambda: connect_store(settings))


__all__ += ["connect_store", "open_store", "store_per_thread"]
