"""Schema of submissions, the audit chain and small key/value metadata."""
from kiosk.sqlite_library import Database, Migrations

from kiosk.store.audit import create_audit_tables

core_migrations = Migrations("kiosk-core")


@core_migrations()
def m001_initial(db: Database) -> None:
    db.execute("""
        CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            ticket TEXT NOT NULL UNIQUE,
            kiosk_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('voice', 'text')),
            status TEXT NOT NULL CHECK (status IN ('draft','submitted','approved','rejected','sent','purged')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            submitted_at TEXT,
            language TEXT NOT NULL,
            text TEXT,
            text_display TEXT,
            text_stripped TEXT,
            search_key TEXT,
            audio_path TEXT,
            audio_sha256 TEXT,
            duration_ms INTEGER,
            overflows INTEGER NOT NULL DEFAULT 0,
            transcode_state TEXT NOT NULL DEFAULT 'none',
            consent_version TEXT NOT NULL,
            consent_scopes TEXT NOT NULL,
            topic TEXT,
            phone TEXT,
            contact_name TEXT,
            moderation_reason TEXT,
            moderated_by TEXT,
            moderated_at TEXT,
            constructive INTEGER NOT NULL DEFAULT 0,
            personal_data INTEGER NOT NULL DEFAULT 0,
            attention TEXT,
            sent_at TEXT,
            purged_at TEXT
        )""")
    db.execute("CREATE INDEX idx_submissions_status_created ON submissions(status, created_at)")
    db.execute("CREATE INDEX idx_submissions_created ON submissions(created_at)")
    create_audit_tables(db)
