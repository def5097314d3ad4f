"""The health panel's `encryption` row in the staff language: what is wrong, and what to do.

Kept apart from ui/staff/health.py so its words live in the Qt Linguist catalogue (context
EncryptionHealth); the facts come from kiosk.sync.encryption_guard through the health snapshot.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.text import localize_digits


def _n(value: int) -> str:
    app = QApplication.instance()
    return localize_digits(str(value), (app.property("kioskLanguage") if app else None) or "fa")


def _isolated(code: str) -> str:
    """A left-to-right isolate (U+2066…U+2069): a command never reverses inside RTL words."""
    return "\u2066" + code + "\u2069"


def encryption_title() -> str:
    return QCoreApplication.translate("EncryptionHealth", "Encryption")


def encryption_text(row: dict) -> str:
    facts = row.get("value")
    if not isinstance(facts, dict):
        return str(row.get("detail", ""))
    if facts.get("encrypting"):
        text = QCoreApplication.translate(
            "EncryptionHealth", "Envelopes are encrypted for the office (%1 recipient).").replace(
                "%1", _n(facts["recipients"]))
        if facts.get("plaintext_delivered"):
            text += " " + QCoreApplication.translate(
                "EncryptionHealth", "Earlier, %1 envelope(s) left unencrypted, before the office key was set.").replace(
                    "%1", _n(facts["plaintext_delivered"]))
        return text
    parts = [QCoreApplication.translate(
        "EncryptionHealth", "No office key is set: envelopes leave this kiosk unencrypted.")]
    if facts.get("held"):
        parts.append(QCoreApplication.translate(
            "EncryptionHealth", "%1 question(s) with a phone number or name are waiting and will not be sent "
            "until the office key is set.").replace("%1", _n(facts["held"])))
    if facts.get("plaintext_delivered"):
        parts.append(QCoreApplication.translate(
            "EncryptionHealth", "%1 envelope(s) without personal data were already sent unencrypted.").replace(
                "%1", _n(facts["plaintext_delivered"])))
    # Commands and setting names stay left to right inside Persian and Arabic sentences.
    parts.append(QCoreApplication.translate(
        "EncryptionHealth", "What to do: ask the office for its recipient key (%1) and put it in the settings, "
        "%2; then restart the kiosk.").replace("%1", _isolated("kiosk office keygen")).replace(
            "%2", _isolated("[delivery] office_recipients")))
    return " ".join(parts)


def held_on_stick_text(held: int) -> str:
    """The USB tab's line for items not copied because they would leave unencrypted."""
    return QCoreApplication.translate(
        "EncryptionHealth", "%1 question(s) with a phone number or name were not copied: no office key is set, "
        "and personal data never leaves the kiosk unencrypted. See the Health tab.").replace("%1", _n(held))
