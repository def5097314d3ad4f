"""kiosk queue approve|reject|flag — moderation for remote staff (over SSH), audited as `cli`."""
from __future__ import annotations

import argparse

from kiosk.commands.common import CommandFailed, UsageError, settings_from

ACTOR = "cli"


def register_queue_actions(qsub: argparse._SubParsersAction) -> None:
    p = qsub.add_parser("approve", help="approve a submitted item (id or ticket)")
    p.add_argument("id")
    p.set_defaults(handler=cmd_approve)
    p = qsub.add_parser("reject", help="reject a submitted item with a reason")
    p.add_argument("id")
    p.add_argument("--reason", required=True, help="one of staff.reject_reasons, or free words")
    p.set_defaults(handler=cmd_reject)
    p = qsub.add_parser("flag", help="flag constructive (prize draw) or personal data (never broadcast)")
    p.add_argument("id")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--constructive", action="store_const", dest="flag", const="constructive")
    which.add_argument("--personal", action="store_const", dest="flag", const="personal_data")
    p.add_argument("--unset", action="store_true", help="clear the flag instead of setting it")
    p.set_defaults(handler=cmd_flag)


def _moderator(args):
    from kiosk.staff.moderation import Moderator
    from kiosk.store import open_store
    store = open_store(settings_from(args))
    return Moderator(store, ACTOR)


def _run(args, action) -> int:
    from kiosk.staff.moderation import ModerationError
    from kiosk.store.submissions import IllegalTransition, NotFound
    mod = _moderator(args)
    try:
        sid = mod.store.get(args.id).id
        sub = action(mod, sid)
    except NotFound as exc:
        raise CommandFailed(str(exc)) from None
    except IllegalTransition as exc:
        raise CommandFailed(f"cannot do that: {exc}") from None
    except ModerationError as exc:
        raise UsageError(str(exc)) from None
    flags = [f for f in ("constructive", "personal_data") if sub.row[f]]
    print(f"{sub.ticket} {sub.id}: {sub.status}" + (f" [{', '.join(flags)}]" if flags else ""))
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    return _run(args, lambda mod, sid: mod.approve(sid))


def cmd_reject(args: argparse.Namespace) -> int:
    return _run(args, lambda mod, sid: mod.reject(sid, args.reason))


def cmd_flag(args: argparse.Namespace) -> int:
    return _run(args, lambda mod, sid: mod.flag(sid, args.flag, not args.unset))
