"""What every citizen screen shares: title, body, a bottom bar with Back and Cancel, retranslation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.code_label import ltr  # noqa: F401  (re-exported for screens)
from ui.widgets.icons import apply_button_icon


def language() -> str:
    app = QApplication.instance()
    return (app.property("kioskLanguage") if app else None) or "fa"


def make_button(name: str, role: str = "primary", parent: QWidget | None = None) -> QPushButton:
    """Touch buttons: stable objectName, QSS role; texts come later from retranslate()."""
    btn = QPushButton(parent)
    btn.setObjectName(name)
    btn.setProperty("role", role)
    btn.setCursor(Qt.PointingHandCursor)
    # Tab focus only: a tap must not take the focus from the field being typed in, or the on-screen
    # keyboard closes on the press and the button moves (the screen regains that room) before the release.
    btn.setFocusPolicy(Qt.TabFocus)
    btn.setAutoDefault(False)
    apply_button_icon(btn, role)  # the main actions carry an icon (ui/widgets/icons.py)
    return btn


def set_texts(widget: QWidget, text: str, accessible: str | None = None) -> None:
    """Visible text and the accessible name a screen reader announces, both in the current language."""
    if hasattr(widget, "setText"):
        widget.setText(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))


def plain_label(name: str, css_class: str = "body", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("cls", css_class)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    return label


class Screen(QWidget):
    """Subclasses fill `self.body`, override retranslate() (calling super) and entered()."""

    back = Signal()
    cancel = Signal()
    listen = Signal(str)  # the screen's key: play its spoken help (kiosk/prompts.py)

    def __init__(self, key: str, nav: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"screen_{key}")
        self.setAttribute(Qt.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(56, 36, 56, 32)
        outer.setSpacing(20)
        self.title = plain_label(f"{key}Title", "title")
        # Spoken help on every screen, always at the top right: the staff corner is top left.
        self.head = QHBoxLayout()
        self.head.setSpacing(24)
        self.head.addWidget(self.title, 1)
        self.listen_button = make_button("listenButton", "listen")
        self._title_balance: QWidget | None = None  # see center_title
        self.listen_button.clicked.connect(lambda: self.listen.emit(self.key))
        self._place_listen_button()
        outer.addLayout(self.head)
        self.body = QVBoxLayout()
        self.body.setSpacing(18)
        outer.addLayout(self.body, 1)
        self.nav = QHBoxLayout()
        self.nav.setSpacing(24)
        self.back_button = self.cancel_button = None
        if nav:
            self.back_button = make_button(f"{key}Back", "secondary")
            self.cancel_button = make_button(f"{key}Cancel", "quiet")
            self.back_button.clicked.connect(self.back)
            self.cancel_button.clicked.connect(self.cancel)
            self.nav.addWidget(self.back_button)
            self.nav.addWidget(self.cancel_button)
        self.nav.addStretch(1)
        outer.addLayout(self.nav)

    def add_primary(self, button: QPushButton) -> QPushButton:
        self.nav.addWidget(button)
        return button

    def center_title(self) -> None:
        """A centred title stays centred on the screen: a blank as wide as the listen button on its
        other side (the button alone pushed it 137 px off centre at 1280x800) — where the title still
        fits on one line; on a narrow screen (portrait) the title keeps that room instead."""
        self.title.setAlignment(Qt.AlignCenter)
        self._title_balance = QWidget(self)
        self.listen_button.installEventFilter(self)
        self.title.installEventFilter(self)
        self._place_listen_button()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if self._title_balance is not None and event.type() == QEvent.Resize and watched in (
                self.listen_button, self.title):
            self._balance_title()
        return super().eventFilter(watched, event)

    def _balance_title(self) -> None:
        blank, gap = self.listen_button.width(), self.head.spacing()
        unbalanced = self.title.width() + (0 if self._title_balance.isHidden() else blank + gap)
        one_line = self.title.fontMetrics().horizontalAdvance(self.title.text())
        self._title_balance.setFixedWidth(blank)
        self._title_balance.setHidden(one_line > unbalanced - blank - gap)

    def _place_listen_button(self) -> None:
        # A right-to-left layout puts its first item on the right: the button always on the right.
        rtl = self.isRightToLeft()
        for item in (self.listen_button, self._title_balance):
            if item is not None:
                self.head.removeWidget(item)
        self.head.insertWidget(0 if rtl else self.head.count(), self.listen_button, 0, Qt.AlignTop)
        if self._title_balance is not None:
            self.head.insertWidget(self.head.count() if rtl else 0, self._title_balance)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            if self._title_balance is not None:
                self._balance_title()
        elif event.type() == QEvent.LayoutDirectionChange:
            self._place_listen_button()
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_texts(self.listen_button, QCoreApplication.translate("Screen", "Spoken help"),
                  QCoreApplication.translate("Screen", "Listen to spoken help for this screen"))
        if self.back_button is not None:
            set_texts(self.back_button, QCoreApplication.translate("Screen", "Back"),
                      QCoreApplication.translate("Screen", "Back to the previous step"))
            set_texts(self.cancel_button, QCoreApplication.translate("Screen", "Cancel"),
                      QCoreApplication.translate("Screen", "Cancel and delete everything"))

    def entered(self) -> None:
        """Called by the flow each time the screen becomes current."""
