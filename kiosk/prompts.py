"""Spoken help: one short prompt per citizen screen and language, for citizens who read little.

The words live in one place: the English below, translated in the Qt Linguist catalogues
(assets/i18n/kiosk_<lang>.ts, context SpokenPrompt). `build_prompts` speaks them with espeak-ng
into assets/prompts/<lang>/<screen>.opus (a build output like the .qm files: scripts/setup.sh or
`kiosk prompts build`). An admin may record the city's own voice for any of them from staff
mode; a recording lives in <data_dir>/prompts/<lang>/<screen>.opus and takes precedence until it
is removed ("restore the shipped one"). Both changes are audited. Qt-free.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.fileio import sha256_file

REPO = Path(__file__).resolve().parent.parent
SHIPPED_DIR = REPO / "assets" / "prompts"
I18N_DIR = REPO / "assets" / "i18n"
CONTEXT = "SpokenPrompt"
LANGUAGES = ("fa", "ar", "en")
ESPEAK_VOICES = {"fa": "fa", "ar": "ar", "en": "en-us"}
SAMPLE_RATE = 24000  # one of Opus's rates; espeak-ng speaks at 22050 Hz, sox converts
BUILD_VERSION = 1  # bump to rebuild every shipped prompt (voice settings changed, say)
MANIFEST = "build.json"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


TEXTS = {
    "attract": QT_TRANSLATE_NOOP("SpokenPrompt", "Welcome. You can ask the mayor a question, by voice or in "
                                 "writing. Tap Start to begin. The buttons at the bottom change the language."),
    "consent": QT_TRANSLATE_NOOP("SpokenPrompt", "Please read how your question will be used. Tick the boxes "
                                 "you agree with, then tap Agree."),
    "choose": QT_TRANSLATE_NOOP("SpokenPrompt", "How would you like to ask? Tap the microphone to speak, or "
                                "the keyboard to type."),
    "record": QT_TRANSLATE_NOOP("SpokenPrompt", "Tap Start recording, wait for the beep, then speak your "
                                "question. Tap Stop when you have finished."),
    "text": QT_TRANSLATE_NOOP("SpokenPrompt", "Type your question with the keyboard on the screen, then tap "
                              "Continue."),
    "topic": QT_TRANSLATE_NOOP("SpokenPrompt", "Choose the topic that fits your question best."),
    "draw": QT_TRANSLATE_NOOP("SpokenPrompt", "To take part in the prize draw, enter your mobile number, then "
                              "tap Continue."),
    "review": QT_TRANSLATE_NOOP("SpokenPrompt", "Check your question. If everything is right, tap Send."),
    "receipt": QT_TRANSLATE_NOOP("SpokenPrompt", "Thank you. Your question has been received. Keep your "
                                 "ticket code."),
}
SCREENS = tuple(TEXTS)


class PromptError(RuntimeError):
    """Words for the admin or the person running set-up (no espeak-ng, a take too short…)."""


def _check(lang: str, screen: str) -> None:
    if lang not in LANGUAGES or screen not in TEXTS:  # both end up in a path
        raise PromptError(f"no spoken prompt for language {lang!r}, screen {screen!r}")


def prompt_text(lang: str, screen: str, i18n_dir: Path = I18N_DIR) -> str:
    """The words of a prompt in a language, from the .ts catalogue (English when untranslated)."""
    _check(lang, screen)
    source = TEXTS[screen]
    ts = Path(i18n_dir) / f"kiosk_{lang}.ts"
    if lang == "en" or not ts.exists():
        return source
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            if message.findtext("source") == source and tr is not None and (tr.text or "").strip() \
                    and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                return tr.text.strip()
    return source


def shipped_path(lang: str, screen: str, root: Path = SHIPPED_DIR) -> Path:
    _check(lang, screen)
    return Path(root) / lang / f"{screen}.opus"


def recorded_path(settings, lang: str, screen: str) -> Path:
    _check(lang, screen)
    return settings.data_dir / "prompts" / lang / f"{screen}.opus"


def prompt_source(settings, lang: str, screen: str, root: Path = SHIPPED_DIR) -> str:
    """recorded | shipped | missing."""
    if recorded_path(settings, lang, screen).is_file():
        return "recorded"
    return "shipped" if shipped_path(lang, screen, root).is_file() else "missing"


def prompt_path(settings, lang: str, screen: str, root: Path = SHIPPED_DIR) -> Path | None:
    """The file to play: the city's own recording first, else the shipped one, else None."""
    source = prompt_source(settings, lang, screen, root)
    if source == "recorded":
        return recorded_path(settings, lang, screen)
    return shipped_path(lang, screen, root) if source == "shipped" else None


