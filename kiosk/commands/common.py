"""What every command module shares: the two expected failures, settings from the common options,
and JSON output. Kept out of kiosk.cli so that kiosk.cli → kiosk.commands.* is the only direction."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable

from kiosk.config import load_settings


class UsageError(Exception):
    """Raised by a command for wrong usage detected after parsing: exit code 2."""


class CommandFailed(Exception):
    """An expected failure a person can act on; printed without a traceback: exit code 1."""


def settings_from(args: argparse.Namespace, **overrides: Any):
    from kiosk.privacy import lock_down
    settings = load_settings(data_dir=args.data_dir, config_file=args.config, **overrides)
    lock_down(settings.data_dir)  # what an older version left readable; the kiosk itself goes deep
    return settings


def bounded_int(lo: int, hi: int) -> Callable[[str], int]:
    """An argparse type: a whole number from lo to hi (a huge --limit is bad input, exit 2)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{text} is out of range; give a number from {lo} to {hi}")
        return value
    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


# A --limit beyond any queue or library this system keeps (SQLite's integers stop at 2**63).
LIMIT = bounded_int(0, 10**9)


def print_json(value: Any) -> None:
    # Arrays print one compact item per line: indent= forces the pure-Python encoder, which costs
    # seconds on 100,000-row queues; one write instead of json.dump's many small ones.
    if isinstance(value, list):
        body = ",\n".join(json.dumps(item, ensure_ascii=False) for item in value)
        sys.stdout.write(f"[\n{body}\n]\n" if value else "[]\n")
    else:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
