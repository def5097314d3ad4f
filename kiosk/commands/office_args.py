"""The office directory argument shared by every `kiosk office` and `kiosk draw` command module."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_office_dir(parser: argparse.ArgumentParser, nested: bool = False) -> None:
    # SUPPRESS on the leaves so `kiosk office --office-dir X import` and `… import --office-dir X` both work.
    parser.add_argument("--office-dir", metavar="DIR", default=argparse.SUPPRESS if nested else None,
                        help="office library directory (or KIOSK_OFFICE_DIR; default "
                             "~/.local/share/citizen-tribune-office)")


def office_dir_from(args: argparse.Namespace) -> Path:
    from kiosk.office.library import default_office_dir
    explicit = getattr(args, "office_dir", None)
    path = Path(explicit).expanduser() if explicit else default_office_dir(dict(os.environ))
    if path.exists() and not path.is_dir():
        from kiosk.commands.common import UsageError
        raise UsageError(f"the office folder {path} is not a folder; give --office-dir "
                         "(or KIOSK_OFFICE_DIR) a folder, or a new path to create one")
    return path


def library_from(args: argparse.Namespace):
    from kiosk.commands.common import CommandFailed
    from kiosk.office.database import OfficeDatabaseError, transport_warning
    from kiosk.office.library import open_library
    from kiosk.office.media import MediaError
    from kiosk.office.office_config import OfficeConfigError
    try:
        lib = open_library(office_dir_from(args))
    except (OfficeDatabaseError, OfficeConfigError, MediaError) as exc:
        raise CommandFailed(str(exc)) from None
    warning = transport_warning(lib.db.url_text)
    if warning:
        print(warning, file=sys.stderr)
    return lib
