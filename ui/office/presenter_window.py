"""Opens the presenter view of one show as its own window (fullscreen on the studio screen)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QGuiApplication

from kiosk.office.library import Library
from kiosk.office.shows import Shows
from ui.office.presenter import PresenterView


def open_presenter_window(lib: Library, show_id: int, on_air: bool, language: str,
                          topic_name: Callable[[str | None], str], fullscreen: bool = True) -> PresenterView:
    shows = Shows(lib.db)

    def mark(ticket: str, answered: bool) -> str:
        return shows.mark_answered(show_id, ticket) if answered else shows.mark_skipped(show_id, ticket)

    rows = shows.rundown(show_id)
    view = PresenterView(rows, lambda row: lib.media_path(row, fetch=False), mark, topic_name, language=language,
                         on_air=on_air)
    if lib.media.remote:  # the bucket's recordings are read on a worker, then Play is enabled
        from shiboken6 import isValid

        from ui.tasks import run_task
        wanted = [r for r in rows if r["audio_file"] and r["broadcast"]]
        run_task(lambda: [lib.media.local_path(r["audio_file"]) for r in wanted],
                 lambda _paths: view.show_current() if isValid(view) else None, lambda _exc: None)
    screens = QGuiApplication.screens()
    if len(screens) > 1:  # the studio screen is the second one when there is one
        view.setScreen(screens[1])
        view.move(screens[1].geometry().topLeft())
    view.showFullScreen() if fullscreen else view.show()
    view.activateWindow()
    view.setFocus()
    return view
