"""Picks up a new office settings bundle (accepted on disk by the outbox worker) and applies it to
the running kiosk between citizen sessions only — never mid-journey.

The stored bundle is read and re-verified off the GUI thread; the new values are set on the shared
settings object and the screens rebuilt while the attract screen shows and no session is open.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.settings_bundle import overlay, read_active
from ui.tasks import run_task


class BundleWatcher(QObject):
    applied = Signal(int)  # version, after the screens show it
    POLL_MS = 5000

    def __init__(self, flow, settings):
        super().__init__(flow)
        self.flow, self.settings = flow, settings
        current = settings.settings_bundle
        self.version = current.version if current is not None else None
        self.pending = None
        self._reading = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self._reading or not self.settings.delivery.office_signing_key:
            return
        self._reading = True
        settings = self.settings
        run_task(lambda: read_active(settings), self._read, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        print(f"kiosk: could not read the settings bundle: {exc!r}")

    def _read(self, bundle) -> None:
        self._reading = False
        if bundle is not None and bundle.version != self.version:
            self.pending = bundle
            if self.flow.between_sessions():
                self.apply_pending()

    def apply_pending(self) -> None:
        """GUI thread; the flow calls this only when no citizen session is open."""
        bundle, self.pending = self.pending, None
        if bundle is None:
            return
        overlay(self.settings, bundle)
        self.version = bundle.version
        self.flow.show_bundle(bundle)
        self.applied.emit(bundle.version)
