"""The outbox worker: one pass delivers every due item, then applies retention.

Used as `kiosk sync [--once]` and, in the kiosk process, by OutboxWorker on a background thread
whose status() the staff health panel reads. A file lock in the data dir lets only one pass run
at a time per kiosk (CLI, kiosk process, export), and it is released by the kernel on a crash.
"""
from __future__ import annotations

import contextlib
import copy
import fcntl
import logging
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Callable

from kiosk.diskspace import disk_full_message, is_disk_full
from kiosk.store import store_per_thread
from kiosk.store.audit import utc_now
from kiosk.sync import encryption_guard, heartbeat, outbox, sending
from kiosk.sync.destinations import DeliveryError
from kiosk.sync.outbox import make_destination
from kiosk.sync.envelope import parse_recipients
from kiosk.sync.keys import SigningKeyError, load_signing_key
from kiosk.sync.retention import apply_retention

log = logging.getLogger("kiosk.sync")
BACKOFF_CAP_S = sending.BACKOFF_CAP_S
PERMANENT_WAIT_S = 600.0


class SyncBusy(RuntimeError):
    """Another pass (kiosk process, `kiosk sync` or an export) holds the outbox lock."""


@contextlib.contextmanager
def outbox_lock(settings, wait: bool = False):
    path = settings.data_dir / "sync.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise SyncBusy("another delivery or export is running on this kiosk") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@dataclass
class SyncResult:
    sent: int = 0
    failed: int = 0
    pending: int = 0
    errors: list[dict] = field(default_factory=list)  # {"submission_id", "error", "permanent"}
    purged: int = 0
    destination: str = ""
    held: int = 0  # items with personal data waiting for an office recipient (not failed)
    warnings: list[str] = field(default_factory=list)

    @property
    def permanent(self) -> bool:
        return any(e["permanent"] for e in self.errors)

    def as_json(self) -> dict:
        """The `kiosk sync --once --json` contract (held and warnings were added later)."""
        return {"sent": self.sent, "failed": self.failed, "pending": self.pending, "errors": self.errors,
                "held": self.held, "warnings": self.warnings}


def _error(result: SyncResult, sid: str | None, message: str, permanent: bool) -> None:
    result.errors.append({"submission_id": sid, "error": message, "permanent": permanent})


class PassResources:
    """What passes share: stores one per thread, the delivery threads and the destination.

    `kiosk sync` makes one for its single pass; OutboxWorker keeps one between passes, so an idle
    pass opens no connection and builds no S3 client.
    """

    def __init__(self, settings, *, prepared: bool = False):
        self.settings = settings
        self.stores = store_per_thread(settings, check=not prepared)
        self.pool = ThreadPoolExecutor(max_workers=settings.delivery.parallelism, thread_name_prefix="outbox")
        self._dest, self._dest_conf = None, None
        self._warm = False

    def store(self):
        return self.stores.get()

    def destination(self):
        """Kept between passes (an S3 client costs CPU to build); rebuilt when [delivery] changed."""
        if self._dest is not None and self._dest_conf != self.settings.delivery:
            self.drop_destination()
        if self._dest is None:
            self._dest = make_destination(self.settings)
            self._dest_conf = copy.deepcopy(self.settings.delivery)
        return self._dest

    def warm(self) -> None:
        """Give every delivery thread its connection now, not one by one in later passes."""
        if self._warm:
            return
        n = self.settings.delivery.parallelism
        barrier = threading.Barrier(n)

        def touch(_):
            self.stores.get()
            barrier.wait(timeout=60)  # each task holds its thread until all n threads exist

        list(self.pool.map(touch, range(n)))
        self._warm = True

    def drop_destination(self) -> None:
        dest, self._dest = self._dest, None
        if dest is not None:
            dest.close()

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        self.drop_destination()
        self.stores.close()


def sync_once(settings, *, respect_backoff: bool = False, progress: Callable[[str], None] | None = None,
              rng: random.Random | None = None, resources: PassResources | None = None) -> SyncResult:
    """One delivery pass. respect_backoff=False (the CLI's --once) tries every pending item now."""
    own = resources is None
    res = resources or PassResources(settings)
    try:
        return _pass(settings, res, respect_backoff, progress, rng or random.Random())
    finally:
        if own:
            res.close()


