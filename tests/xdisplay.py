"""A private X display for tests that need a real window system: Xvfb (display number chosen by
Xvfb itself through -displayfd, never a fixed one) plus, optionally, matchbox as window manager."""
from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest


@contextmanager
def x_display(size: str = "1280x800x24", window_manager: bool = True, wm_command: list[str] | None = None,
              wm_env: dict[str, str] | None = None):
    """wm_command: the window manager's command line (default: matchbox without a title bar);
    wm_env: extra environment for it (e.g. a PATH whose `xterm` only records that it ran)."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (Debian package xvfb)")
    if window_manager and not shutil.which("matchbox-window-manager"):
        pytest.skip("matchbox-window-manager is not installed")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    started = [xvfb]
    try:
        ready, _, _ = select.select([read_fd], [], [], 15)
        number = os.read(read_fd, 32).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not report a display number")
        display = f":{number}"
        if window_manager:
            command = wm_command or ["matchbox-window-manager", "-use_titlebar", "no"]
            started.append(subprocess.Popen(command,
                                            env={**os.environ, **(wm_env or {}), "DISPLAY": display},
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        yield display
    finally:
        os.close(read_fd)
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def window_geometry(display: str) -> str:
    """The top-level kiosk window's line of `xwininfo -tree` (Qt also makes a 1x1 helper window
    with the same title), or "" while there is none."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=10).stdout
    return next((line for line in tree.splitlines() if '"Citizen Tribune": ("' in line), "")


def start_kiosk_run(display: str, data_dir, home) -> tuple[subprocess.Popen, str]:
    """`kiosk run` as systemd starts it, on `display` (xcb); returns the process and its window's
    geometry line once the window covers the 1280x800 screen. The caller stops the process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-m", "kiosk.cli", "--data-dir", str(data_dir), "run"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline, geometry = time.monotonic() + 60, ""
    while time.monotonic() < deadline and "1280x800+0+0" not in geometry:
        if proc.poll() is not None:
            pytest.fail(f"kiosk run ended: {proc.stderr.read()[-3000:]}")
        time.sleep(0.5)
        geometry = window_geometry(display)
    if "1280x800+0+0" not in geometry:
        proc.kill()
        proc.wait()
        pytest.fail(f"kiosk window not fullscreen: {geometry!r}")
    return proc, geometry
