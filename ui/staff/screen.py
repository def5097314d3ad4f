"""The staff screen: queue, health, audit and (admin) settings tabs; locks itself when idle."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton,
                               QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from kiosk.store.audit import recent_events
from ui.keyboard_space import FITS
from ui.staff.admin import AdminPanel
from ui.staff.health import HealthPanel
from ui.staff.moderation import ModerationView
from ui.staff.prompts import PromptsPanel
from ui.staff.usb_export import UsbExportPanel
from ui.i18n import digits, isolate, local_time
from ui.staff.vocabulary import action_name, event_details, role_name

translate = QCoreApplication.translate

# Staff screens are denser than the citizen ones: same colours, smaller buttons.
STAFF_QSS = ("QPushButton { min-width: 0px; min-height: 56px; padding: 4px 18px; }"
             " QComboBox, QLineEdit { min-height: 48px; }"
             " QLineEdit, QPlainTextEdit { padding: 4px 10px; font-size: 24px; }"
             " QTabBar::tab { min-height: 48px; padding: 4px 16px; }"
             " QPushButton:checked { color: #ffffff; background-color: #0b4f3c; }")
STAFF_MIN_HEIGHT = 760  # below this (the on-screen keyboard is up) the staff screen scrolls, uncrowded
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
        self.lock_btn = QPushButton(translate("Staff", "Lock"), corner)
        self.lock_btn.setObjectName("staffLock")
        self.lock_btn.setAccessibleName(translate("Staff", "Lock"))
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
        self.audit.setAccessibleName(translate("Staff", "Audit"))
        self.tabs.addTab(self.moderation, translate("Staff", "Queue"))
        self.tabs.addTab(self.health, translate("Staff", "Health"))
        self.usb = UsbExportPanel(settings, role, self)
        self.usb.activity.connect(self.touch)
        self.tabs.addTab(self.usb, translate("Staff", "USB"))
        self.tabs.addTab(self.audit, translate("Staff", "Audit"))
        self.admin = self.prompts = None
        if role == "admin":
            self.admin = AdminPanel(settings, store.db, role, self)
            self.admin.exit_requested.connect(self.exit_requested)
            self.admin.settings_changed.connect(self.settings_changed)
            self.tabs.addTab(self.admin, translate("Staff", "Administration"))
            self.prompts = PromptsPanel(settings, role, self)  # the city's own voice for the spoken help
            self.tabs.addTab(self.prompts, self.prompts.title())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.moderation.changed.connect(self._changed)
        # With the on-screen keyboard up the window gives this screen only the part above it (FITS):
        # the tabs keep their height and scroll, and the field being typed in is scrolled into
        # view, so the keyboard hides neither it nor the action bar (scroll down to it).
        self.setProperty(FITS, True)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("staffScroll")
        self.scroll.setAccessibleName(role_name(role))
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tabs.setMinimumHeight(max(STAFF_MIN_HEIGHT, self.tabs.minimumSizeHint().height()))
        self.scroll.setWidget(self.tabs)
        self.scroll.viewport().installEventFilter(self)
        lay.addWidget(self.scroll, 1)
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
        if obj is self.scroll.viewport():
            if event.type() == QEvent.Resize:  # the keyboard came up (or went): keep the field in view
                QTimer.singleShot(0, self, self.show_focused_field)
            return False
        if self._active and event.type() in _ACTIVITY:
            self.touch()
        elif self._active and event.type() == QEvent.FocusIn and obj is QApplication.focusWidget():
            QTimer.singleShot(0, self, self.show_focused_field)
        return False

    def show_focused_field(self) -> None:
        field = QApplication.focusWidget()
        if field is not None and self.tabs.isAncestorOf(field):
            self.scroll.ensureWidgetVisible(field, 0, 16)

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
            # Event, actor and stored keys in words; technical details (hashes, ids) as stored, isolated.
            parts = [digits(e["seq"]), local_time(e["at"]), role_name(e["actor"]), action_name(e["action"])]
            parts += event_details(e["action"], e["detail"])
            if e["submission_id"]:
                parts.append(isolate(e["submission_id"][:8]))
            self.audit.addItem("  ".join(parts))
