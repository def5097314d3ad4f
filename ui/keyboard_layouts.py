"""The on-screen keyboard's layouts: the project's Persian one, Qt's own Arabic (with our dialpad in
Arabic-Indic digits) and English.

Qt's stock Persian layout hides پ ژ ث ظ ض behind long presses, lacks ئ and types Arabic-Indic
digits, so the kiosk ships its own (assets/keyboard/fa_FA). The keyboard takes layouts from ONE
folder, `QT_VIRTUALKEYBOARD_LAYOUT_PATH` (read once, when its settings first load): one sub-folder
per locale with main.qml and optional symbols/dialpad/digits/numbers.qml, where a `<type>.fallback`
file means "use fallback/<type>.qml". So with that path set, Arabic and English exist only if the
folder has them: `install_layouts` copies ar_AR, en_US and fallback out of the installed Qt (they are
compiled into its layouts plugin as resources) next to the project's fa_FA, at every start, so they
always match the Qt in use.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QDir, QDirIterator, QFile, QLibrary, QLibraryInfo

LAYOUT_PATH_VARIABLE = "QT_VIRTUALKEYBOARD_LAYOUT_PATH"
OWN_LAYOUTS = Path(__file__).resolve().parent.parent / "assets" / "keyboard"  # fa_FA, ar_AR's dialpad
STOCK_PREFIX = ":/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts"
STOCK_LOCALES = ("ar_AR", "en_US", "fallback")  # en_US is only .fallback markers onto fallback/


def _load_stock_resources() -> bool:
    """Loading the layouts plugin registers its resources (nothing else runs until QML imports it)."""
    plugin = (Path(QLibraryInfo.path(QLibraryInfo.QmlImportsPath)) / "QtQuick" / "VirtualKeyboard"
              / "Layouts")
    found = sorted(plugin.glob("libqtvkblayoutsplugin*.so")) if plugin.is_dir() else []
    if QFile.exists(f"{STOCK_PREFIX}/fallback/main.qml"):
        return True
    for library in found:
        QLibrary(str(library)).load()  # kept loaded: QLibrary does not unload when its wrapper goes
    return QFile.exists(f"{STOCK_PREFIX}/fallback/main.qml")


def _copy_stock(locale: str, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    entries = QDirIterator(f"{STOCK_PREFIX}/{locale}", QDir.Files)
    while entries.hasNext():
        name = entries.next()
        source = QFile(name)
        if not source.open(QFile.ReadOnly):
            continue
        (target / Path(name).name).write_bytes(bytes(source.readAll()))
        source.close()


def install_layouts(target: Path) -> Path | None:
    """Build the layouts folder in `target` (fa_FA ours, ar_AR/en_US/fallback Qt's, ar_AR's dialpad
    ours); None if Qt's
    layouts cannot be read, so the caller leaves the keyboard on its stock layouts."""
    if not _load_stock_resources():
        return None
    target = Path(target)
    building = target.with_name(target.name + ".part")
    shutil.rmtree(building, ignore_errors=True)
    for locale in STOCK_LOCALES:
        _copy_stock(locale, building / locale)
    shutil.copytree(OWN_LAYOUTS / "fa_FA", building / "fa_FA")
    for own in sorted((OWN_LAYOUTS / "ar_AR").glob("*.qml")):  # what Qt's Arabic lacks (its dialpad)
        (building / "ar_AR" / own.with_suffix(".fallback").name).unlink(missing_ok=True)
        shutil.copy2(own, building / "ar_AR" / own.name)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(building, target)
    return target


def use_kiosk_layouts(target: Path) -> str | None:
    """Point the keyboard at the kiosk's layouts unless the environment already names a folder.

    Must run before the QApplication exists: the keyboard reads the variable once."""
    if os.environ.get(LAYOUT_PATH_VARIABLE):
        return os.environ[LAYOUT_PATH_VARIABLE]
    folder = install_layouts(target)
    if folder is None:
        return None
    os.environ[LAYOUT_PATH_VARIABLE] = str(folder)
    return str(folder)
