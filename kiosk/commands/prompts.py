"""kiosk prompts build | list: the spoken help of each citizen screen (kiosk/prompts.py)."""
from __future__ import annotations

import argparse

from kiosk.commands.common import CommandFailed, print_json, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    prompts = sub.add_parser("prompts", help="spoken help prompts of the citizen screens")
    prompts_sub = prompts.add_subparsers(dest="prompts_command", metavar="ACTION", required=True)
    p = prompts_sub.add_parser("build", help="speak the shipped prompts with espeak-ng (missing or changed ones)")
    p.add_argument("--force", action="store_true", help="rebuild every prompt")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_build)
    p = prompts_sub.add_parser("list", help="which prompt plays for each screen: recorded, shipped or missing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)


def cmd_build(args: argparse.Namespace) -> int:
    from kiosk.prompts import PromptError, build_prompts
    try:
        built = build_prompts(force=args.force)
    except PromptError as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json({"built": [str(p) for p in built]})
    else:
        print(f"built {len(built)} prompt(s)" if built else "prompts are up to date")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from kiosk.prompts import LANGUAGES, SCREENS, prompt_path, prompt_source
    settings = settings_from(args)
    rows = [{"language": lang, "screen": screen, "source": prompt_source(settings, lang, screen),
             "path": str(prompt_path(settings, lang, screen) or "")} for lang in LANGUAGES for screen in SCREENS]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['language']}  {r['screen']:<8} {r['source']:<8} {r['path']}")
    return 0 if all(r["source"] != "missing" for r in rows) else 1
