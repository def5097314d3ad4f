"""Names for the keys the core stores (statuses, kinds, roles, reject reasons, audit events), in the
staff language. The words live in assets/i18n/staff_*.ts (context "Staff"); a key nobody named yet
is shown in words ("off topic"), never as `off_topic`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ui.i18n import isolate

translate = QCoreApplication.translate

STATUS = {"submitted": QT_TRANSLATE_NOOP("Staff", "Waiting"), "approved": QT_TRANSLATE_NOOP("Staff", "Approved"),
          "rejected": QT_TRANSLATE_NOOP("Staff", "Rejected"), "sent": QT_TRANSLATE_NOOP("Staff", "Sent"),
          "purged": QT_TRANSLATE_NOOP("Staff", "Purged"), "draft": QT_TRANSLATE_NOOP("Staff", "Draft")}
KIND = {"voice": QT_TRANSLATE_NOOP("Staff", "Voice"), "text": QT_TRANSLATE_NOOP("Staff", "Text")}
ROLE = {"admin": QT_TRANSLATE_NOOP("Staff", "Admin"), "moderator": QT_TRANSLATE_NOOP("Staff", "Moderator"),
        "pinpad": QT_TRANSLATE_NOOP("Staff", "PIN pad"), "citizen": QT_TRANSLATE_NOOP("Staff", "Citizen"),
        "kiosk": QT_TRANSLATE_NOOP("Staff", "Kiosk"), "sync": QT_TRANSLATE_NOOP("Staff", "Delivery"),
        "recovery": QT_TRANSLATE_NOOP("Staff", "Start-up recovery"), "office": QT_TRANSLATE_NOOP("Staff", "Office"),
        "cli": QT_TRANSLATE_NOOP("Staff", "Command line")}
REASON = {"offensive": QT_TRANSLATE_NOOP("Staff", "Offensive"),
          "off_topic": QT_TRANSLATE_NOOP("Staff", "Off topic"),
          "unintelligible": QT_TRANSLATE_NOOP("Staff", "Cannot be understood"),
          "duplicate": QT_TRANSLATE_NOOP("Staff", "Duplicate"),
          "test": QT_TRANSLATE_NOOP("Staff", "Test entry"),
          "spam": QT_TRANSLATE_NOOP("Staff", "Spam"),
          "personal_data": QT_TRANSLATE_NOOP("Staff", "Contains personal data")}
ACTION = {"status_submitted": QT_TRANSLATE_NOOP("Staff", "Question sent by a citizen"),
          "status_approved": QT_TRANSLATE_NOOP("Staff", "Approved"),
          "status_rejected": QT_TRANSLATE_NOOP("Staff", "Rejected"),
          "status_sent": QT_TRANSLATE_NOOP("Staff", "Delivered to the office"),
          "status_purged": QT_TRANSLATE_NOOP("Staff", "Recording and text deleted"),
          "undo": QT_TRANSLATE_NOOP("Staff", "Undone"),
          "flag_constructive": QT_TRANSLATE_NOOP("Staff", "Marked constructive"),
          "flag_personal": QT_TRANSLATE_NOOP("Staff", "Marked as personal data"),
          "draft_deleted": QT_TRANSLATE_NOOP("Staff", "Unfinished question deleted"),
          "media_pending": QT_TRANSLATE_NOOP("Staff", "Recording waits to be compressed"),
          "media_done": QT_TRANSLATE_NOOP("Staff", "Recording compressed"),
          "media_failed": QT_TRANSLATE_NOOP("Staff", "Recording could not be compressed"),
          "attention": QT_TRANSLATE_NOOP("Staff", "Needs attention"),
          "staff_login": QT_TRANSLATE_NOOP("Staff", "Staff signed in"),
          "staff_pin_set": QT_TRANSLATE_NOOP("Staff", "Staff PIN set"),
          "staff_pin_wrong": QT_TRANSLATE_NOOP("Staff", "Wrong PIN"),
          "staff_pin_refused": QT_TRANSLATE_NOOP("Staff", "PIN refused"),
          "staff_lockout": QT_TRANSLATE_NOOP("Staff", "PIN pad locked"),
          "staff_lockout_cleared": QT_TRANSLATE_NOOP("Staff", "PIN pad unlocked"),
          "setting_changed": QT_TRANSLATE_NOOP("Staff", "Setting changed"),
          "logs_exported": QT_TRANSLATE_NOOP("Staff", "Logs exported"),
          "envelopes_exported": QT_TRANSLATE_NOOP("Staff", "Copied to USB"),
          "envelope_built": QT_TRANSLATE_NOOP("Staff", "Signed and sealed for the office"),
          "exported": QT_TRANSLATE_NOOP("Staff", "Delivered"),
          "kiosk_exit": QT_TRANSLATE_NOOP("Staff", "Kiosk closed by an admin")}


def _named(table: dict[str, str], key: str | None) -> str:
    if not key:
        return "-"
    if key in table:
        return translate("Staff", table[key])
    return key.replace("_", " ")  # an unnamed key still reads as words


def status_name(key: str | None) -> str:
    return _named(STATUS, key)


def kind_name(key: str | None) -> str:
    return _named(KIND, key)


def role_name(key: str | None) -> str:
    return _named(ROLE, key)


def reason_name(key: str | None) -> str:
    """A reject reason from settings (a key) or typed by staff (free words, shown as typed)."""
    return translate("Staff", REASON[key]) if key in REASON else (key or "-")


def action_name(key: str) -> str:
    return _named(ACTION, key)


def event_details(action: str, detail: dict) -> list[str]:
    """An audit event's details in words where the core stored keys (statuses, reasons, roles);
    technical values (hashes, setting names, counts) stay as written."""
    words, rest = [], dict(detail)
    if action.startswith("status_") or action == "undo":
        if rest.get("from") and rest["from"] != "draft":  # "was: draft" says nothing a citizen's send does not
            words.append(translate("Staff", "was: {status}").format(status=status_name(rest.pop("from"))))
        if action == "undo" and rest.get("to"):
            words.append(translate("Staff", "now: {status}").format(status=status_name(rest.pop("to"))))
        rest.pop("to", None)
        rest.pop("from", None)
    if "reason" in rest and action in ("status_rejected", "undo"):
        words.append(translate("Staff", "Reject reason: {reason}").format(reason=reason_name(rest.pop("reason"))))
    if "role" in rest:
        words.append(role_name(rest.pop("role")))
    if action.startswith("flag_") and "value" in rest:
        words.append(translate("Staff", "on") if rest.pop("value") else translate("Staff", "off"))
    technical = ", ".join(f"{k}={v}" for k, v in rest.items())
    return words + ([isolate(technical)] if technical else [])
