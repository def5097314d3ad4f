"""Schema of the office library (a SQLite file in the office dir, or a PostgreSQL database).

The audit and meta tables have the kiosk's shape on purpose: kiosk.store.audit chains them.
Every migration is SQL both engines accept (TEXT, INTEGER, ALTER TABLE … ADD COLUMN, partial
indexes); ids of new rows are given by the code, never by an engine's autoincrement. To add one,
append `@office_migrations()` + `def m00N_what(db): db.execute(...)` below.
"""
from kiosk.office.database import OfficeDatabase as Database
from kiosk.office.schema_migrations import Migrations
from kiosk.store.audit import create_audit_tables

office_migrations = Migrations("office-library")


@office_migrations()
def m001_initial(db: Database) -> None:
    db.execute("""
        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            ticket TEXT NOT NULL,
            kiosk_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            language TEXT,
            created_at TEXT NOT NULL,
            submitted_at TEXT,
            kiosk_status TEXT,
            moderation_reason TEXT,
            topic TEXT,
            text TEXT,
            text_display TEXT,
            search_key TEXT,
            consent_version TEXT,
            consent_scopes TEXT NOT NULL,
            constructive INTEGER NOT NULL DEFAULT 0,
            personal_data INTEGER NOT NULL DEFAULT 0,
            phone TEXT,
            phone_key TEXT,
            contact_name TEXT,
            audio_file TEXT,
            audio_sha256 TEXT,
            audio_bytes INTEGER,
            duration_ms INTEGER,
            envelope_name TEXT,
            envelope_sha256 TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            imported_at TEXT NOT NULL,
            selected INTEGER NOT NULL DEFAULT 0,
            answered_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            withdrawn_at TEXT,
            UNIQUE (kiosk_id, ticket)
        )""")
    db.execute("CREATE INDEX idx_items_submitted ON items(submitted_at)")
    db.execute("CREATE INDEX idx_items_phone ON items(phone_key)")
    db.execute("""
        CREATE TABLE kiosks (
            public_key TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            kiosk_id TEXT,  -- one key speaks for one kiosk: pinned at trust time since m002
            added_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE envelopes (
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'quarantined')),
            reason TEXT,
            item_id TEXT,
            at TEXT NOT NULL,
            PRIMARY KEY (name, sha256)
        )""")
    db.execute("""
        CREATE TABLE draws (
            id TEXT PRIMARY KEY,
            prepared_at TEXT NOT NULL,
            window_from TEXT NOT NULL,
            window_to TEXT NOT NULL,
            commitment TEXT NOT NULL UNIQUE,
            entrants_file TEXT NOT NULL,
            entrant_count INTEGER NOT NULL,
            run_at TEXT,
            minutes_file TEXT
        )""")
    create_audit_tables(db)


@office_migrations()
def m002_pin_keys_at_trust(db: Database) -> None:
    """Keys are pinned to a kiosk id when trusted, no longer by their first envelope; envelopes are
    remembered with how the source listed them (size, ETag or mtime), so a changed file is read again.

    A key its first envelope already pinned keeps its kiosk id. An unpinned key is pinned to its name
    when that is a valid kiosk id (the docs always said `--name <kiosk id>`); otherwise it stays
    unpinned, its envelopes are refused, and `kiosk office kiosks` asks for `trust` again.
    """
    from kiosk.office.ids import KIOSK_ID
    for public_key, name in db.execute("SELECT public_key, name FROM kiosks WHERE kiosk_id IS NULL").fetchall():
        if KIOSK_ID.match(name):
            db.execute("UPDATE kiosks SET kiosk_id = ? WHERE public_key = ?", [name, public_key])
    db.execute("ALTER TABLE envelopes ADD COLUMN listing TEXT")


@office_migrations()
def m003_programme(db: Database) -> None:
    """Shows with ordered rundowns, questions from other channels, outcomes the status site shows."""
    db.execute("""
        CREATE TABLE shows (
            id INTEGER PRIMARY KEY,    -- given by Shows.create (MAX + 1 under the write lock)
            show_date TEXT NOT NULL,       -- ISO date; shown in Jalali
            starts_at TEXT,                -- HH:MM local time, optional
            title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE rundown (
            show_id INTEGER NOT NULL REFERENCES shows(id),
            item_id TEXT NOT NULL UNIQUE REFERENCES items(id),  -- in one show's rundown at a time
            position INTEGER NOT NULL,
            answered_at TEXT,
            skipped_at TEXT
        )""")
    db.execute("CREATE INDEX idx_rundown_show ON rundown(show_id, position)")
    db.execute("ALTER TABLE items ADD COLUMN channel TEXT NOT NULL DEFAULT 'kiosk'")
    db.execute("ALTER TABLE items ADD COLUMN handle TEXT")
    db.execute("ALTER TABLE items ADD COLUMN entered_by TEXT")
    db.execute("ALTER TABLE items ADD COLUMN outcome_reason TEXT")  # why it was not broadcast
    db.execute("ALTER TABLE items ADD COLUMN source_key TEXT")  # a channel question entered twice is one
    db.execute("CREATE UNIQUE INDEX idx_items_source_key ON items(source_key) WHERE source_key IS NOT NULL")
    db.execute("CREATE INDEX idx_items_ticket ON items(ticket)")
    db.execute("""
        CREATE TABLE publications (
            target TEXT NOT NULL,
            record TEXT NOT NULL,          -- the keyed-hash file name on the site
            content_sha256 TEXT NOT NULL,  -- of the plain record, so unchanged ones are not rewritten
            PRIMARY KEY (target, record)
        )""")


@office_migrations()
def m004_heartbeats(db: Database) -> None:
    """Signed kiosk heartbeats (kiosk.office.fleet): seen_at is the source's time (S3 LastModified
    or the file's mtime), utc the kiosk's own clock; the difference is the clock check."""
    db.execute("""
        CREATE TABLE heartbeats (
            kiosk_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            utc TEXT NOT NULL,
            status TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (kiosk_id, sha256)
        )""")
    db.execute("CREATE INDEX idx_heartbeats_latest ON heartbeats(kiosk_id, seen_at)")
    db.execute("CREATE INDEX idx_heartbeats_seen ON heartbeats(seen_at)")  # pruning old ones
    db.execute("CREATE INDEX idx_items_kiosk_day ON items(kiosk_id, submitted_at)")
