"""Sending the due items of one pass: one at a time (deliver = upload + read-back), or in batches
for a destination that can read many uploads back at once (S3: one listing instead of a HEAD each).

Every attempt ends in a receipt (`outbox.record_delivery`) or a recorded failure with its backoff;
an upload never counts before its read-back.
"""
from __future__ import annotations

import logging
import random
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Callable

from kiosk.diskspace import disk_full_message, is_disk_full
from kiosk.fileio import fsync_dir
from kiosk.store.db import write_transaction
from kiosk.store.submissions import IllegalTransition
from kiosk.sync import outbox
from kiosk.sync.destinations import DeliveryError, TransientDeliveryError

log = logging.getLogger("kiosk.sync")
BACKOFF_CAP_S = 3600.0
BATCH = 200  # uploads read back by one listing; also what a crash mid-batch sends again
FIRST_BATCH_PER_THREAD = 4  # the first batch: a few uploads per delivery thread
BUILDERS = 2  # threads building envelopes (CPU, then an fsync) while the pool uploads
Outcome = tuple[bool, str, bool]  # ok, message for staff, permanent


def attempt(settings, store, sid: str, rng: random.Random, work: Callable[[], None]) -> Outcome:
    """Run one step for an item; a failure is recorded with its backoff unless permanent."""
    try:
        work()
        return True, "", False
    except DeliveryError as exc:
        message, permanent = str(exc), exc.permanent
    except IllegalTransition as exc:  # e.g. staff undid the approval while it was on its way
        return False, f"not marked sent: {exc}", False
    except FileNotFoundError as exc:
        message, permanent = str(exc), False
    except Exception as exc:  # noqa: BLE001 - one bad item must not stop the others
        if is_disk_full(exc):  # every further item fails the same way; nothing to record it in
            return False, disk_full_message(settings.data_dir), True
        log.exception("delivering %s failed", sid)
        message, permanent = f"{type(exc).__name__}: {exc}", False
    if not permanent:
        attempts = outbox.attempts_of(store, sid)
        delay = outbox.backoff_seconds(attempts, settings.delivery.interval_s, BACKOFF_CAP_S, rng.random())
        outbox.record_failure(store, sid, message, delay)
    return False, message, permanent


def deliver_one(settings, store, dest, key, sid: str, rng: random.Random) -> Outcome:
    def work():
        env = outbox.ensure_envelope(store, settings, sid, key)
        # Never tried before: nothing can be there but our own bytes, so skip the look-first HEAD.
        retry = outbox.attempts_of(store, sid) > 0
        receipt = dest.deliver(env.object_key, env.path, env.sha256, env.size, retry=retry)
        outbox.record_delivery(store, env, receipt.destination, receipt.key)
    return attempt(settings, store, sid, rng, work)


def deliver_batches(settings, stores, pool, dest, key, ids: list[str], rng: random.Random,
                    finish: Callable[[str, Outcome], None], stopped: Callable[[], bool]) -> None:
    """Batches in a pipeline whose three stages overlap, so the pool always has uploads to run:
    the next batch's envelopes are built and written durably on their own BUILDERS threads (not
    the pool's), this batch uploads on the pool, and the batch before is read back by one listing
    and committed in one transaction on the checker thread. At most two batches are uploaded and
    not yet committed at any time: what a crash sends again (same bytes, same key)."""
    halted = threading.Event()  # a stage raised: the others stop starting new work

    def halt() -> bool:
        return halted.is_set() or stopped()

    chunks = _chunks(ids, max(FIRST_BATCH_PER_THREAD * settings.delivery.parallelism, 1), BATCH)
    checks: list[Future] = []
    with ThreadPoolExecutor(max_workers=BUILDERS, thread_name_prefix="outbox-build") as builders, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-ahead") as ahead, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-check") as checker:
        try:
            def build(chunk):
                return build_batch(settings, stores, builders, key, chunk, rng, finish, halt)

            coming = ahead.submit(build, chunks[0]) if chunks else None
            for n, chunk in enumerate(chunks):
                envelopes = coming.result()
                coming = ahead.submit(build, chunks[n + 1]) if n + 1 < len(chunks) and not halt() else None
                if n >= 2:
                    checks[n - 2].result()  # bounds what is in flight; a failed check stops here
                uploads = upload_batch(settings, stores, pool, dest, chunk, envelopes, rng, finish, halt)
                checks.append(checker.submit(check_batch, settings, stores, dest, chunk, uploads, rng, finish,
                                             halted.is_set))
            for check in checks:
                check.result()
            if coming is not None:
                coming.result()  # built and recorded: the next pass sends them as they are
        except BaseException:
            halted.set()
            raise


