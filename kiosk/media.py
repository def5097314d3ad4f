"""The media path of a spoken question, free of Qt: one owner for every rule about its audio.

take (mic opens, start tone, the tone and its echo dropped) → stop → validate → hash → attach to
the draft → submit (transcode PENDING) → WAV to verified Opus → DONE, or FAILED with the WAV kept
as the audio that is sent. `resume_media` finishes at start what a crash or power cut left
PENDING, with the same rule. A draft's files are deleted in one place (`delete_files`).

Blocking methods (start_take, stop_take, cancel_take, finish) run on a worker thread; the UI
calls them through ui.tasks.run_task and only shows what they return. `on_level` and
`on_finished` arrive on the recorder's writer thread.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Callable

from kiosk.store import IllegalTransition

log = logging.getLogger(__name__)

START_TONE = Path(__file__).resolve().parents[1] / "assets" / "sounds" / "start.wav"
# After the tone ends: its echo in the kiosk's housing plus the output's latency. The citizen
# is told to speak after the tone, and nobody starts a word within a third of a second.
ECHO_S = 0.35
TONE_TIMEOUT_S = 2.0  # a wedged speaker must not hold the take back


class TranscodeState(StrEnum):
    """`submissions.transcode_state`, shared by session, recovery and outbox."""
    NONE = "none"  # text items, and voice drafts before Send
    PENDING = "pending"  # sent by the citizen; the WAV waits for its Opus (the outbox holds it back)
    DONE = "done"  # the verified Opus is the audio
    FAILED = "failed"  # Opus failed; the WAV, still valid, is the audio that is delivered

    @classmethod
    def not_ready(cls) -> tuple[str, ...]:
        """States the outbox must not deliver yet: the office never gets the interim WAV."""
        return (cls.PENDING.value,)


@dataclass
class Recording:
    path: Path
    sha256: str
    duration_ms: int
    overflows: int = 0


@dataclass(frozen=True)
class Take:
    """What a stopped take came to. recording is None when nothing was kept."""
    recording: Recording | None
    verdict: str  # ok | too_short | too_quiet | clipping | device_lost | empty | gone


@dataclass
class ResumeReport:
    resumed: int = 0
    flagged: list[str] = field(default_factory=list)


class MediaService:
    """Owned by kiosk.session.CitizenSession; `stores` gives each thread its own store."""

    def __init__(self, settings, stores, tone: Path | None = START_TONE):
        self.settings, self.stores, self.tone = settings, stores, tone
        self._recorder = None
        self._lock = threading.Lock()  # a start and a stop never interleave (two workers)
        self.on_level: Callable[[float, float], None] | None = None
        self.on_finished: Callable[[object], None] | None = None

    # ---- files ---------------------------------------------------------------------------------
    def wav_path(self, sid: str) -> Path:
        self.settings.media_dir.mkdir(parents=True, exist_ok=True)
        return self.settings.media_dir / f"{sid}.wav"

    def delete_files(self, sid: str | None) -> None:
        """Every file of one draft (WAV, its .part, an Opus). The journey deletes audio only here;
        below it, the recorder drops a cancelled .part and the store a deleted draft's own file."""
        if sid and self.settings.media_dir.exists():
            for path in self.settings.media_dir.glob(f"{sid}.*"):
                path.unlink(missing_ok=True)

    def lead_in_s(self) -> float:
        """Seconds dropped at the start of every take: the start tone plus its echo."""
        if self.tone is None or not self.tone.exists():
            return 0.0
        from kiosk.capture.tone import tone_seconds
        return tone_seconds(self.tone) + ECHO_S

    # ---- the take ------------------------------------------------------------------------------
    def voice_problem(self) -> str | None:
        """Before Speak is offered (a worker): None when recording can work, else no_mic | disk_full."""
        from kiosk.diskspace import free_mb
        if free_mb(self.settings.data_dir) < self.settings.disk.stop_free_mb:
            return "disk_full"
        try:
            from kiosk.capture.devices import resolve_device
            from kiosk.capture.errors import CaptureError
        except ImportError:
            return "no_mic"
        try:
            resolve_device(self.settings.audio)
        except CaptureError:
            return "no_mic"
        return None

    def start_take(self, sid: str) -> str | None:
        """Open the microphone, play the start tone, record past it into the draft's WAV.

        Returns None when recording, else why not: no_mic | disk_full | failed."""
        try:
            from kiosk.capture import errors
            from kiosk.capture.recorder import Recorder
            from kiosk.capture.tone import play_tone
        except ImportError:
            return "no_mic"
        with self._lock:
            if self._recorder is None:
                self._recorder = Recorder(
                    self.settings.audio, self.settings.disk.stop_free_mb,
                    on_level=lambda rms, peak: self.on_level and self.on_level(rms, peak),
                    on_finished=lambda result: self.on_finished and self.on_finished(result))
            try:
                self._recorder.start(self.wav_path(sid), lead_in_s=self.lead_in_s())
            except errors.DiskBelowFloor:
                return "disk_full"
            except errors.NoInputDevice:
                return "no_mic"
            except errors.CaptureError as exc:
                log.warning("the take could not start: %r", exc)
                return "failed"
            if self.tone is not None and self.tone.exists():
                # Returns once the tone has played: the screen says "speak now" after the beep.
                play_tone(self.tone, self.settings.audio.volume).join(TONE_TIMEOUT_S)
        return None

    def stop_take(self, sid: str) -> Take:
        """Stop (keeping the tail), validate, hash and attach the take to the draft."""
        with self._lock:
            result = self._recorder.stop() if self._recorder is not None else None
        if result is None:
            return Take(None, "empty")
        path = Path(result.path)
        if not path.exists() or result.duration_ms <= 0:
            self.delete_files(sid)
            return Take(None, "empty")
        from kiosk.fileio import sha256_file
        recording = Recording(path, sha256_file(path), result.duration_ms, result.overflows)
        try:
            self.stores.get().update_draft(sid, audio_path=str(path), audio_sha256=recording.sha256,
                                           duration_ms=recording.duration_ms, overflows=recording.overflows)
        except IllegalTransition:  # the citizen left while it was being saved: nothing stays
            self.delete_files(sid)
            return Take(None, "gone")
        return Take(recording, "device_lost" if result.device_lost else result.verdict)

    def cancel_take(self) -> None:
        """Stop at once and delete what the running take recorded (Back, Cancel, idle). Not under
        the lock: it must not wait for a stop in progress. Returns once the writer has let go
        of the file (a fraction of a second), so nothing can reappear after the draft is gone."""
        recorder = self._recorder
        if recorder is not None and recorder.recording:
            try:
                recorder.cancel()
            except Exception as exc:  # noqa: BLE001 - the draft and its files go anyway
                log.warning("cancelling the take failed: %r", exc)

    @property
    def recording(self) -> bool:
        return self._recorder is not None and self._recorder.recording

    @property
    def seconds_recorded(self) -> float:
        """Seconds of the running take kept so far (after the lead-in), for the screen's clock."""
        return self._recorder.seconds_written if self._recorder is not None else 0.0

    def clear_take(self, sid: str) -> None:
        """Record again: the previous take leaves the disk and the draft row."""
        self.delete_files(sid)
        self.stores.get().update_draft(sid, audio_path=None, audio_sha256=None, duration_ms=None)

    # ---- after Send ----------------------------------------------------------------------------
    def submit(self, store, sid: str, kind: str):
        """Commit the citizen's Send; a voice item waits for its transcode before delivery."""
        if kind == "voice":
            store.update_draft(sid, transcode_state=TranscodeState.PENDING.value)
        return store.submit(sid)

    @staticmethod
    def needs_finish(sub) -> bool:
        """Whether a just-submitted item has media work left (then call `finish` on a worker)."""
        return sub.kind == "voice" and sub.transcode_state == TranscodeState.PENDING

    def finish(self, sid: str, actor: str = "kiosk") -> TranscodeState:
        """Background, after Send: the WAV → verified Opus (finish_transcode)."""
        store = self.stores.get()
        return finish_transcode(store, store.get(sid), actor)


