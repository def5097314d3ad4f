"""Qt-free staff core: PINs and lockout, gesture, moderation with undo, queue queries, overrides."""
from __future__ import annotations

import pytest

from kiosk.staff.auth import PinError, StaffAuth, hash_pin, pin_matches
from kiosk.staff.gesture import CornerGesture
from kiosk.staff.moderation import ModerationError, Moderator
from kiosk.staff import queue_query as qq
from kiosk.store import open_database, open_store
from kiosk.store.audit import recent_events, verify_chain
from tests.staff.helpers import bulk_insert, make_submitted

W, H = 1920, 1080


class Clock:
    def __init__(self, t: float = 1_000_000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


# ---- PINs and lockout ---------------------------------------------------------------------
def test_pin_hash_is_salted_and_verifies():
    a, b = hash_pin("1234"), hash_pin("۱۲۳۴")
    assert a != b and a.startswith("scrypt$") and "1234" not in a
    assert pin_matches("1234", b) and pin_matches("١٢٣٤", a) and not pin_matches("1235", a)
    with pytest.raises(PinError):
        hash_pin("12a4")


def test_roles_need_distinct_pins(store, settings):
    auth = StaffAuth(store.db, settings.staff)
    auth.set_pin("admin", "123456", "cli")
    with pytest.raises(PinError):
        auth.set_pin("moderator", "123456", "cli")
    auth.set_pin("moderator", "2468", "cli")
    assert auth.roles_with_pins() == ["admin", "moderator"]
    assert auth.check("2468").role == "moderator"
    assert auth.check("123456").role == "admin"


@pytest.mark.timeout(60)
def test_lockout_doubles_survives_restart_and_refuses_correct_pin(settings):
    clock = Clock()
    auth = StaffAuth(open_database(settings.db_path), settings.staff, clock)
    auth.set_pin("admin", "999999", "cli")
    for i in range(settings.staff.max_wrong_pins - 1):
        assert auth.check("000000").reason == "wrong"
    first = auth.check("000000")
    assert first.reason == "locked" and first.locked_until == clock.t + settings.staff.lockout_base_s

    # "Restart": a new connection on the same file; the lockout is still there.
    auth = StaffAuth(open_database(settings.db_path), settings.staff, clock)
    refused = auth.check("999999")
    assert not refused.ok and refused.reason == "locked"
    clock.t += settings.staff.lockout_base_s + 1
    for _ in range(settings.staff.max_wrong_pins):
        result = auth.check("000000")
    assert result.reason == "locked" and result.locked_until == clock.t + 2 * settings.staff.lockout_base_s
    clock.t += 2 * settings.staff.lockout_base_s + 1
    assert auth.check("999999").role == "admin"
    assert auth.lock_state() == (0, 0, 0)

    db = open_database(settings.db_path)
    actions = [e["action"] for e in reversed(recent_events(db, 100))]
    assert actions.count("staff_lockout") == 2 and actions.count("staff_pin_refused") == 1
    assert actions[-1] == "staff_login" and verify_chain(db).ok


# ---- gesture ------------------------------------------------------------------------------
def _tap(g, t, x=10, y=10):
    g.press(t, x, y, W, H)
    return g.release(t + 0.1, x, y, W, H)


def _gesture(**kw):
    return CornerGesture(taps=5, tap_window_s=3.0, hold_s=2.0, **kw)


def test_right_gesture_opens():
    g = _gesture()
    for i in range(5):
        assert not _tap(g, i * 0.5)
    g.press(2.8, 12, 8, W, H)
    assert not g.tick(3.5)
    assert g.tick(4.9)


def test_release_after_full_hold_opens():
    g = _gesture()
    for i in range(5):
        _tap(g, i * 0.4)
    g.press(2.0, 5, 5, W, H)
    assert g.release(4.1, 5, 5, W, H)


@pytest.mark.parametrize("case", ["slow_taps", "wrong_corner", "no_hold", "short_hold", "hold_elsewhere",
                                  "one_tap_elsewhere", "late_hold", "too_few_taps"])
def test_wrong_gestures_never_open(case):
    g = _gesture()
    spacing = 0.9 if case == "slow_taps" else 0.4      # 5 taps over 3.6 s > 3 s
    x = W - 10 if case == "wrong_corner" else 10
    taps = 4 if case == "too_few_taps" else 5
    opened = False
    for i in range(taps):
        if case == "one_tap_elsewhere" and i == 2:
            g.press(i * spacing, 900, 500, W, H)
            opened |= g.release(i * spacing + 0.1, 900, 500, W, H)
            continue
        opened |= _tap(g, i * spacing, x=x)
    t = taps * spacing + 0.2 + (3.0 if case == "late_hold" else 0)
    if case != "no_hold":
        hx = W // 2 if case == "hold_elsewhere" else x
        g.press(t, hx, 10, W, H)
        held = 1.0 if case == "short_hold" else 2.5
        opened |= g.tick(t + held)
        opened |= g.release(t + held, hx, 10, W, H)
    assert not opened


def test_random_tapping_for_a_minute_never_opens():
    import random
    rng = random.Random(4)
    g, t = _gesture(), 0.0
    while t < 60:
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        g.press(t, x, y, W, H)
        dur = rng.uniform(0.05, 0.6)
        assert not g.tick(t + dur)
        assert not g.release(t + dur, x, y, W, H)
        t += dur + rng.uniform(0.05, 0.8)


# ---- moderation and undo ------------------------------------------------------------------
def test_actions_and_undo_change_store_and_audit(store):
    a, b = make_submitted(store), make_submitted(store)
    mod = Moderator(store, "moderator")
    before = len(recent_events(store.db, 1000))
    assert mod.approve(a.id).status == "approved"
    assert mod.reject(b.id, "off_topic").moderation_reason == "off_topic"
    assert mod.flag(a.id, "constructive").constructive == 1
    assert mod.flag(b.id, "personal").personal_data == 1
    events = recent_events(store.db, 4)
    assert [e["actor"] for e in events] == ["moderator"] * 4
    assert len(recent_events(store.db, 1000)) == before + 4

    assert mod.undo().kind == "flag" and store.get(b.id).personal_data == 0
    assert mod.undo().kind == "flag" and store.get(a.id).constructive == 0
    assert mod.undo().kind == "reject" and store.get(b.id).status == "submitted"
    assert store.get(b.id).moderation_reason is None
    assert mod.undo().kind == "approve" and store.get(a.id).status == "submitted"
    assert not mod.can_undo
    with pytest.raises(ModerationError):
        mod.undo()
    events = recent_events(store.db, 4)
    assert [e["action"] for e in events][:2] == ["undo", "undo"]
    assert verify_chain(store.db).ok


def test_reject_needs_a_reason(store):
    sub = make_submitted(store)
    with pytest.raises(ModerationError):
        Moderator(store, "admin").reject(sub.id, " \u202e ")
    assert store.get(sub.id).status == "submitted"


# ---- queue queries ------------------------------------------------------------------------
def test_keyset_pages_cover_every_row_once(store):
    bulk_insert(store.db, 1000)
    flt = qq.QueueFilter(status=None)
    seen, after = [], None
    while True:
        rows = qq.page(store.db, flt, after, 150)
        if not rows:
            break
        seen += [r["id"] for r in rows]
        after = (rows[-1]["created_at"], rows[-1]["id"])
    assert len(seen) == len(set(seen)) == qq.count(store.db, flt) == 1000
    voice = qq.QueueFilter(status="submitted", kind="voice", topic="traffic", search="پارك")
    rows = qq.page(store.db, voice, None, 1000)
    assert rows and all(r["kind"] == "voice" and r["status"] == "submitted" and r["topic"] == "traffic"
                        for r in rows)
    assert len(rows) == qq.count(store.db, voice)
    dated = qq.QueueFilter(status=None, date_from="2026-03-01", date_to="2026-04-01")
    assert all(r["created_at"].startswith("2026-03") for r in qq.page(store.db, dated, None, 1000))


# ---- runtime overrides --------------------------------------------------------------------
def test_overrides_apply_persist_and_validate(settings):
    from kiosk.config import ConfigError, load_settings
    from kiosk.staff.overrides import set_override, with_stored_overrides
    db = open_store(settings).db
    before = (settings.idle_timeout_s, settings.moderation, settings.audio.volume)
    live = set_override(db, settings, "idle_timeout_s", 90, "admin")
    live = set_override(db, live, "moderation", "off", "admin")
    live = set_override(db, live, "audio.volume", 35, "admin")
    assert (live.idle_timeout_s, live.moderation, live.audio.volume) == (90, "off", 35)
    # The object other threads may be reading is never changed under them.
    assert (settings.idle_timeout_s, settings.moderation, settings.audio.volume) == before
    with pytest.raises(ConfigError):
        set_override(db, live, "audio.volume", 300, "admin")
    fresh = load_settings(data_dir=settings.data_dir, environ={})
    restored, problems = with_stored_overrides(open_database(fresh.db_path), fresh)
    assert problems == []
    assert (restored.idle_timeout_s, restored.moderation, restored.audio.volume) == (90, "off", 35)
    assert [e["action"] for e in recent_events(db, 3)] == ["setting_changed"] * 3


# ---- health snapshot ----------------------------------------------------------------------
def test_health_snapshot_rows_and_delivery_sources(settings, store):
    from kiosk.staff import health
    make_submitted(store)
    rows = {r["name"]: r for r in health.snapshot(settings, store.db)}
    assert rows["queue"]["value"]["submitted"] == 1 and rows["database"]["ok"]
    assert rows["kiosk_id"]["detail"] == settings.kiosk_id
    assert rows["oldest_unsent"]["value"] >= 0
    worker = {"last_delivery_at": "2026-11-26T10:00:00.000Z", "last_error": "timeout",
              "last_error_at": "2026-11-26T10:05:00.000Z"}
    rows = {r["name"]: r for r in health.snapshot(settings, store.db, outbox_status=lambda: worker)}
    assert rows["last_delivery"]["ok"] and rows["last_error"]["ok"] is False
    assert "timeout" in rows["last_error"]["detail"]


def test_log_export(settings, store, tmp_path):
    from kiosk.staff.logs import export_logs
    Moderator(store, "admin").approve(make_submitted(store, text="متن خصوصی شهروند").id)
    out = export_logs(settings, store.db, tmp_path / "usb", "admin")
    audit = (out / "audit.jsonl").read_text(encoding="utf-8")
    assert "status_approved" in audit and "خصوصی" not in audit
    assert (out / "audit_verify.txt").read_text().startswith("audit chain intact")
    assert (out / "health.json").exists()
    assert recent_events(store.db, 1)[0]["action"] == "logs_exported"


@pytest.mark.timeout(120)
def test_parallel_guesses_cannot_outrun_the_lockout(settings):
    """Eight guesses at once, each from its own thread and connection: only `max_wrong_pins` of
    them are ever checked, the rest are refused, and the pad ends up locked."""
    import threading

    StaffAuth(open_database(settings.db_path), settings.staff).set_pin("admin", "97531864", "cli")
    n = 8
    assert settings.staff.max_wrong_pins < n
    start, results = threading.Barrier(n), []

    def guess(i: int) -> None:
        auth = StaffAuth(open_database(settings.db_path), settings.staff)
        start.wait()
        results.append(auth.check(f"{i:08d}"))

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(90)
    reasons = [r.reason for r in results]
    assert len(reasons) == n
    assert reasons.count("wrong") <= settings.staff.max_wrong_pins - 1, reasons
    assert reasons.count("locked") >= n - settings.staff.max_wrong_pins + 1, reasons
    auth = StaffAuth(open_database(settings.db_path), settings.staff)
    assert auth.locked_for() > 0 and auth.check("97531864").reason == "locked"
    assert verify_chain(open_database(settings.db_path)).ok


def test_admin_pin_is_six_digits_or_more(store, settings):
    auth = StaffAuth(store.db, settings.staff)
    with pytest.raises(PinError, match="at least 6"):
        auth.set_pin("admin", "24681", "cli")
    auth.set_pin("moderator", "1357", "cli")  # a moderator's PIN may stay short
    auth.set_pin("admin", "246813", "cli")
    assert auth.check("246813").role == "admin"


def test_pin_hash_is_peppered_from_a_private_file_outside_the_database(store, settings):
    import stat
    from kiosk.staff.auth import PEPPER_FILE
    auth = StaffAuth(store.db, settings.staff)
    auth.set_pin("admin", "246813", "cli")
    pepper = settings.data_dir / PEPPER_FILE
    assert stat.S_IMODE(pepper.stat().st_mode) == 0o600
    stored = store.db.execute("SELECT pin_hash FROM staff_pins WHERE role = 'admin'").fetchone()[0]
    n = int(stored.split("$")[1])
    assert n >= 2 ** 15  # scrypt cost raised (docs/staff.md: the whole 6-digit space costs days)
    assert not pin_matches("246813", stored)  # the database alone is not enough to test a guess
    assert pin_matches("246813", stored, bytes.fromhex(pepper.read_text().strip()))


def test_old_hash_still_verifies_and_is_upgraded_at_the_next_good_login(store, settings):
    from kiosk.staff.auth import is_current
    store.db.execute("INSERT INTO staff_pins (role, pin_hash, set_at) VALUES ('admin', ?, 'x')",
                     [hash_pin("1234")])  # a 4-digit PIN hashed the old way, before this version
    auth = StaffAuth(store.db, settings.staff)
    assert auth.check("1234").role == "admin"
    stored = store.db.execute("SELECT pin_hash FROM staff_pins WHERE role = 'admin'").fetchone()[0]
    assert is_current(stored) and not pin_matches("1234", stored)
    assert auth.check("1234").role == "admin"


def test_health_says_when_other_users_can_read_the_data_folder(settings, store):
    from kiosk.staff import health
    settings.data_dir.chmod(0o755)
    row = {r["name"]: r for r in health.snapshot(settings, store.db)}["data_dir"]
    assert row["ok"] is False and "Other users" in row["detail"]
    settings.data_dir.chmod(0o700)
    settings.db_path.chmod(0o600)
    for side in settings.data_dir.iterdir():
        side.chmod(0o700 if side.is_dir() else 0o600)
    assert {r["name"]: r for r in health.snapshot(settings, store.db)}["data_dir"]["ok"] is True
