"""One question: facts, playback with waveform, plain text, tags and notes.

Tag and note changes are emitted as signals; the console writes them to the library.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ui.i18n import code, current_language, isolate, local_time, scope_name, topic_name
from ui.office.widgets import named as _named
from ui.widgets.audio_player import WaveformPlayer
from ui.widgets.revealed_text import show_revealed
from ui.widgets.waveform import WaveformView

translate = QCoreApplication.translate


class OfficeDetail(QWidget):
    selected_changed = Signal(str, bool)
    answered_changed = Signal(str, object)  # item id, date or None
    notes_saved = Signal(str, str)

    def __init__(self, cache_dir: Path, parent=None):
        super().__init__(parent)
        self.cache_dir, self.item, self._audio = cache_dir, None, None
        self.facts = _named(QLabel(), "officeFacts", "question details")
        self.facts.setTextFormat(Qt.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignLeading | Qt.AlignTop)
        self.play = _named(QPushButton(), "officePlay", "play recording")
        self.waveform = WaveformView(self, "officeWaveform")
        self._playback = WaveformPlayer(self.waveform, self)
        self._playback.playing_changed.connect(
            lambda playing: self.play.setText(translate("Office", "Pause") if playing else translate("Office", "Play")))
        self._playback.unavailable.connect(
            lambda: self.play.setText(translate("Office", "Cannot play (no sound device?)")))
        self.text = _named(QPlainTextEdit(), "officeText", "question text")
        self.text.setReadOnly(True)
        self.tag_selected = _named(QCheckBox(), "tagSelected", "selected for the programme")
        self.tag_answered = _named(QCheckBox(), "tagAnswered", "answered live")
        self.answered_on = _named(QDateEdit(), "tagAnsweredDate", "answered on date")
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setDate(QDate.currentDate())
        self.notes = _named(QPlainTextEdit(), "officeNotes", "notes")
        self.notes.setMaximumHeight(90)
        self.save = _named(QPushButton(), "officeSaveNotes", "save notes")
        row = QHBoxLayout()
        row.addWidget(self.play)
        row.addWidget(self.waveform, 1)
        tags = QHBoxLayout()
        tags.addWidget(self.tag_selected)
        tags.addWidget(self.tag_answered)
        tags.addWidget(self.answered_on)
        tags.addStretch(1)
        layout = QVBoxLayout(self)
        for part in (self.facts, row, self.text, tags, self.notes, self.save):
            layout.addLayout(part) if isinstance(part, QHBoxLayout) else layout.addWidget(part)
        self.play.clicked.connect(self.toggle_play)
        self.tag_selected.toggled.connect(self._selected)
        self.tag_answered.toggled.connect(self._answered)
        self.answered_on.dateChanged.connect(lambda _d: self._answered(self.tag_answered.isChecked()))
        self.save.clicked.connect(lambda: self.item and self.notes_saved.emit(self.item["id"], self.notes.toPlainText()))
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        self.play.setText(translate("Office", "Play"))
        self.tag_selected.setText(translate("Office", "Selected for the programme"))
        self.tag_answered.setText(translate("Office", "Answered live on"))
        self.save.setText(translate("Office", "Save notes"))
        self.notes.setPlaceholderText(translate("Office", "Notes"))
        for widget, words in ((self.facts, translate("Office", "Question details")),
                              (self.play, translate("Office", "Play the recording")),
                              (self.text, translate("Office", "Question text")),
                              (self.tag_selected, translate("Office", "Selected for the programme")),
                              (self.tag_answered, translate("Office", "Answered live on")),
                              (self.answered_on, translate("Office", "Answered on date")),
                              (self.notes, translate("Office", "Notes")), (self.save, translate("Office", "Save notes"))):
            widget.setAccessibleName(words)
        cal = QCalendar(QCalendar.System.Jalali if current_language() == "fa" else QCalendar.System.Gregorian)
        self.answered_on.setCalendar(cal)

    def show_item(self, item: dict | None) -> None:
        self.stop()
        self.item = item
        enabled = bool(item) and not (item or {}).get("withdrawn_at")
        for w in (self.tag_selected, self.tag_answered, self.answered_on, self.notes, self.save):
            w.setEnabled(enabled)
        if not item:
            self.facts.setText("")
            self.text.setPlainText("")
            self.waveform.clear()
            self.play.setEnabled(False)
            return
        for w, value in ((self.tag_selected, bool(item["selected"])), (self.tag_answered, bool(item["answered_on"]))):
            w.blockSignals(True)
            w.setChecked(value)
            w.blockSignals(False)
        if item["answered_on"]:
            self.answered_on.blockSignals(True)
            self.answered_on.setDate(QDate.fromString(item["answered_on"], "yyyy-MM-dd"))
            self.answered_on.blockSignals(False)
        scopes = translate("Office", ", ").join(scope_name(s) for s in item["consent_scopes"])
        self.facts.setText(f"{code(item['ticket'])} · {isolate(item['kiosk_id'])} · "
                           f"{local_time(item['submitted_at'] or item['created_at'])} · {topic_name(item['topic'])}"
                           f" · {scopes}")
        show_revealed(self.text, item["text"] or "")
        self.notes.setPlainText(item["notes"] or "")
        self._audio = Path(item["audio_path"]) if item.get("audio_path") else None
        has_audio = bool(self._audio and self._audio.exists())
        self.play.setEnabled(has_audio)
        self.play.setText(translate("Office", "Play") if has_audio else translate("Office", "No audio"))
        if has_audio:
            self.waveform.load(self._audio, self.cache_dir)
        else:
            self.waveform.clear()

    def _selected(self, value: bool) -> None:
        if self.item:
            self.selected_changed.emit(self.item["id"], value)

    def _answered(self, value: bool) -> None:
        if self.item:
            d = self.answered_on.date()
            self.answered_changed.emit(self.item["id"], date(d.year(), d.month(), d.day()) if value else None)

    # ---- playback (no sound card must not break the console) -------------------------------
    def toggle_play(self) -> None:
        if self._audio:
            self._playback.toggle(self._audio)

    def stop(self) -> None:
        self._playback.stop()
