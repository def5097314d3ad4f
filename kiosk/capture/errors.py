"""Capture errors that carry a message on-site staff can act on (shown in the health panel)."""

from __future__ import annotations


class CaptureError(Exception):
    """Base class; `staff_message` is plain English for the CLI, `message_id` the stable id the staff
    screen translates (ui/staff/health_words.py), `str(e)` is for logs."""

    message_id = "capture_error"
    staff_message = "The recorder had a problem. Restart the kiosk; if it happens again, call support."

    def __init__(self, detail: str = "", staff_message: str | None = None, message_id: str | None = None,
                 **message_params):
        super().__init__(detail or self.staff_message)
        if staff_message is not None:
            self.staff_message = staff_message
        if message_id is not None:
            self.message_id = message_id
        self.message_params = message_params  # names, numbers the translated message shows

    @property
    def message(self) -> dict:
        return {"id": self.message_id, "params": self.message_params}


class NoInputDevice(CaptureError):
    message_id = "no_input_device"
    staff_message = (
        "No microphone found. Check the USB cable is plugged in firmly, "
        "then run `kiosk doctor` again."
    )


class PortAudioMissing(NoInputDevice):
    message_id = "portaudio_missing"
    staff_message = (
        "The audio library is missing, so no microphone can be used. "
        "Install the Debian package libportaudio2 (`apt-get install libportaudio2`) "
        "and restart the kiosk."
    )


class DeviceLost(CaptureError):
    message_id = "device_lost"
    staff_message = (
        "The microphone stopped working during a recording. What was recorded so far was kept. "
        "Check the USB cable, then run `kiosk doctor`."
    )


class DiskBelowFloor(CaptureError):
    message_id = "disk_below_floor"
    staff_message = (
        "The disk is almost full, so recording is paused. "
        "Send or purge old submissions, or free space on the disk."
    )


class TranscodeError(CaptureError):
    message_id = "transcode_error"
    staff_message = (
        "A recording could not be compressed. The original WAV file was kept; "
        "call support if this repeats."
    )
