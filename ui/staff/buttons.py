"""The staff screens' ordinary button: object name, accessible name, style role, optional slot."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def staff_button(name: str, text: str, parent: QWidget, slot=None, role: str = "secondary") -> QPushButton:
    btn = QPushButton(text, parent)
    btn.setObjectName(name)
    btn.setAccessibleName(text)
    btn.setProperty("role", role)
    if slot is not None:
        btn.clicked.connect(slot)
    return btn
