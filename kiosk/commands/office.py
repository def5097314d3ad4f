"""kiosk office [console] | keygen | trust | kiosks | import | list | withdraw | export | migrate (docs/office.md)."""
from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.commands.common import LIMIT, CommandFailed, UsageError, print_json
from kiosk.commands.office_args import add_office_dir, library_from, office_dir_from


def register(sub: argparse._SubParsersAction) -> None:
    office = sub.add_parser("office", help="the communications office: keys, import, console, export")
    add_office_dir(office)
    office.add_argument("--language", choices=("fa", "en", "ar"), default="fa", help="console language")
    office.set_defaults(handler=cmd_console)
    osub = office.add_subparsers(dest="office_command", metavar="ACTION")

    p = osub.add_parser("console", help="open the office console window (also the default)")
    add_office_dir(p, nested=True)
    p.add_argument("--language", choices=("fa", "en", "ar"), default=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_console)

    p = osub.add_parser("keygen", help="create the office age identity and draw-signing key (mode 0600)")
    add_office_dir(p, nested=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keygen)

    p = osub.add_parser("trust", help="register a kiosk's signing public key, pinned to its kiosk id")
    add_office_dir(p, nested=True)
    p.add_argument("public_key", metavar="PUBKEY", help="base64, as printed by `kiosk keys show` on the kiosk")
    p.add_argument("--name", required=True, help="the kiosk id (`kiosk keys show` at the kiosk); envelopes "
                                                 "signed with this key must claim it")
    p.set_defaults(handler=cmd_trust)

    p = osub.add_parser("kiosks", help="trusted kiosks and how each is (ok, warning, silent) by its heartbeats")
    add_office_dir(p, nested=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("--backlog-hours", type=float, default=None,
                   help="warn when a kiosk's oldest unsent question is older (default: the kiosk's own setting)")
    p.set_defaults(handler=cmd_kiosks)

    p = osub.add_parser("import", help="import new envelopes from s3://bucket/prefix, a folder or a USB export")
    add_office_dir(p, nested=True)
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--endpoint-url", help="S3-compatible endpoint (MinIO, Ceph, …)")
    p.add_argument("--region", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = osub.add_parser("list", help="questions in the library, newest first")
    add_office_dir(p, nested=True)
    p.add_argument("--search")
    p.add_argument("--status", choices=("new", "selected", "answered", "withdrawn"))
    p.add_argument("--limit", type=LIMIT, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = osub.add_parser("withdraw", help="remove a citizen's media and personal data, keep a tombstone")
    add_office_dir(p, nested=True)
    p.add_argument("ticket", metavar="TICKET")
    p.add_argument("--kiosk", help="kiosk id, when the same ticket exists at two kiosks")
    p.add_argument("--reason", default="citizen request")
    p.set_defaults(handler=cmd_withdraw)

    exp = osub.add_parser("export", help="export selected questions (CSV) or broadcast audio")
    add_office_dir(exp, nested=True)
    esub = exp.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = esub.add_parser("csv", help="CSV (UTF-8 with BOM) of the questions tagged 'selected'")
    add_office_dir(p, nested=True)
    p.add_argument("output", metavar="FILE")
    p.add_argument("--all", action="store_true", help="every question that is not withdrawn, not only selected")
    p.set_defaults(handler=cmd_export_csv)
    p = esub.add_parser("audio", help="audio for broadcast: broadcast consent, no personal-data flag")
    add_office_dir(p, nested=True)
    p.add_argument("output", metavar="DIR")
    p.add_argument("--all", action="store_true", help="not only the questions tagged 'selected'")
    p.set_defaults(handler=cmd_export_audio)

    p = osub.add_parser("migrate", help="copy this office dir's SQLite library into an empty PostgreSQL "
                                        "database and verify it (docs/office.md)")
    add_office_dir(p, nested=True)
    p.add_argument("--to", required=True, metavar="URL", help="postgresql://role@host/database?sslmode=…")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_migrate)

    p = osub.add_parser("verify", help="check the library's audit chain (after a restore, on either engine)")
    add_office_dir(p, nested=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)

    from kiosk.commands import programme
    programme.register(osub)
    from kiosk.commands.fleet import register_office
    register_office(osub, add_office_dir)


def cmd_console(args: argparse.Namespace) -> int:
    from kiosk.gui import load
    library_from(args).close()  # an unreachable database or a bad office.toml is said here, in words
    return load("office_console")(office_dir_from(args), getattr(args, "language", "fa"))


def cmd_keygen(args: argparse.Namespace) -> int:
    from kiosk.office.keys import OfficeKeyError, generate
    lib = library_from(args)
    try:
        keys = generate(lib.keys_dir)
    except OfficeKeyError as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json({"recipient": keys.recipient, "signing_public_key": keys.signing_public,
                    "keys_dir": str(lib.keys_dir)})
        return 0
    print(f"Office keys created in {lib.keys_dir} (private files are readable by you only; back them up).")
    print("Put this recipient in every kiosk's settings, [delivery] office_recipients:")
    print(keys.recipient)
    print("Publish this draw-signing key so anyone can check the minutes (kiosk draw verify --office-key):")
    print(keys.signing_public)
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from kiosk.office.library import LibraryError
    try:
        info = library_from(args).trust(args.public_key, args.name)
    except LibraryError as exc:
        raise CommandFailed(str(exc)) from None
    print(f"Trusted kiosk {info['kiosk_id']} (key fingerprint {info['fingerprint']}); this key's envelopes "
          "must claim that kiosk id.")
    return 0


def cmd_kiosks(args: argparse.Namespace) -> int:
    from kiosk.office.fleet import fleet_view
    backlog = args.backlog_hours * 3600 if args.backlog_hours is not None else None
    rows = fleet_view(library_from(args), backlog_warn_s=backlog)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            pinned = r["kiosk_id"] or "NOT PINNED: refused until `kiosk office trust KEY --name KIOSK_ID`"
            print(f"{r['name']:<24} {r['fingerprint']}  {r['public_key']}  kiosk id {pinned}")
            print(f"    {r['state'].upper()}  last seen {r['last_seen'] or 'never'}; "
                  + ("; ".join(r["reason_details"]) or "all well"))
        if not rows:
            print("No kiosk is trusted yet: kiosk office trust PUBKEY --name NAME")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from kiosk.office.database import transport_warning
    from kiosk.store.audit import verify_chain
    lib = library_from(args)
    verdict = verify_chain(lib.db)
    warning = transport_warning(lib.db.url_text)
    if args.json:
        print_json({"ok": verdict.ok, "events": verdict.events, "message": verdict.message(),
                    "warnings": [warning] if warning else []})
    else:
        print(verdict.message())
    return 0 if verdict.ok else 1


def cmd_migrate(args: argparse.Namespace) -> int:
    from kiosk.office.database import OfficeDatabaseError
    from kiosk.office.library_copy import CopyRefused, copy_library
    try:
        result = copy_library(office_dir_from(args), args.to)
    except (CopyRefused, OfficeDatabaseError) as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json(result)
    else:
        print(f"Copied {result['items']} questions ({result['tags']} tags), {result['draws']} draws and "
              f"{result['audit_events']} audit events; counts and the audit chain verified. Set "
              "[office] database_url in office.toml (or KIOSK_OFFICE_DATABASE_URL) on every desk.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kiosk.office.importer import ImportFailed, import_from
    try:
        report = import_from(library_from(args), args.source, endpoint_url=args.endpoint_url, region=args.region)
    except ImportFailed as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json(report.as_dict())
    else:
        print(report.summary())
        for q in report.quarantined:
            print(f"  quarantined {q['name']}: {q['reason']} — {q['message']}")
    return 1 if report.quarantined or any(not h["ok"] for h in report.heartbeats) else 0


def cmd_list(args: argparse.Namespace) -> int:
    from kiosk.office.library import ItemFilter
    items = library_from(args).items(ItemFilter(search=args.search, status=args.status), limit=args.limit)
    if args.json:
        print_json([{k: v for k, v in i.items() if k not in ("search_key", "phone", "phone_key", "contact_name")}
                    for i in items])
        return 0
    from kiosk.text import for_terminal
    for i in items:  # topic and text came in an envelope: nothing of them reaches the terminal raw
        preview = for_terminal((i["text_display"] or "").replace("\n", " ")[:60])
        topic = for_terminal(i["topic"] or "-")
        print(f"{i['ticket']}  {i['kiosk_id']:<20} {i['submitted_at'] or i['created_at']}  {topic:<12} {preview}")
    if not items:
        print("No questions match.")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from kiosk.office.library import LibraryError
    try:
        item = library_from(args).withdraw(args.ticket, args.kiosk, args.reason)
    except LibraryError as exc:
        raise CommandFailed(str(exc)) from None
    print(f"Withdrawn {item['ticket']} ({item['kiosk_id']}): media and personal data removed, tombstone kept.")
    return 0


def _output_folder_exists(folder: Path) -> None:
    if not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist; create it (or plug in the USB stick) "
                         "and run the export again")


def cmd_export_csv(args: argparse.Namespace) -> int:
    from kiosk.office.export import export_csv
    _output_folder_exists(Path(args.output).parent)
    count = export_csv(library_from(args), Path(args.output), only_selected=not args.all)
    print(f"Wrote {count} questions to {args.output}")
    return 0


def cmd_export_audio(args: argparse.Namespace) -> int:
    from kiosk.office.export import export_audio
    result = export_audio(library_from(args), Path(args.output), only_selected=not args.all)
    print(f"Wrote {result['exported']} recordings to {args.output}; left out {result['skipped']} "
          "(no broadcast consent, personal data, withdrawn or no audio)")
    return 0

