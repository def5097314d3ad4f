"""kiosk.session / phone / throttle: the journey's business rules without Qt."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kiosk import throttle
from kiosk.phone import PhoneInvalid, mask_mobile, normalize_mobile
from kiosk.session import CitizenSession


@pytest.mark.parametrize("raw", ["09123456789", "۰۹۱۲۳۴۵۶۷۸۹", "٠٩١٢٣٤٥٦٧٨٩", "+98 912 345 6789",
                                 "0098-912-345-6789", "912 345 6789", "(0912) 345-6789"])
def test_mobile_numbers_in_any_digits(raw):
    assert normalize_mobile(raw) == "09123456789"


@pytest.mark.parametrize("raw,code", [("", "empty"), ("  ", "empty"), ("0912abc4567", "not_digits"),
                                      ("0912345", "wrong_length"), ("02112345678", "not_mobile"),
                                      ("091234567890", "wrong_length")])
def test_bad_mobile_numbers_name_the_problem(raw, code):
    with pytest.raises(PhoneInvalid) as err:
        normalize_mobile(raw)
    assert err.value.code == code


def test_mask_keeps_prefix_and_last_four():
    assert mask_mobile("09123456789") == "0912***6789"


def _iso(t):
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_throttle_interval_and_hourly_cap():
    now = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)
    assert throttle.check([], now, 20, 3).allowed
    v = throttle.check([_iso(now - timedelta(seconds=5))], now, 20, 3)
    assert (v.allowed, v.reason, round(v.retry_after_s)) == (False, "interval", 15)
    times = [_iso(now - timedelta(minutes=m)) for m in (50, 30, 10)]
    v = throttle.check(times, now, 20, 3)
    assert (v.allowed, v.reason, round(v.retry_after_s)) == (False, "hourly", 600)
    assert throttle.check([_iso(now - timedelta(minutes=61))] * 5, now, 20, 3).allowed


def test_draft_lifecycle_text(settings, store):
    s = CitizenSession(settings)
    with pytest.raises(ValueError):
        s.choose("text")  # no consent yet
    s.set_language("ar")
    s.set_consent(broadcast=True, draw=True, age_confirmed=True)
    sid = s.choose("text")
    s.set_text("سؤال عن الحديقة ١٢")
    s.set_topic("green_space")
    assert s.set_draw_contact("٠٩١٢ ٣٤٥ ٦٧٨٩", "  Ali   Reza ") == "09123456789"
    sub = s.submit()
    assert sub.status == "submitted" and sub.id == sid
    row = store.get(sid)
    assert row.scopes == ["broadcast", "draw", "record"] and row.language == "ar"
    assert row.consent_version == settings.consent_version
    assert row.text == "سؤال عن الحديقة ١٢" and row.text_display == "سؤال عن الحديقة ١٢"  # the citizen's letters and digits
    assert (row.phone, row.contact_name, row.topic) == ("09123456789", "Ali Reza", "green_space")


def test_discard_removes_row_and_media(settings, store):
    s = CitizenSession(settings)
    s.set_consent(False, False, True)
    sid = s.choose("voice")
    wav = s.wav_path()
    wav.write_bytes(b"RIFF")
    (wav.parent / (wav.name + ".part")).write_bytes(b"x")
    s.discard("idle")
    assert store.count() == 0 and list(settings.media_dir.iterdir()) == []
    assert s.state.language == "fa" and s.state.draft_id is None
    assert store.drafts() == [] and sid


def test_changing_mode_replaces_the_draft(settings, store):
    s = CitizenSession(settings)
    s.set_consent(False, False, True)
    first = s.choose("voice")
    second = s.choose("text")
    assert first != second and [d.id for d in store.drafts()] == [second]


def test_throttle_counts_submissions(settings):
    settings.ui.min_interval_s = 60
    s = CitizenSession(settings)
    assert s.throttle_verdict().allowed
    s.set_consent(False, False, True)
    s.choose("text")
    s.set_text("hello")
    s.submit()
    v = s.throttle_verdict()
    assert not v.allowed and v.reason == "interval"