# ---- shipped prompts (build time) -------------------------------------------------------------
def _stamp(lang: str, text: str) -> str:
    return hashlib.sha256(f"{BUILD_VERSION}\n{ESPEAK_VOICES[lang]}\n{text}".encode()).hexdigest()


def _speak(lang: str, text: str, out: Path) -> None:
    from kiosk.capture.transcode import transcode_to_opus
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise PromptError(f"{tool} is not installed: run scripts/setup.sh (it installs espeak-ng and sox)")
    with tempfile.TemporaryDirectory(prefix="prompt-") as tmp:
        spoken, wav = Path(tmp) / "espeak.wav", Path(tmp) / f"{out.stem}.wav"
        subprocess.run(["espeak-ng", "-v", ESPEAK_VOICES[lang], "-s", "150", "-w", str(spoken), text],
                       check=True, capture_output=True, timeout=60)
        subprocess.run(["sox", str(spoken), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(wav),
                        "pad", "0.2", "0.3"], check=True, capture_output=True, timeout=60)
        result = transcode_to_opus(wav)  # verified by decoding; x.wav → x.ogg
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(result.path), str(out))


def build_prompts(root: Path = SHIPPED_DIR, i18n_dir: Path = I18N_DIR, force: bool = False) -> list[Path]:
    """Speak every prompt whose file is missing or whose words changed; returns what was built."""
    root = Path(root)
    manifest_path = root / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    built = []
    for lang in LANGUAGES:
        for screen in SCREENS:
            text = prompt_text(lang, screen, i18n_dir)
            key, stamp, out = f"{lang}/{screen}", _stamp(lang, text), shipped_path(lang, screen, root)
            if not force and out.is_file() and manifest.get(key) == stamp:
                continue
            try:
                _speak(lang, text, out)
            except subprocess.CalledProcessError as exc:
                raise PromptError(f"speaking {key} failed: {exc.stderr.decode(errors='replace')}") from None
            manifest[key] = stamp
            built.append(out)
    if built:
        root.mkdir(parents=True, exist_ok=True)
        manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return built


# ---- the city's own voice (staff mode) ---------------------------------------------------------
def _audit(settings, actor: str, action: str, detail: dict) -> None:
    from kiosk.store import open_store
    from kiosk.store.audit import append_event
    from kiosk.store.db import write_transaction
    db = open_store(settings).db
    try:
        with write_transaction(db):
            append_event(db, actor, action, None, detail)
    finally:
        db.conn.close()


def take_path(settings, lang: str, screen: str) -> Path:
    """Where the Recorder writes an admin's take (a WAV next to the prompt it may replace)."""
    return recorded_path(settings, lang, screen).with_name(f"{screen}.take.wav")


def install_take(settings, lang: str, screen: str, wav: Path, actor: str, min_ms: int = 500) -> Path:
    """Encode an admin's recording to Opus and make it the prompt; blocking (run it off the GUI thread)."""
    from kiosk.capture.transcode import transcode_to_opus
    target = recorded_path(settings, lang, screen)
    wav = Path(wav)
    result = transcode_to_opus(wav)  # x.wav → x.ogg, the WAV deleted once the Opus decodes right
    if result.duration_ms < min_ms:
        result.path.unlink(missing_ok=True)
        raise PromptError(f"the recording is too short ({result.duration_ms} ms); record it again")
    os.replace(result.path, target)
    _audit(settings, actor, "prompt_recorded", {"language": lang, "screen": screen,
                                                "sha256": sha256_file(target), "duration_ms": result.duration_ms})
    return target


def restore_shipped(settings, lang: str, screen: str, actor: str) -> bool:
    """Remove the city's recording so the shipped prompt plays again; False when there was none."""
    target = recorded_path(settings, lang, screen)
    if not target.is_file():
        return False
    target.unlink()
    _audit(settings, actor, "prompt_restored", {"language": lang, "screen": screen})
    return True
