#!/bin/sh
# The X session the kiosk runs in (started by xinit from citizen-tribune-kiosk.service).
# Keeps the screen awake, starts a minimal window manager (needed for real fullscreen and the
# virtual keyboard), then the kiosk; when the kiosk exits, the session ends and systemd restarts it.
set -eu
xset s off       # no screen saver
xset s noblank
xset -dpms       # no display power management
# -kbdconfig: matchbox's default bindings open a terminal (Ctrl+Alt+X) and menus; ours has none.
matchbox-window-manager -use_titlebar no -use_cursor no \
    -kbdconfig /opt/citizen-tribune/deploy/matchbox-kbdconfig &
cd /opt/citizen-tribune
export QT_IM_MODULE=qtvirtualkeyboard
exec .venv/bin/kiosk run
