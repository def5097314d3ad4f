"""Presenter view: one question at a time in large type, for the studio screen or the mayor's tablet.

A presentation clicker drives it out of the box (it sends PageDown/PageUp): PageDown is "next
question" (the current one is marked answered and the next comes up), PageUp goes back. Right/Left
step through the rundown (mirrored in RTL), Space or "." plays/pauses, A marks answered, S skipped.
A question without the broadcast consent shows a band "not for broadcast — paraphrase only": its
audio cannot be played, and on a screen that is on air its text is not shown at all.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from kiosk.text import localize_digits, reads_right_to_left
from ui.widgets.audio_player import WaveformPlayer

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"


class MirrorableLabel(QLabel):
    """Plain-text label that can paint itself mirrored, for a teleprompter's glass."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mirrored = False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.mirrored:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.translate(self.width(), 0)
        painter.scale(-1, 1)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()) | Qt.TextWordWrap, self.text())
        painter.end()


class _ProgressCursor:
    """What WaveformPlayer moves: here a progress bar instead of a waveform."""

    def __init__(self, bar: QProgressBar):
        self.bar = bar

    def set_position(self, fraction: float) -> None:
        self.bar.setValue(int(fraction * 1000))


def _button(name: str, parent: QWidget) -> QPushButton:
    b = QPushButton(parent)
    b.setObjectName(name)
    b.setFocusPolicy(Qt.NoFocus)  # keys always reach the view: a clicker must never "press" a button
    b.setMinimumHeight(64)
    return b


