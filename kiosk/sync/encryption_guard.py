"""Personal data never leaves the kiosk unencrypted.

With no office recipient configured, envelopes are plain zip files. Items that would carry a
citizen's phone number or name (or that staff marked as containing personal data) are then held:
they stay in the outbox, not failed and not lost, until an office recipient is configured, when
the next pass builds them encrypted. Items without personal data still go, and every plaintext
delivery is said aloud by `kiosk doctor` and the staff health panel (`encryption_check`).
"""
from __future__ import annotations

from kiosk.sync import outbox

WHAT_TO_DO = ("Run `kiosk office keygen` on the office computer and put the age1… recipient it prints in "
              "this kiosk's settings: [delivery] office_recipients = [\"age1…\"] (or "
              "KIOSK_DELIVERY_OFFICE_RECIPIENTS), then restart the kiosk.")


def encrypting(settings) -> bool:
    return bool(settings.delivery.office_recipients)


# The rule of envelope.submission_document (contact goes with the "draw" scope), plus staff's flag.
PERSONAL_SQL = ("(personal_data = 1 OR (EXISTS (SELECT 1 FROM json_each(consent_scopes) WHERE value = 'draw')"
                " AND (COALESCE(phone, '') != '' OR COALESCE(contact_name, '') != '')))")


def held_ids(store, settings, ids: list[str] | None = None) -> list[str]:
    """The pending items (or those of `ids`) that must wait for encryption; none when encrypting.
    One query, so a backlog of thousands costs no more than the outbox listing itself."""
    if encrypting(settings):
        return []
    wanted = set(outbox.pending_ids(store, settings) if ids is None else ids)
    statuses = outbox.deliverable_statuses(settings)
    rows = store.db.execute(f"SELECT id FROM submissions WHERE status IN ({','.join('?' * len(statuses))})"
                            f" AND {PERSONAL_SQL} ORDER BY created_at, id", list(statuses)).fetchall()
    return [r[0] for r in rows if r[0] in wanted]


def held_message(n: int) -> str:
    return (f"{n} item(s) with a phone number or name are held in the outbox: no office recipient is "
            f"configured, and personal data is never sent unencrypted. {WHAT_TO_DO}")


def plaintext_message(n: int) -> str:
    return (f"{n} envelope(s) without personal data were delivered unencrypted (plain zip). {WHAT_TO_DO}")


def encryption_facts(store, settings) -> dict:
    """{encrypting, recipients, held, plaintext_delivered}: what the check and the panel put into words."""
    held = len(held_ids(store, settings))
    plain = store.db.execute("SELECT COUNT(DISTINCT d.submission_id) FROM deliveries d JOIN envelopes e"
                             " ON e.submission_id = d.submission_id AND e.sha256 = d.sha256"
                             " WHERE e.encrypted = 0").fetchone()[0]
    return {"encrypting": encrypting(settings), "recipients": len(settings.delivery.office_recipients),
            "held": held, "plaintext_delivered": plain}


def encryption_words(facts: dict) -> tuple[bool, str]:
    """(ok, sentence) for `kiosk doctor`: not ok whenever envelopes would leave unencrypted."""
    if facts["encrypting"]:
        text = f"envelopes are encrypted to {facts['recipients']} office recipient(s)"
        if facts["plaintext_delivered"]:
            text += (f"; {facts['plaintext_delivered']} envelope(s) were delivered unencrypted earlier, "
                     "before the recipient was set")
        return True, text
    parts = ["No office recipient is configured, so envelopes leave this kiosk unencrypted."]
    if facts["held"]:
        parts.append(f"{facts['held']} item(s) with a phone number or name wait in the outbox and will not "
                     "be sent until envelopes can be encrypted.")
    if facts["plaintext_delivered"]:
        parts.append(f"{facts['plaintext_delivered']} envelope(s) without personal data were already "
                     "delivered as plain zip files.")
    parts.append(WHAT_TO_DO)
    return False, " ".join(parts)


def encryption_check(settings, store=None) -> dict:
    """The `encryption` row of `kiosk doctor` ({name, ok, detail}); `value` carries the facts."""
    try:
        if store is None:
            from kiosk.store import open_store
            store = open_store(settings)
        facts = encryption_facts(store, settings)
    except Exception as exc:  # noqa: BLE001 - a broken database is the database check's to report
        facts = {"encrypting": encrypting(settings), "recipients": len(settings.delivery.office_recipients),
                 "held": 0, "plaintext_delivered": 0}
        ok, detail = encryption_words(facts)
        return {"name": "encryption", "ok": ok, "detail": f"{detail} (could not count the outbox: {exc})",
                "value": facts}
    ok, detail = encryption_words(facts)
    return {"name": "encryption", "ok": ok, "detail": detail, "value": facts}