def _pass(settings, res: PassResources, respect_backoff: bool, progress, rng) -> SyncResult:
    result = SyncResult()
    store = res.store()
    try:
        with outbox_lock(settings):
            _deliver_all(settings, res, result, respect_backoff, progress, rng)
            retention = apply_retention(store, settings)
            result.purged = len(retention.purged)
            for message in retention.errors:
                _error(result, None, message, False)
    except SyncBusy as exc:
        _error(result, None, str(exc), False)
    except Exception as exc:  # retention's purge on a full disk: words, once
        if not is_disk_full(exc):
            raise
        if not any(e["error"] == disk_full_message(settings.data_dir) for e in result.errors):
            _error(result, None, disk_full_message(settings.data_dir), True)
    result.pending = len(outbox.pending_ids(store, settings))
    if not encryption_guard.encrypting(settings):
        result.held = len(encryption_guard.held_ids(store, settings))
        if result.held:
            result.warnings.append(encryption_guard.held_message(result.held))
        if result.sent:
            result.warnings.append(encryption_guard.plaintext_message(result.sent))
    return result


def _deliver_all(settings, res: PassResources, result: SyncResult, respect_backoff: bool, progress, rng) -> None:
    try:
        key = load_signing_key(settings)
        parse_recipients(settings.delivery.office_recipients)
        dest = res.destination()
    except (SigningKeyError, ValueError, DeliveryError) as exc:
        _error(result, None, str(exc), True if not isinstance(exc, DeliveryError) else exc.permanent)
        return
    result.destination = dest.describe()
    try:
        dest.prepare()
        ids = outbox.pending_ids(res.store(), settings, due_only=respect_backoff)
        held = set(encryption_guard.held_ids(res.store(), settings, ids))
        ids = [sid for sid in ids if sid not in held]  # they wait, untouched, for a recipient
        if not ids:
            return
        stop = threading.Event()  # set on a permanent error: the rest would only fail the same way
        lock = threading.Lock()

        def finish(sid: str, outcome: sending.Outcome) -> None:
            ok, message, permanent = outcome
            with lock:
                if ok:
                    result.sent += 1
                else:
                    result.failed += 1
                    _error(result, sid, message, permanent)
                    if permanent:
                        stop.set()
            if progress:
                progress(sid)

        if hasattr(dest, "verify_listed"):  # S3: a listing reads a whole batch back
            ids = outbox.in_key_order(res.store(), settings, ids)
            sending.deliver_batches(settings, res.stores, res.pool, dest, key, ids, rng, finish, stop.is_set)
        else:
            res.warm()  # each delivery thread its own connection, kept between passes

            def one(sid: str) -> None:
                if not stop.is_set():
                    finish(sid, sending.deliver_one(settings, res.store(), dest, key, sid, rng))

            list(res.pool.map(one, ids))
        if result.sent:
            dest.prepare()  # sweep uploads a retried request may have started twice
    except DeliveryError as exc:
        _error(result, None, str(exc), exc.permanent)
        res.drop_destination()  # e.g. credentials changed: the next pass builds a fresh client
    finally:
        heartbeat.after_pass(settings, res.store(), dest, key, result)  # bundle pull + heartbeat; never raises


@dataclass
class OutboxStatus:
    """What the staff health panel shows; times are UTC ISO text."""
    running: bool = False
    busy: bool = False
    destination: str = ""
    pending: int = 0
    oldest_pending_at: str | None = None
    last_run_at: str | None = None
    last_success_at: str | None = None
    last_delivery_at: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None
    error_is_permanent: bool = False
    held: int = 0  # waiting for an office recipient (encryption_guard)
    warning: str | None = None
    healthy: bool = True
    next_pass_in_s: float | None = None  # set by the background loop after each pass

    def as_dict(self) -> dict:
        return asdict(self)


