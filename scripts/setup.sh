#!/usr/bin/env bash
# Installs everything the kiosk needs on a fresh Debian machine, idempotently:
#   scripts/setup.sh          runtime (Qt's X11 libraries, PortAudio, libsndfile, espeak-ng and sox for the
#                             spoken prompts, a venv with the kiosk), then compiled translations and prompts
#   scripts/setup.sh --test   also what the test suite needs (age, sqlite3, xauth, Xvfb tools, Chromium,
#                             PostgreSQL, test extras)
# apt runs as root, or through sudo when not root. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

runtime_pkgs=(libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-xkb1 libpulse0 libportaudio2 libsndfile1 libasound2 xvfb matchbox-window-manager
  x11-utils espeak-ng sox)
# postgresql: the office tests start a private server of their own (tests/pgserver.py).
test_pkgs=(age sqlite3 xauth xdotool x11-apps imagemagick chromium chromium-driver postgresql)

pkgs=("${runtime_pkgs[@]}")
[ $want_test = 1 ] && pkgs+=("${test_pkgs[@]}")
python3 -m venv --help >/dev/null 2>&1 || pkgs+=(python3-venv python3-pip)
command -v python3 >/dev/null || pkgs+=(python3 python3-venv python3-pip)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then
    # The tests run their own throwaway server: no system cluster listening on port 5432.
    $sudo mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/no-main-cluster.conf >/dev/null
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
extra=""
[ $want_test = 1 ] && extra="[test]"
stamp=".venv/.installed${extra}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages${extra:+ with test extras}"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
  touch "$stamp"
fi

# Translations: .ts sources are kept in git, the compiled .qm files are built here.
for ts in assets/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

# Byte-code for the kiosk's own modules, as an installed package has it: where
# PYTHONDONTWRITEBYTECODE is set, every start and every `kiosk` command would compile them again
# (≈ 60–80 ms of each start on this kind of machine). Only changed modules are compiled.
.venv/bin/python -m compileall -q kiosk ui >/dev/null

# Spoken help: espeak-ng speaks assets/prompts/<lang>/<screen>.opus from the words in the .ts files
# (build outputs like the .qm files; only missing or changed ones are made again).
.venv/bin/kiosk prompts build
