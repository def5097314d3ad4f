"""Translated words for documents the core writes without Qt (show reports, the status site).

The same Qt Linguist files as every screen: sources are marked with QT_TRANSLATE_NOOP so lupdate
finds them, and the translation is read from assets/i18n/<family>_<lang>.ts when the document is
written. The core stays free of Qt; there is still one translation system.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

I18N_DIR = Path(__file__).resolve().parents[1] / "assets" / "i18n"
LANGUAGES = ("fa", "ar", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


@lru_cache(maxsize=None)
def catalogue(family: str, language: str, i18n_dir: Path = I18N_DIR) -> dict[tuple[str, str], str]:
    """(context, source) → translation, finished messages only."""
    path = Path(i18n_dir) / f"{family}_{language}.ts"
    out: dict[tuple[str, str], str] = {}
    if not path.exists():
        return out
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def translate(family: str, context: str, source: str, language: str) -> str:
    return catalogue(family, language if language in LANGUAGES else "fa").get((context, source), source)
