"""Admin tab "Spoken help": record the city's own voice for each screen's prompt, preview, restore.

The words to read are shown (kiosk.prompts.prompt_text). Recording goes through kiosk.capture's
Recorder (opening the microphone through run_task; its end arrives on the writer thread and
reaches the panel through a queued signal), then kiosk.prompts.install_take encodes and installs
it off the GUI thread and audits it. Restoring deletes the recording (audited) so the shipped
prompt plays again. The staff screen exists only while no citizen session is active.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)
from shiboken6 import isValid

from kiosk import prompts
from ui.staff.buttons import staff_button
from ui.tasks import run_task
from ui.widgets.prompt_player import PromptPlayer

MAX_TAKE_S = 30.0
LANGUAGE_NAMES = {"fa": "فارسی", "ar": "العربية", "en": "English"}  # each in its own language


class _Relay(QObject):
    """Unparented: the Recorder's writer thread may call it after the panel is gone."""
    finished = Signal(object)  # RecordingResult


class PromptsPanel(QWidget):
    changed = Signal(str, str, str)  # language, screen, recorded | shipped (after a record or restore)
    status_changed = Signal(str)

    def __init__(self, settings, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("promptsPanel")
        self.settings, self.role = settings, role
        self.player = PromptPlayer(settings, self)
        self.recorder = None
        self._relay = _Relay()
        self._relay.finished.connect(self._recorded, Qt.QueuedConnection)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("promptLanguage")
        for code in prompts.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.currentIndexChanged.connect(self.refresh)
        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.PlainText)
        self.intro.setWordWrap(True)
        top.addWidget(self.language)
        top.addWidget(self.intro, 1)
        lay.addLayout(top)
        self.screens = QListWidget(self)
        self.screens.setObjectName("promptScreens")
        self.screens.currentRowChanged.connect(lambda _row: self._show_selected())
        lay.addWidget(self.screens, 1)
        self.words = QLabel(self)
        self.words.setObjectName("promptWords")
        self.words.setTextFormat(Qt.PlainText)
        self.words.setWordWrap(True)
        self.words.setProperty("cls", "quote")
        lay.addWidget(self.words)
        buttons = QHBoxLayout()
        self.record_btn = staff_button("promptRecord", "", self, self.record, role="primary")
        self.stop_btn = staff_button("promptStop", "", self, self.stop, role="quiet")
        self.preview_btn = staff_button("promptPreview", "", self, self.preview)
        self.restore_btn = staff_button("promptRestore", "", self, self.restore, role="quiet")
        for b in (self.record_btn, self.stop_btn, self.preview_btn, self.restore_btn):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("promptStatus")
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self._busy = False
        self.retranslate()
        self.refresh()
        self.screens.setCurrentRow(0)

    def title(self) -> str:
        return self.tr("Spoken help")

    def retranslate(self) -> None:
        self.language.setAccessibleName(self.tr("Language of the prompts"))
        self.screens.setAccessibleName(self.tr("Screens"))
        self.intro.setText(self.tr("Each citizen screen has a short spoken help. Record it in the city's own "
                                   "voice: pick the screen, tap Record, read the words below, tap Stop."))
        for button, text in ((self.record_btn, self.tr("Record")), (self.stop_btn, self.tr("Stop")),
                             (self.preview_btn, self.tr("Preview")),
                             (self.restore_btn, self.tr("Restore the shipped prompt"))):
            button.setText(text)
            button.setAccessibleName(text)

    def screen_name(self, key: str) -> str:
        return {"attract": self.tr("Welcome"), "consent": self.tr("Consent"), "choose": self.tr("Speak or type"),
                "record": self.tr("Recording"), "text": self.tr("Typing"), "topic": self.tr("Topic"),
                "draw": self.tr("Prize draw"), "review": self.tr("Check and send"),
                "receipt": self.tr("Receipt")}[key]

    def source_name(self, source: str) -> str:
        return {"recorded": self.tr("recorded here"), "shipped": self.tr("shipped voice"),
                "missing": self.tr("missing")}[source]

    # ---- what is selected ---------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.language.currentData()

    @property
    def screen(self) -> str | None:
        item = self.screens.currentItem()
        return item.data(Qt.UserRole) if item else None

    def refresh(self) -> None:
        """The list with each prompt's source (a stat per file: nine small checks)."""
        row = max(self.screens.currentRow(), 0)
        self.screens.blockSignals(True)
        self.screens.clear()
        for key in prompts.SCREENS:
            source = prompts.prompt_source(self.settings, self.lang, key)
            item = QListWidgetItem(f"{self.screen_name(key)} — {self.source_name(source)}")
            item.setData(Qt.UserRole, key)
            item.setData(Qt.UserRole + 1, source)
            self.screens.addItem(item)
        self.screens.setCurrentRow(row)
        self.screens.blockSignals(False)
        self._show_selected()

    def _show_selected(self) -> None:
        key = self.screen
        if key is None:
            return
        self.words.setText(prompts.prompt_text(self.lang, key))
        self.words.setLayoutDirection(Qt.LeftToRight if self.lang == "en" else Qt.RightToLeft)
        self.words.setAlignment(Qt.AlignLeading | Qt.AlignVCenter)
        self._enable()

    def _enable(self) -> None:
        recording = self.recorder is not None
        source = self.screens.currentItem().data(Qt.UserRole + 1) if self.screens.currentItem() else "missing"
        self.record_btn.setEnabled(not recording and not self._busy)
        self.stop_btn.setEnabled(recording and not self._busy)
        self.preview_btn.setEnabled(not recording and not self._busy and source != "missing")
        self.restore_btn.setEnabled(not recording and not self._busy and source == "recorded")
        self.language.setEnabled(not recording and not self._busy)
        self.screens.setEnabled(not recording and not self._busy)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status_changed.emit(text)

    # ---- record, preview, restore -------------------------------------------------------------
    def record(self) -> None:
        from kiosk.capture import Recorder
        self.player.stop()
        audio = copy.copy(self.settings.audio)
        audio.max_seconds = MAX_TAKE_S
        relay = self._relay
        recorder = Recorder(audio, self.settings.disk.stop_free_mb, on_finished=relay.finished.emit)
        path = prompts.take_path(self.settings, self.lang, self.screen)
        self.recorder, self._busy = recorder, True
        self._enable()

        def open_mic():
            path.parent.mkdir(parents=True, exist_ok=True)
            recorder.start(path)

        run_task(open_mic, self._recording, self._failed)

    def _recording(self, _none) -> None:
        if not isValid(self):
            return
        self._busy = False
        self._enable()
        self._say(self.tr("Recording… read the words, then tap Stop."))

    def stop(self) -> None:
        if self.recorder is not None:
            self._busy = True
            self._enable()
            self.recorder.request_stop()  # a flag; the end arrives through _recorded

    def _recorded(self, result) -> None:
        if not isValid(self) or self.recorder is None:
            return  # cancelled (tab left, screen locked): nothing to keep
        if result is None:
            self._failed(RuntimeError(self.tr("nothing was recorded")))
            return
        self.recorder, self._busy = None, True
        self._enable()
        self._say(self.tr("Saving…"))
        settings, lang, screen, role = self.settings, self.lang, self.screen, self.role
        run_task(lambda: prompts.install_take(settings, lang, screen, result.path, role),
                 lambda _path: self._saved(lang, screen), self._failed)

    def _saved(self, lang: str, screen: str) -> None:
        if not isValid(self):
            return
        self._busy = False
        self.refresh()
        self._say(self.tr("Saved: this screen now plays your recording. Tap Preview to hear it."))
        self.changed.emit(lang, screen, "recorded")

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.recorder, self._busy = None, False
        self._enable()
        self._say(self.tr("It did not work: %1").replace("%1", getattr(exc, "staff_message", None) or str(exc)))

    def preview(self) -> None:
        self.player.play_file(prompts.prompt_path(self.settings, self.lang, self.screen))
        self._say(self.tr("Playing…"))

    def restore(self) -> None:
        self.player.stop()  # let go of the file first
        self._busy = True
        self._enable()
        settings, lang, screen, role = self.settings, self.lang, self.screen, self.role
        run_task(lambda: prompts.restore_shipped(settings, lang, screen, role),
                 lambda _done: self._restored(lang, screen), self._failed)

    def _restored(self, lang: str, screen: str) -> None:
        if not isValid(self):
            return
        self._busy = False
        self.refresh()
        self._say(self.tr("The shipped prompt plays again."))
        self.changed.emit(lang, screen, "shipped")

    def hideEvent(self, event) -> None:  # noqa: N802 - another tab or the lock: let go of the mic
        recorder, self.recorder = self.recorder, None
        if recorder is not None:
            run_task(recorder.cancel, lambda _r: None, lambda _e: None)
            self._busy = False
            self._enable()
        self.player.stop()
        super().hideEvent(event)
