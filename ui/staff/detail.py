"""Detail pane of one submission: playback with waveform, revealed text, facts, and the actions.

Text is plain text with every bidi/invisible character replaced by a visible tag
(kiosk.text.reveal_invisible), right-aligned whatever its first strong character is.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from kiosk.text import reveal_invisible
from ui.staff.strings import digits, jalali, status_name, t
from ui.widgets.audio_player import WaveformPlayer
from ui.widgets.waveform import WaveformView


def _button(name: str, text: str, parent: QWidget, checkable: bool = False, role: str = "secondary") -> QPushButton:
    btn = QPushButton(text, parent)
    btn.setProperty("role", role)
    btn.setObjectName(name)
    btn.setAccessibleName(text)
    btn.setCheckable(checkable)
    btn.setAutoDefault(False)
    btn.setMinimumHeight(64)
    return btn


class DetailPane(QWidget):
    approve = Signal(str)
    reject = Signal(str, str)
    flag = Signal(str, str, bool)
    undo = Signal()

    def __init__(self, reject_reasons: list[str], cache_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.cache_dir, self.sid = cache_dir, None
        lay = QVBoxLayout(self)
        self.facts = QLabel(self)
        self.facts.setObjectName("detailFacts")
        self.facts.setTextFormat(Qt.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignRight | Qt.AlignTop)
        lay.addWidget(self.facts)
        audio = QHBoxLayout()
        self.play = _button("detailPlay", t("play"), self)
        self.play.clicked.connect(self.toggle_play)
        self.waveform = WaveformView(self, "detailWaveform")
        self._playback = WaveformPlayer(self.waveform, self)
        self._playback.playing_changed.connect(lambda playing: self.play.setText(t("pause") if playing else t("play")))
        self._playback.unavailable.connect(lambda: self.play.setText(t("no_sound")))
        audio.addWidget(self.play)
        audio.addWidget(self.waveform, 1)
        lay.addLayout(audio)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("detailText")
        self.text.setAccessibleName("detailText")
        self.text.setReadOnly(True)
        option = QTextOption(Qt.AlignRight)
        option.setTextDirection(Qt.RightToLeft)
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.text.document().setDefaultTextOption(option)
        self.text.setMinimumHeight(96)
        self.text.setMaximumHeight(150)
        lay.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.approve_btn = _button("approveButton", t("approve"), self, role="primary")
        self.reason = QComboBox(self)
        self.reason.setObjectName("rejectReason")
        self.reason.setAccessibleName(t("reason"))
        self.reason.setEditable(True)  # the list from settings, or free words
        self.reason.addItems(reject_reasons)
        self.reject_btn = _button("rejectButton", t("reject"), self, role="stop")
        self.constructive = _button("flagConstructive", t("constructive"), self, checkable=True)
        self.personal = _button("flagPersonal", t("personal"), self, checkable=True)
        self.undo_btn = _button("undoButton", t("undo"), self)
        for w in (self.approve_btn, self.reject_btn, self.reason, self.constructive, self.personal, self.undo_btn):
            row.addWidget(w)
        lay.addLayout(row)
        self.approve_btn.clicked.connect(lambda: self.sid and self.approve.emit(self.sid))
        self.reject_btn.clicked.connect(lambda: self.sid and self.reject.emit(self.sid, self.reason.currentText()))
        self.constructive.clicked.connect(lambda on: self.sid and self.flag.emit(self.sid, "constructive", on))
        self.personal.clicked.connect(lambda on: self.sid and self.flag.emit(self.sid, "personal", on))
        self.undo_btn.clicked.connect(self.undo.emit)
        self.show_submission(None)

    def show_submission(self, sub) -> None:
        self.stop()
        self.sid = sub.id if sub else None
        for w in (self.approve_btn, self.reject_btn, self.constructive, self.personal):
            w.setEnabled(sub is not None)
        if sub is None:
            self.facts.setText("")
            self.text.setPlainText("")
            self.waveform.clear()
            self.play.setEnabled(False)
            return
        pending = sub.status == "submitted"
        self.approve_btn.setEnabled(pending)
        self.reject_btn.setEnabled(pending)
        self.constructive.setChecked(bool(sub.constructive))
        self.personal.setChecked(bool(sub.personal_data))
        seconds = (sub.duration_ms or 0) / 1000
        facts = [f"{digits(sub.ticket)} · {status_name(sub.status)} · {t(sub.kind)} · {jalali(sub.created_at)}",
                 f"{digits(f'{seconds:.1f}')} {t('seconds')} · {sub.topic or '-'} · {sub.language}",
                 f"{t('consent')} {sub.consent_version}: {', '.join(sub.scopes)}"]
        if sub.moderation_reason:
            facts.append(f"{t('reason')}: {sub.moderation_reason} ({sub.moderated_by})")
        self.facts.setText("\n".join(facts))
        self.text.setPlainText(reveal_invisible(sub.text or ""))
        audio = Path(sub.audio_path) if sub.audio_path else None
        self.play.setEnabled(bool(audio and audio.exists()))
        if audio and audio.exists():
            self.waveform.load(audio, self.cache_dir)
        else:
            self.waveform.clear()
        self._audio = audio

    # ---- playback --------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self.sid and self._audio:
            self._playback.toggle(self._audio)

    def stop(self) -> None:
        self._playback.stop()
