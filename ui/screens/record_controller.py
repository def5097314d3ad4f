"""Record screen behaviour: countdown and tone, the Recorder, levels to the meter, review, playback.

The Recorder calls on_level/on_finished on its writer thread; a relay QObject turns those into
queued signals. Stopping (finalize + hash) runs through run_task. A generation counter drops
results that arrive after the citizen already left the screen.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from kiosk.session import Recording
from ui.tasks import run_task

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"


def capture_api():
    """The capture package, imported late so the UI still starts when PortAudio is missing."""
    from kiosk.capture import errors
    from kiosk.capture.files import sha256_file
    from kiosk.capture.recorder import Recorder
    return Recorder, errors, sha256_file


class _Relay(QObject):
    level = Signal(float, float)
    finished = Signal(object)


class RecordController(QObject):
    busy_changed = Signal(bool)
    COUNTDOWN_STEP_MS = 1000  # tests shorten it; the citizen needs the full second
    TONE_MS = 250
    WARN_BEFORE_S = 10

    def __init__(self, screen, settings, session, parent=None):
        super().__init__(parent)
        self.screen, self.settings, self.session = screen, settings, session
        self.state = "ready"
        self._gen = 0
        self._recorder = None
        self._relay = _Relay(self)
        self._relay.level.connect(screen.meter.set_level)
        self._relay.finished.connect(self._auto_finished)
        self._countdown = QTimer(self)
        self._countdown.timeout.connect(self._count)
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self._t0 = 0.0
        self._n = 0
        self._tone = self._player = None
        screen.start_button.clicked.connect(self.start)
        screen.stop_button.clicked.connect(self.stop)
        screen.again_button.clicked.connect(self.again)
        screen.play_button.clicked.connect(self.play)

    @property
    def busy(self) -> bool:
        """Recording in progress: the idle timer must not run out now."""
        return self.state in ("countdown", "recording", "stopping")

    def _set(self, state: str, message: str | None = None) -> None:
        was = self.busy
        self.state = state
        if self.busy != was:
            self.busy_changed.emit(self.busy)
        self.screen.show_state(state)
        if message:
            self.screen.say(message)

    def enter(self) -> None:
        self._gen += 1
        self.screen.meter.reset()
        self._set("ready", "ready")

    # ---- countdown and start ---------------------------------------------------------------
    def start(self) -> None:
        if self.state != "ready":
            return
        self._n = 3
        self._set("countdown", "countdown")
        self.screen.show_countdown(self._n)
        self._countdown.start(self.COUNTDOWN_STEP_MS)

    def _count(self) -> None:
        self._n -= 1
        if self._n > 0:
            self.screen.show_countdown(self._n)
            return
        self._countdown.stop()
        self._play_tone()
        gen = self._gen
        QTimer.singleShot(min(self.TONE_MS, self.COUNTDOWN_STEP_MS), lambda: self._begin(gen))

    def _begin(self, gen: int) -> None:
        if gen != self._gen or self.state != "countdown":
            return
        try:
            Recorder, errors, _ = capture_api()
        except ImportError:
            self._set("unavailable", "no_mic")
            return
        if self._recorder is None:
            self._recorder = Recorder(self.settings.audio, self.settings.disk.stop_free_mb,
                                      on_level=self._relay.level.emit, on_finished=self._relay.finished.emit)
        try:
            self._recorder.start(self.session.wav_path())
        except errors.DiskBelowFloor:
            self._set("unavailable", "disk_full")
            return
        except errors.NoInputDevice:
            self._set("unavailable", "no_mic")
            return
        except errors.CaptureError:
            self._set("ready", "failed")
            return
        self._t0 = time.monotonic()
        self._set("recording", "recording")
        self.screen.show_times(0, self.settings.audio.max_seconds)
        self._ticker.start()

    def _tick(self) -> None:
        elapsed = time.monotonic() - self._t0
        remaining = self.settings.audio.max_seconds - elapsed
        self.screen.show_times(elapsed, remaining)
        if remaining <= self.WARN_BEFORE_S:
            self.screen.say("warning")
        if remaining <= -1:  # the recorder caps itself; this only guards a silent failure
            self.stop()

    # ---- stop and review -------------------------------------------------------------------
    def _auto_finished(self, _result) -> None:
        if self.state == "recording":
            self.stop()

    def stop(self) -> None:
        if self.state != "recording":
            return
        self._ticker.stop()
        self._set("stopping", "stopping")
        recorder, gen = self._recorder, self._gen
        _, _, sha256_file = capture_api()

        def finish():
            result = recorder.stop()
            ok = result is not None and Path(result.path).exists() and result.duration_ms > 0
            return result, (sha256_file(result.path) if ok else None)

        run_task(finish, lambda out: self._stopped(gen, *out), lambda exc: self._stop_failed(gen, exc))

    def _stopped(self, gen: int, result, sha: str | None) -> None:
        if gen != self._gen:  # the citizen left while we were saving: leave nothing behind
            if result is not None:
                Path(result.path).unlink(missing_ok=True)
            return
        if result is None or sha is None:
            if result is not None:
                Path(result.path).unlink(missing_ok=True)
            self._set("ready", "empty")
            return
        self.session.attach_recording(Recording(Path(result.path), sha, result.duration_ms, result.overflows))
        self._set("review", "device_lost" if result.device_lost else result.verdict)
        self.screen.show_times(result.duration_ms / 1000, None)

    def _stop_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            print(f"kiosk: stopping the recording failed: {exc!r}")
            self.session.clear_recording()
            self._set("ready", "failed")

    def again(self) -> None:
        self._stop_playback()
        self.session.clear_recording()
        self.enter()

    # ---- leaving ---------------------------------------------------------------------------
    def abort(self) -> None:
        """Back, Cancel or idle: stop everything; the session deletes the draft and its file."""
        self._gen += 1
        self._countdown.stop()
        self._ticker.stop()
        self._stop_playback()
        if self._recorder is not None and self.state == "recording":
            try:
                self._recorder.cancel()
            except Exception as exc:  # noqa: BLE001 - the draft is deleted anyway
                print(f"kiosk: cancelling the recording failed: {exc!r}")
        self._set("ready")

    # ---- sounds ----------------------------------------------------------------------------
    def _play_tone(self) -> None:
        try:
            if self._tone is None:
                from PySide6.QtMultimedia import QSoundEffect
                self._tone = QSoundEffect(self)
                self._tone.setSource(QUrl.fromLocalFile(str(SOUNDS / "start.wav")))
                self._tone.setVolume(self.settings.audio.volume / 100)
            self._tone.play()
        except Exception as exc:  # noqa: BLE001 - no sound card: the countdown still shows
            print(f"kiosk: start tone unavailable: {exc!r}")

    def play(self) -> None:
        rec = self.session.state.recording
        if rec is None or not Path(rec.path).exists():
            return
        try:
            if self._player is None:
                from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
                self._player = QMediaPlayer(self)
                self._output = QAudioOutput(self)
                self._output.setVolume(self.settings.audio.volume / 100)
                self._player.setAudioOutput(self._output)
            self._player.setSource(QUrl.fromLocalFile(str(rec.path)))
            self._player.play()
        except Exception as exc:  # noqa: BLE001 - no sound card: playback is a nicety
            print(f"kiosk: playback unavailable: {exc!r}")

    def _stop_playback(self) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())  # release the file so it can be deleted
