"""Detail pane of one submission: playback with waveform, revealed text, facts, and the actions.

Text is plain text with every bidi control and invisible character (not ZWNJ/ZWJ, which are ordinary
Persian) replaced by a visible tag (kiosk.text.reveal_invisible), aligned by its own direction.
The reject reason is a required choice: nothing is chosen until staff pick or type one.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ui.i18n import code, digits, isolate, language_name, local_time, scope_name, topic_name
from ui.staff.vocabulary import kind_name, reason_name, role_name, status_name
from ui.widgets.audio_player import WaveformPlayer
from ui.widgets.revealed_text import show_revealed
from ui.widgets.waveform import WaveformView

translate = QCoreApplication.translate


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
        self.facts.setAlignment(Qt.AlignLeading | Qt.AlignTop)  # right in fa/ar, left in en
        lay.addWidget(self.facts)
        audio = QHBoxLayout()
        self.play = _button("detailPlay", translate("Staff", "Play"), self)
        self.play.clicked.connect(self.toggle_play)
        self.waveform = WaveformView(self, "detailWaveform")
        self._playback = WaveformPlayer(self.waveform, self)
        self._playback.playing_changed.connect(
            lambda playing: self.play.setText(translate("Staff", "Pause") if playing else translate("Staff", "Play")))
        self._playback.unavailable.connect(
            lambda: self.play.setText(translate("Staff", "Cannot play (no sound device?)")))
        audio.addWidget(self.play)
        audio.addWidget(self.waveform, 1)
        lay.addLayout(audio)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("detailText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("Staff", "Question"))
        self.text.setMinimumHeight(96)
        self.text.setMaximumHeight(150)
        lay.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.approve_btn = _button("approveButton", translate("Staff", "Approve"), self, role="primary")
        self.reason = QComboBox(self)
        self.reason.setObjectName("rejectReason")
        self.reason.setAccessibleName(translate("Staff", "Reject reason"))
        self.reason.setEditable(True)  # the list from settings (keys, shown in words), or free words
        self.reason.setInsertPolicy(QComboBox.NoInsert)
        for key in reject_reasons:
            self.reason.addItem(reason_name(key), key)
        self.reason.lineEdit().setPlaceholderText(translate("Staff", "Choose a reason"))
        self.reason.setMinimumContentsLength(10)
        self.reason.currentTextChanged.connect(lambda _text: self._enable_reject())
        self.reject_btn = _button("rejectButton", translate("Staff", "Reject"), self, role="stop")
        # ★ and ⚠ are the marks of the list's Flags column.
        self.constructive = _button("flagConstructive", translate("Staff", "Constructive ★"), self, checkable=True)
        self.personal = _button("flagPersonal", translate("Staff", "Personal data ⚠"), self, checkable=True)
        self.undo_btn = _button("undoButton", translate("Staff", "Undo"), self)
        for w in (self.approve_btn, self.reject_btn, self.reason, self.constructive, self.personal, self.undo_btn):
            row.addWidget(w, 1 if w is self.reason else 0)
            if w is not self.reason:  # a button is never squeezed below its words
                w.setSizePolicy(QSizePolicy.Minimum, QSizePolicy.Fixed)
        lay.addLayout(row)
        self.approve_btn.clicked.connect(lambda: self.sid and self.approve.emit(self.sid))
        self.reject_btn.clicked.connect(self._reject)
        self.constructive.clicked.connect(lambda on: self.sid and self.flag.emit(self.sid, "constructive", on))
        self.personal.clicked.connect(lambda on: self.sid and self.flag.emit(self.sid, "personal", on))
        self.undo_btn.clicked.connect(self.undo.emit)
        self._pending = False
        self.show_submission(None)

    def chosen_reason(self) -> str | None:
        """The key of a listed reason, the words typed instead, or None while nothing is chosen."""
        typed = self.reason.currentText().strip()
        index = self.reason.currentIndex()
        if index >= 0 and typed == self.reason.itemText(index):
            return self.reason.itemData(index)
        return typed or None

    def _enable_reject(self) -> None:
        self.reject_btn.setEnabled(bool(self.sid) and self._pending and self.chosen_reason() is not None)

    def _reject(self) -> None:
        reason = self.chosen_reason()
        if self.sid and reason:  # Reject stays disabled without a reason; this guards a stray click
            self.reject.emit(self.sid, reason)

    def show_submission(self, sub) -> None:
        self.stop()
        self.sid = sub.id if sub else None
        self._pending = sub is not None and sub.status == "submitted"
        self.reason.setCurrentIndex(-1)  # no default: a quick Reject must not record a reason nobody chose
        self.reason.clearEditText()
        for w in (self.approve_btn, self.constructive, self.personal):
            w.setEnabled(sub is not None)
        self._enable_reject()
        if sub is None:
            self.facts.setText("")
            self.text.setPlainText("")
            self.waveform.clear()
            self.play.setEnabled(False)
            return
        self.approve_btn.setEnabled(self._pending)
        self.constructive.setChecked(bool(sub.constructive))
        self.personal.setChecked(bool(sub.personal_data))
        seconds = (sub.duration_ms or 0) / 1000
        comma = translate("Staff", ", ")
        facts = [f"{code(sub.ticket)} · {status_name(sub.status)} · {kind_name(sub.kind)} · {local_time(sub.created_at)}",
                 translate("Staff", "{seconds} s").format(seconds=digits(f"{seconds:.1f}"))
                 + f" · {topic_name(sub.topic)} · {language_name(sub.language)}",
                 translate("Staff", "Consent (version {version}): {scopes}").format(
                     version=isolate(sub.consent_version), scopes=comma.join(scope_name(s) for s in sub.scopes))]
        if sub.moderation_reason:
            facts.append(translate("Staff", "Reject reason: {reason} ({by})").format(
                reason=reason_name(sub.moderation_reason), by=role_name(sub.moderated_by)))
        self.facts.setText("\n".join(facts))
        show_revealed(self.text, sub.text or "")
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
