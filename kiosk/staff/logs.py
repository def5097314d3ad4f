"""Export logs for a technician: the audit trail (ids, statuses, reasons — no citizen words),
the chain verdict, the health snapshot and any *.log files, into a new folder under dest."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from kiosk.staff import health
from kiosk.store.audit import append_event, verify_chain
from kiosk.store.db import write_transaction


def export_logs(settings, db, dest: str | os.PathLike, actor: str) -> Path:
    out = Path(dest) / f"kiosk-logs-{settings.kiosk_id}-{health.utc_stamp()}"
    out.mkdir(parents=True, exist_ok=False)
    with open(out / "audit.jsonl", "w", encoding="utf-8") as fh:
        for seq, at, who, action, sid, detail in db.execute(
                "SELECT seq, at, actor, action, submission_id, detail FROM audit ORDER BY seq"):
            fh.write(json.dumps({"seq": seq, "at": at, "actor": who, "action": action,
                                 "submission_id": sid, "detail": json.loads(detail)}, ensure_ascii=False) + "\n")
    verdict = verify_chain(db)
    (out / "audit_verify.txt").write_text(verdict.message() + "\n", encoding="utf-8")
    snap = health.snapshot(settings, db)
    (out / "health.json").write_text(json.dumps(snap, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    logs_dir = settings.data_dir / "logs"
    if logs_dir.is_dir():
        for log in sorted(logs_dir.glob("*.log*")):
            shutil.copy2(log, out / log.name)
    with write_transaction(db):
        append_event(db, actor, "logs_exported", None, {"folder": out.name})
    return out
