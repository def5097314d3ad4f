"""A stand-in with the kiosk window's staff hooks (ui/kiosk_window.py), recording what staff mode asks."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class HookWindow(QWidget):
    def __init__(self):
        super().__init__()
        self.calls: list[str] = []
        self.stack = QStackedWidget(self)
        self.attract = QLabel("attract", self)
        self.stack.addWidget(self.attract)
        QVBoxLayout(self).addWidget(self.stack)
        self.exit_allowed = False
        self.resize(1280, 800)

    def add_overlay_screen(self, widget):
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        return widget

    def show_screen(self, widget):
        self.stack.setCurrentWidget(widget)

    def show_citizen_flow(self):
        self.calls.append("show_citizen_flow")
        self.stack.setCurrentWidget(self.attract)

    def discard_draft(self):
        self.calls.append("discard_draft")

    def allow_exit(self, allowed=True):
        self.exit_allowed = allowed
