"""Plays one recording and moves a waveform's cursor, for the staff and office detail panes.

The QMediaPlayer is made on first use, and a missing multimedia backend or sound card only
disables playback (reported through `unavailable`), never the pane.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal


class WaveformPlayer(QObject):
    playing_changed = Signal(bool)
    unavailable = Signal()

    def __init__(self, waveform, parent: QObject | None = None):
        super().__init__(parent)
        self.waveform, self._player, self._output = waveform, None, None

    def _ensure(self):
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            self._output, self._player = QAudioOutput(self), QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._moved)
            self._player.playbackStateChanged.connect(
                lambda state: self.playing_changed.emit(state == self._player.PlaybackState.PlayingState))
            self._player.errorOccurred.connect(lambda *_: self.unavailable.emit())
        return self._player

    def toggle(self, audio: Path) -> None:
        """Play `audio` from where it was, or pause it when it is playing."""
        try:
            player = self._ensure()
        except Exception:  # noqa: BLE001 - a missing multimedia backend only disables playback
            self.unavailable.emit()
            return
        if player.playbackState() == player.PlaybackState.PlayingState:
            player.pause()
            return
        if player.source() != QUrl.fromLocalFile(str(audio)):
            player.setSource(QUrl.fromLocalFile(str(audio)))
        player.play()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def _moved(self, ms: int) -> None:
        duration = self._player.duration() if self._player else 0
        if duration > 0:
            self.waveform.set_position(ms / duration)
