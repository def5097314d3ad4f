"""kiosk staff set-pin|status|unlock. A PIN is read from a prompt (twice) or stdin, never argv."""
from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime

from kiosk.commands.common import CommandFailed, UsageError, print_json, settings_from
from kiosk.staff import ROLES


def register(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="staff PINs and the PIN pad lockout")
    ssub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    p = ssub.add_parser("set-pin", help="set a role's PIN (prompted, or one line on stdin)")
    p.add_argument("--role", required=True, choices=ROLES)
    p.set_defaults(handler=cmd_set_pin)
    p = ssub.add_parser("status", help="which roles have PINs; the lockout state")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)
    p = ssub.add_parser("unlock", help="clear the wrong-PIN lockout (audited)")
    p.set_defaults(handler=cmd_unlock)


def _auth(args):
    from kiosk.staff.auth import StaffAuth
    from kiosk.store import open_database
    settings = settings_from(args)
    return StaffAuth(open_database(settings.db_path), settings.staff)


def _read_pin(role: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line.strip():
            raise UsageError("no PIN on standard input")
        return line.strip()
    first = getpass.getpass(f"New {role} PIN: ")
    second = getpass.getpass(f"Repeat the {role} PIN: ")
    if first != second:
        raise UsageError("the two PINs differ; nothing was changed")
    return first


def cmd_set_pin(args: argparse.Namespace) -> int:
    from kiosk.staff.auth import PinError
    auth = _auth(args)
    pin = _read_pin(args.role)
    try:
        auth.set_pin(args.role, pin, actor="cli")
    except PinError as exc:
        raise UsageError(str(exc)) from None
    print(f"The {args.role} PIN is set.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    auth = _auth(args)
    failures, lockouts, until = auth.lock_state()
    left = auth.locked_for()
    data = {"roles_with_pin": auth.roles_with_pins(), "wrong_pins": failures, "lockouts": lockouts,
            "locked_for_s": round(left),
            "locked_until": datetime.fromtimestamp(until).astimezone().isoformat() if left else None}
    if args.json:
        print_json(data)
    else:
        print(f"PINs set for: {', '.join(data['roles_with_pin']) or 'no role yet'}")
        print(f"Locked for {data['locked_for_s']} s more." if left else
              f"Not locked ({failures} wrong PIN(s) since the last success).")
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    auth = _auth(args)
    if not auth.roles_with_pins():
        raise CommandFailed("no PIN is set yet; use `kiosk staff set-pin --role admin`")
    auth.clear_lockout(actor="cli")
    print("The PIN pad lockout is cleared.")
    return 0