class OutboxWorker:
    """Background delivery in the kiosk process. Never touches widgets; status() is a snapshot."""

    def __init__(self, settings, on_status: Callable[[OutboxStatus], None] | None = None, *,
                 prepared: bool = False):
        # prepared: the process already checked and migrated the database (the kiosk's recovery did).
        self.settings, self.on_status, self._prepared = settings, on_status, prepared
        self._resources: PassResources | None = None  # kept between passes, closed by stop()
        self._res_lock = threading.Lock()
        self._status = OutboxStatus()
        self._lock = threading.Lock()
        self._stop, self._wake = threading.Event(), threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="outbox-worker", daemon=True)
        self._update(running=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Asks the loop to end; an upload in flight finishes or times out (bounded by timeout_s)."""
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout)
        if not (self._thread and self._thread.is_alive()):
            self.close()
        self._update(running=False)

    def close(self) -> None:
        """Close the kept connections, delivery threads and destination (the loop must be stopped)."""
        with self._res_lock:
            res, self._resources = self._resources, None
        if res is not None:
            res.close()

    def update_settings(self, settings) -> None:
        """New runtime settings (staff overrides) take effect from the next pass; the object the
        running pass reads is never changed under it."""
        self.settings = settings
        with self._res_lock:
            res = self._resources
        if res is not None:
            res.settings = settings

    def _pass_resources(self) -> PassResources:
        with self._res_lock:
            if self._resources is None:
                self._resources = PassResources(self.settings, prepared=self._prepared)
            return self._resources

    def wake(self) -> None:
        """"Sync now" from the staff panel: run a pass without waiting for the interval."""
        self._wake.set()

    def status(self) -> OutboxStatus:
        with self._lock:
            return OutboxStatus(**asdict(self._status))

    def _update(self, **changes) -> None:
        with self._lock:
            for k, v in changes.items():
                setattr(self._status, k, v)
            snapshot = OutboxStatus(**asdict(self._status))
        if self.on_status:
            self.on_status(snapshot)

    def run_once(self, respect_backoff: bool = True) -> SyncResult:
        self._update(busy=True)
        now = utc_now()
        settings = self.settings  # one snapshot for the whole pass
        try:
            res = self._pass_resources()
            result = sync_once(settings, respect_backoff=respect_backoff, resources=res)
        except Exception as exc:  # noqa: BLE001 - e.g. the database went away; shown, not raised
            log.exception("outbox pass failed")
            result = SyncResult(errors=[{"submission_id": None, "error": f"{type(exc).__name__}: {exc}",
                                         "permanent": False}])
        changes: dict = {"busy": False, "last_run_at": now, "pending": result.pending, "held": result.held,
                         "warning": result.warnings[0] if result.warnings else None,
                         "destination": result.destination or self._status.destination}
        if result.sent:
            changes["last_delivery_at"] = utc_now()
        if result.errors:
            first = next((e for e in result.errors if e["permanent"]), result.errors[0])
            changes |= {"last_error": first["error"], "last_error_at": utc_now(),
                        "error_is_permanent": bool(first["permanent"]), "healthy": False}
        else:
            changes |= {"last_success_at": utc_now(), "healthy": True, "error_is_permanent": False}
        try:
            changes["oldest_pending_at"] = outbox.oldest_pending_at(self._pass_resources().store(), settings)
        except Exception:  # noqa: BLE001 - the status keeps its last value; the reason goes to the log
            log.exception("reading the oldest pending item failed")
        self._update(**changes)
        return result

    def _loop(self) -> None:
        while not self._stop.is_set():
            result = self.run_once(respect_backoff=True)
            wait = self.settings.delivery.interval_s
            if result.permanent:
                wait = max(wait, PERMANENT_WAIT_S)  # needs a person; do not hammer the server
            self._update(next_pass_in_s=wait)
            self._wait_beating(wait)

    def _wait_beating(self, wait: float) -> None:
        """Wait for the next pass, with a lone heartbeat every [delivery] heartbeat_s meanwhile."""
        deadline = time.monotonic() + wait
        while not self._stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0 or self._wake.wait(min(left, self.settings.delivery.heartbeat_s)):
                break
            if deadline - time.monotonic() > 1:
                heartbeat.beat_between_passes(self.settings, self._pass_resources().store())
        self._wake.clear()
