"""One citizen's journey as business rules, free of Qt so it can be tested and reused.

The draft row is created when the citizen chooses to speak or type, and deleted (row and audio
file) the moment they leave, go back past that choice, or walk away. `submit` commits before the
receipt is shown. Everything about the audio (take, checks, hash, transcode) is `self.media`
(kiosk.media.MediaService).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from kiosk import throttle
from kiosk.media import MediaService, Recording, Take
from kiosk.phone import normalize_mobile
from kiosk.store import connect_store, prepare_database
from kiosk.text import check_length

LANGUAGE_DEFAULT = "fa"


class StorePerThread:
    """Each thread gets its own connection (the store rule); the GUI thread and workers share none.

    Cheap connections (no integrity check, no migration): Qt's task-pool threads lose thread-local
    data between tasks, so each submit may connect anew; the database was prepared once when the
    session was made (or by the process before it)."""

    def __init__(self, settings, opener: Callable = connect_store):
        self.settings, self.opener, self._local = settings, opener, threading.local()

    def get(self):
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self.opener(self.settings)
        return store


@dataclass
class JourneyState:
    language: str = LANGUAGE_DEFAULT
    broadcast: bool = False
    draw: bool = False
    age_confirmed: bool = False
    kind: str | None = None
    draft_id: str | None = None
    text: str = ""
    recording: Recording | None = None
    topic: str | None = None
    phone: str | None = None
    contact_name: str = ""
    consent_version: str | None = None  # the version this citizen agreed to, kept for the submission
    extra: dict = field(default_factory=dict)

    @property
    def scopes(self) -> list[str]:
        return ["record"] + (["broadcast"] if self.broadcast else []) + (["draw"] if self.draw else [])


class CitizenSession:
    def __init__(self, settings, stores: StorePerThread | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self.settings = settings
        if stores is None:
            prepare_database(settings.db_path, check=False)  # migrated once (the process checked it); then cheap
        self.stores = stores or StorePerThread(settings)
        self.now = now
        self.state = JourneyState(language=settings.language)
        self.media = MediaService(settings, self.stores)

    @property
    def store(self):
        return self.stores.get()

    # ---- start and consent -----------------------------------------------------------------
    def throttle_verdict(self) -> throttle.ThrottleVerdict:
        now = self.now()
        times = self.store.last_submitted_times(throttle.hour_ago_iso(now))
        return throttle.check(times, now, self.settings.ui.min_interval_s, self.settings.ui.max_per_hour)

    def set_language(self, language: str) -> None:
        self.state.language = language

    def set_consent(self, broadcast: bool, draw: bool, age_confirmed: bool) -> None:
        if not age_confirmed:
            raise ValueError("the citizen must confirm their age (18+, or a guardian present)")
        self.state.broadcast, self.state.draw, self.state.age_confirmed = broadcast, draw, True
        self.state.consent_version = self.settings.consent_version

    # ---- draft -----------------------------------------------------------------------------
    def choose(self, kind: str) -> str:
        """Speak or type: a fresh draft (any earlier one of this journey is deleted first)."""
        if not self.state.age_confirmed:
            raise ValueError("consent comes before the draft")
        self.drop_draft("changed_mode")
        version = self.state.consent_version or self.settings.consent_version
        sub = self.store.create_draft(kind, self.state.language, version, self.state.scopes)
        self.state.kind, self.state.draft_id = kind, sub.id
        return sub.id

    def wav_path(self) -> Path:
        if not self.state.draft_id:
            raise ValueError("no draft")
        return self.media.wav_path(self.state.draft_id)

    def take_stopped(self, take: Take) -> None:
        """The media service attached the take to the draft (on a worker); the journey keeps it."""
        self.state.recording = take.recording

    def clear_recording(self) -> None:
        """Re-record: the previous take is gone from disk and from the row."""
        if self.state.draft_id and self.state.kind == "voice":
            self.media.clear_take(self.state.draft_id)
        self.state.recording = None

    def has_work(self) -> bool:
        """Something the citizen would lose by leaving now: a take, a text, a topic or a phone."""
        s = self.state
        return bool(s.recording or s.text.strip() or s.topic or s.phone or self.media.recording)

    def set_text(self, text: str) -> None:
        check_length(text, self.settings.ui.text_max_chars)
        if not text.strip():
            raise ValueError("empty text")
        self.store.update_draft(self.state.draft_id, text=text)
        self.state.text = text

    def set_topic(self, topic: str | None) -> None:
        if topic is not None and topic not in self.settings.ui.topics:
            raise ValueError(f"unknown topic {topic!r}")
        self.store.update_draft(self.state.draft_id, topic=topic)
        self.state.topic = topic

    def set_draw_contact(self, phone_raw: str, name: str) -> str:
        """Raises kiosk.phone.PhoneInvalid; the stored number is canonical 09XXXXXXXXX."""
        phone = normalize_mobile(phone_raw)
        name = " ".join(name.split())[:80]
        self.store.update_draft(self.state.draft_id, phone=phone, contact_name=name or None)
        self.state.phone, self.state.contact_name = phone, name
        return phone

    def drop_draft(self, reason: str) -> None:
        """Delete the draft row and its audio file; the journey keeps its consent answers."""
        sid = self.state.draft_id
        if sid:
            self.store.delete_draft(sid, reason)
            self.media.delete_files(sid)
        self.state.kind = self.state.draft_id = None
        self.state.recording, self.state.text = None, ""
        self.state.topic, self.state.phone, self.state.contact_name = None, None, ""

    def discard(self, reason: str) -> None:
        """The citizen left (Cancel, Back to the start, idle): nothing of theirs remains."""
        self.drop_draft(reason)
        self.state = JourneyState(language=LANGUAGE_DEFAULT)

    # ---- send ------------------------------------------------------------------------------
    def submit(self, stores: StorePerThread | None = None):
        """Runs on a worker: commits with synchronous=FULL; returns the submitted row."""
        store = (stores or self.stores).get()
        return self.media.submit(store, self.state.draft_id, self.state.kind)

    def forget(self) -> None:
        """After the receipt: the journey is over, the next citizen starts fresh in Persian."""
        self.state = JourneyState(language=LANGUAGE_DEFAULT)

