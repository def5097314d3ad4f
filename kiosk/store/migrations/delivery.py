"""Schema of the outbox: built envelopes, delivery receipts and per-item retry state."""
from kiosk.sqlite_library import Database, Migrations

delivery_migrations = Migrations("kiosk-delivery")


@delivery_migrations()
def m001_outbox(db: Database) -> None:
    # One envelope per submission, built once and resent byte for byte on every retry.
    db.execute("""
        CREATE TABLE envelopes (
            submission_id TEXT PRIMARY KEY REFERENCES submissions(id),
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            encrypted INTEGER NOT NULL,
            signer_fingerprint TEXT NOT NULL,
            built_at TEXT NOT NULL
        )""")
    # A verified receipt: the destination read back size and SHA-256.
    db.execute("""
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            submission_id TEXT NOT NULL REFERENCES submissions(id),
            destination TEXT NOT NULL,
            object_key TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            delivered_at TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'sync' CHECK (kind IN ('sync', 'export'))
        )""")
    db.execute("CREATE INDEX idx_deliveries_submission ON deliveries(submission_id)")
    db.execute("""
        CREATE TABLE outbox_state (
            submission_id TEXT PRIMARY KEY REFERENCES submissions(id),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT,
            last_error_at TEXT
        )""")


@delivery_migrations()
def m002_retention_indexes(db: Database) -> None:
    # Retention runs on every outbox pass: find what is due without reading every sent or
    # rejected row (100,000-item kiosk: 300 ms of CPU per idle pass before these).
    db.execute("CREATE INDEX idx_submissions_sent_at ON submissions(sent_at) WHERE status = 'sent'")
    db.execute("CREATE INDEX idx_submissions_rejected_at ON submissions(COALESCE(moderated_at, updated_at))"
               " WHERE status = 'rejected'")


@delivery_migrations()
def m003_idle_pass_indexes(db: Database) -> None:
    # Also on every pass: the heartbeat's oldest unsent question, and the retention of contacts
    # of questions never moderated (each read thousands of rows on a 100,000-item kiosk).
    db.execute("CREATE INDEX idx_submissions_status_submitted ON submissions(status, submitted_at)")
    db.execute("CREATE INDEX idx_submissions_unmoderated_contact ON submissions(submitted_at)"
               " WHERE status = 'submitted' AND (phone IS NOT NULL OR contact_name IS NOT NULL)")
