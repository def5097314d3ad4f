"""Consent: plain words from assets/consent/<lang>.md, the scopes, and the age confirmation."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout

from ui.screens.base import Screen, language, make_button, plain_label, set_texts

CONSENT_DIR = Path(__file__).resolve().parents[2] / "assets" / "consent"


def consent_text(lang: str) -> str:
    path = CONSENT_DIR / f"{lang}.md"
    if not path.exists():
        path = CONSENT_DIR / "fa.md"
    return path.read_text(encoding="utf-8").strip()


class RowCheckBox(QCheckBox):
    """A tap anywhere on the row toggles it, not only on the box or the words."""

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)


def _check(name: str) -> QCheckBox:
    box = RowCheckBox()
    box.setObjectName(name)
    box.setCursor(Qt.PointingHandCursor)
    return box


def _restyle(widget, name: str, value: bool) -> None:
    """Set a property the style sheet selects on, and re-apply the style."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ConsentScreen(Screen):
    agreed = Signal(bool, bool, bool)  # broadcast, draw, age confirmed

    def __init__(self, parent=None):
        super().__init__("consent", parent=parent)
        self.bundle = None  # an office settings bundle may bring new consent texts
        # Leaving from consent is the same as cancelling: there is nothing to keep.
        self.cancel_button.hide()
        self.text = plain_label("consentText", "consent")
        self.body.addWidget(self.text)
        box = QFrame()
        box.setObjectName("consentScopes")
        lay = QVBoxLayout(box)
        lay.setSpacing(6)
        self.required = plain_label("scopeRecord", "required")
        lay.addWidget(self.required)
        self.broadcast = _check("scopeBroadcast")
        self.draw = _check("scopeDraw")
        self.age = _check("ageConfirm")
        for w in (self.broadcast, self.draw, self.age):
            lay.addWidget(w)
        self.body.addWidget(box)
        # Agree stays tappable while the age box is empty: it looks grey and the line under the
        # boxes says which one is missing; a tap then marks that box instead of doing nothing.
        self.hint = plain_label("consentHint", "hint")
        self.body.addWidget(self.hint)
        self.body.addStretch(1)
        self.agree = self.add_primary(make_button("consentAgree", "primary"))
        self.age.toggled.connect(lambda _: self._update())
        self.agree.clicked.connect(self._agree_tapped)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Before you start"))
        from_bundle = self.bundle.consent_text(language()) if self.bundle is not None else None
        self.text.setText(from_bundle or consent_text(language()))
        self.required.setText(self.tr("Required: my question is recorded and sent to the "
                                      "communications office."))
        self.required.setAccessibleName(self.required.text())
        set_texts(self.broadcast, self.tr("It may be played or read out on the live programme (optional)"))
        set_texts(self.draw, self.tr("Enter me in the prize draw; I will give a mobile number (optional)"))
        set_texts(self.age, self.tr("I am 18 or older, or a parent or guardian is with me"))
        set_texts(self.agree, self.tr("I agree"), self.tr("I agree and continue"))
        set_texts(self.back_button, self.tr("Back"), self.tr("Back to the start"))
        self.hint.setText(self.tr("To continue, tick “%1”.").replace("%1", self.age.text()))
        self._update()

    def _update(self) -> None:
        ready = self.age.isChecked()
        self.hint.setVisible(not ready)
        self.agree.setAccessibleName(self.tr("I agree and continue") if ready else self.hint.text())
        _restyle(self.agree, "ready", ready)
        _restyle(self.age, "missing", False)

    def _agree_tapped(self) -> None:
        if self.age.isChecked():
            self.agreed.emit(self.broadcast.isChecked(), self.draw.isChecked(), True)
            return
        _restyle(self.age, "missing", True)  # the box that is needed, marked until it is ticked
        self.age.setFocus()

    def clear(self) -> None:
        """A new journey; Back from the next screen keeps the citizen's ticks."""
        for box in (self.broadcast, self.draw, self.age):
            box.setChecked(False)
        self._update()

    def entered(self) -> None:
        self.retranslate()
