"""Staff mode: PIN hashes per role, the persisted wrong-PIN lockout, runtime setting overrides,
and indexes the moderation queue's filters need at 100,000 rows."""
from kiosk.sqlite_library import Database, Migrations

staff_migrations = Migrations("kiosk-staff")


@staff_migrations()
def m001_staff(db: Database) -> None:
    db.execute("""
        CREATE TABLE staff_pins (
            role TEXT PRIMARY KEY CHECK (role IN ('moderator', 'admin')),
            pin_hash TEXT NOT NULL,
            set_at TEXT NOT NULL
        )""")
    # One row: consecutive wrong PINs, lockouts so far (each doubles the wait), and until when.
    db.execute("""
        CREATE TABLE staff_lockout (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            failures INTEGER NOT NULL DEFAULT 0,
            lockouts INTEGER NOT NULL DEFAULT 0,
            locked_until REAL NOT NULL DEFAULT 0
        )""")
    db.execute("INSERT INTO staff_lockout (id) VALUES (1)")
    db.execute("CREATE TABLE staff_overrides (key TEXT PRIMARY KEY, value TEXT NOT NULL, set_at TEXT NOT NULL)")
    # Queue filters: newest-first keyset pages per kind / topic without scanning the table.
    db.execute("CREATE INDEX idx_submissions_kind_created ON submissions(kind, created_at, id)")
    db.execute("CREATE INDEX idx_submissions_topic_created ON submissions(topic, created_at, id)")
    db.execute("CREATE INDEX idx_submissions_created_id ON submissions(created_at, id)")
    db.execute("CREATE INDEX idx_submissions_status_created_id ON submissions(status, created_at, id)")
