"""The staff screen: queue, health, audit and (admin) settings tabs; locks itself when idle."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from kiosk.store.audit import recent_events
from ui.staff.admin import AdminPanel
from ui.staff.health import HealthPanel
from ui.staff.moderation import ModerationView
from ui.staff.usb_export import UsbExportPanel
from ui.staff.strings import digits, jalali, role_name, t

# Staff screens are denser than the citizen ones: same colours, smaller buttons.
STAFF_QSS = ("QPushButton { min-width: 0px; min-height: 56px; padding: 4px 18px; }"
             " QComboBox, QLineEdit { min-height: 48px; }"
             " QLineEdit, QPlainTextEdit { padding: 4px 10px; font-size: 24px; }"
             " QTabBar::tab { min-height: 48px; padding: 4px 16px; }"
             " QPushButton:checked { color: #ffffff; background-color: #0b4f3c; }")
_ACTIVITY = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.KeyPress, QEvent.TouchBegin,
             QEvent.TouchUpdate, QEvent.Wheel, QEvent.MouseMove}


class StaffScreen(QWidget):
    locked = Signal()           # lock button or idle timeout
    exit_requested = Signal()   # admin chose to leave the kiosk (already audited)
    settings_changed = Signal(object)  # admin changed runtime settings: the new Settings (stored)

    def __init__(self, settings, store, role: str, outbox_status=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffScreen")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setStyleSheet(STAFF_QSS)
        self.settings, self.store, self.role = settings, store, role
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("staffTabs")
        # Role and Lock share the tab bar's row (the far end from the first tab): 800 px is tight.
        corner = QWidget(self.tabs)
        top = QHBoxLayout(corner)
        top.setContentsMargins(0, 0, 0, 0)
        who = QLabel(role_name(role), corner)
        who.setObjectName("staffRole")
        who.setTextFormat(Qt.PlainText)
        self.lock_btn = QPushButton(t("lock"), corner)
        self.lock_btn.setObjectName("staffLock")
        self.lock_btn.setAccessibleName(t("lock"))
        self.lock_btn.setProperty("role", "quiet")
        self.lock_btn.clicked.connect(self.lock)
        self.lock_btn.setStyleSheet("min-height: 44px;")
        top.addWidget(who)
        top.addWidget(self.lock_btn)
        self.tabs.setCornerWidget(corner, Qt.TopRightCorner)
        self.moderation = ModerationView(settings, store, role, self)
        self.health = HealthPanel(settings, outbox_status, self)
        self.audit = QListWidget(self)
        self.audit.setObjectName("staffAudit")
        self.audit.setAccessibleName(t("audit"))
        self.tabs.addTab(self.moderation, t("queue"))
        self.tabs.addTab(self.health, t("health"))
        self.usb = UsbExportPanel(settings, role, self)
        self.usb.activity.connect(self.touch)
        self.tabs.addTab(self.usb, t("usb_tab"))
        self.tabs.addTab(self.audit, t("audit"))
        self.admin = None
        if role == "admin":
            self.admin = AdminPanel(settings, store.db, role, self)
            self.admin.exit_requested.connect(self.exit_requested)
            self.admin.settings_changed.connect(self.settings_changed)
            self.tabs.addTab(self.admin, t("admin"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.moderation.changed.connect(self._changed)
        lay.addWidget(self.tabs, 1)
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        self._active = False

    def start(self) -> None:
        """Called when shown after a successful PIN: load the queue and arm the idle lock."""
        self._active = True
        QApplication.instance().installEventFilter(self)
        self.moderation.apply_filter()
        self.health.refresh()
        self.refresh_audit()
        self.touch()

    def touch(self) -> None:
        if self._active:
            self.idle.start(int(self.settings.staff.lock_idle_s * 1000))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - any input anywhere counts as activity
        if self._active and event.type() in _ACTIVITY:
            self.touch()
        return False

    def lock(self) -> None:
        if not self._active:
            return
        self._active = False
        self.idle.stop()
        QApplication.instance().removeEventFilter(self)
        self.moderation.close_model()
        self.health.meter.stop()
        self.locked.emit()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.health:
            self.health.refresh()
        elif widget is self.audit:
            self.refresh_audit()

    def _changed(self) -> None:
        if self.tabs.currentWidget() is self.audit:
            self.refresh_audit()

    def refresh_audit(self, limit: int = 100) -> None:
        self.audit.clear()
        for e in recent_events(self.store.db, limit):
            detail = ", ".join(f"{k}={v}" for k, v in e["detail"].items())
            self.audit.addItem(f"{digits(e['seq'])}  {jalali(e['at'])}  {e['actor']}  {e['action']}  "
                               f"{(e['submission_id'] or '')[:8]}  {detail}")