def _chunks(ids: list[str], first: int, size: int) -> list[list[str]]:
    """Batches that double from a small first one up to `size`: uploads start soon, and the
    builders stay ahead of them while they ramp up."""
    chunks, start, step = [], 0, min(first, size)
    while start < len(ids):
        chunks.append(ids[start:start + step])
        start, step = start + step, min(step * 2, size)
    return chunks


def build_batch(settings, stores, builders, key, ids: list[str], rng: random.Random,
                finish: Callable[[str, Outcome], None], stopped: Callable[[], bool]) -> dict[str, outbox.EnvelopeFile]:
    """The batch's envelopes, built on the builders' threads; the new ones' rows commit in one
    transaction (a savepoint each) before any of them is sent."""
    envelopes: dict[str, outbox.EnvelopeFile] = {}
    built: dict[str, outbox.BuiltEnvelope] = {}

    def build(sid: str) -> None:
        if stopped():
            return
        with stores.borrow() as store:
            def work():
                envelopes[sid], new = outbox.envelope_file(store, settings, sid, key, sync_dir=False)
                if new is not None:
                    built[sid] = new

            outcome = attempt(settings, store, sid, rng, work)
        if not outcome[0]:
            finish(sid, outcome)

    list(builders.map(build, ids))
    if built:  # one fsync makes every new file's name durable before a row refers to it
        fsync_dir(outbox.envelopes_dir(settings))
    with stores.borrow() as store, write_transaction(store.db):
        for sid in [s for s in ids if s in built]:
            outcome = attempt(settings, store, sid, rng, partial(outbox.record_envelope, store, built[sid]))
            if not outcome[0]:
                del envelopes[sid]
                finish(sid, outcome)
    return envelopes


class BatchUploads:
    """One batch's uploads as they run on the pool; check_batch waits for them."""

    def __init__(self):
        self.futures: list[Future] = []
        self.sent: dict[str, outbox.EnvelopeFile] = {}
        self.verified: set[str] = set()  # a retry found its earlier upload there and read it back already


def upload_batch(settings, stores, pool, dest, ids: list[str], envelopes: dict[str, outbox.EnvelopeFile],
                 rng: random.Random, finish: Callable[[str, Outcome], None],
                 stopped: Callable[[], bool]) -> BatchUploads:
    """Queue the batch's uploads on the pool and return at once (the pool runs them in order)."""
    batch = BatchUploads()

    def upload(sid: str) -> None:
        if stopped():
            return
        env = envelopes[sid]
        with stores.borrow() as store:
            def work():
                if not dest.upload(env.object_key, env.path, env.sha256, env.size,
                                   retry=outbox.attempts_of(store, sid) > 0):
                    batch.verified.add(sid)
                batch.sent[sid] = env

            outcome = attempt(settings, store, sid, rng, work)
        if not outcome[0]:
            finish(sid, outcome)

    batch.futures = [pool.submit(upload, sid) for sid in ids if sid in envelopes]
    return batch


def check_batch(settings, stores, dest, ids: list[str], batch: BatchUploads, rng: random.Random,
                finish: Callable[[str, Outcome], None], halted: Callable[[], bool] = lambda: False) -> None:
    """Once the batch's uploads are done: read them back with dest.verify_listed, then record a
    receipt for each verified upload (or a failure for the rest) in one transaction: each commit
    waits for the disk, one writer at a time, so a batch commits once, not once per item."""
    for future in batch.futures:
        future.result()
    if halted():  # an earlier batch could not be read back: the next pass sends these again
        return
    sent = batch.sent
    listed = [e for sid, e in sent.items() if sid not in batch.verified]
    problems = dest.verify_listed([(e.object_key, e.path, e.sha256, e.size) for e in listed]) if listed else {}
    # A savepoint per item: one that cannot be marked sent (staff undid the approval) leaves the rest.
    outcomes = []
    with stores.borrow() as store, write_transaction(store.db):
        for sid in (s for s in ids if s in sent):
            record = partial(_record, store, dest, sent[sid], problems)
            outcomes.append((sid, attempt(settings, store, sid, rng, record)))
    for sid, outcome in outcomes:
        finish(sid, outcome)


def _record(store, dest, env: outbox.EnvelopeFile, problems: dict[str, str]) -> None:
    why = problems.get(env.object_key)
    if why is not None:
        raise TransientDeliveryError(f"{env.object_key} did not verify after upload: {why}")
    outbox.record_delivery(store, env, dest.describe(), env.object_key)
