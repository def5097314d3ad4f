"""The one way blocking work leaves the GUI thread: run_task(fn, on_done, on_error).

fn runs on a QThreadPool worker and must not touch widgets; its result (or exception) comes
back to the GUI thread through a queued signal, where on_done / on_error run.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.done, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is quitting and took the relay with it: nobody waits
            pass


_live: set[_Relay] = set()  # keeps relays alive until their result is delivered


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             pool: QThreadPool | None = None) -> None:
    relay = _Relay()
    _live.add(relay)

    def finish(handler, value):
        _live.discard(relay)
        relay.deleteLater()
        if handler is not None:
            handler(value)
        elif isinstance(value, BaseException):
            print(getattr(value, "__traceback_text__", repr(value)))

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))
