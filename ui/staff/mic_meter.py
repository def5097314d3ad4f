"""Live microphone level on the Health tab, only while the tab is visible.

A Recorder (kiosk.capture) records into a throw-away file in segments; its level callbacks arrive
on the writer thread and reach the meter through a queued signal. Opening and closing the stream
block, so they run through run_task, one at a time; the mic test borrows the microphone the same
way (the meter closes first, then resumes). The staff screen only exists while no citizen session
is active, so this never competes with a citizen's recording.
"""
from __future__ import annotations

import copy
import tempfile
import uuid
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from ui.staff.health_words import message_text
from ui.tasks import run_task
from ui.widgets.level_meter import LevelMeter

translate = QCoreApplication.translate
SEGMENT_S = 60.0  # one throw-away file at most this long (about 2 MB at 16 kHz), then the next


class _Relay(QObject):
    """Unparented: the Recorder's callbacks keep it alive even after the panel is gone."""
    level = Signal(int, float, float)   # generation, rms dBFS, peak dBFS
    finished = Signal(int, object)      # generation, RecordingResult


def _staff_message(exc: BaseException) -> str:
    """A capture error in the staff language (by its message id), else its own words."""
    message = {"id": getattr(exc, "message_id", None), "params": getattr(exc, "message_params", None)}
    return message_text(message, getattr(exc, "staff_message", None) or str(exc))


class MicMeter(QWidget):
    state_changed = Signal(str)  # off | starting | live | stopping | busy | no_mic

    def __init__(self, audio_settings, tmp_dir: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthMicLevel")
        self.audio = copy.copy(audio_settings)
        # A monitor, not a question: fixed segments, no tail, no minimum length.
        self.audio.max_seconds, self.audio.min_seconds, self.audio.tail_seconds = SEGMENT_S, 0.0, 0.0
        self.tmp_dir = Path(tmp_dir or tempfile.gettempdir())
        self.state = "off"
        self.wanted = False
        self.recorder = self.path = None
        self._gen = 0
        self._busy = False
        self._jobs: list[tuple[Callable[[], Any], Callable, Callable]] = []
        self._relay = _Relay()
        self._relay.level.connect(self._level, Qt.QueuedConnection)
        self._relay.finished.connect(self._segment_ended, Qt.QueuedConnection)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(translate("Health", "Mic level"), self)
        caption.setTextFormat(Qt.PlainText)
        self.meter = LevelMeter(self)
        self.meter.setObjectName("healthLevelMeter")
        self.meter.setAccessibleName(translate("Health", "Mic level"))
        self.meter.setMinimumHeight(36)
        self.meter.setFixedHeight(36)
        row.addWidget(caption)
        row.addWidget(self.meter, 1)
        lay.addLayout(row)
        self.words = QLabel(self)
        self.words.setObjectName("healthLevelState")
        self.words.setTextFormat(Qt.PlainText)
        self.words.setWordWrap(True)
        lay.addWidget(self.words)

    # ---- what the panel asks -------------------------------------------------------------
    def start(self) -> None:
        self.wanted = True
        self._kick()

    def stop(self) -> None:
        self.wanted = False
        self._kick()

    def run_exclusive(self, work: Callable[[], Any], done: Callable, failed: Callable) -> None:
        """Run `work` (off the GUI thread) with the microphone free, then resume if still wanted."""
        self._jobs.append((work, done, failed))
        self._kick()

    @property
    def idle(self) -> bool:
        return not self._busy and self.recorder is None and not self._jobs

    # ---- one blocking step at a time -----------------------------------------------------
    def _kick(self) -> None:
        if self._busy or not isValid(self):
            return
        if self.recorder is not None and (self._jobs or not self.wanted):
            self._close()
        elif self._jobs:
            self._run_job(*self._jobs.pop(0))
        elif self.wanted and self.recorder is None:
            self._open()
        elif not self.wanted and self.state not in ("off", "no_mic"):
            self._set("off")

    def _set(self, state: str, words: str = "") -> None:
        self.state = state
        self.words.setText(words)
        self.state_changed.emit(state)

    def _open(self) -> None:
        self._busy, self._gen = True, self._gen + 1
        gen, relay, audio = self._gen, self._relay, self.audio
        path = self.tmp_dir / f"staff-level-{uuid.uuid4().hex}.wav"
        self._set("starting")

        def work():
            from kiosk.capture import Recorder
            rec = Recorder(audio, 0, on_level=lambda rms, peak: relay.level.emit(gen, rms, peak),
                           on_finished=lambda result: relay.finished.emit(gen, result))
            rec.start(path)
            return rec, path

        run_task(work, self._opened, self._open_failed)

    def _opened(self, out) -> None:
        rec, path = out
        if not isValid(self):
            run_task(lambda: _discard(rec, path))  # locked while the stream opened
            return
        self._busy, self.recorder, self.path = False, rec, path
        self._set("live", translate("Health", "Listening: speak and the bar moves."))
        self._kick()

    def _open_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._busy, self.wanted = False, False  # retried when the tab is shown again
        self.meter.reset()
        self._set("no_mic", translate("Health", "No microphone: {detail}").format(detail=_staff_message(exc)))
        self._kick()

    def _close(self, then_words: str = "") -> None:
        rec, path = self.recorder, self.path
        self._busy, self._gen, self.recorder = True, self._gen + 1, None  # late levels are dropped
        self._set("stopping")

        def closed(_=None):
            if not isValid(self):
                return
            self._busy = False
            self.meter.reset()
            self._set("no_mic" if then_words else "off", then_words)
            self._kick()

        run_task(lambda: _discard(rec, path), closed, closed)

    def _run_job(self, work, done, failed) -> None:
        self._busy = True
        self._set("busy")

        def finish(handler, value):
            if isValid(self):
                self._busy = False
                self._set("off")
                self._kick()
            handler(value)

        run_task(work, lambda value: finish(done, value), lambda exc: finish(failed, exc))

    # ---- from the writer thread, queued ----------------------------------------------------
    def _level(self, gen: int, rms: float, peak: float) -> None:
        if isValid(self) and gen == self._gen:
            self.meter.set_level(rms, peak)

    def _segment_ended(self, gen: int, result) -> None:
        """The segment reached its length (start the next one) or the microphone went away."""
        if not isValid(self) or gen != self._gen or self._busy:
            return
        lost = result is not None and (result.device_lost or result.error is not None)
        if lost:
            self.wanted = False
            self._close(translate("Health", "The microphone stopped: {detail}").format(
                detail=_staff_message(result.error) if result.error else ""))
        else:
            self._close()  # _kick opens the next segment while the tab is visible


def _discard(rec, path: Path | None) -> None:
    """Worker side: stop without keeping anything, wait for PortAudio to close the stream."""
    from kiosk.capture.files import part_path
    try:
        rec.cancel()
        rec.wait_closed(5)
    finally:
        if path is not None:
            path.unlink(missing_ok=True)
            part_path(path).unlink(missing_ok=True)
