"""The citizen journey's controller: builds the screens, moves between them, owns the session.

Business rules (draft lifecycle, throttle, phone format) live in kiosk.session; this module only
decides which screen shows and hands blocking work to run_task.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.phone import PhoneInvalid
from kiosk.session import CitizenSession, finish_media
from ui.application import apply_language
from ui.screens.attract import AttractScreen
from ui.screens.choose import ChooseScreen
from ui.screens.consent import ConsentScreen
from ui.screens.draw import DrawScreen
from ui.screens.idle import IdleOverlay, IdleWatcher
from ui.screens.receipt import ReceiptScreen
from ui.screens.record import RecordScreen
from ui.screens.record_controller import RecordController
from ui.screens.review import ReviewScreen
from ui.screens.text_entry import TextScreen
from ui.screens.topic import TopicScreen
from ui.tasks import run_task


def voice_problem(settings) -> str | None:
    """Worker side of the Choose screen: None when recording can work, else a reason code."""
    from kiosk.diskspace import free_mb
    if free_mb(settings.data_dir) < settings.disk.stop_free_mb:
        return "disk_full"
    try:
        from kiosk.capture.devices import resolve_device
        from kiosk.capture.errors import CaptureError
    except ImportError:
        return "no_mic"
    try:
        resolve_device(settings.audio)
    except CaptureError:
        return "no_mic"
    return None


class CitizenFlow(QObject):
    submitted = Signal(object)  # the committed Submission, emitted before the receipt shows
    screen_changed = Signal(str)

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings, self.stack = window, settings, window.stack
        self.session = CitizenSession(settings)
        self.attract = AttractScreen()
        self.consent = ConsentScreen()
        self.choose = ChooseScreen()
        self.record = RecordScreen()
        self.text = TextScreen(settings.ui.text_max_chars)
        self.topic = TopicScreen(settings.ui.topics)
        self.draw = DrawScreen()
        self.review = ReviewScreen(self.topic.label)
        self.receipt = ReceiptScreen(settings.ui.receipt_timeout_s)
        self.screens = [self.attract, self.consent, self.choose, self.record, self.text, self.topic,
                        self.draw, self.review, self.receipt]
        for s in self.screens:
            self.stack.addWidget(s)
            if s.back_button is not None:
                s.cancel.connect(lambda: self.reset("cancel"))
        self.recorder = RecordController(self.record, settings, self.session, self)
        self.overlay = IdleOverlay(window)
        self.idle = IdleWatcher(settings.idle_timeout_s, settings.ui.idle_countdown_s, self)
        self._check_gen = 0
        self._wire()
        self.set_language(settings.language)
        self.go(self.attract)

    def _wire(self) -> None:
        a, c, ch, r, t = self.attract, self.consent, self.choose, self.record, self.text
        a.start.connect(self.start)
        a.language_chosen.connect(self.set_language)
        c.back.connect(lambda: self.reset("back"))
        c.agreed.connect(self.agreed)
        ch.back.connect(lambda: self.back_to(self.consent))
        ch.chosen.connect(self.chosen)
        r.back.connect(lambda: self.back_to(self.choose))
        r.type_instead.connect(lambda: self.chosen("text"))
        r.continue_button.clicked.connect(lambda: self.go(self.topic))
        t.back.connect(lambda: self.back_to(self.choose))
        t.submitted.connect(self.text_done)
        self.topic.back.connect(lambda: self.go(self.record if self.session.state.kind == "voice" else self.text))
        self.topic.chosen.connect(self.topic_done)
        self.draw.back.connect(lambda: self.go(self.topic))
        self.draw.submitted.connect(self.draw_done)
        self.review.back.connect(lambda: self.go(self.draw if self.session.state.draw else self.topic))
        self.review.send.connect(self.send)
        self.receipt.done.connect(lambda: self.reset("done"))
        self.recorder.busy_changed.connect(self.idle.set_paused)
        self.idle.expired.connect(self._idle_expired)
        self.idle.tick.connect(lambda n: self.overlay.show_countdown(n) if self.overlay.isVisible() else None)
        self.idle.gone.connect(self._idle_gone)
        self.overlay.stay.connect(self._stay)

    # ---- navigation ----------------------------------------------------------------------------
    @property
    def current(self):
        return self.stack.currentWidget()

    def go(self, screen) -> None:
        self.stack.setCurrentWidget(screen)
        screen.entered()
        self.idle.poke()
        self.screen_changed.emit(screen.key)

    def set_language(self, language: str) -> None:
        apply_language(QApplication.instance(), language)
        self.session.set_language(language)
        self.attract.set_language(language)

    def start(self) -> None:
        verdict = self.session.throttle_verdict()
        if not verdict.allowed:
            self.attract.show_throttled(verdict.reason)
            return
        self.attract.show_notice(None)
        self.go(self.consent)

    def agreed(self, broadcast: bool, draw: bool, age: bool) -> None:
        self.session.set_consent(broadcast, draw, age)
        self.go(self.choose)
        self._check_voice()

    def _check_voice(self) -> None:
        self._check_gen += 1
        gen = self._check_gen
        self.choose.set_voice_available(False, "checking")
        settings = self.settings

        def done(problem):
            if gen == self._check_gen:
                self.choose.set_voice_available(problem is None, problem)

        run_task(lambda: voice_problem(settings), done, lambda exc: done("no_mic"))

    def back_to(self, screen) -> None:
        """Going back past the speak/type choice deletes the draft and any recording."""
        self.recorder.abort()
        self.session.drop_draft("back")
        self.go(screen)
        if screen is self.choose:
            self._check_voice()

    def chosen(self, kind: str) -> None:
        self.recorder.abort()
        self.session.choose(kind)
        if kind == "voice":
            self.recorder.enter()
            self.go(self.record)
        else:
            self.text.clear()
            self.go(self.text)

    def text_done(self, text: str) -> None:
        self.session.set_text(text)
        self.go(self.topic)

    def topic_done(self, key) -> None:
        self.session.set_topic(key)
        if self.session.state.draw:
            self.go(self.draw)
        else:
            self._review()

    def draw_done(self, phone: str, name: str) -> None:
        try:
            self.session.set_draw_contact(phone, name)
        except PhoneInvalid as exc:
            self.draw.show_error(exc.code)
            return
        self._review()

    def _review(self) -> None:
        self.review.set_sending(False)
        self.review.show_summary(self.session.state)
        self.go(self.review)

    # ---- send and receipt -----------------------------------------------------------------------
    def send(self) -> None:
        self.review.set_sending(True)
        session = self.session
        run_task(session.submit, self._sent, self._send_failed)

    def _sent(self, sub) -> None:
        self.submitted.emit(sub)
        if sub.kind == "voice" and sub.audio_path:
            from pathlib import Path
            try:
                from kiosk.capture.transcode import transcode_to_opus
            except ImportError:
                transcode_to_opus = None
            if transcode_to_opus is not None:
                stores, sid, wav = self.session.stores, sub.id, Path(sub.audio_path)
                run_task(lambda: finish_media(stores, sid, wav, transcode_to_opus), None,
                         lambda exc: print(f"kiosk: transcode of {sid} failed: {exc!r}"))
        self.session.forget()
        self.receipt.show_ticket(sub.ticket)
        self.go(self.receipt)

    def _send_failed(self, exc: BaseException) -> None:
        print(f"kiosk: sending failed: {exc!r}")
        self.review.set_sending(False, failed=True)

    # ---- leaving --------------------------------------------------------------------------------
    def reset(self, reason: str) -> None:
        """Cancel, idle, staff or receipt done: nothing of this citizen remains; Persian again."""
        self.recorder.abort()
        self.session.discard(reason)
        self.text.clear()
        self.draw.clear()
        self.receipt.leave()
        self.overlay.hide()
        self.idle.cancel()
        self.set_language("fa")
        self.attract.show_notice(None)
        self.go(self.attract)

    def _idle_expired(self) -> None:
        if self.current is self.attract:
            self.idle.stop()
            if self.session.state.language != "fa":
                self.set_language("fa")
        elif self.current not in self.screens or self.current is self.receipt:
            self.idle.cancel()  # staff screens and the receipt keep their own time
        else:
            self.overlay.show_countdown(self.idle.left)

    def _idle_gone(self) -> None:
        self.overlay.hide()
        if self.current in self.screens:
            self.reset("idle")

    def _stay(self) -> None:
        self.overlay.hide()
        self.idle.cancel()
