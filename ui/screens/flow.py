"""The citizen journey's controller: builds the screens, moves between them, owns the session.

Business rules (draft lifecycle, throttle, phone format) live in kiosk.session; this module only
decides which screen shows and hands blocking work to run_task.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.phone import PhoneInvalid
from kiosk.session import CitizenSession
from ui.i18n import apply_language
from ui.screens.attract import AttractScreen
from ui.screens.bundle_watch import BundleWatcher
from ui.screens.choose import ChooseScreen
from ui.screens.consent import ConsentScreen
from ui.screens.discard import DiscardConfirm
from ui.screens.draw import DrawScreen
from ui.screens.idle import IdleOverlay, IdleWatcher
from ui.screens.receipt import ReceiptScreen
from ui.screens.record import RecordScreen
from ui.screens.record_controller import RecordController
from ui.screens.review import ReviewScreen
from ui.screens.text_entry import TextScreen
from ui.screens.topic import TopicScreen
from ui.tasks import run_task
from ui.widgets.prompt_player import PromptPlayer


class CitizenFlow(QObject):
    submitted = Signal(object)  # the committed Submission, emitted before the receipt shows
    screen_changed = Signal(str)

    def __init__(self, window, settings, attract: AttractScreen | None = None):
        """attract: the one already on screen (the kiosk's start paints it first)."""
        super().__init__(window)
        self.window, self.settings, self.stack = window, settings, window.stack
        self.session = CitizenSession(settings)
        self.attract = attract or AttractScreen()
        self.consent = ConsentScreen()
        self.choose = ChooseScreen()
        self.record = RecordScreen(settings.audio.volume)
        self.text = TextScreen(settings.ui.text_max_chars)
        self.topic = TopicScreen(settings.ui.topics)
        self.draw = DrawScreen()
        self.review = ReviewScreen(self.topic.label, settings.audio.volume)
        self.receipt = ReceiptScreen(settings.ui.receipt_timeout_s, settings.ui.status_url)
        self.screens = [self.attract, self.consent, self.choose, self.record, self.text, self.topic,
                        self.draw, self.review, self.receipt]
        for s in self.screens:
            if self.stack.indexOf(s) < 0:
                self.stack.addWidget(s)
            if s.back_button is not None:
                s.cancel.connect(lambda: self.unless_work_lost(lambda: self.reset("cancel")))
        self.recorder = RecordController(self.record, settings, self.session, self)
        self.prompts = PromptPlayer(settings, self)  # spoken help; silent while recording or elsewhere
        for s in self.screens:
            s.listen.connect(self.prompts.play)
        self.screen_changed.connect(lambda _key: self.prompts.stop())
        self.recorder.busy_changed.connect(lambda busy: self.prompts.stop() if busy else None)
        self.discard_confirm = DiscardConfirm(window)
        self._after_discard = None
        self.overlay = IdleOverlay(window)  # made last: it stacks above the discard question
        self.idle = IdleWatcher(settings.idle_timeout_s, settings.ui.idle_countdown_s, self,
                                longer={"text": settings.ui.idle_text_s},
                                screen=lambda: getattr(self.stack.currentWidget(), "key", None))
        self._check_gen = 0
        self._start_held = self._start_tapped = False  # see hold_start
        self._wire()
        self.set_language(settings.language)
        self.bundles = BundleWatcher(self, settings)  # office settings, applied between sessions
        if settings.settings_bundle is not None:
            self.show_bundle(settings.settings_bundle)
        self.go(self.attract)

    def _wire(self) -> None:
        a, c, ch, r, t = self.attract, self.consent, self.choose, self.record, self.text
        a.start.connect(self.start)
        a.language_chosen.connect(self.set_language)
        c.back.connect(lambda: self.reset("back"))
        c.agreed.connect(self.agreed)
        ch.back.connect(lambda: self.back_to(self.consent))
        ch.chosen.connect(self.chosen)
        r.back.connect(lambda: self.unless_work_lost(lambda: self.back_to(self.choose)))
        r.type_instead.connect(lambda: self.chosen("text"))
        r.continue_button.clicked.connect(lambda: self.go(self.topic))
        t.back.connect(lambda: self.unless_work_lost(lambda: self.back_to(self.choose)))
        self.discard_confirm.confirmed.connect(self._discard_confirmed)
        self.discard_confirm.declined.connect(lambda: setattr(self, "_after_discard", None))
        t.submitted.connect(self.text_done)
        self.topic.back.connect(lambda: self.go(self.record if self.session.state.kind == "voice" else self.text))
        self.topic.chosen.connect(self.topic_done)
        self.draw.back.connect(lambda: self.go(self.topic))
        self.draw.submitted.connect(self.draw_done)
        self.review.back.connect(lambda: self.go(self.draw if self.session.state.draw else self.topic))
        self.stack.currentChanged.connect(lambda _: self.review.playback.stop())  # leaving review stops it
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

    def hold_start(self) -> None:
        """Start waits (the kiosk's own start is finishing: integrity check, crash recovery); a tap
        meanwhile is kept and honoured by release_start, so the attract screen can show at once."""
        self._start_held = True

    @property
    def start_held(self) -> bool:
        return self._start_held

    def release_start(self) -> None:
        self._start_held = False
        if self._start_tapped:
            self._start_tapped = False
            self.start()

    def start(self) -> None:
        if self._start_held:
            self._start_tapped = True
            self.attract.show_getting_ready()
            return
        verdict = self.session.throttle_verdict()
        if not verdict.allowed:
            self.attract.show_throttled(verdict.reason, verdict.retry_after_s)
            return
        self.attract.show_notice(None)
        self.consent.clear()  # a new journey: nothing ticked
        self.go(self.consent)

    def agreed(self, broadcast: bool, draw: bool, age: bool) -> None:
        self.session.set_consent(broadcast, draw, age)
        self.go(self.choose)
        self._check_voice()

    def _check_voice(self) -> None:
        self._check_gen += 1
        gen = self._check_gen
        self.choose.set_voice_available(False, "checking")
        media = self.session.media

        def done(problem):
            if gen == self._check_gen:
                self.choose.set_voice_available(problem is None, problem)

        run_task(media.voice_problem, done, lambda exc: done("no_mic"))

    def unless_work_lost(self, leave) -> None:
        """Cancel, or Back past the speak/type choice: ask once when a take or a text would go."""
        typed = self.current is self.text and self.text.input.toPlainText().strip()
        if not (self.session.has_work() or typed):
            leave()
            return
        self._after_discard = leave
        self.discard_confirm.ask()

    def _discard_confirmed(self) -> None:
        leave, self._after_discard = self._after_discard, None
        if leave is not None:
            leave()

    def back_to(self, screen) -> None:
        """Going back past the speak/type choice deletes the draft and any recording."""
        self.recorder.abort()
        self.session.drop_draft("back")
        self.go(screen)
        if screen is self.choose:
            self._check_voice()

    def chosen(self, kind: str) -> None:
        self.recorder.abort()
        try:
            self.session.choose(kind)
        except Exception as exc:  # noqa: BLE001 - e.g. a full disk: the draft cannot be written
            from kiosk.diskspace import plain_os_error
            print(f"kiosk: a {kind} question could not start: {plain_os_error(exc)}", flush=True)
            self.choose.set_voice_available(False, "unavailable")
            return
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
        media, sid = self.session.media, sub.id
        if media.needs_finish(sub):
            run_task(lambda: media.finish(sid), None,
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
        self.discard_confirm.hide()
        self._after_discard = None
        self._start_tapped = False  # a Start kept while the kiosk was starting is not for later
        self.consent.clear()
        self.idle.cancel()
        self.set_language("fa")
        self.attract.show_notice(None)
        self.bundles.apply_pending()  # nobody is in a session now
        self.go(self.attract)

    # ---- office settings bundle ----------------------------------------------------------------
    def between_sessions(self) -> bool:
        return self.current is self.attract and self.session.state.draft_id is None \
            and not self.session.state.age_confirmed

    def show_bundle(self, bundle) -> None:
        """The settings already carry the bundle's values; the screens show them from now on."""
        self.topic.set_topics(self.settings.ui.topics, bundle)
        self.consent.bundle = bundle
        self.attract.set_programme(bundle.programme, bundle.answered_live)
        self.receipt.timeout_s = self.settings.ui.receipt_timeout_s
        self.idle.set_times(self.settings.idle_timeout_s, self.settings.ui.idle_countdown_s)

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
