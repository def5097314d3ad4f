"""Sending the due items of one pass: one at a time (deliver = upload + read-back), or in batches
for a destination that can read many uploads back at once (S3: one listing instead of a HEAD each).

Every attempt ends in a receipt (`outbox.record_delivery`) or a recorded failure with its backoff;
an upload never counts before its read-back.
"""
from __future__ import annotations

import logging
import random
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Callable

from kiosk.diskspace import disk_full_message, is_disk_full
from kiosk.store.db import write_transaction
from kiosk.store.submissions import IllegalTransition
from kiosk.sync import outbox
from kiosk.sync.destinations import DeliveryError, TransientDeliveryError

log = logging.getLogger("kiosk.sync")
BACKOFF_CAP_S = 3600.0
BATCH = 200  # uploads read back by one listing; also what a crash mid-batch sends again
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
    """Batches of BATCH items, pipelined: while one batch uploads (network-bound), the next one's
    envelopes are built and written durably (disk-bound) on the same pool."""
    chunks = [ids[i:i + BATCH] for i in range(0, len(ids), BATCH)]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-build") as ahead:
        def build(chunk):
            return build_batch(settings, stores, pool, key, chunk, rng, finish, stopped)

        coming = ahead.submit(build, chunks[0]) if chunks else None
        for n in range(len(chunks)):
            envelopes = coming.result()
            coming = ahead.submit(build, chunks[n + 1]) if n + 1 < len(chunks) and not stopped() else None
            send_batch(settings, stores, pool, dest, chunks[n], envelopes, rng, finish, stopped)
        if coming is not None:
            coming.result()  # built and recorded: the next pass sends them as they are


def build_batch(settings, stores, pool, key, ids: list[str], rng: random.Random,
                finish: Callable[[str, Outcome], None], stopped: Callable[[], bool]) -> dict[str, outbox.EnvelopeFile]:
    """The batch's envelopes, built on the pool; the new ones' rows commit in one transaction
    (a savepoint each) before any of them is sent."""
    envelopes: dict[str, outbox.EnvelopeFile] = {}
    built: dict[str, outbox.BuiltEnvelope] = {}

    def build(sid: str) -> None:
        if stopped():
            return
        with stores.borrow() as store:
            def work():
                envelopes[sid], new = outbox.envelope_file(store, settings, sid, key)
                if new is not None:
                    built[sid] = new

            outcome = attempt(settings, store, sid, rng, work)
        if not outcome[0]:
            finish(sid, outcome)

    list(pool.map(build, ids))
    with stores.borrow() as store, write_transaction(store.db):
        for sid in [s for s in ids if s in built]:
            outcome = attempt(settings, store, sid, rng, partial(outbox.record_envelope, store, built[sid]))
            if not outcome[0]:
                del envelopes[sid]
                finish(sid, outcome)
    return envelopes


def send_batch(settings, stores, pool, dest, ids: list[str], envelopes: dict[str, outbox.EnvelopeFile],
               rng: random.Random, finish: Callable[[str, Outcome], None], stopped: Callable[[], bool]) -> None:
    """Upload on the pool, read the batch back with dest.verify_listed, then record a receipt for
    each verified upload (or a failure for the rest) in one transaction: each commit waits for the
    disk, one writer at a time, so a batch commits once, not once per item."""
    sent: dict[str, outbox.EnvelopeFile] = {}
    verified: set[str] = set()  # a retry found its earlier upload there and read it back already

    def upload(sid: str) -> None:
        if stopped():
            return
        env = envelopes[sid]
        with stores.borrow() as store:
            def work():
                if not dest.upload(env.object_key, env.path, env.sha256, env.size,
                                   retry=outbox.attempts_of(store, sid) > 0):
                    verified.add(sid)
                sent[sid] = env

            outcome = attempt(settings, store, sid, rng, work)
        if not outcome[0]:
            finish(sid, outcome)

    list(pool.map(upload, [sid for sid in ids if sid in envelopes]))
    listed = [e for sid, e in sent.items() if sid not in verified]
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
