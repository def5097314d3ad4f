"""kiosk office add | import-csv | show … | outcome | publish: the live programme and the status site."""
from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.commands.common import CommandFailed, UsageError, print_json
from kiosk.commands.office_args import add_office_dir, library_from


def register(osub: argparse._SubParsersAction) -> None:
    from kiosk.office.choices import CHANNELS, NOT_SELECTED_REASONS

    p = osub.add_parser("add", help="add a question that came by Instagram, phone or another channel")
    add_office_dir(p, nested=True)
    p.add_argument("--channel", required=True, choices=CHANNELS)
    p.add_argument("--text", required=True)
    p.add_argument("--handle", help="the person's handle, for contact only when they agreed")
    p.add_argument("--phone", help="the person's phone, for contact only when they agreed")
    p.add_argument("--draw", action="store_true", help="the person agreed to enter the prize draw")
    p.add_argument("--received", metavar="YYYY-MM-DD", help="the day it was received (Gregorian or Jalali)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add)

    p = osub.add_parser("import-csv", help="add questions from a CSV: text, handle, phone, draw, received")
    add_office_dir(p, nested=True)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--channel", required=True, choices=CHANNELS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_csv)

    p = osub.add_parser("outcome", help="say why a question was not broadcast (shown on the status site)")
    add_office_dir(p, nested=True)
    p.add_argument("ticket", metavar="TICKET")
    p.add_argument("--not-selected", dest="reason", required=True, choices=(*NOT_SELECTED_REASONS, "none"),
                   help="the reason from the fixed list, or none to clear it")
    p.set_defaults(handler=cmd_outcome)

    p = osub.add_parser("publish", help="publish the ticket-status site to a folder or s3://bucket/prefix")
    add_office_dir(p, nested=True)
    p.add_argument("--to", required=True, metavar="TARGET")
    p.add_argument("--endpoint-url", help="S3-compatible endpoint (MinIO, Ceph, …)")
    p.add_argument("--region", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_publish)

    show = osub.add_parser("show", help="live shows and their rundowns")
    ssub = show.add_subparsers(dest="show_command", metavar="ACTION", required=True)

    def leaf(name: str, help_text: str, handler, show_arg: bool = True):
        sp = ssub.add_parser(name, help=help_text)
        add_office_dir(sp, nested=True)
        if show_arg:
            sp.add_argument("show", metavar="SHOW", help="the show's number (kiosk office show list)")
        sp.set_defaults(handler=handler)
        return sp

    sp = leaf("create", "create a show", cmd_show_create, show_arg=False)
    sp.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="Gregorian or Jalali")
    sp.add_argument("--time", metavar="HH:MM", help="when it goes on air")
    sp.add_argument("--title", default="")
    sp.add_argument("--json", action="store_true")
    sp = leaf("add", "append questions to a show's rundown", cmd_show_add)
    sp.add_argument("tickets", metavar="TICKET", nargs="+")
    sp = leaf("remove", "take a question out of the rundown", cmd_show_remove)
    sp.add_argument("ticket", metavar="TICKET")
    sp = leaf("move", "move a question to another position", cmd_show_move)
    sp.add_argument("ticket", metavar="TICKET")
    sp.add_argument("--to", required=True, type=int, metavar="N")
    sp = ssub.add_parser("list", help="the shows, or one show's rundown")
    add_office_dir(sp, nested=True)
    sp.add_argument("show", metavar="SHOW", nargs="?")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_show_list)
    sp = leaf("answered", "mark a question answered live now", cmd_show_answered)
    sp.add_argument("ticket", metavar="TICKET")
    sp = leaf("skipped", "mark a question skipped in the show", cmd_show_skipped)
    sp.add_argument("ticket", metavar="TICKET")
    sp = leaf("report", "write the show's report (HTML + CSV)", cmd_show_report)
    sp.add_argument("--to", required=True, metavar="DIR")
    sp.add_argument("--language", choices=("fa", "ar", "en"), default="fa")


def _shows(args):
    from kiosk.office.shows import Shows
    from kiosk.office.channels import clerk_name
    return Shows(library_from(args).db, actor=f"office:{clerk_name()}")


