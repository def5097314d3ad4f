"""Plays a screen's spoken help (kiosk/prompts.py) in the current language.

One QMediaPlayer for the whole kiosk, made on first use. No multimedia backend or no sound card
only makes the button silent (`unavailable`), never the screen. The admin's recorded prompt wins
over the shipped one; the choice is `kiosk.prompts.prompt_path`. Which file was asked for is
kept in `last_path` and emitted by `requested` (the tests read it; playback is fire-and-forget).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication

from kiosk.prompts import prompt_path


def current_language() -> str:
    app = QApplication.instance()
    return (app.property("kioskLanguage") if app else None) or "fa"


class PromptPlayer(QObject):
    requested = Signal(str)  # the file about to play ("" when this screen has no prompt)
    unavailable = Signal(str)  # why nothing can be heard

    def __init__(self, settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.last_path: Path | None = None
        self._player = self._output = None

    def _ensure(self):
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            self._player, self._output = QMediaPlayer(self), QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.errorOccurred.connect(lambda _err, text: self.unavailable.emit(text))
        self._output.setVolume(self.settings.audio.volume / 100)  # the admin may have changed it
        return self._player

    def play(self, screen: str, language: str | None = None) -> None:
        path = prompt_path(self.settings, language or current_language(), screen)
        self.play_file(path)

    def play_file(self, path: Path | None) -> None:
        """Play one prompt file from the start (also the admin's preview)."""
        self.last_path = path
        self.requested.emit(str(path or ""))
        if path is None:
            self.unavailable.emit("no spoken prompt for this screen")
            return
        try:
            player = self._ensure()
            player.stop()
            player.setSource(QUrl.fromLocalFile(str(path)))
            player.play()
        except Exception as exc:  # noqa: BLE001 - no sound: the screen works without its help
            self.unavailable.emit(str(exc))

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())  # let go of the file: the admin may replace it

    @property
    def playing(self) -> bool:
        return self._player is not None and self._player.playbackState() == self._player.PlaybackState.PlayingState
