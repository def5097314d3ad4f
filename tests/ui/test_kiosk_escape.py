"""No keyboard gets a citizen out of the kiosk session (a real Xvfb + matchbox, xdotool key presses).

matchbox runs exactly as deploy/kiosk-session.sh starts it, with PATH pointing at stand-ins for
xterm, rxvt and matchbox-remote that only record that they were started. With matchbox's default
bindings (the control) Ctrl+Alt+X starts one; as the session runs it, no key does. An iconify
request brings the kiosk straight back, fullscreen.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.xdisplay import x_display

pytestmark = [pytest.mark.timeout(180),
              pytest.mark.skipif(not shutil.which("xdotool"), reason="xdotool is not installed")]

REPO = Path(__file__).resolve().parents[2]
SESSION = REPO / "deploy" / "kiosk-session.sh"
DEFAULT_KBDCONFIG = Path("/etc/matchbox/kbdconfig")
ESCAPES = ["ctrl+alt+x", "ctrl+alt+r", "ctrl+alt+e", "alt+m", "alt+Escape", "alt+space", "alt+d",
           "alt+Tab", "alt+n", "alt+c", "alt+F4", "F11"]
LAUNCHED = ("xterm", "rxvt", "matchbox-remote", "gpe-calender", "x-terminal-emulator")


def session_window_manager() -> list[str]:
    """matchbox's command line in deploy/kiosk-session.sh, with the install path mapped to this checkout."""
    script = SESSION.read_text().replace("\\\n", " ")
    line = next(ln for ln in script.splitlines() if ln.strip().startswith("matchbox-window-manager"))
    words = line.split("&")[0].split()
    return [w.replace("/opt/citizen-tribune", str(REPO)) for w in words]


def _stand_ins(tmp_path: Path) -> tuple[dict[str, str], Path]:
    bin_dir, log = tmp_path / "bin", tmp_path / "launched"
    bin_dir.mkdir()
    log.mkdir()
    for name in LAUNCHED:
        script = bin_dir / name
        script.write_text(f"#!/bin/sh\ntouch '{log}/{name}'\n")
        script.chmod(0o755)
    return {"PATH": f"{bin_dir}:{os.environ['PATH']}"}, log


def _press(display: str, keys: list[str]) -> None:
    for key in keys:
        subprocess.run(["xdotool", "key", key], env={**os.environ, "DISPLAY": display}, check=True, timeout=10)


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def test_no_key_binding_of_the_window_manager_launches_anything(tmp_path):
    if not DEFAULT_KBDCONFIG.exists():
        pytest.skip("matchbox's default key bindings are not installed here (the control needs them)")
    wm_env, log = _stand_ins(tmp_path)
    control = ["matchbox-window-manager", "-use_titlebar", "no", "-kbdconfig", str(DEFAULT_KBDCONFIG)]
    with x_display(wm_command=control, wm_env=wm_env) as display:  # the control
        _press(display, ["ctrl+alt+x"])
        assert _wait_for(lambda: (log / "xterm").exists(), 15), "the control: default bindings start xterm"
    (log / "xterm").unlink()
    with x_display(wm_command=session_window_manager(), wm_env={**wm_env, "HOME": str(tmp_path)}) as display:
        _press(display, ESCAPES)
        # The control above saw its terminal within this time; here nothing may start at all.
        assert not _wait_for(lambda: any(log.iterdir()), 5), sorted(p.name for p in log.iterdir())


def _xenv(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    return {**env, "DISPLAY": display}


def _kiosk_window(display: str) -> str | None:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=_xenv(display), capture_output=True,
                          text=True, timeout=10).stdout
    line = next((ln for ln in tree.splitlines() if '"Citizen Tribune": ("' in ln and "1280x800" in ln), "")
    return line.split()[0] if line else None


def _viewable_fullscreen(display: str, wid: str) -> bool:
    info = subprocess.run(["xwininfo", "-id", wid], env=_xenv(display), capture_output=True, text=True,
                          timeout=10).stdout
    return ("Map State: IsViewable" in info and re.search(r"Width: 1280\b", info) is not None
            and re.search(r"Height: 800\b", info) is not None)


def test_a_minimised_kiosk_comes_straight_back_fullscreen(settings, tmp_path):
    with x_display(wm_command=session_window_manager()) as display:
        env = {**_xenv(display), "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
        proc = subprocess.Popen([sys.executable, "-m", "kiosk.cli", "--data-dir", str(settings.data_dir), "run"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            assert _wait_for(lambda: _kiosk_window(display) is not None, 60), "the kiosk never went fullscreen"
            wid = _kiosk_window(display)
            assert _wait_for(lambda: _viewable_fullscreen(display, wid), 10)
            for attempt in range(3):  # each iconify request, again and again
                try:  # --sync: returns once the window manager has iconified it...
                    subprocess.run(["xdotool", "windowminimize", "--sync", wid], env=env, timeout=5)
                except subprocess.TimeoutExpired:
                    pass  # ...unless it came back before xdotool looked
                assert _wait_for(lambda: _viewable_fullscreen(display, wid), 15), f"still minimised ({attempt})"
            _press(display, ["alt+d", "alt+Tab", "alt+c", "alt+F4"])
            assert _wait_for(lambda: _viewable_fullscreen(display, wid), 10) and proc.poll() is None
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_xorg_keeps_the_keyboard_away_from_other_consoles():
    """Xvfb has no VTs, so this part is read from what is shipped: the service starts Xorg with
    -novtswitch and the xorg.conf snippet turns off Ctrl+Alt+Fn and Ctrl+Alt+Backspace."""
    service = (REPO / "deploy" / "citizen-tribune-kiosk.service").read_text()
    exec_start = next(ln for ln in service.splitlines() if ln.startswith("ExecStart="))
    assert "-novtswitch" in exec_start.split(" -- ", 1)[1].split()
    conf = (REPO / "deploy" / "xorg-kiosk.conf").read_text()
    flags = dict(re.findall(r'^\s*Option\s+"(\w+)"\s+"(\w+)"', conf, re.M))
    assert flags.get("DontVTSwitch") == "true" and flags.get("DontZap") == "true"
    assert 'Section "ServerFlags"' in conf
