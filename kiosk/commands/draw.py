"""kiosk draw prepare | run | verify | contacts — the witnessed prize draw (docs/draw.md)."""
from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.commands.common import CommandFailed, UsageError, bounded_int, print_json
from kiosk.commands.office_args import add_office_dir, library_from


def register(sub: argparse._SubParsersAction) -> None:
    draw = sub.add_parser("draw", help="the witnessed, verifiable prize draw")
    add_office_dir(draw)
    dsub = draw.add_subparsers(dest="draw_command", metavar="ACTION", required=True)

    p = dsub.add_parser("prepare", help="freeze the entrant list and print its SHA-256 commitment")
    add_office_dir(p, nested=True)
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="YYYY-MM-DD, Gregorian or Jalali")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_prepare)

    p = dsub.add_parser("run", help="run a prepared draw with the witnesses' inputs; writes signed minutes")
    add_office_dir(p, nested=True)
    p.add_argument("--commitment", required=True, metavar="HASH")
    p.add_argument("--witness", action="append", default=[], metavar="TEXT", help="one per witness, in order")
    p.add_argument("--beacon", metavar="VALUE", help="an optional public random value announced beforehand")
    p.add_argument("--winners", type=bounded_int(0, 10**6), required=True, metavar="N")
    p.add_argument("--reserves", type=bounded_int(0, 10**6), default=0, metavar="M")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_run)

    p = dsub.add_parser("verify", help="recompute a draw from its minutes; exit 1 on any difference")
    p.add_argument("minutes", metavar="MINUTES")
    p.add_argument("--entrants", metavar="FILE", help="default: the file named in the minutes, beside them")
    p.add_argument("--office-key", metavar="BASE64", help="the office's published signing key, to check the signer")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)

    p = dsub.add_parser("contacts", help="winners' and reserves' phone numbers, to call them (never published)")
    add_office_dir(p, nested=True)
    p.add_argument("minutes", metavar="MINUTES")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_contacts)


def _date(text: str):
    from kiosk.office.dates import parse_date
    try:
        return parse_date(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_prepare(args: argparse.Namespace) -> int:
    from kiosk.office.draw import DrawError
    from kiosk.office.draws import prepare
    try:
        prepared = prepare(library_from(args), _date(args.date_from), _date(args.date_to))
    except DrawError as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json({"draw_id": prepared.draw_id, "commitment": prepared.commitment, "entrants": prepared.count,
                    "entrants_file": str(prepared.entrants_path), "window": list(prepared.window)})
    else:
        print(f"Entrants: {prepared.count} ({prepared.window[0]} to {prepared.window[1]})")
        print(f"Entrant list: {prepared.entrants_path}")
        print("Announce this commitment before the draw:")
        print(prepared.commitment)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.office.draw import DrawError
    from kiosk.office.draws import run
    from kiosk.office.keys import OfficeKeyError
    if not args.witness:
        raise UsageError("give each witness's input with --witness \"TEXT\" (at least one; three recommended)")
    try:
        minutes, json_path, html_path = run(library_from(args), args.commitment, args.witness, args.beacon,
                                            args.winners, args.reserves)
    except (DrawError, OfficeKeyError) as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json({"minutes": str(json_path), "page": str(html_path), "seed": minutes["seed"],
                    "winners": minutes["winners"], "reserves": minutes["reserves"]})
        return 0
    print(f"Seed: {minutes['seed']}")
    for kind in ("winners", "reserves"):
        for row in minutes[kind]:
            print(f"{kind[:-1]:>8} {row['rank']}: {row['ticket']}  {row['phone_masked']}  ({row['kiosk_id']})")
    print(f"Signed minutes: {json_path}\nReadable page: {html_path}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from kiosk.office.draw import DrawError
    from kiosk.office.minutes import load_minutes, verify_minutes
    path = Path(args.minutes)
    try:
        minutes = load_minutes(path)
    except DrawError as exc:
        raise CommandFailed(str(exc)) from None
    entrants = Path(args.entrants) if args.entrants else path.parent / str((minutes.get("entrants") or {}).get("file"))
    try:
        data = entrants.read_bytes()
    except OSError as exc:
        raise CommandFailed(f"cannot read the entrant list {entrants}: {exc.strerror or exc}; give it with --entrants")
    problems = verify_minutes(minutes, data, args.office_key)
    if args.json:
        print_json({"ok": not problems, "problems": problems, "commitment": minutes.get("commitment"),
                    "winners": [w.get("ticket") for w in minutes.get("winners", [])]})
    elif problems:
        print("The draw does NOT check out:")
        for line in problems:
            print(f"  - {line}")
    else:
        print(f"The draw checks out: {len(minutes['winners'])} winners and {len(minutes['reserves'])} reserves "
              f"follow from commitment {minutes['commitment']} and {len(minutes['witnesses'])} witness inputs; "
              f"signed by key {minutes['signature']['fingerprint']}.")
    return 1 if problems else 0


def cmd_contacts(args: argparse.Namespace) -> int:
    from kiosk.office.draw import DrawError
    from kiosk.office.draws import winners_contacts
    from kiosk.office.minutes import load_minutes
    try:
        rows = winners_contacts(library_from(args), load_minutes(Path(args.minutes)))
    except DrawError as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['kind']:>8} {r['rank']}: {r['ticket']}  {r['phone'] or '(withdrawn)'}  {r['contact_name'] or ''}")
    return 0