def _audio_ms(path: Path) -> int | None:
    """Length of a readable audio file, None when it is missing or unreadable."""
    import soundfile
    try:
        info = soundfile.info(str(path))
    except Exception:  # noqa: BLE001 - any failure to read means staff must look at it
        return None
    return int(round(info.duration * 1000)) if info.frames > 0 else None


def finish_transcode(store, sub, actor: str = "kiosk") -> TranscodeState:
    """The one rule for a submitted voice item: Opus verified → DONE (the WAV goes); Opus failed
    but the WAV is readable → FAILED (the WAV is sent); no readable audio at all → it stays
    PENDING (never delivered without its audio) and staff are told."""
    from kiosk.capture.transcode import transcode_to_opus
    from kiosk.fileio import sha256_file
    wav = Path(sub.audio_path) if sub.audio_path else None
    try:
        if wav is None:
            raise FileNotFoundError("the submission has no audio path")
        result = transcode_to_opus(wav)  # also completes one a crash cut short after the WAV went
    except Exception as exc:  # noqa: BLE001 - every failure ends in one of the states below
        wav_ms = _audio_ms(wav) if wav is not None and wav.exists() else None
        if wav_ms is not None:
            log.warning("transcode of %s failed, the WAV is kept: %r", sub.id, exc)
            store.record_media(sub.id, str(wav), sha256_file(wav), wav_ms, TranscodeState.FAILED.value,
                               actor=actor)
            return TranscodeState.FAILED
        store.set_attention(sub.id, "audio file missing or unreadable", actor=actor)
        return TranscodeState(sub.transcode_state)
    store.record_media(sub.id, str(result.path), result.sha256, result.duration_ms,
                       TranscodeState.DONE.value, actor=actor)
    return TranscodeState.DONE


def resume_media(store, actor: str = "recovery") -> ResumeReport:
    """At start: finish PENDING transcodes, flag items whose audio is gone. Files no row points at
    (a take killed mid-recording) are kiosk.recovery's sweep of the media folder."""
    report = ResumeReport()
    unfinished = (TranscodeState.PENDING, TranscodeState.NONE)
    for sid, state, attention, audio_path in store.live_voice_media():
        present = bool(audio_path) and os.path.exists(audio_path)
        if state in unfinished:
            if attention and not present:
                continue  # staff were told at an earlier start; tried again once the audio is back
            state = finish_transcode(store, store.get(sid), actor)
            if state is TranscodeState.DONE:
                report.resumed += 1
            elif state is not TranscodeState.FAILED:
                report.flagged.append(sid)
        elif state == TranscodeState.DONE and not attention and not present:
            store.set_attention(sid, "audio file missing", actor=actor)
            report.flagged.append(sid)
    return report
