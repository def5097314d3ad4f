"""sqlite-utils as the kiosk uses it: every module takes Database and Migrations from here.

Two things sqlite-utils does at import and first connection cost every kiosk process time and buy
it nothing (profiled on `kiosk queue list --json` and the kiosk's cold start):
- it imports numpy and pandas when installed (≈ 75–140 ms), only to map their scalar types to
  column types; the kiosk never hands numpy or pandas values to sqlite-utils;
- the first Database() scans every installed distribution's entry points for sqlite-utils plugins
  (≈ 20 ms). A kiosk runs no plugin code merely because some package is installed, so that scan is
  marked done and no plugin is loaded.
"""
from __future__ import annotations

import sys

_OPTIONAL = ("numpy", "pandas")


def _import_without_optional_types():
    # A None entry in sys.modules makes `import numpy` raise ImportError, which sqlite-utils
    # expects when numpy is absent. Only names not yet imported are hidden, and only for this
    # import: the kiosk imports its core at start, before any thread of its own runs.
    hidden = [name for name in _OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
        import sqlite_utils.plugins
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    sqlite_utils.plugins._plugins_loaded = True  # no entry-point scan, no plugins (see above)
    return sqlite_utils


sqlite_utils = _import_without_optional_types()
Database = sqlite_utils.Database
Migrations = sqlite_utils.Migrations

__all__ = ["Database", "Migrations", "sqlite_utils"]
