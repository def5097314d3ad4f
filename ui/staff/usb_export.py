"""USB tab: pick a stick (mounted media listed, or a typed path), copy every undelivered envelope to
it with a progress bar, then say in plain words what was copied and verified."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QProgressBar, QVBoxLayout, QWidget)
from shiboken6 import isValid

from ui.staff.buttons import staff_button
from ui.i18n import digits, isolate
from ui.staff.encryption_words import held_on_stick_text
from ui.tasks import run_task
from ui.virtual_keyboard import path_input

translate = QCoreApplication.translate


class _Relay(QObject):
    """Unparented: the export keeps running (and reporting) if the screen locks meanwhile."""
    progress = Signal(int, int)


class UsbExportPanel(QWidget):
    finished = Signal(object)  # ExportResult, or the exception that stopped it
    activity = Signal()        # progress: a long copy is not "idle" for the staff lock

    def __init__(self, settings, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usbPanel")
        self.settings, self.role, self.running = settings, role, False
        lay = QVBoxLayout(self)
        intro = QLabel(translate("Staff", "Approved questions not yet delivered are copied to a USB stick for the office; each "
                                 "file is read back and checked, and a signed list is written next to them."), self)
        intro.setTextFormat(Qt.PlainText)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.media = QListWidget(self)
        self.media.setObjectName("exportMedia")
        self.media.setAccessibleName(translate("Staff", "Connected media"))
        self.media.setStyleSheet("QListWidget::item { min-height: 48px; }")
        self.media.itemClicked.connect(self._picked)
        lay.addWidget(self.media, 1)
        row = QHBoxLayout()
        self.target = QLineEdit(self)
        self.target.setObjectName("exportTarget")
        self.target.setAccessibleName(translate("Staff", "Target folder"))
        self.target.setPlaceholderText(translate("Staff", "Target folder"))
        self.target.setLayoutDirection(Qt.LeftToRight)
        path_input(self.target)
        self.rescan = staff_button("exportRescan", translate("Staff", "Look again"), self, self.scan)
        row.addWidget(self.target, 1)
        row.addWidget(self.rescan)
        lay.addLayout(row)
        self.mark_sent = QCheckBox(translate("Staff", "Count as delivered (the stick is this site's only route to the office)"), self)
        self.mark_sent.setObjectName("exportMarkSent")
        self.mark_sent.setAccessibleName(translate("Staff", "Count as delivered (the stick is this site's only route to the office)"))
        lay.addWidget(self.mark_sent)
        row = QHBoxLayout()
        self.export_btn = staff_button("exportUsb", translate("Staff", "Copy to USB"), self, self.export)
        self.export_btn.setProperty("role", "primary")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(translate("Staff", "Copy progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        row.addWidget(self.export_btn)
        row.addWidget(self.progress, 1)
        lay.addLayout(row)
        self.result = QLabel(self)
        self.result.setObjectName("exportResult")
        self.result.setTextFormat(Qt.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.result)
        self._relay = _Relay()
        self._relay.progress.connect(self._progress, Qt.QueuedConnection)

    def _picked(self, item: QListWidgetItem) -> None:
        if item.data(Qt.UserRole):  # not the "no stick found" line
            self.target.setText(item.data(Qt.UserRole))

    def showEvent(self, event) -> None:  # noqa: N802 - a stick plugged in meanwhile shows up
        super().showEvent(event)
        self.scan()

    def scan(self) -> None:
        from kiosk.staff.usb import removable_media
        self.rescan.setEnabled(False)
        run_task(removable_media, self._listed, lambda exc: self._listed([]))

    def _listed(self, media) -> None:
        if not isValid(self):
            return
        self.rescan.setEnabled(True)
        self.media.clear()
        for m in media:
            free = "" if m.free_mb is None else " — " + translate("Staff", "{gb} GB free").format(
                gb=digits(f"{m.free_mb / 1024:.1f}"))
            item = QListWidgetItem(f"{isolate(m.path)}{free}")
            item.setData(Qt.UserRole, str(m.path))
            self.media.addItem(item)
        if not media:
            self.media.addItem(QListWidgetItem(translate("Staff", "No stick found; plug one in or type a folder.")))
        elif not self.target.text().strip():
            self.target.setText(str(media[0].path))

    def export(self) -> None:
        from kiosk.staff.usb import export_for_staff
        target = self.target.text().strip()
        if not target or self.running:
            self.result.setText(translate("Staff", "Pick a stick or a folder first.") if not target else "")
            return
        self.running = True
        self.export_btn.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.result.setText(translate("Staff", "Checking…"))
        settings, role, mark, relay = self.settings, self.role, self.mark_sent.isChecked(), self._relay

        def work():
            return export_for_staff(settings, Path(target), role,
                                    lambda done, total, _sid: relay.progress.emit(done, total), mark_sent=mark)

        run_task(work, lambda result: self._done(target, mark, result), self._failed)

    def _progress(self, done: int, total: int) -> None:
        if isValid(self):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done if total else 1)
            self.activity.emit()

    def _done(self, target: str, mark: bool, result) -> None:
        if not isValid(self):
            return
        self._stop()
        held = getattr(result, "held", 0)  # personal data kept home: no office key (encryption_guard)
        if result.total == 0:
            text = "" if held else translate("Staff", "Nothing to copy: every approved question has been delivered.")
        else:
            text = digits(self.tr("%n of {total} question(s) copied to {target} and checked.", "",
                                  result.exported).format(total=result.total, target="{target}"))
            text = text.format(target=isolate(target))  # the path keeps its own digits
            if mark and result.exported:
                text += " " + translate("Staff", "They count as delivered.")
        if held:
            text = (text + "\n" if text else "") + held_on_stick_text(held)
        if result.errors:
            text += "\n" + digits(self.tr("%n error(s):", "", len(result.errors))) + "\n" + "\n".join(result.errors)
        self.result.setText(text)
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._stop()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result.setText(translate("Staff", "The copy could not start: {error}").format(error=isolate(exc)))
        self.finished.emit(exc)

    def _stop(self) -> None:
        self.running = False
        self.export_btn.setEnabled(True)
