"""Writes the fleet screenshots into docs/screens/, offscreen, from real parts:

- office_fleet.png: the console's fleet tab (three kiosks: ok, warning, silent) in Persian;
- fa-1280x800-01b-attract-next-show.png and en-…: the attract screen with an office bundle's next
  live show and answered count (a real published, verified bundle on a fresh kiosk data dir).

    .venv/bin/python scripts/screenshots_fleet.py [--out docs/screens]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUNDLE = """
answered_live = 128
[[programme]]
date = "{date}"
time = "20:00"
title = {{ fa = "شهروند و شهردار", ar = "المواطن والعمدة", en = "Citizen and Mayor" }}
"""


def _fleet(app, tmp: Path, out: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from kiosk.office.fleet import record
    from kiosk.office.library import open_library
    from kiosk.sync.keys import public_key_b64
    from ui.office.console import OfficeConsole
    lib = open_library(tmp / "office")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    base = {"format": "citizen-tribune-status/1", "software_version": "0.1.0", "settings_version": 4,
            "heartbeat_s": 120, "disk_free_mb": 42000, "disk_warn_mb": 1000, "pending": 0, "oldest_unsent_s": None,
            "microphone": {"ok": True, "detail": "ok"}}
    kiosks = [("kiosk-azadi-square", now - timedelta(seconds=40), {}),
              ("kiosk-city-hall", now - timedelta(seconds=70), {"disk_free_mb": 640, "pending": 12,
                                                               "oldest_unsent_s": 100000}),
              ("kiosk-metro-line-1", now - timedelta(minutes=14), {"microphone": {"ok": False, "detail": "none"}})]
    for n, (kid, seen, extra) in enumerate(kiosks):
        lib.trust(public_key_b64(Ed25519PrivateKey.generate().public_key()), kid)
        iso = seen.isoformat().replace("+00:00", "Z")
        record(lib, base | {"kiosk_id": kid, "utc": iso} | extra, f"{n}" * 64, iso)
    console = OfficeConsole(lib.root)
    console.resize(1280, 800)
    console.tabs.setCurrentWidget(console.fleet)
    console.show()
    for _ in range(50):
        app.processEvents()
        if console.fleet.table.rowCount() == 3 and console.fleet.table.item(2, 1):
            break
        import time
        time.sleep(0.05)
    console.fleet.table.resizeColumnsToContents()
    app.processEvents()
    console.grab().save(str(out / "office_fleet.png"))
    console.close()


def _attract(app, tmp: Path, out: Path) -> None:
    from kiosk.config import load_settings
    from kiosk.office import keys
    from kiosk.office.library import open_library
    from kiosk.office.settings_publish import publish
    from kiosk.store import open_store
    from kiosk.sync.heartbeat import pull_bundle
    from kiosk.sync.destinations import FolderDestination
    from ui.app import apply_language, create_kiosk_window
    lib = open_library(tmp / "office2")
    pub = keys.generate(lib.keys_dir)
    share = tmp / "share"
    share.mkdir()
    source = tmp / "bundle.toml"
    source.write_text(BUNDLE.format(date=(datetime.now() + timedelta(days=2)).date().isoformat()), encoding="utf-8")
    publish(lib, source, str(share / "citizen-tribune"))
    settings = load_settings(data_dir=tmp / "kiosk", environ={}, ui__fullscreen=False,
                             delivery={"path": str(share), "office_signing_key": pub.signing_public})
    pull_bundle(settings, FolderDestination(share), open_store(settings))
    settings = load_settings(data_dir=tmp / "kiosk", environ={}, ui__fullscreen=False,
                             delivery={"path": str(share), "office_signing_key": pub.signing_public})
    window = create_kiosk_window(settings)
    window.resize(1280, 800)
    window.show()
    for lang in ("fa", "en"):
        window.flow.set_language(lang)
        apply_language(app, lang)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{lang}-1280x800-01b-attract-next-show.png"))
    window.allow_exit()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screens"))
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication
    from ui.app import setup_application
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app, "fa")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        _fleet(app, Path(tmp), out)
        _attract(app, Path(tmp), out)
    print(f"wrote the fleet screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
