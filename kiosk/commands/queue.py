"""kiosk queue list|show (staff moderation commands register here too)."""
from __future__ import annotations

import argparse
import sys

from kiosk.commands.common import LIMIT, CommandFailed, print_json, settings_from
from kiosk.store.submissions import STATUSES, NotFound


def register(sub: argparse._SubParsersAction) -> None:
    queue = sub.add_parser("queue", help="list and moderate submissions")
    qsub = queue.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    p = qsub.add_parser("list", help="submissions, newest first")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--search", help="Persian-aware search in the text")
    p.add_argument("--limit", type=LIMIT, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = qsub.add_parser("show", help="one submission by id or ticket code")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    register_moderation = _moderation_registrar()
    if register_moderation:
        register_moderation(qsub)


def _moderation_registrar():
    try:
        from kiosk.commands.moderation import register_queue_actions
    except ImportError:
        return None
    return register_queue_actions


def _store(args, *, check: bool = True):
    from kiosk.store import connect_store, prepare_database
    settings = settings_from(args)
    # Reading needs the schema, not the integrity check of the whole file (doctor, audit verify
    # and every writer do that); a damaged page still fails the read with SQLite's own error.
    prepare_database(settings.db_path, check=check)
    return connect_store(settings)


def cmd_list(args: argparse.Namespace) -> int:
    store = _store(args, check=False)
    if args.json:
        _write_json_array(store.json_batches(status=args.status, search=args.search, limit=args.limit))
        return 0
    items = store.list(status=args.status, search=args.search, limit=args.limit)
    if not items:
        print("No submissions" + (f" with status {args.status}." if args.status else "."))
    for s in items:
        preview = (s.text_display or "").replace("\n", " ")[:60]
        print(f"{s.ticket}  {s.status:<9} {s.kind:<5} {s.created_at}  {s.id}  {preview}")
    return 0


def _write_json_array(batches) -> None:
    """One compact item per line, as print_json writes lists; bytes straight to stdout."""
    out = sys.stdout.buffer
    sys.stdout.flush()
    separator = b"[\n"
    for batch in batches:
        out.write(separator + b",\n".join(batch))
        separator = b",\n"
    out.write(b"[]\n" if separator == b"[\n" else b"\n]\n")
    out.flush()


def cmd_show(args: argparse.Namespace) -> int:
    try:
        sub = _store(args, check=False).get(args.id)
    except NotFound as exc:
        raise CommandFailed(str(exc)) from None
    data = sub.public()
    if args.json:
        print_json(data)  # exact, as stored
    else:
        from kiosk.text import for_terminal
        for key, value in data.items():  # what a citizen typed never reaches the terminal raw
            shown = for_terminal(str(value))
            print(f"{key:>18}: " + shown.replace("\n", "\n" + " " * 20))
    return 0
