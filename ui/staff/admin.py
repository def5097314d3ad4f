"""Admin-only panel: runtime settings, log export, and leaving the kiosk for the desktop."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSlider,
                               QSpinBox, QVBoxLayout, QWidget)

from kiosk.config import ConfigError
from kiosk.staff import overrides
from kiosk.store.audit import append_event
from ui.staff.buttons import staff_button as _button
from ui.i18n import isolate
from ui.tasks import run_task
from kiosk.store.db import write_transaction
from ui.virtual_keyboard import path_input

translate = QCoreApplication.translate


class AdminPanel(QWidget):
    exit_requested = Signal()
    settings_changed = Signal(object)  # the new Settings; the old object is left unchanged

    def __init__(self, settings, db, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("adminPanel")
        self.settings, self.db, self.role = settings, db, role
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = QSpinBox(self)
        self.idle.setObjectName("adminIdle")
        self.idle.setAccessibleName(translate("Staff", "Idle timeout (s)"))
        self.idle.setRange(5, 3600)
        self.moderation = QCheckBox(translate("Staff", "Moderation on"), self)
        self.moderation.setObjectName("adminModeration")
        self.moderation.setAccessibleName(translate("Staff", "Moderation on"))
        self.volume = QSlider(Qt.Horizontal, self)
        self.volume.setObjectName("adminVolume")
        self.volume.setAccessibleName(translate("Staff", "Volume"))
        self.volume.setRange(0, 100)
        self.volume.setLayoutDirection(Qt.LeftToRight)
        form.addRow(translate("Staff", "Idle timeout (s)"), self.idle)
        form.addRow("", self.moderation)
        form.addRow(translate("Staff", "Volume"), self.volume)
        lay.addLayout(form)
        self.apply_btn = _button("adminApply", translate("Staff", "Apply"), self)
        self.apply_btn.clicked.connect(self.apply)
        lay.addWidget(self.apply_btn)
        export = QHBoxLayout()
        self.export_dir = QLineEdit(str(settings.data_dir / "exports"), self)
        self.export_dir.setObjectName("adminExportDir")
        self.export_dir.setAccessibleName(translate("Staff", "Export logs"))
        self.export_dir.setLayoutDirection(Qt.LeftToRight)  # a path reads left to right
        path_input(self.export_dir)
        self.export_btn = _button("adminExport", translate("Staff", "Export logs"), self)
        self.export_btn.clicked.connect(self.export_logs)
        export.addWidget(self.export_dir, 1)
        export.addWidget(self.export_btn)
        lay.addLayout(export)
        self.exit_btn = _button("exitKiosk", translate("Staff", "Exit kiosk"), self)
        self.exit_btn.setProperty("role", "stop")
        self.exit_btn.clicked.connect(self.exit_kiosk)
        lay.addWidget(self.exit_btn)
        self.message = QLabel(self)
        self.message.setObjectName("adminMessage")
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.load()

    def load(self) -> None:
        now = overrides.current(self.settings)
        self.idle.setValue(now["idle_timeout_s"])
        self.moderation.setChecked(now["moderation"] == "required")
        self.volume.setValue(now["audio.volume"])

    def apply(self) -> None:
        wanted = {"idle_timeout_s": self.idle.value(),
                  "moderation": "required" if self.moderation.isChecked() else "off",
                  "audio.volume": self.volume.value()}
        now, changed, problems = overrides.current(self.settings), self.settings, None
        try:
            for key, value in wanted.items():
                if now[key] != value:
                    changed = overrides.set_override(self.db, changed, key, value, self.role)
        except ConfigError as exc:
            problems = exc.problems
        if changed is not self.settings:  # what was stored before a bad value still counts
            self.settings = changed
            self.settings_changed.emit(changed)
        self.message.setText("; ".join(problems) if problems else translate("Staff", "Settings saved."))

    def export_logs(self) -> None:
        from kiosk.staff.logs import export_logs
        from kiosk.store import connect
        settings, dest, role = self.settings, Path(self.export_dir.text().strip()), self.role
        self.export_btn.setEnabled(False)

        def work():
            db = connect(settings.db_path)  # cheap: the kiosk checked the database at start
            try:
                return export_logs(settings, db, dest, role)
            finally:
                db.close()

        def done(path):
            if not isValid(self):
                return
            self.export_btn.setEnabled(True)
            self.message.setText(translate("Staff", "Logs exported to {path}").format(path=isolate(path)))

        def failed(exc):
            if not isValid(self):
                return
            self.export_btn.setEnabled(True)
            self.message.setText(translate("Staff", "The logs could not be exported: {error}").format(
                error=isolate(exc)))

        run_task(work, done, failed)

    def exit_kiosk(self) -> None:
        with write_transaction(self.db):
            append_event(self.db, self.role, "kiosk_exit", None, {})
        self.exit_requested.emit()
