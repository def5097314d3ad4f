"""The `kiosk` command. Each area registers its subcommands from its own module (kiosk/commands/).

Wrong usage prints a message and exits 2; expected failures (bad config, damaged database,
missing device) print plain words, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from typing import Any, Callable

from kiosk import __version__
from kiosk.config import ConfigError, load_settings
from kiosk.diskspace import plain_os_error

# Modules under kiosk.commands, each with register(subparsers) adding its commands.
COMMAND_MODULES = ["core", "queue", "audio", "staff", "office", "draw", "delivery", "prompts", "fleet"]


class UsageError(Exception):
    """Raised by a command for wrong usage detected after parsing: exit code 2."""


class CommandFailed(Exception):
    """An expected failure a person can act on; printed without a traceback: exit code 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default is fine, but keep exit code 2 explicit
        self.print_usage(sys.stderr)
        print(f"kiosk: error: {message}", file=sys.stderr)
        raise SystemExit(2)


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk", description="Citizen Tribune kiosk and office tools.")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data directory (default: recordings/ in the checkout)")
    parser.add_argument("--config", metavar="FILE", help="TOML settings file (or KIOSK_CONFIG)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"kiosk.commands.{name}").register(sub)
    return parser


def settings_from(args: argparse.Namespace, **overrides: Any):
    from kiosk.privacy import lock_down
    settings = load_settings(data_dir=args.data_dir, config_file=args.config, **overrides)
    lock_down(settings.data_dir)  # what an older version left readable; the kiosk itself goes deep
    return settings


def print_json(value: Any) -> None:
    # Arrays print one compact item per line: indent= forces the pure-Python encoder, which costs
    # seconds on 100,000-row queues; one write instead of json.dump's many small ones.
    if isinstance(value, list):
        body = ",\n".join(json.dumps(item, ensure_ascii=False) for item in value)
        sys.stdout.write(f"[\n{body}\n]\n" if value else "[]\n")
    else:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    from kiosk.privacy import private_umask
    private_umask()  # every file this process writes is 0600, whatever the session's umask
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(handler(args) or 0)
    except UsageError as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print("kiosk: the settings have problems:", file=sys.stderr)
        for line in exc.problems:
            print(f"  - {line}", file=sys.stderr)
        return 2
    except CommandFailed as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # a full disk, a missing or read-only folder: words, not a traceback
        print(f"kiosk: {plain_os_error(exc)}", file=sys.stderr)
        if os.environ.get("KIOSK_DEBUG"):
            raise
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: words, not a traceback
        from kiosk.diskspace import is_disk_full
        from kiosk.store.db import StoreCorrupt
        if is_disk_full(exc):  # SQLite's own "database or disk is full"
            print(f"kiosk: {plain_os_error(exc)}", file=sys.stderr)
            return 1
        if isinstance(exc, StoreCorrupt):
            print(f"kiosk: {exc}", file=sys.stderr)
            return 1
        print(f"kiosk: unexpected error: {type(exc).__name__}: {exc}\n"
              "Run again with KIOSK_DEBUG=1 for details.", file=sys.stderr)
        if os.environ.get("KIOSK_DEBUG"):
            raise
        return 1


if __name__ == "__main__":
    # `python -m kiosk.cli` runs this file as __main__, a second copy of the module: the commands
    # raise kiosk.cli's UsageError/CommandFailed, so dispatch through that module's main.
    from kiosk.cli import main as cli_main
    sys.exit(cli_main())
