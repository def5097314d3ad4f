"""Staff screens run inside the kiosk's application, which always has its translators (Persian first)."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def staff_language(qapp):
    """Each staff test starts in Persian, with the .qm translators installed, as a kiosk does."""
    from ui.app import setup_application
    setup_application(qapp, "fa")
    yield
    setup_application(qapp, "fa")
