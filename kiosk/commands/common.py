"""What every command module shares: the two expected failures, settings from the common options,
and JSON output. Kept out of kiosk.cli so that kiosk.cli → kiosk.commands.* is the only direction."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kiosk.config import load_settings


class UsageError(Exception):
    """Raised by a command for wrong usage detected after parsing: exit code 2."""


class CommandFailed(Exception):
    """An expected failure a person can act on; printed without a traceback: exit code 1."""


def settings_from(args: argparse.Namespace, **overrides: Any):
    return load_settings(data_dir=args.data_dir, config_file=args.config, **overrides)


def print_json(value: Any) -> None:
    # Arrays print one compact item per line: indent= forces the pure-Python encoder, which costs
    # seconds on 100,000-row queues; one write instead of json.dump's many small ones.
    if isinstance(value, list):
        body = ",\n".join(json.dumps(item, ensure_ascii=False) for item in value)
        sys.stdout.write(f"[\n{body}\n]\n" if value else "[]\n")
    else:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
