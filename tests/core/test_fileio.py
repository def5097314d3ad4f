"""write_durably from several writers at once: each renames a whole file of its own; no shared
temp name to truncate, delete or trip over (two office imports write the same media file)."""
from __future__ import annotations

import threading

from kiosk.fileio import write_durably


def test_concurrent_writers_of_one_path_never_collide(tmp_path):
    target = tmp_path / "media.wav"
    payloads = [bytes([n]) * 65536 for n in range(4)]
    errors: list[BaseException] = []

    def writer(data: bytes) -> None:
        try:
            for _ in range(100):
                write_durably(target, data)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert target.read_bytes() in payloads
    assert [p.name for p in tmp_path.iterdir()] == ["media.wav"]
