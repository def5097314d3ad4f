"""The `kiosk` command. Each area registers its subcommands from its own module (kiosk/commands/).

Wrong usage prints a message and exits 2; expected failures (bad config, damaged database,
missing device) print plain words, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable

from kiosk import __version__
from kiosk.commands import audio, core, delivery, draw, fleet, office, prompts, queue, staff
# Shared with the command modules; importable from here as before.
from kiosk.commands.common import (LIMIT, CommandFailed, UsageError, bounded_int,  # noqa: F401
                                   print_json, settings_from)
from kiosk.config import ConfigError
from kiosk.diskspace import plain_os_error

# Each area's module registers its subcommands (register(subparsers)); imported plainly, not by
# name through importlib, so the import graph is what it looks like.
COMMANDS = [core, queue, audio, staff, office, draw, delivery, prompts, fleet]
COMMAND_MODULES = [m.__name__.rsplit(".", 1)[1] for m in COMMANDS]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default is fine, but keep exit code 2 explicit
        self.print_usage(sys.stderr)
        print(f"kiosk: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk", description="Citizen Tribune kiosk and office tools.")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data directory (default: recordings/ in the checkout)")
    parser.add_argument("--config", metavar="FILE", help="TOML settings file (or KIOSK_CONFIG)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        module.register(sub)
    return parser


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