def _failing(fn):
    """ShowError/ChannelError/LibraryError are a clerk's mistakes: words, exit 1."""
    def run(args):
        from kiosk.office.channels import ChannelError
        from kiosk.office.library import LibraryError
        from kiosk.office.publish import PublishError
        from kiosk.office.shows import ShowError
        try:
            return fn(args)
        except (ShowError, ChannelError, LibraryError, PublishError) as exc:
            raise CommandFailed(str(exc)) from None
    return run


def _date(text: str):
    from kiosk.office.dates import parse_date
    try:
        return parse_date(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


@_failing
def cmd_add(args) -> int:
    from kiosk.office.channels import add_question
    received = _date(args.received) if args.received else None
    result = add_question(library_from(args).db, args.channel, args.text, handle=args.handle, phone=args.phone,
                          draw=args.draw, received=received)
    if args.json:
        print_json({"ticket": result["ticket"]})
    else:
        print(f"Added as ticket {result['ticket']}" + ("" if result["added"] else " (it was already there)"))
    return 0


@_failing
def cmd_import_csv(args) -> int:
    from kiosk.office.channels import import_csv
    if not Path(args.file).is_file():
        raise UsageError(f"{args.file} is not a file")
    result = import_csv(library_from(args).db, Path(args.file), args.channel)
    if args.json:
        print_json({"added": result["added"], "skipped": result["skipped"], "errors": result["errors"]})
    else:
        print(f"Added {result['added']}, already there {result['skipped']}, with errors {len(result['errors'])}")
        for e in result["errors"]:
            print(f"  line {e['line']}: {e['message']}")
    return 1 if result["errors"] else 0


@_failing
def cmd_outcome(args) -> int:
    ticket = _shows(args).set_outcome(args.ticket, None if args.reason == "none" else args.reason)
    print(f"{ticket}: " + (f"not selected ({args.reason})" if args.reason != "none" else "reason cleared"))
    return 0


@_failing
def cmd_publish(args) -> int:
    from kiosk.office.publish import open_target, publish
    report = publish(library_from(args), open_target(args.to, args.endpoint_url, args.region))
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"Published to {report.target}: {report.published} written, {report.removed} removed, "
              f"{report.unchanged} unchanged")
    return 0


@_failing
def cmd_show_create(args) -> int:
    show_id = _shows(args).create(_date(args.date), args.title, args.time)
    if args.json:
        print_json({"show": show_id})
    else:
        print(f"Show {show_id} created")
    return 0


@_failing
def cmd_show_add(args) -> int:
    added = _shows(args).add(args.show, args.tickets)
    print(f"Added {len(added)} to show {args.show}")
    return 0


@_failing
def cmd_show_remove(args) -> int:
    _shows(args).remove(args.show, args.ticket)
    print(f"Removed {args.ticket} from show {args.show}")
    return 0


@_failing
def cmd_show_move(args) -> int:
    pos = _shows(args).move(args.show, args.ticket, args.to)
    print(f"{args.ticket} is now at position {pos}")
    return 0


@_failing
def cmd_show_list(args) -> int:
    shows = _shows(args)
    if args.show is None:
        rows = shows.all()
        if args.json:
            print_json([{"show": r["id"], "date": r["show_date"], "time": r["starts_at"], "title": r["title"],
                         "items": r["items"]} for r in rows])
        else:
            for r in rows:
                print(f"{r['id']:>4}  {r['show_date']} {r['starts_at'] or '':5}  {r['items']:>3} questions  {r['title']}")
        return 0
    rows = shows.listing(args.show)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            state = "answered" if r["answered_at"] else ("skipped" if r["skipped"] else "")
            print(f"{r['position']:>3}  {r['ticket']}  {r['kind']:<5} {r['topic'] or '-':<14} "
                  f"{'' if r['broadcast'] else 'not for broadcast':<18} {state}")
    return 0


@_failing
def cmd_show_answered(args) -> int:
    _shows(args).mark_answered(args.show, args.ticket)
    print(f"{args.ticket} answered live")
    return 0


@_failing
def cmd_show_skipped(args) -> int:
    _shows(args).mark_skipped(args.show, args.ticket)
    print(f"{args.ticket} skipped")
    return 0


@_failing
def cmd_show_report(args) -> int:
    from kiosk.office.show_report import write_report
    html_path, csv_path = write_report(library_from(args), args.show, Path(args.to), args.language)
    print(f"Wrote {html_path} and {csv_path}")
    return 0