class PresenterView(QWidget):
    """rows: Shows.rundown() rows; media_path(row) → Path | None; mark(ticket, answered) → time stored."""
    current_changed = Signal(int)
    closed = Signal()

    def __init__(self, rows: list[dict], media_path: Callable[[dict], Path | None],
                 mark: Callable[[str, bool], str], topic_name: Callable[[str | None], str],
                 language: str = "fa", on_air: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.setFocusPolicy(Qt.StrongFocus)
        self.rows, self.media_path, self.mark, self.topic_name = list(rows), media_path, mark, topic_name
        self.language, self.on_air, self.index = language, on_air, 0
        self.setLayoutDirection(Qt.LeftToRight if language == "en" else Qt.RightToLeft)
        self.counter = QLabel(self, objectName="presenterCounter")
        self.ticket = QLabel(self, objectName="presenterTicket")
        self.meta = QLabel(self, objectName="presenterMeta")
        self.band = QLabel(self, objectName="presenterNotForBroadcast")
        self.band.setAlignment(Qt.AlignCenter)
        self.band.setStyleSheet("background:#8a1c1c;color:white;font-size:32px;font-weight:bold;padding:12px;")
        self.text = MirrorableLabel(self)
        self.text.setObjectName("presenterText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignTop | Qt.AlignAbsolute | (Qt.AlignLeft if language == "en" else Qt.AlignRight))
        self.text.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        # Read from across a studio: large type (the app's style sheet would otherwise set 24 px).
        self.setStyleSheet(
            "PresenterView { background: #101418; } QLabel, QCheckBox { color: #f4f1ea; }"
            " #presenterText { font-size: 56px; } #presenterTicket { font-size: 36px; font-weight: bold; }"
            " #presenterMeta, #presenterCounter { font-size: 26px; color: #c9d3dc; }"
            " QCheckBox { background: transparent; font-size: 22px; }"
            " QPushButton { font-size: 28px; font-weight: bold; color: #101418; background: #f4f1ea;"
            " border-radius: 10px; padding: 8px 16px; } QPushButton:disabled { color: #777; background: #3a4148; }"
            " #presenterAnswered { background: #7fd18b; } #presenterSkip { background: #f0c36d; }"
            " QProgressBar { background: #3a4148; border: 0; height: 10px; } QProgressBar::chunk { background: #7fd18b; }")
        self.setAttribute(Qt.WA_StyledBackground, True)
        for label in (self.counter, self.ticket, self.meta, self.band, self.text):
            label.setTextFormat(Qt.PlainText)
        self.progress = QProgressBar(self, objectName="presenterProgress", maximum=1000, textVisible=False)
        self.play = _button("presenterPlay", self)
        self.prev = _button("presenterPrev", self)
        self.next = _button("presenterNext", self)
        self.answered = _button("presenterAnswered", self)
        self.skip = _button("presenterSkip", self)
        self.mirror = QCheckBox(self, objectName="presenterMirror")
        self.mirror.setFocusPolicy(Qt.NoFocus)
        self.player = WaveformPlayer(_ProgressCursor(self.progress), self)
        self.player.playing_changed.connect(self._show_playing)
        self.player.unavailable.connect(lambda: self.play.setEnabled(False))
        self.play.clicked.connect(self.toggle_play)
        self.prev.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.answered.clicked.connect(lambda: self.finish(answered=True))
        self.skip.clicked.connect(lambda: self.finish(answered=False))
        self.mirror.toggled.connect(self._mirror)
        self._layout()
        self.retranslate()
        self.show_current()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.ticket)
        top.addStretch(1)
        top.addWidget(self.counter)
        controls = QHBoxLayout()
        for w in (self.prev, self.play, self.answered, self.skip, self.next):
            controls.addWidget(w, 1)
        controls.addWidget(self.mirror)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addWidget(self.band)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.progress)
        layout.addLayout(controls)

    def retranslate(self) -> None:
        names = {self.play: (self.tr("Play / pause"), self.tr("Play or pause the recording")),
                 self.prev: (self.tr("Previous"), self.tr("Previous question")),
                 self.next: (self.tr("Next"), self.tr("Next question without marking")),
                 self.answered: (self.tr("Answered"), self.tr("Mark answered and go on")),
                 self.skip: (self.tr("Skip"), self.tr("Mark skipped and go on"))}
        for button, (label, accessible) in names.items():
            button.setText(label)
            button.setAccessibleName(accessible)
        self.mirror.setText(self.tr("Mirror text"))
        self.mirror.setAccessibleName(self.tr("Mirror the text for a teleprompter glass"))
        self.band.setText(self.tr("Not for broadcast — paraphrase only"))
        self.setAccessibleName(self.tr("Presenter view"))
        self.show_current()

    # ---- what is shown ------------------------------------------------------------------------
    @property
    def row(self) -> dict | None:
        return self.rows[self.index] if 0 <= self.index < len(self.rows) else None

    def show_current(self) -> None:
        self.player.stop()
        self.progress.setValue(0)
        row = self.row
        if row is None:
            self.ticket.clear()
            self.meta.clear()
            self.counter.clear()
            self.band.hide()
            self.text.setText(self.tr("The rundown is empty."))
            self.play.setEnabled(False)
            return
        digits = lambda s: localize_digits(s, self.language)  # noqa: E731
        self.counter.setText(LRI + digits(f"{self.index + 1} / {len(self.rows)}") + PDI)
        self.ticket.setText(LRI + digits(row["ticket"]) + PDI)
        source = (self.tr("Kiosk %1").replace("%1", FSI + row["kiosk_id"] + PDI) if row["channel"] == "kiosk"
                  else {"instagram": self.tr("Instagram"), "phone": self.tr("Phone call")}.get(
                      row["channel"], self.tr("Other channel")))
        state = (self.tr("answered") if row["answered_at"] else self.tr("skipped") if row["skipped"] else "")
        self.meta.setText("  ·  ".join(p for p in (self.topic_name(row["topic"]), source, state) if p))
        broadcast = bool(row["broadcast"])
        self.band.setVisible(not broadcast)
        hidden = not broadcast and self.on_air
        shown = (self.tr("(text shown only on the presenter's screen)") if hidden
                 else (row["text_display"] or self.tr("(voice question: play the recording)")))
        self.text.setText(shown)
        # The question keeps its own direction whatever the presenter's language (Persian in an English view).
        side = Qt.AlignRight if reads_right_to_left(shown) else Qt.AlignLeft
        self.text.setAlignment(Qt.AlignTop | Qt.AlignAbsolute | side)
        audio = self.media_path(row) if row["audio_file"] else None
        self.play.setEnabled(broadcast and audio is not None)
        self.current_changed.emit(self.index)

    def _show_playing(self, playing: bool) -> None:
        self.play.setText(self.tr("Pause") if playing else self.tr("Play / pause"))

    def _mirror(self, on: bool) -> None:
        self.text.mirrored = on
        self.text.update()

    # ---- actions --------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        if self.rows:
            self.index = max(0, min(index, len(self.rows) - 1))
            self.show_current()

    def toggle_play(self) -> None:
        row = self.row
        if row is None or not row["broadcast"] or not self.play.isEnabled():
            return  # not-for-broadcast audio is never played here
        audio = self.media_path(row)
        if audio is not None:
            self.player.toggle(audio)

    def finish(self, answered: bool) -> None:
        row = self.row
        if row is None:
            return
        stamp = self.mark(row["ticket"], answered)
        row["answered_at"], row["skipped"] = (stamp if answered else None), (not answered)
        if self.index < len(self.rows) - 1:
            self.go(self.index + 1)
        else:
            self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, rtl = event.key(), self.layoutDirection() == Qt.RightToLeft
        forward, back = (Qt.Key_Left, Qt.Key_Right) if rtl else (Qt.Key_Right, Qt.Key_Left)
        if key == Qt.Key_PageDown:
            self.finish(answered=True)  # a clicker's "next": this one was answered
        elif key == Qt.Key_PageUp or key == back:
            self.go(self.index - 1)
        elif key == forward:
            self.go(self.index + 1)
        elif key in (Qt.Key_Space, Qt.Key_Period):
            self.toggle_play()
        elif key == Qt.Key_A:
            self.finish(answered=True)
        elif key == Qt.Key_S:
            self.finish(answered=False)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.player.stop()
        self.closed.emit()
        super().closeEvent(event)
