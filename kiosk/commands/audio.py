"""kiosk mic-test: record a few seconds from the configured microphone, report level, delete it."""
from __future__ import annotations

import argparse
import tempfile

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


def cmd_mic_test(args: argparse.Namespace) -> int:
    from kiosk.capture import mic_test
    settings = settings_from(args)
    if not 0.5 <= args.seconds <= 60:
        from kiosk.commands.common import UsageError
        raise UsageError("--seconds must be between 0.5 and 60")
    with tempfile.TemporaryDirectory(dir=settings.data_dir, prefix=".mic-test-") as tmp:
        result = mic_test(settings.audio, args.seconds, tmp)
    if args.json:
        print_json(result)
    else:
        print(f"duration {result['duration_s']:.1f} s, RMS {result['rms_dbfs']:.1f} dBFS, "
              f"peak {result['peak_dbfs']:.1f} dBFS, overflows {result['overflows']}")
        print(_VERDICT_WORDS.get(result["verdict"], result["verdict"]))
    return 0 if result["verdict"] == "ok" else 1
