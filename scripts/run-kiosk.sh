#!/usr/bin/env bash
# Installs what is missing and starts the kiosk on the embedded defaults
# (data in recordings/, deliveries to the folder recordings/outbox).
# With no display (a headless machine), it starts a private Xvfb with a window manager and says
# which display to look at, e.g. `xwd -root -display :N | convert xwd:- screen.png`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec 3< <(Xvfb -displayfd 1 -screen 0 "${KIOSK_SCREEN:-1280x800x24}" -nolisten tcp 2>/dev/null)
  xvfb_pid=$!
  read -r num <&3
  export DISPLAY=":$num"
  matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
  wm_pid=$!
  trap 'kill $wm_pid $xvfb_pid 2>/dev/null' EXIT
  echo "run-kiosk: no display found; started Xvfb on DISPLAY=$DISPLAY (pid $xvfb_pid)"
fi
.venv/bin/kiosk "$@" run
