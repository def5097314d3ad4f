#!/usr/bin/env bash
# Refresh assets/i18n/{kiosk,staff,office}_{fa,ar,en}.ts from the sources (ui/i18n.py lists them),
# dropping vanished messages; then translate every "unfinished" one (Qt Linguist or by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python - <<'PY'
import subprocess
from ui.i18n import FAMILIES, I18N_DIR, LANGUAGES, lupdate_command
for family in FAMILIES:
    subprocess.run(lupdate_command(family, [I18N_DIR / f"{family}_{lang}.ts" for lang in LANGUAGES]), check=True)
PY
