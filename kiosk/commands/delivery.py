"""kiosk keys init|show, kiosk sync [--once] [--json], kiosk export --to DIR."""
from __future__ import annotations

import argparse
import json
import sys
import time

from kiosk.commands.common import CommandFailed, UsageError, print_json, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="the kiosk's signing key")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("init", help="create the Ed25519 signing key and print its public key")
    p.add_argument("--force", action="store_true", help="replace an existing key (the office must re-register it)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_init)
    p = ksub.add_parser("show", help="print the public key (base64 of the raw 32 bytes) and fingerprint")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_show)

    p = sub.add_parser("sync", help="deliver approved submissions to the office")
    p.add_argument("--once", action="store_true", help="one pass over every pending item, then exit")
    p.add_argument("--json", action="store_true", help="print the result as JSON (one object per pass)")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("export", help="copy every undelivered envelope to a folder or USB stick")
    p.add_argument("--to", dest="target", required=True, metavar="DIR")
    p.add_argument("--mark-sent", action="store_true",
                   help="count verified copies as delivered (when the stick is this site's route)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)


def _key_info(settings) -> dict:
    from kiosk.sync.keys import fingerprint_of, key_path, public_key
    pub = public_key(settings)
    return {"public_key": pub, "fingerprint": fingerprint_of(pub), "key_file": str(key_path(settings)),
            "kiosk_id": settings.kiosk_id}


def cmd_keys_init(args: argparse.Namespace) -> int:
    from kiosk.sync.keys import SigningKeyError, init_key
    settings = settings_from(args)
    try:
        init_key(settings, force=args.force)
    except SigningKeyError as exc:
        raise CommandFailed(str(exc)) from None
    return _print_key(settings, args.json)


def cmd_keys_show(args: argparse.Namespace) -> int:
    return _print_key(settings_from(args), args.json)


def _print_key(settings, as_json: bool) -> int:
    from kiosk.sync.keys import SigningKeyError
    try:
        info = _key_info(settings)
    except SigningKeyError as exc:
        raise CommandFailed(str(exc)) from None
    if as_json:
        print_json(info)
    else:
        print(info["public_key"])
        print(f"fingerprint {info['fingerprint']}  kiosk {info['kiosk_id']}", file=sys.stderr)
    return 0


def _summary(result) -> str:
    text = f"sent {result.sent}, failed {result.failed}, pending {result.pending}"
    if result.held:
        text += f" (held {result.held}: personal data, no office recipient)"
    if result.purged:
        text += f", purged {result.purged}"
    return text + (f" → {result.destination}" if result.destination else "")


def cmd_sync(args: argparse.Namespace) -> int:
    from kiosk.sync.worker import PERMANENT_WAIT_S, sync_once
    settings = settings_from(args)
    while True:
        result = sync_once(settings, respect_backoff=not args.once)
        if args.json:
            if args.once:
                print_json(result.as_json())
            else:
                print(json.dumps(result.as_json(), ensure_ascii=False), flush=True)
        else:
            print(_summary(result), flush=True)
            for err in result.errors:
                print(f"  {'PERMANENT: ' if err['permanent'] else ''}{err['submission_id'] or 'delivery'}: "
                      f"{err['error']}", file=sys.stderr)
            for warning in result.warnings:
                print(f"  WARNING: {warning}", file=sys.stderr)
        if args.once:
            return 1 if result.errors or result.held else 0  # held items need a person too
        wait = max(settings.delivery.interval_s, PERMANENT_WAIT_S if result.permanent else 0)
        time.sleep(wait)


def cmd_export(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from kiosk.sync.export import ExportError, export_envelopes
    settings = settings_from(args)
    if not args.target.strip():
        raise UsageError("--to needs a folder")
    try:
        with Progress(TextColumn("exporting"), BarColumn(), MofNCompleteColumn(),
                      disable=args.json, transient=False, console=_stderr_console()) as bar:
            task = bar.add_task("export", total=None)

            def progress(done: int, total: int, _sid) -> None:
                bar.update(task, completed=done, total=total)
            result = export_envelopes(settings, args.target, progress, mark_sent=args.mark_sent)
    except ExportError as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json(result.as_json())
    else:
        print(f"exported {result.exported} of {result.total} envelope(s), each verified"
              + (f"; index {result.index_path}" if result.index_path else ""))
        for line in result.errors:
            print(f"  {line}", file=sys.stderr)
        for line in result.warnings:
            print(f"  WARNING: {line}", file=sys.stderr)
    return 0 if not result.errors and not result.held else 1


def _stderr_console():
    from rich.console import Console
    return Console(stderr=True)
