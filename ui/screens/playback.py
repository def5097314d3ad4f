"""The citizen's own take, played back on the record and review screens: Listen ↔ Stop listening
(text and icon) and a bar that follows the playback, so it is clear that something plays.

The QMediaPlayer is made on first use; no sound card only disables playback, never the screen.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtWidgets import QProgressBar, QStyle, QVBoxLayout, QWidget

from ui.screens.base import make_button, set_texts


class TakePlayback(QWidget):
    def __init__(self, button_name: str, progress_name: str, volume_percent: int = 80, parent=None):
        super().__init__(parent)
        self.setObjectName(f"{button_name}Box")
        self.volume = volume_percent / 100
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.button = make_button(button_name, "secondary")
        self.progress = QProgressBar()
        self.progress.setObjectName(progress_name)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setLayoutDirection(Qt.LeftToRight)  # time runs left to right
        lay.addWidget(self.button)
        lay.addWidget(self.progress)
        self.button.clicked.connect(self.toggle)
        self._path: Path | None = None
        self._duration_ms = 0
        self._player = self._output = None
        self._playing = False
        self.show_playing(False)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.LanguageChange, QEvent.StyleChange, QEvent.FontChange):
            self.show_playing(self._playing)  # words and sizes follow the language and the scale
        super().changeEvent(event)

    def set_take(self, path: Path | None, duration_ms: int = 0) -> None:
        self.stop()
        self._path, self._duration_ms = path, duration_ms
        self.progress.setValue(0)

    def toggle(self) -> None:
        if self._playing:
            self.stop()
            return
        if self._path is None or not Path(self._path).exists():
            return
        try:
            if self._player is None:
                from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
                self._player, self._output = QMediaPlayer(self), QAudioOutput(self)
                self._output.setVolume(self.volume)
                self._player.setAudioOutput(self._output)
                self._player.playbackStateChanged.connect(
                    lambda state: self.show_playing(state == self._player.PlaybackState.PlayingState))
                self._player.positionChanged.connect(self._moved)
            self._player.setSource(QUrl.fromLocalFile(str(self._path)))
            self._player.play()
        except Exception as exc:  # noqa: BLE001 - no sound card: playback is a nicety
            print(f"kiosk: playback unavailable: {exc!r}")

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())  # release the file so it can be deleted
        self.show_playing(False)

    def _moved(self, ms: int) -> None:
        total = self._player.duration() or self._duration_ms
        if total > 0:
            self.progress.setValue(int(max(0.0, min(1.0, ms / total)) * 1000))

    def show_playing(self, playing: bool) -> None:
        self._playing = playing
        self.button.setIcon(self.style().standardIcon(QStyle.SP_MediaStop if playing else QStyle.SP_MediaPlay))
        self.button.setProperty("playing", playing)
        listen, stop = self.tr("Listen"), self.tr("Stop listening")
        if playing:
            set_texts(self.button, stop, self.tr("Playing your recording; tap to stop"))
        else:
            set_texts(self.button, listen, self.tr("Listen to your recording"))
        # One width for both words, so the button neither jumps nor cuts "Stop listening" short.
        self.button.ensurePolished()
        metrics = self.button.fontMetrics()
        icon = metrics.height()
        self.button.setIconSize(QSize(icon, icon))
        words = max(metrics.horizontalAdvance(w) for w in (listen, stop))
        padding = 1.3 * self.button.font().pixelSize()  # style.qss: 36px of padding for 30px text
        self.button.setMinimumWidth(int(words + icon + 2 * padding + 16))
        self.progress.setAccessibleName(self.tr("Playing your recording") if playing else self.tr("Your recording"))
