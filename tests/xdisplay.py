"""A private X display for tests that need a real window system: Xvfb (display number chosen by
Xvfb itself through -displayfd, never a fixed one) plus, optionally, matchbox as window manager."""
from __future__ import annotations

import os
import select
import shutil
import subprocess
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
