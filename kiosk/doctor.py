"""Health checks shared by `kiosk doctor` and the staff health panel; plain words a staff member can act on."""
from __future__ import annotations

import os
import tempfile

from kiosk.config import Settings


def _check(name: str, ok: bool, detail: str, message: str | None = None, **params) -> dict:
    """`detail` in English for the CLI; `message` a stable id + params the staff screen translates."""
    out = {"name": name, "ok": bool(ok), "detail": detail}
    if message:
        out["message"] = {"id": message, "params": params}
    return out


def data_dir_check(settings: Settings) -> dict:
    path = settings.data_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".doctor-", delete=True) as fh:
            fh.write(b"x")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return _check("data_dir", False, f"Cannot write to the data folder {path}: {exc.strerror or exc}. "
                      "Check that the disk is mounted and the kiosk user owns the folder.", "data_dir_unwritable",
                      path=str(path), error=str(exc.strerror or exc))
    from kiosk.privacy import readable_by_others
    open_to_others = readable_by_others(path)
    if open_to_others:
        names = ", ".join(p.name for p in open_to_others[:5])
        return _check("data_dir", False, f"Other users of this computer can read {names} in {path}. "
                      "Run any kiosk command as the kiosk user (it closes them), or "
                      f"`chmod -R go-rwx {path}`.", "data_dir_open", names=names, path=str(path),
                      command=f"chmod -R go-rwx {path}")
    return _check("data_dir", True, f"{path} is writable and private to the kiosk user", "data_dir_ok", path=str(path))


def disk_check(settings: Settings) -> dict:
    from kiosk.diskspace import disk_status, free_mb
    try:
        free = free_mb(settings.data_dir)
    except OSError as exc:
        return _check("disk", False, f"Cannot read free space of {settings.data_dir}: {exc}", "disk_unreadable",
                      path=str(settings.data_dir), error=str(exc))
    status = disk_status(settings.data_dir, settings.disk.warn_free_mb, settings.disk.stop_free_mb)
    detail = f"{free:.0f} MB free (warn below {settings.disk.warn_free_mb} MB, stop below {settings.disk.stop_free_mb} MB)"
    params = {"free": round(free), "warn": settings.disk.warn_free_mb, "stop": settings.disk.stop_free_mb}
    if status == "stop":
        return _check("disk", False, detail + ". Recording is refused until space is freed: deliver or export the queue.",
                      "disk_full", **params)
    if status == "warn":
        return _check("disk", True, detail + ". Space is getting low: deliver or export the queue soon.",
                      "disk_low", **params)
    return _check("disk", True, detail, "disk_ok", **params)


def database_check(settings: Settings) -> dict:
    from kiosk.store import StoreCorrupt, open_database
    from kiosk.store.audit import verify_chain
    from kiosk.store.db import integrity_report
    try:
        db = open_database(settings.db_path)
    except StoreCorrupt as exc:
        return _check("database", False, str(exc), "database_corrupt", path=str(settings.db_path), error=str(exc))
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported, not raised
        return _check("database", False, f"Cannot open {settings.db_path}: {exc}", "database_unopenable",
                      path=str(settings.db_path), error=str(exc))
    integrity = integrity_report(db)
    chain = verify_chain(db)
    size_kb = settings.db_path.stat().st_size / 1024 if settings.db_path.exists() else 0
    ok = integrity == "ok" and chain.ok
    return _check("database", ok, f"{settings.db_path} ({size_kb:.0f} kB): integrity {integrity}; {chain.message()}",
                  "database_ok" if ok else "database_damaged", path=str(settings.db_path), size_kb=round(size_kb),
                  integrity=integrity, chain=chain.message())


def encryption_check(settings: Settings) -> dict:
    """Unencrypted delivery, and personal data held back because of it, said aloud."""
    from kiosk.sync.encryption_guard import encryption_check as check
    row = check(settings)
    return _check(row["name"], row["ok"], row["detail"])


def environment_checks(environ: dict[str, str] | None = None) -> list[dict]:
    """A warning (not a failure) for each KIOSK_* variable that names no setting: it is ignored."""
    from kiosk.config import unknown_environment
    return [_check("environment", True, f"{name} is not a kiosk setting and is ignored; "
                   "check its spelling (docs/configuration.md lists the settings).")
            for name in unknown_environment(environ)]


def run_checks(settings: Settings) -> list[dict]:
    from kiosk.capture import audio_doctor_checks
    from kiosk.settings_bundle import doctor_check
    audio = audio_doctor_checks(settings.audio)
    _remember_microphone(settings, audio)
    return [*audio, data_dir_check(settings), disk_check(settings), database_check(settings),
            encryption_check(settings), doctor_check(settings), *environment_checks()]


def _remember_microphone(settings: Settings, audio_checks: list[dict]) -> None:
    """The heartbeat reports the microphone as the last check found it (kiosk.sync.heartbeat)."""
    from kiosk.sync.heartbeat import record_mic_state
    mic = next((c for c in audio_checks if c["name"] in ("microphone", "portaudio") and not c["ok"]), None) \
        or next((c for c in audio_checks if c["name"] == "microphone"), None)
    if mic is not None:
        record_mic_state(settings, mic["ok"], mic["detail"])
