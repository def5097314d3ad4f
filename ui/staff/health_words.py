"""The health panel and mic test in the staff language: the core gives stable message ids and params
(kiosk.staff.health, kiosk.doctor, kiosk.capture), the words are here in staff_*.ts (context "Health").
An id nobody translated yet falls back to the core's English sentence rather than to a key."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ui.i18n import digits, isolate, local_time
from ui.staff.encryption_words import encryption_text, encryption_title
from ui.staff.vocabulary import status_name

translate = QCoreApplication.translate

ROW_NAMES = {"microphone": QT_TRANSLATE_NOOP("Health", "Microphone"),
             "disk": QT_TRANSLATE_NOOP("Health", "Free disk"),
             "database": QT_TRANSLATE_NOOP("Health", "Database"), "queue": QT_TRANSLATE_NOOP("Health", "Counts"),
             "oldest_unsent": QT_TRANSLATE_NOOP("Health", "Oldest unsent"),
             "last_delivery": QT_TRANSLATE_NOOP("Health", "Last delivery"),
             "last_error": QT_TRANSLATE_NOOP("Health", "Last error"), "clock": QT_TRANSLATE_NOOP("Health", "Clock"),
             "version": QT_TRANSLATE_NOOP("Health", "Version"), "kiosk_id": QT_TRANSLATE_NOOP("Health", "Kiosk id"),
             "public_key": QT_TRANSLATE_NOOP("Health", "Public key"),
             "data_dir": QT_TRANSLATE_NOOP("Health", "Data folder"),
             "settings_bundle": QT_TRANSLATE_NOOP("Health", "Office settings version")}
MESSAGES = {
    "capture_missing": QT_TRANSLATE_NOOP("Health", "Audio capture is not installed."),
    "mic_query_failed": QT_TRANSLATE_NOOP("Health", "Cannot ask for the microphone: {error}"),
    "mic_ready": QT_TRANSLATE_NOOP("Health", "Microphone ready: {name} (device {index}, {rate} Hz)."),
    "mic_needs_library": QT_TRANSLATE_NOOP(
        "Health", "Cannot look for a microphone until the audio library is installed."),
    "mic_ok": QT_TRANSLATE_NOOP("Health", "The microphone works and the level is good."),
    "mic_too_quiet": QT_TRANSLATE_NOOP("Health", "The microphone hears almost nothing. Check it is not muted, "
                                                 "speak closer, or raise the input volume."),
    "mic_clipping": QT_TRANSLATE_NOOP("Health", "The sound is too loud and distorts. Lower the input volume or "
                                                "move the microphone away from the speaker."),
    "capture_error": QT_TRANSLATE_NOOP(
        "Health", "The recorder had a problem. Restart the kiosk; if it happens again, call support."),
    "mic_not_connected": QT_TRANSLATE_NOOP("Health", "No microphone is connected. Plug in the USB microphone "
                                                     "and run {command} again."),
    "mic_number_missing": QT_TRANSLATE_NOOP("Health", "The microphone set in the settings (number {number}) is not "
                                                      "connected. Plug it in, or change audio.device. Found: {found}."),
    "mic_name_missing": QT_TRANSLATE_NOOP("Health", "The microphone named {name} in the settings is not connected. "
                                                    "Check the USB cable, or change audio.device. Found: {found}."),
    "mic_format_unsupported": QT_TRANSLATE_NOOP("Health", "The microphone {name} cannot record in the format the "
                                                          "kiosk needs ({rate} Hz). Set audio.device to another "
                                                          "input, then run {command}."),
    "no_input_device": QT_TRANSLATE_NOOP("Health", "No microphone found. Check the USB cable is plugged in "
                                                   "firmly, then run {command} again."),
    "portaudio_missing": QT_TRANSLATE_NOOP("Health", "The audio library is missing, so no microphone can be used. "
                                                     "Install the Debian package libportaudio2 and restart the kiosk."),
    "device_lost": QT_TRANSLATE_NOOP("Health", "The microphone stopped working during a recording. What was "
                                               "recorded so far was kept. Check the USB cable, then run {command}."),
    "disk_below_floor": QT_TRANSLATE_NOOP("Health", "The disk is almost full, so recording is paused. Send or "
                                                    "purge old submissions, or free space on the disk."),
    "transcode_error": QT_TRANSLATE_NOOP("Health", "A recording could not be compressed. The original WAV file "
                                                   "was kept; call support if this repeats."),
    "disk_checks_missing": QT_TRANSLATE_NOOP("Health", "Free-space checks are not installed."),
    "disk_unreadable": QT_TRANSLATE_NOOP("Health", "Cannot read the free space of {path}: {error}"),
    "disk_ok": QT_TRANSLATE_NOOP("Health", "{free} MB free (warning below {warn} MB, stop below {stop} MB)."),
    "disk_low": QT_TRANSLATE_NOOP("Health", "{free} MB free: space is getting low; deliver or export the "
                                            "queue soon (recording stops below {stop} MB)."),
    "disk_full": QT_TRANSLATE_NOOP("Health", "{free} MB free: recording is refused until space is freed; "
                                             "deliver or export the queue."),
    "database_ok": QT_TRANSLATE_NOOP("Health", "Healthy: {size_kb} kB, audit chain intact ({path})."),
    "database_damaged": QT_TRANSLATE_NOOP("Health", "Damaged: integrity {integrity}; {chain} ({path}). Call support."),
    "database_corrupt": QT_TRANSLATE_NOOP("Health", "The database is damaged: {error}"),
    "database_unopenable": QT_TRANSLATE_NOOP("Health", "Cannot open {path}: {error}"),
    "oldest_waits": QT_TRANSLATE_NOOP("Health", "The oldest unsent question has waited {hours} hours."),
    "nothing_waiting": QT_TRANSLATE_NOOP("Health", "Nothing is waiting to be sent."),
    "no_key": QT_TRANSLATE_NOOP("Health", "No key yet."),
    "bundle_no_key": QT_TRANSLATE_NOOP("Health", "No office signing key is set: office settings bundles are ignored."),
    "bundle_none": QT_TRANSLATE_NOOP("Health", "No office settings bundle applied yet."),
    "bundle_active": QT_TRANSLATE_NOOP("Health", "Office settings version {version} is active."),
    "bundle_expired": QT_TRANSLATE_NOOP("Health", "Office settings version {version} has expired; it is kept "
                                                  "until the office publishes a new one."),
    "data_dir_ok": QT_TRANSLATE_NOOP("Health", "Writable and private to the kiosk user ({path})."),
    "data_dir_unwritable": QT_TRANSLATE_NOOP("Health", "Cannot write to the data folder {path}: {error}. Check that "
                                                       "the disk is mounted and the kiosk user owns the folder."),
    "data_dir_open": QT_TRANSLATE_NOOP("Health", "Other users of this computer can read {names} in {path}. Run any "
                                                 "kiosk command as the kiosk user (it closes them), or {command}."),
}
_TECHNICAL = {"path", "error", "name", "names", "chain", "integrity", "command", "found"}  # kept as written, isolated


def row_name(name: str) -> str:
    if name == "encryption":
        return encryption_title()
    return translate("Health", ROW_NAMES[name]) if name in ROW_NAMES else name.replace("_", " ")


def message_text(message: dict | None, fallback: str = "") -> str:
    """A core message {"id", "params"} in the staff language; numbers in local digits."""
    if not message or message.get("id") not in MESSAGES:
        return fallback
    params = {"command": "kiosk doctor", **(message.get("params") or {})}
    shown = {k: isolate(v) if k in _TECHNICAL else digits(v) for k, v in params.items()}
    return translate("Health", MESSAGES[message["id"]]).format_map(_Missing(shown))


class _Missing(dict):
    def __missing__(self, key: str) -> str:  # a template asking for a param the core did not send
        return "-"


def mic_result_text(result: dict) -> str:
    message = {"id": result.get("message_id"), "params": result.get("message_params")}
    return message_text(message, str(result.get("detail", "")))


def delivery_words(row: dict) -> str:
    """The last_delivery / last_error rows in the staff language (the error itself stays as written)."""
    facts = row["value"]
    if not isinstance(facts, dict):
        return translate("Health", "Delivery is not set up.")
    if row["name"] == "last_delivery":
        if facts["delivered_at"]:
            text = translate("Health", "Last delivered {when}").format(when=local_time(facts["delivered_at"]))
        elif facts["success_at"]:
            text = translate("Health", "Last checked {when}, nothing to send").format(
                when=local_time(facts["success_at"]))
        elif facts["ran"]:
            text = translate("Health", "Nothing delivered yet.")
        else:
            text = translate("Health", "Delivery has not run yet.")
        if facts["pending"]:
            text += " — " + translate("Health", "{n} waiting to be sent").format(n=digits(facts["pending"]))
        return text
    if not facts["error"]:
        return translate("Health", "No errors.")
    when, error = local_time(facts["error_at"]) or "-", isolate(facts["error"])
    if facts["healthy"]:
        return translate("Health", "The error of {when} is resolved: {error}").format(when=when, error=error)
    if facts["permanent"]:
        return translate("Health", "Delivery stopped and needs a person ({when}): {error}").format(
            when=when, error=error)
    return translate("Health", "Retrying since {when}: {error}").format(when=when, error=error)


def detail_text(row: dict) -> str:
    if row["name"] in ("last_delivery", "last_error"):
        return delivery_words(row)
    if row["name"] == "encryption":
        return encryption_text(row)
    if row["name"] == "clock":
        return local_time(row["value"])
    if row["name"] == "queue" and isinstance(row["value"], dict):
        return translate("Staff", ", ").join(f"{status_name(k)} {digits(v)}" for k, v in row["value"].items())
    if row["name"] in ("version", "kiosk_id", "public_key") and row["value"]:
        return isolate(row["value"])
    return message_text(row.get("message"), str(row["detail"]))
