#!/usr/bin/env bash
# Installs what the tests need (see scripts/setup.sh) and runs the whole suite.
# Headless: Qt runs offscreen; audio goes through a fake ALSA microphone the tests create.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "test: pytest collected no tests; that is a failure here." >&2
  exit 1
fi
exit $rc
