"""kiosk settings status (kiosk side) and kiosk office settings publish (office side) — docs/cli.md."""
from __future__ import annotations

import argparse
import sys

from kiosk.commands.common import CommandFailed, print_json, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="the office-signed settings bundle this kiosk runs with")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = ssub.add_parser("status", help="active bundle version, last check, last refusal")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_settings_status)


def register_office(osub: argparse._SubParsersAction, add_office_dir) -> None:
    """`kiosk office settings publish`, hooked in by kiosk.commands.office.register."""
    settings = osub.add_parser("settings", help="office-signed settings bundles for every kiosk")
    add_office_dir(settings, nested=True)
    ssub = settings.add_subparsers(dest="office_settings_command", metavar="ACTION", required=True)
    p = ssub.add_parser("publish", help="sign FILE.toml with the office key and put it where kiosks pull it")
    add_office_dir(p, nested=True)
    p.add_argument("file", metavar="FILE.toml")
    p.add_argument("--to", dest="target", required=True, metavar="TARGET",
                   help="the delivery folder <root>/<prefix> or s3://bucket/prefix (as for import)")
    p.add_argument("--endpoint-url", help="S3-compatible endpoint (MinIO, Ceph, …)")
    p.add_argument("--region", default=None)
    p.add_argument("--valid-days", type=float, default=30.0,
                   help="kiosks refuse the bundle after this many days (default 30)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_office_settings_publish)


def cmd_settings_status(args: argparse.Namespace) -> int:
    from kiosk.settings_bundle import status
    st = status(settings_from(args))
    if args.json:
        print_json({k: st[k] for k in ("active_version", "last_checked", "last_refused")})
        return 0
    if not st["office_key_configured"]:
        print("No [delivery] office_signing_key: office settings bundles are ignored.")
    print(f"active version {st['active_version'] or 'none'}"
          + (" (expired: kept until the office publishes a new one)" if st["active_expired"] else "")
          + f"; last checked {st['last_checked'] or 'never'}")
    if st["last_refused"]:
        print(f"last refused: version {st['last_refused']['version']} ({st['last_refused']['reason']})")
    return 0


def cmd_office_settings_publish(args: argparse.Namespace) -> int:
    from pathlib import Path
    from kiosk.commands.office_args import library_from
    from kiosk.office.settings_publish import PublishFailed, publish
    try:
        result = publish(library_from(args), Path(args.file), args.target, endpoint_url=args.endpoint_url,
                         region=args.region, valid_days=args.valid_days)
    except PublishFailed as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json({"version": result["version"]})
    else:
        print(f"Published settings version {result['version']} to {result['target']} "
              f"(valid until {result['expires_at']}).", file=sys.stdout)
    return 0
