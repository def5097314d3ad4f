"""kiosk run | doctor | config check|show | audit verify|list."""
from __future__ import annotations

import argparse
import json
import sys

from kiosk.commands.common import LIMIT, print_json, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="start the fullscreen kiosk")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of fullscreen (testing)")
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("doctor", help="check microphone, disk, database and settings")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_doctor)

    cfg = sub.add_parser("config", help="check or show the effective settings")
    cfg_sub = cfg.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    p = cfg_sub.add_parser("check", help="report unknown keys and bad values")
    p.set_defaults(handler=cmd_config_check)
    p = cfg_sub.add_parser("show", help="print the effective settings as JSON")
    p.set_defaults(handler=cmd_config_show)

    audit = sub.add_parser("audit", help="the tamper-evident audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = audit_sub.add_parser("verify", help="exit 0 when the chain is intact, 1 naming the first bad event")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit_verify)
    p = audit_sub.add_parser("list", help="recent audit events")
    p.add_argument("--limit", type=LIMIT, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit_list)


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.privacy import lock_down
    settings = settings_from(args)
    lock_down(settings.data_dir)  # its top level now; the whole tree once the attract screen is up
    if args.windowed:
        settings.ui.fullscreen = False
    from kiosk.gui import load
    return load("kiosk")(settings)


def cmd_doctor(args: argparse.Namespace) -> int:
    from kiosk.doctor import run_checks
    settings = settings_from(args)
    checks = run_checks(settings)
    ok = all(c["ok"] for c in checks)
    if args.json:
        # The JSON keeps its shape; "message" (an id for the staff screen's translation) stays inside.
        print_json({"checks": [{k: c[k] for k in ("name", "ok", "detail")} for c in checks]})
    else:
        for c in checks:
            print(f"[{'ok' if c['ok'] else 'FAIL'}] {c['name']}: {c['detail']}")
        print("All checks passed." if ok else "Some checks failed; see above.")
    return 0 if ok else 1


def cmd_config_check(args: argparse.Namespace) -> int:
    from kiosk.doctor import environment_checks
    settings = settings_from(args)  # ConfigError is reported by main with file, key, allowed values
    for warning in environment_checks():
        print(f"kiosk: warning: {warning['detail']}", file=sys.stderr)
    source = settings.config_file or "defaults and environment (no file)"
    print(f"Settings are valid ({source}).")
    return 0


def cmd_config_show(args: argparse.Namespace) -> int:
    from kiosk.config import settings_as_dict
    print_json(settings_as_dict(settings_from(args)))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from kiosk.store import open_database
    from kiosk.store.audit import verify_chain
    settings = settings_from(args)
    verdict = verify_chain(open_database(settings.db_path))
    if args.json:
        print_json({"ok": verdict.ok, "events": verdict.events, "bad_event": verdict.bad_seq,
                    "reason": verdict.reason})
    else:
        print(verdict.message(), file=sys.stdout if verdict.ok else sys.stderr)
    return 0 if verdict.ok else 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    from kiosk.store import open_database
    from kiosk.store.audit import recent_events
    events = recent_events(open_database(settings_from(args).db_path), args.limit)
    if args.json:
        print_json(events)
    else:
        for e in events:
            print(f"{e['seq']:>6} {e['at']} {e['actor']:<10} {e['action']:<18} "
                  f"{e['submission_id'] or '-'} {json.dumps(e['detail'], ensure_ascii=False)}")
    return 0
