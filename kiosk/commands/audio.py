"""kiosk mic-test: record a few seconds from the configured microphone, report level, delete it."""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from kiosk.commands.common import print_json, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mic-test", help="record from the microphone and report the level")
    p.add_argument("--seconds", type=float, default=3.0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_mic_test)


_VERDICT_WORDS = {
    "ok": "The microphone hears speech at a good level.",
    "too_quiet": "Too quiet: speak closer to the microphone, or check that it is not muted.",
    "clipping": "Too loud (clipping): move the microphone away or lower its gain.",
    "no_device": "No microphone found: plug in the microphone and try again.",
}


def _remove_stale_mic_tests(data_dir: Path) -> None:
    """A killed mic-test leaves ambient sound (people talking near the kiosk) in its folder.
    Remove every such folder whose process is gone; the name carries the pid."""
    for folder in data_dir.glob(".mic-test-*"):
        pid = folder.name.split("-")[2]
        if pid.isdigit() and _alive(int(pid)):
            continue  # another mic-test is running right now
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def cmd_mic_test(args: argparse.Namespace) -> int:
    from kiosk.capture import mic_test
    settings = settings_from(args)
    if not 0.5 <= args.seconds <= 60:
        from kiosk.commands.common import UsageError
        raise UsageError("--seconds must be between 0.5 and 60")
    _remove_stale_mic_tests(settings.data_dir)
    with tempfile.TemporaryDirectory(dir=settings.data_dir, prefix=f".mic-test-{os.getpid()}-") as tmp:
        result = mic_test(settings.audio, args.seconds, tmp)
    from kiosk.sync.heartbeat import record_mic_state  # the next heartbeat reports this check
    record_mic_state(settings, result["verdict"] != "no_device",
                     _VERDICT_WORDS.get(result["verdict"], result["verdict"]))
    if args.json:  # the documented shape; message_id/params are for the staff screen's translation
        print_json({k: v for k, v in result.items() if k not in ("message_id", "message_params")})
    else:
        print(f"duration {result['duration_s']:.1f} s, RMS {result['rms_dbfs']:.1f} dBFS, "
              f"peak {result['peak_dbfs']:.1f} dBFS, overflows {result['overflows']}")
        print(_VERDICT_WORDS.get(result["verdict"], result["verdict"]))
    return 0 if result["verdict"] == "ok" else 1
