"""Record screen behaviour: countdown, forwarding taps to the media service, levels, playback.

Every media rule (open the mic, start tone, checks, hash, attach, files) is kiosk.media's; this
controller only runs its blocking calls through run_task and shows what they return. The
recorder calls on_level/on_finished on its writer thread; a relay QObject turns those into
queued signals. A generation counter drops results that arrive after the citizen left.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import run_task


class _Relay(QObject):
    level = Signal(float, float)
    finished = Signal(object)


class RecordController(QObject):
    busy_changed = Signal(bool)
    COUNTDOWN_STEP_MS = 1000  # tests shorten it; the citizen needs the full second
    WARN_BEFORE_S = 10

    def __init__(self, screen, settings, session, parent=None):
        super().__init__(parent)
        self.screen, self.settings, self.session = screen, settings, session
        self.media = session.media
        self.state = "ready"
        self._gen = 0
        self._relay = _Relay(self)
        self._relay.level.connect(screen.meter.set_level)
        self._relay.finished.connect(self._auto_finished)
        self.media.on_level = self._relay.level.emit
        self.media.on_finished = self._relay.finished.emit
        self._countdown = QTimer(self)
        self._countdown.timeout.connect(self._count)
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self._t0 = 0.0
        self._n = 0
        screen.start_button.clicked.connect(self.start)
        screen.stop_button.clicked.connect(self.stop)
        screen.again_button.clicked.connect(self.again)

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
        gen, sid, media = self._gen, self.session.state.draft_id, self.media
        # The media service opens the mic, plays the tone and drops it (and its echo) from the take.
        run_task(lambda: media.start_take(sid), lambda problem: self._started(gen, problem),
                 lambda exc: self._started(gen, "failed"))

    def _started(self, gen: int, problem: str | None) -> None:
        if gen != self._gen or self.state != "countdown":
            if problem is None:  # the citizen left while the mic was opening
                run_task(self.media.cancel_take)
            return
        if problem is not None:
            self._set("ready" if problem == "failed" else "unavailable", problem)
            return
        self._t0 = time.monotonic()
        self._set("recording", "recording")
        self.screen.show_times(0, self.settings.audio.max_seconds)
        self._ticker.start()

    def _tick(self) -> None:
        elapsed = self.media.seconds_recorded
        remaining = self.settings.audio.max_seconds - elapsed
        self.screen.show_times(elapsed, remaining)
        if remaining <= self.WARN_BEFORE_S:
            self.screen.say("warning")
        wall = time.monotonic() - self._t0
        if wall > self.settings.audio.max_seconds + self.media.lead_in_s() + 5:
            self.stop()  # the recorder caps itself; this only guards a silent failure

    # ---- stop and review -------------------------------------------------------------------
    def _auto_finished(self, _result) -> None:
        if self.state == "recording":
            self.stop()

    def stop(self) -> None:
        if self.state != "recording":
            return
        self._ticker.stop()
        self._set("stopping", "stopping")
        gen, sid, media = self._gen, self.session.state.draft_id, self.media
        run_task(lambda: media.stop_take(sid), lambda take: self._stopped(gen, take),
                 lambda exc: self._stop_failed(gen, exc))

    def _stopped(self, gen: int, take) -> None:
        if gen != self._gen:  # the citizen left meanwhile; the media service kept nothing
            return
        if take.recording is None:
            self._set("ready", "empty")
            return
        self.session.take_stopped(take)
        self.screen.playback.set_take(take.recording.path, take.recording.duration_ms)
        self._set("review", take.verdict)
        self.screen.show_times(take.recording.duration_ms / 1000, None)

    def _stop_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            print(f"kiosk: stopping the recording failed: {exc!r}")
            self.session.clear_recording()
            self._set("ready", "failed")

    def again(self) -> None:
        self.screen.playback.set_take(None)
        self.session.clear_recording()
        self.enter()

    # ---- leaving ---------------------------------------------------------------------------
    def abort(self) -> None:
        """Back, Cancel or idle: stop everything; the session deletes the draft and its file."""
        self._gen += 1
        self._countdown.stop()
        self._ticker.stop()
        self.screen.playback.set_take(None)
        if self.state == "recording":
            self.media.cancel_take()
        self._set("ready")
